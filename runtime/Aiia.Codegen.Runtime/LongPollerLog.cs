using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Runtime;

/// <summary>The waiter's log messages: operation ids, outcomes, counts and timings only.</summary>
internal static partial class LongPollerLog
{
    /// <summary>The logger category.</summary>
    public const string Category = "Aiia.Codegen.Runtime.LongPoller";

    [LoggerMessage(EventId = 21, EventName = "PollFinished", Level = LogLevel.Information,
        Message = "Polling {OperationId} ended {Outcome} after {Requests} requests ({TransientFailures} transient failures) in {ElapsedMilliseconds} ms")]
    public static partial void Finished(ILogger logger, string operationId, PollOutcome outcome, int requests, int transientFailures, double elapsedMilliseconds);
}
