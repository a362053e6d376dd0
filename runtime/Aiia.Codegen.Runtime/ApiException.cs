using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// A call failed: the one base of every failure the runtime reports, like Azure's <c>RequestFailedException</c>.
/// Thrown as is for a non-success status; derived types say more (<see cref="ApiResponseFormatException"/>,
/// <see cref="ApiResponseTooLargeException"/>, <see cref="ApiRedirectException"/>, <see cref="ApiTransportException"/>).
/// Carries the status (0 when no response arrived), the API's <c>error</c> code and parsed <c>details</c>, and which
/// call failed. The message never holds the body, the details, or an error code the spec does not document: any of
/// them may hold values the caller sent (codes, tokens, the client secret).
/// </summary>
public class ApiException : Exception
{
    /// <summary>Creates an exception for a non-success status; the transport does this from a response, tests and
    /// emulators may too.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="method">The HTTP method (<c>POST</c>).</param>
    /// <param name="pathTemplate">The contract's path template.</param>
    /// <param name="operationId">The contract's operation id.</param>
    /// <param name="errorCode">The body's <c>error</c> string, if any.</param>
    /// <param name="details">The body's <c>details</c>, if any; cloned so it outlives the response.</param>
    /// <param name="retryAfter">The response's <c>Retry-After</c>, if any.</param>
    /// <param name="errorCodeIsDocumented">Whether the spec documents <paramref name="errorCode"/>, so the message may show it.</param>
    /// <exception cref="ArgumentException">A string argument is null or empty.</exception>
    public ApiException(
        int statusCode,
        string method,
        string pathTemplate,
        string operationId,
        string? errorCode = null,
        JsonElement? details = null,
        TimeSpan? retryAfter = null,
        bool errorCodeIsDocumented = false)
        : this(BuildMessage(statusCode, method, pathTemplate, operationId, Shown(errorCode, errorCodeIsDocumented)), statusCode, method, pathTemplate, operationId, null)
    {
        ErrorCode = errorCode;
        ShownErrorCode = Shown(errorCode, errorCodeIsDocumented);
        Details = details?.Clone();
        RetryAfter = retryAfter;
    }

    /// <summary>Creates an exception with a message of the derived type's own (which must hold no secret).</summary>
    /// <param name="message">The message.</param>
    /// <param name="statusCode">The HTTP status code, or 0 when no response arrived.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">The contract's path template.</param>
    /// <param name="operationId">The contract's operation id.</param>
    /// <param name="innerException">The cause, if it can hold no secret (e.g. a socket error); else null.</param>
    /// <exception cref="ArgumentException">A string argument is null or empty.</exception>
    protected ApiException(string message, int statusCode, string method, string pathTemplate, string operationId, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(pathTemplate);
        ArgumentException.ThrowIfNullOrEmpty(operationId);
        StatusCode = statusCode;
        Method = method;
        PathTemplate = pathTemplate;
        OperationId = operationId;
    }

    /// <summary>The HTTP status code, or 0 when no response arrived.</summary>
    public int StatusCode { get; }

    /// <summary>The API's <c>error</c> code (<c>InvalidInput</c>): an open set of strings. Null when the body was
    /// not a JSON object with a string <c>error</c>. Shown in messages and logs only when the spec documents it.</summary>
    public string? ErrorCode { get; }

    /// <summary>The API's free-form <c>details</c>, whose shape varies by error code. Null when absent.
    /// May contain values the caller sent: do not log it whole.</summary>
    public JsonElement? Details { get; }

    /// <summary>The whole error body when it was JSON (up to <see cref="ApiClientOptions.MaxErrorResponseBytes"/>),
    /// e.g. the spec's <c>default</c> or <c>4XX</c> error schema; null otherwise. May contain values the caller sent:
    /// do not log it whole. Read it typed with <see cref="TryGetError{T}"/>.</summary>
    public JsonElement? ErrorBody { get; private init; }

