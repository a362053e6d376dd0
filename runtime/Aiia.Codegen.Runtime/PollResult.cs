namespace Aiia.Codegen.Runtime;

/// <summary>How a wait ended.</summary>
public enum PollOutcome
{
    /// <summary>The state became terminal; <see cref="PollResult{T}.Response"/> holds it.</summary>
    Completed,

    /// <summary>The deadline came first; <see cref="PollResult{T}.Response"/> holds the last state seen, if any.</summary>
    DeadlineReached,
}

/// <summary>The end of a generated <c>WaitFor...Async</c> call.</summary>
/// <typeparam name="T">The polled operation's response.</typeparam>
/// <param name="Outcome">Whether a terminal state was reached before the deadline.</param>
/// <param name="Response">The terminal response when completed; otherwise the last response seen, or null.</param>
/// <param name="Requests">How many requests were sent.</param>
/// <param name="TransientFailures">How many of them failed transiently (429, 5xx, network) and were retried.</param>
/// <param name="Elapsed">How long the wait took, by the client's <see cref="TimeProvider"/>.</param>
public sealed record PollResult<T>(PollOutcome Outcome, T? Response, int Requests, int TransientFailures, TimeSpan Elapsed)
    where T : class
{
    /// <summary>Whether the state became terminal.</summary>
    public bool IsCompleted => Outcome == PollOutcome.Completed;

    /// <summary>Whether the deadline came first.</summary>
    public bool DeadlineReached => Outcome == PollOutcome.DeadlineReached;
}
