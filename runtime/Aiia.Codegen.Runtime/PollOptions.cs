namespace Aiia.Codegen.Runtime;

/// <summary>
/// How a generated <c>WaitFor...Async</c> method waits: a deadline for the whole wait, the server-side long-poll
/// window of each request, and the backoff after a transient failure.
/// </summary>
public sealed class PollOptions
{
    private TimeSpan _deadline = TimeSpan.FromMinutes(5);
    private TimeSpan _pollTimeout = TimeSpan.FromSeconds(30);
    private TimeSpan _minimumInterval = TimeSpan.FromSeconds(1);
    private TimeSpan _initialBackoff = TimeSpan.FromMilliseconds(500);
    private TimeSpan _maxBackoff = TimeSpan.FromSeconds(15);

    /// <summary>The longest the whole wait may take, from the call; then it returns a deadline-reached result.
    /// Five minutes by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public TimeSpan Deadline
    {
        get => _deadline;
        set => _deadline = Positive(value, nameof(Deadline));
    }

    /// <summary>How long the server may hold each request open until the state changes (sent in whole seconds,
    /// never beyond the deadline). Thirty seconds by default; an <see cref="HttpClient.Timeout"/> must exceed it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public TimeSpan PollTimeout
    {
        get => _pollTimeout;
        set => _pollTimeout = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(PollTimeout), value, "The poll timeout cannot be negative.");
    }

    /// <summary>The least time between two requests that saw the same state, so a server that answers at once
    /// (ignoring the long poll) is not called in a tight loop. One second by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public TimeSpan MinimumInterval
    {
        get => _minimumInterval;
        set => _minimumInterval = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(MinimumInterval), value, "The minimum interval cannot be negative.");
    }

    /// <summary>The first wait after a transient failure without <c>Retry-After</c>; it doubles per failure, with
    /// jitter. Half a second by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public TimeSpan InitialBackoff
    {
        get => _initialBackoff;
        set => _initialBackoff = Positive(value, nameof(InitialBackoff));
    }

    /// <summary>The cap of the exponential backoff (a server's <c>Retry-After</c> is honoured as sent, but never past
    /// the deadline). Fifteen seconds by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public TimeSpan MaxBackoff
    {
        get => _maxBackoff;
        set => _maxBackoff = Positive(value, nameof(MaxBackoff));
    }

    private static TimeSpan Positive(TimeSpan value, string name) =>
        value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
}
