using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// The transport's log messages, source-generated (no boxing, no reflection). Every parameter is safe to log:
/// method, path template, operation id, status, a documented error code (any other is <c>[redacted]</c>), JSON path,
/// origin, failure kind, timing. Never a body, a header value, a query value or an escaped path (which holds values).
/// </summary>
internal static partial class ApiTransportLog
{
    /// <summary>The logger category.</summary>
    public const string Category = "Aiia.Codegen.Runtime.ApiTransport";

    [LoggerMessage(EventId = 1, EventName = "RequestStarting", Level = LogLevel.Debug,
        Message = "Sending {Method} {PathTemplate} ({OperationId})")]
    public static partial void RequestStarting(ILogger logger, string method, string pathTemplate, string operationId);

    [LoggerMessage(EventId = 2, EventName = "RequestSucceeded", Level = LogLevel.Information,
        Message = "{Method} {PathTemplate} ({OperationId}) answered {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void RequestSucceeded(ILogger logger, string method, string pathTemplate, string operationId, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 3, EventName = "RequestFailed", Level = LogLevel.Warning,
        Message = "{Method} {PathTemplate} ({OperationId}) answered {StatusCode} with error {ErrorCode} in {ElapsedMilliseconds} ms")]
    public static partial void RequestFailed(ILogger logger, string method, string pathTemplate, string operationId, int statusCode, string? errorCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 4, EventName = "ResponseMismatch", Level = LogLevel.Warning,
        Message = "The {StatusCode} response to {Method} {PathTemplate} ({OperationId}) does not match the contract at {JsonPath}")]
    public static partial void ResponseMismatch(ILogger logger, int statusCode, string method, string pathTemplate, string operationId, string jsonPath);

    // The exception object is not logged: the kind says enough, and messages of handlers we do not own could hold anything.
    [LoggerMessage(EventId = 5, EventName = "TransportFailed", Level = LogLevel.Warning,
        Message = "{Method} {PathTemplate} ({OperationId}) failed: {Failure} after {ElapsedMilliseconds} ms")]
    public static partial void TransportFailed(ILogger logger, string method, string pathTemplate, string operationId, ApiTransportFailure failure, double elapsedMilliseconds);

    [LoggerMessage(EventId = 6, EventName = "ResponseTooLarge", Level = LogLevel.Warning,
        Message = "The {StatusCode} response to {Method} {PathTemplate} ({OperationId}) is larger than {Limit} bytes; not read further")]
    public static partial void ResponseTooLarge(ILogger logger, string method, string pathTemplate, string operationId, int statusCode, long limit);

    [LoggerMessage(EventId = 7, EventName = "RedirectRefused", Level = LogLevel.Warning,
        Message = "{Method} {PathTemplate} ({OperationId}) answered {StatusCode} to {TargetOrigin}; not followed")]
    public static partial void RedirectRefused(ILogger logger, string method, string pathTemplate, string operationId, int statusCode, string? targetOrigin);

    [LoggerMessage(EventId = 8, EventName = "RedirectFollowedByHandler", Level = LogLevel.Error,
        Message = "{Method} {PathTemplate} ({OperationId}) was redirected to {TargetOrigin} by the HttpClient's own handler; the response is discarded. Create the HttpClient with AllowAutoRedirect = false")]
    public static partial void RedirectFollowedByHandler(ILogger logger, string method, string pathTemplate, string operationId, string targetOrigin);

    [LoggerMessage(EventId = 9, EventName = "RequestRetrying", Level = LogLevel.Information,
        Message = "{Method} {PathTemplate} ({OperationId}) failed transiently ({Failure}); retry {Retry} in {DelayMilliseconds} ms")]
    public static partial void Retrying(ILogger logger, string method, string pathTemplate, string operationId, string failure, int retry, double delayMilliseconds);
}
