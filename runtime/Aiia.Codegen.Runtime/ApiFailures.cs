namespace Aiia.Codegen.Runtime;

/// <summary>
/// The one classification of failures: which are transient (worth sending again) and which requests may be sent
/// again at all. The retry layer, the waiter and <see cref="ApiException.IsTransient"/> all ask here.
/// </summary>
internal static class ApiFailures
{
    /// <summary>408 Request Timeout, 429 Too Many Requests, 500 Internal Server Error, 502 Bad Gateway,
    /// 503 Service Unavailable, 504 Gateway Timeout.</summary>
    public static bool IsTransientStatus(int statusCode) => statusCode is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>Methods whose repetition changes nothing more (RFC 9110 idempotent methods): the only ones sent again.
    /// A POST may have reached the server (a single-use code, a payment), so it is never repeated.</summary>
    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
        || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Trace;
}
