using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Runtime;

/// <summary>The poller's log messages: operation ids, outcomes, counts and timings only.</summary>
internal static partial class LongPollerLog
{
    [LoggerMessage(EventId = 20, EventName = "PollTransientFailure", Level = LogLevel.Information,
        Message = "Polling {OperationId} failed transiently ({Failure}); retrying in {DelayMilliseconds} ms")]
    public static partial void TransientFailure(ILogger logger, string operationId, string failure, double delayMilliseconds);

    [LoggerMessage(EventId = 21, EventName = "PollFinished", Level = LogLevel.Information,
        Message = "Polling {OperationId} ended {Outcome} after {Requests} requests ({TransientFailures} transient failures) in {ElapsedMilliseconds} ms")]
    public static partial void Finished(ILogger logger, string operationId, PollOutcome outcome, int requests, int transientFailures, double elapsedMilliseconds);
}
