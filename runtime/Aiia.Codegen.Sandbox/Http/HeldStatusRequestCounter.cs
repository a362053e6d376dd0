namespace Aiia.Codegen.Sandbox;

/// <summary>
/// Counts status requests being held by a long poll and lets a test wait for a count, so it can act (advance a
/// fake clock, complete the login) exactly when the server is waiting rather than after a guessed delay.
/// </summary>
internal sealed class HeldStatusRequestCounter
{
    private readonly object _gate = new();
    private int _count;
    // Replaced on every change; waiters re-check their condition when it completes.
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count
    {
        get { lock (_gate) { return _count; } }
    }

    public void Enter() => Change(+1);

    public void Exit() => Change(-1);

    /// <summary>Completes once <paramref name="condition"/> holds for the number of held requests.</summary>
    public async Task WaitAsync(Func<int, bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (condition(_count))
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void Change(int delta)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _count += delta;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }
}