    /// <summary>Reads <see cref="ErrorBody"/> with a generated converter (e.g. the one of the spec's error schema).</summary>
    /// <typeparam name="T">The error type.</typeparam>
    /// <param name="converter">The generated converter of <typeparamref name="T"/>.</param>
    /// <param name="error">The error, when the body was JSON of that shape.</param>
    /// <returns>Whether the body was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="converter"/> is null.</exception>
    public bool TryGetError<T>(System.Text.Json.Serialization.JsonConverter<T> converter, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? error)
    {
        ArgumentNullException.ThrowIfNull(converter);
        error = default;
        if (ErrorBody is not JsonElement body)
        {
            return false;
        }

        try
        {
            error = ApiBodies.Parse(System.Text.Encoding.UTF8.GetBytes(body.GetRawText()), converter);
            return error is not null;
        }
        catch (ApiJsonException)
        {
            return false;
        }
    }

    /// <summary>The HTTP method of the failed call.</summary>
    public string Method { get; }

    /// <summary>The path template of the failed call (no parameter values).</summary>
    public string PathTemplate { get; }

    /// <summary>The operation id of the failed call.</summary>
    public string OperationId { get; }

    /// <summary>How long the server asked the caller to wait (<c>Retry-After</c>), or null when it did not say.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether sending the same request again may succeed: the statuses 408, 429, 500, 502, 503 and 504,
    /// and every <see cref="ApiTransportException"/> (connection failed, response interrupted, attempt timed out).
    /// The runtime retries these for idempotent methods only.</summary>
    public virtual bool IsTransient => ApiFailures.IsTransientStatus(StatusCode);

    /// <summary>Reads an error response: status, <c>{"error", "details"}</c> when the body is such JSON, and
    /// <c>Retry-After</c> (a date is taken relative to <paramref name="timeProvider"/>'s now).</summary>
    internal static ApiException FromResponse(ApiRequest request, HttpResponseMessage response, ReadOnlySpan<byte> body, TimeProvider timeProvider, IReadOnlySet<string> documentedErrorCodes)
    {
        (string? errorCode, JsonElement? details, JsonElement? whole) = ParseErrorBody(body);
        return new ApiException(
            (int)response.StatusCode,
            request.Method.Method,
            request.PathTemplate,
            request.OperationId,
            errorCode,
            details,
            ReadRetryAfter(response.Headers.RetryAfter, timeProvider),
            errorCode is not null && documentedErrorCodes.Contains(errorCode))
        {
            ErrorBody = whole,
        };
    }

    /// <summary>The error code as messages and logs show it: only a code the spec documents, because the server could
    /// put anything in that field (even the secret it was sent); any other is <c>[redacted]</c>.</summary>
    internal string? ShownErrorCode { get; }

    internal const string Redacted = "[redacted]";

    private static string? Shown(string? errorCode, bool documented) =>
        errorCode is null ? null : documented ? errorCode : Redacted;

    private static (string? ErrorCode, JsonElement? Details, JsonElement? Whole) ParseErrorBody(ReadOnlySpan<byte> body)
    {
        body = ApiBodies.WithoutByteOrderMark(body);
        if (body.IsEmpty)
        {
            return (null, null, null);
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, root.Clone());
            }

            string? errorCode = root.TryGetProperty("error", out JsonElement error) && error.ValueKind == JsonValueKind.String
                ? error.GetString()
                : null;
            JsonElement? details = root.TryGetProperty("details", out JsonElement found) ? found.Clone() : null;
            return (errorCode, details, root.Clone());
        }
        catch (JsonException)
        {
            // An HTML page from a proxy, plain text, truncated JSON: the status alone must do.
            return (null, null, null);
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

    private static string BuildMessage(int statusCode, string method, string pathTemplate, string operationId, string? shownErrorCode)
    {
        string error = shownErrorCode switch
        {
            null => string.Empty,
            Redacted => $" with error {Redacted} (a code the spec does not document)",
            _ => $" with error '{shownErrorCode}'",
        };
        return $"{method} {pathTemplate} ({operationId}) answered {DescribeStatus(statusCode)}{error}.";
    }

    /// <summary>The status with its standard phrase, e.g. <c>503 Service Unavailable</c>.</summary>
    internal static string DescribeStatus(int statusCode) => ReasonPhrase(statusCode) is { } phrase
        ? string.Create(CultureInfo.InvariantCulture, $"{statusCode} {phrase}")
        : statusCode.ToString(CultureInfo.InvariantCulture);

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
