namespace Aiia.Codegen.Runtime;

/// <summary>
/// One logical call as the retry layer sees it: how to build the request of each attempt (a wait shrinks its
/// long-poll window as the deadline nears), how often it may be retried, and what happened.
/// </summary>
internal sealed class ApiCall(HttpMethod method, Func<TimeSpan?, ApiRequest> createRequest, bool readBody, int retryLimit, long? deadline, TimeProvider time)
{
    /// <summary>The HTTP method; only idempotent calls are retried.</summary>
    public HttpMethod Method { get; } = method;

    /// <summary>Whether a success body is read.</summary>
    public bool ReadBody { get; } = readBody;

    /// <summary>Whether a success response is handed over open, its body unread (a download).</summary>
    public bool StreamBody { get; init; }

    /// <summary>The 2xx statuses the operation documents without a body: what one sends is not needed, and a body over
    /// the limit is left unread rather than failing the call.</summary>
    public int[]? BodilessStatuses { get; init; }

    /// <summary>The caller's <see cref="ApiResponseCapture"/> scope, read once per call; null without one.</summary>
    public ApiResponseCapture? Capture { get; set; }

    /// <summary>How many retries are allowed (<see cref="int.MaxValue"/> in a wait: its deadline bounds them).</summary>
    public int RetryLimit { get; } = retryLimit;

    /// <summary>Whether a deadline bounds the call (a wait).</summary>
    public bool HasDeadline => deadline is not null;

    /// <summary>Requests sent (attempts).</summary>
    public int Requests { get; private set; }

    /// <summary>Attempts that failed transiently and were retried.</summary>
    public int Retries { get; set; }

    /// <summary>The request of the latest attempt.</summary>
    public ApiRequest? LastRequest { get; private set; }

    /// <summary>Time left before the deadline, or null without one.</summary>
    public TimeSpan? Remaining() => deadline is long end ? time.GetElapsedTime(time.GetTimestamp(), end) : null;

    /// <summary>Builds the next attempt's request.</summary>
    public ApiRequest NextRequest(TimeSpan? remaining)
    {
        Requests++;
        return LastRequest = createRequest(remaining);
    }
}
