namespace Aiia.Codegen.Runtime;

/// <summary>
/// What a generated client needs from configuration when it is registered with dependency injection: where the API
/// is and how long its long polls are. Generated options classes derive from this and add the credentials.
/// Validated when the client is first resolved (or at start-up with <c>ValidateOnStart</c>).
/// </summary>
public abstract class ApiServiceOptions
{
    /// <summary>The API's base address, e.g. <c>https://api.nordicapigateway.com/</c>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Allows plain <c>http://</c> on a host other than loopback (a test server on a trusted network).</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>The long-poll window each waiting request asks the server for. The resilience handler's per-attempt
    /// timeout is set above it, so a long poll is never cut short. Thirty seconds by default.</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The deadline of a whole wait when a call passes no <see cref="PollOptions"/>. Five minutes by default.</summary>
    public TimeSpan WaitDeadline { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries idempotent requests and breaks the circuit when most calls fail (the standard resilience
    /// handler, never retrying unsafe methods). On by default; off, only its timeouts stay and the waiters' own
    /// backoff handles transient failures.</summary>
    public bool UseStandardResilience { get; set; } = true;

    /// <summary>Problems with the values, each saying how to fix it; empty when valid. Messages never hold a secret.</summary>
    /// <returns>The problems.</returns>
    public virtual IEnumerable<string> Validate()
    {
        string? problem = null;
        try
        {
            ApiTransport.ValidateBaseAddress(BaseAddress, AllowInsecureHttp);
        }
        catch (ArgumentException exception)
        {
            problem = exception.Message.Replace("HttpClient.BaseAddress", nameof(BaseAddress), StringComparison.Ordinal);
        }

        if (problem is not null)
        {
            yield return problem;
        }

        if (PollTimeout < TimeSpan.Zero)
        {
            yield return $"{nameof(PollTimeout)} cannot be negative.";
        }

        if (WaitDeadline <= TimeSpan.Zero)
        {
            yield return $"{nameof(WaitDeadline)} must be positive.";
        }
    }

    /// <summary>The poll options these settings describe.</summary>
    /// <returns>New options with <see cref="PollTimeout"/> and <see cref="WaitDeadline"/>.</returns>
    public PollOptions ToPollOptions() => new() { PollTimeout = PollTimeout, Deadline = WaitDeadline };

    /// <summary>Names the type and the base address; never credentials.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => $"{GetType().Name} {{ BaseAddress = {BaseAddress}, PollTimeout = {PollTimeout}, Credentials = [redacted] }}";
}
