using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// The API answered with a non-success status. Carries the status, the API's <c>error</c> code and its parsed
/// <c>details</c>, and which call failed. The message never holds the body or the details, which may hold
/// values the caller sent (codes, tokens).
/// </summary>
public sealed class ApiException : Exception
{
    /// <summary>Creates an exception; the transport does this from a response, tests and emulators may too.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="method">The HTTP method (<c>POST</c>).</param>
    /// <param name="pathTemplate">The contract's path template.</param>
    /// <param name="operationId">The contract's operation id.</param>
    /// <param name="errorCode">The body's <c>error</c> string, if any.</param>
    /// <param name="details">The body's <c>details</c>, if any; cloned so it outlives the response.</param>
    /// <param name="retryAfter">The response's <c>Retry-After</c>, if any.</param>
    /// <exception cref="ArgumentException">A string argument is null or empty.</exception>
    public ApiException(
        int statusCode,
        string method,
        string pathTemplate,
        string operationId,
        string? errorCode = null,
        JsonElement? details = null,
        TimeSpan? retryAfter = null)
        : base(BuildMessage(statusCode, method, pathTemplate, operationId, errorCode))
    {
        StatusCode = statusCode;
        Method = method;
        PathTemplate = pathTemplate;
        OperationId = operationId;
        ErrorCode = errorCode;
        Details = details?.Clone();
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The API's <c>error</c> code (<c>InvalidInput</c>): an open set of strings. Null when the body was
    /// not a JSON object with a string <c>error</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The API's free-form <c>details</c>, whose shape varies by error code. Null when absent.
    /// May contain values the caller sent: do not log it whole.</summary>
    public JsonElement? Details { get; }

    /// <summary>The HTTP method of the failed call.</summary>
    public string Method { get; }

    /// <summary>The path template of the failed call (no parameter values).</summary>
    public string PathTemplate { get; }

    /// <summary>The operation id of the failed call.</summary>
    public string OperationId { get; }

    /// <summary>How long the server asked the caller to wait (<c>Retry-After</c>), or null when it did not say.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Reads an error response: status, <c>{"error", "details"}</c> when the body is such JSON, and
    /// <c>Retry-After</c> (a date is taken relative to <paramref name="timeProvider"/>'s now).</summary>
    internal static ApiException FromResponse(ApiRequest request, HttpResponseMessage response, ReadOnlySpan<byte> body, TimeProvider timeProvider)
    {
        (string? errorCode, JsonElement? details) = ParseErrorBody(body);
        return new ApiException(
            (int)response.StatusCode,
            request.Method.Method,
            request.PathTemplate,
            request.OperationId,
            errorCode,
            details,
            ReadRetryAfter(response.Headers.RetryAfter, timeProvider));
    }

    /// <summary>The error code as it may appear in messages and logs: only when it looks like a code, because the
    /// server could put anything in that field.</summary>
    internal static string? LoggableErrorCode(string? errorCode)
    {
        if (errorCode is null || errorCode.Length is 0 or > 64)
        {
            return null;
        }

        foreach (char c in errorCode)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_'))
            {
                return null;
            }
        }

        return errorCode;
    }

    private static (string? ErrorCode, JsonElement? Details) ParseErrorBody(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return (null, null);
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            string? errorCode = root.TryGetProperty("error", out JsonElement error) && error.ValueKind == JsonValueKind.String
                ? error.GetString()
                : null;
            JsonElement? details = root.TryGetProperty("details", out JsonElement found) ? found.Clone() : null;
            return (errorCode, details);
        }
        catch (JsonException)
        {
            // An HTML page from a proxy, plain text, truncated JSON: the status alone must do.
            return (null, null);
        }
    }

    private static TimeSpan? ReadRetryAfter(RetryConditionHeaderValue? retryAfter, TimeProvider timeProvider)
    {
        if (retryAfter?.Delta is TimeSpan delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is DateTimeOffset date)
        {
            TimeSpan wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static string BuildMessage(int statusCode, string method, string pathTemplate, string operationId, string? errorCode)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(pathTemplate);
        ArgumentException.ThrowIfNullOrEmpty(operationId);

        string status = ReasonPhrase(statusCode) is { } phrase
            ? string.Create(CultureInfo.InvariantCulture, $"{statusCode} {phrase}")
            : statusCode.ToString(CultureInfo.InvariantCulture);
        string error = errorCode is null
            ? string.Empty
            : LoggableErrorCode(errorCode) is { } code ? $" with error '{code}'" : " with an error code that is not shown";
        return $"{method} {pathTemplate} ({operationId}) answered {status}{error}.";
    }

    // Standard phrases rather than the response's ReasonPhrase, which the server (or a proxy) chooses.
    private static string? ReasonPhrase(int statusCode) => statusCode switch
    {
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => null,
    };
}
