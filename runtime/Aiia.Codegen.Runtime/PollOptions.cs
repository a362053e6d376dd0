namespace Aiia.Codegen.Runtime;

/// <summary>
/// How a generated <c>WaitFor...Async</c> method waits: the deadline of the whole wait, the server-side long-poll
/// window of each request, and the pacing of a server that answers at once. Retries after transient failures follow
/// the client's <see cref="ApiClientOptions"/> (one retry layer), bounded by this deadline.
/// </summary>
public sealed class PollOptions
{
    private TimeSpan _deadline = TimeSpan.FromMinutes(5);
    private TimeSpan _pollTimeout = TimeSpan.FromSeconds(30);
    private TimeSpan _minimumInterval = TimeSpan.FromSeconds(1);

    /// <summary>The longest the whole wait may take, from the call; then it returns a deadline-reached result.
    /// Five minutes by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public TimeSpan Deadline
    {
        get => _deadline;
        set => _deadline = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(Deadline), value, "The deadline must be positive.");
    }

    /// <summary>The longest the server may hold one request open until the state changes (sent in whole seconds).
    /// Thirty seconds by default. Each request asks for at most half the time left before the deadline less
    /// <see cref="ApiClientOptions.AttemptTimeout"/>, so a request that hangs is abandoned while time remains to send
    /// another.</summary>
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
}
