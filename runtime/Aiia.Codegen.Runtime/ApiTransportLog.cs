using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// The transport's log messages, source-generated (no boxing, no reflection). Every parameter is safe to log:
/// method, path template, operation id, status, contract error code, JSON path, timing. Never a body, a header
/// value, a query value or an escaped path (which holds values).
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

    [LoggerMessage(EventId = 5, EventName = "RequestTimedOut", Level = LogLevel.Warning,
        Message = "{Method} {PathTemplate} ({OperationId}) timed out after {ElapsedMilliseconds} ms (HttpClient.Timeout)")]
    public static partial void RequestTimedOut(ILogger logger, string method, string pathTemplate, string operationId, double elapsedMilliseconds);

    // The exception object is not logged: the type name says enough, and messages of handlers we do not own
    // could hold anything.
    [LoggerMessage(EventId = 6, EventName = "RequestNotSent", Level = LogLevel.Warning,
        Message = "{Method} {PathTemplate} ({OperationId}) failed without a response ({ExceptionType}) after {ElapsedMilliseconds} ms")]
    public static partial void RequestNotSent(ILogger logger, string method, string pathTemplate, string operationId, string exceptionType, double elapsedMilliseconds);
}
