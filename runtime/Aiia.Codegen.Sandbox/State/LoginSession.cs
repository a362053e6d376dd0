namespace Aiia.Codegen.Sandbox;

/// <summary>
/// One supervised login: created by initialize, finished once by the simulated person. Long polls wait on
/// <see cref="Finished"/>, which is signalled on the only state change a session has (InProgress to a final state).
/// </summary>
internal sealed class LoginSession
{
    private readonly object _gate = new();
    // Continuations run asynchronously so completing a login never runs a waiting request's code inline.
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SandboxSessionState _state = SandboxSessionState.InProgress;
    private string? _code;
    private DateTimeOffset? _completedAt;
    private ITimer? _autoComplete;

    public LoginSession(long sequence, string id, string userHash, Uri redirectUrl, string providerId, DateTimeOffset createdAt)
    {
        Sequence = sequence;
        Id = id;
        UserHash = userHash;
        RedirectUrl = redirectUrl;
        ProviderId = providerId;
        CreatedAt = createdAt;
    }

    /// <summary>Orders snapshots by creation.</summary>
    public long Sequence { get; }

    public string Id { get; }

    public string UserHash { get; }

    public Uri RedirectUrl { get; }

    public string ProviderId { get; }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>Completes when the login leaves InProgress.</summary>
    public Task Finished => _finished.Task;

    /// <summary>Reads the state and, once succeeded, the code, consistently.</summary>
    public (SandboxSessionState State, string? Code) Read()
    {
        lock (_gate)
        {
            return (_state, _code);
        }
    }

    /// <summary>Finishes the login unless it already is; <paramref name="code"/> only with success.</summary>
    /// <returns>Whether this call finished it.</returns>
    public bool TryFinish(SandboxSessionState state, string? code, DateTimeOffset now)
    {
        ITimer? autoComplete;
        lock (_gate)
        {
            if (_state != SandboxSessionState.InProgress)
            {
                return false;
            }

            _state = state;
            _code = code;
            _completedAt = now;
            autoComplete = _autoComplete;
            _autoComplete = null;
        }

        autoComplete?.Dispose();
        _finished.TrySetResult();
        return true;
    }

    /// <summary>Keeps the auto-completion timer so it can be disposed with the session or the sandbox.</summary>
    public void SetAutoComplete(ITimer timer)
    {
        lock (_gate)
        {
            if (_state == SandboxSessionState.InProgress && _autoComplete is null)
            {
                _autoComplete = timer;
                return;
            }
        }

        timer.Dispose();
    }

    /// <summary>Stops a pending auto-completion (the sandbox is stopping).</summary>
    public void CancelAutoComplete()
    {
        ITimer? timer;
        lock (_gate)
        {
            timer = _autoComplete;
            _autoComplete = null;
        }

        timer?.Dispose();
    }

    public SandboxSession Snapshot()
    {
        lock (_gate)
        {
            return new SandboxSession(Id, UserHash, _state, ProviderId, CreatedAt, _completedAt);
        }
    }

    /// <summary>Names the session without its code.</summary>
    public override string ToString() => $"LoginSession {{ Id = {Id}, State = {Read().State} }}";
}
