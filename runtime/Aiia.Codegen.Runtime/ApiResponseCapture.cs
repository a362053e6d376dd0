using System.Globalization;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// A scope that records the status code and headers (and, if asked, the raw body) of the responses that generated
/// clients receive in the caller's flow, for what a method's return value does not carry: a required
/// <c>x-fapi-interaction-id</c> or <c>x-jws-signature</c>, the <c>Location</c> of a <c>201</c>, a rate-limit header.
/// <code>
/// using var response = ApiResponseCapture.Begin();
/// var consent = await client.CreateDomesticPaymentConsentsAsync(body, cancellationToken);
/// string? signature = response.Headers?.GetValueOrDefault("x-jws-signature");
/// </code>
/// <para>The scope flows with the <see cref="ExecutionContext"/> (an <see cref="AsyncLocal{T}"/>): it sees the calls
/// awaited after <see cref="Begin"/> in the same method and in what it calls or starts, until it is disposed; calls in
/// other flows (concurrent requests, other scopes) are never seen. It holds the <b>latest</b> call's response: each call
/// replaces what the previous one left, and of a call that was retried, only the final attempt's response counts. It is
/// filled for successes and for errors (read it in the <c>catch</c> of an <see cref="ApiException"/>), downloads
/// included; a call that got no response (a connection failure, a cancellation before the headers) leaves it empty.
/// Scopes nest: disposing one restores the one before it, and every open scope of the flow records the call, so an
/// outer scope still sees calls made inside an inner one. Concurrent calls within one scope (<c>Task.WhenAll</c>)
/// replace each other in no set order: begin a scope inside each task instead.</para>
/// <para>Without a scope nothing is recorded, and a call costs one <see cref="AsyncLocal{T}"/> read.</para>
/// </summary>
public sealed class ApiResponseCapture : IDisposable
{
    private static readonly AsyncLocal<ApiResponseCapture?> CurrentScope = new();

    private readonly ApiResponseCapture? _outer;
    private Captured? _captured;
    private volatile bool _disposed;

    private ApiResponseCapture(bool captureBody, ApiResponseCapture? outer)
    {
        CapturesBody = captureBody;
        _outer = outer;
    }

    /// <summary>Whether the raw body of JSON, text and error responses is kept in <see cref="Body"/>.</summary>
    public bool CapturesBody { get; }

    /// <summary>The status code of the latest response, or null before one arrived (or when the latest call got none).</summary>
    public int? StatusCode => Volatile.Read(ref _captured)?.Status;

    /// <summary>The headers of the latest response (response and content headers, case-insensitive), or null before one
    /// arrived (or when the latest call got none).</summary>
    public ApiResponseHeaders? Headers => Volatile.Read(ref _captured)?.Headers;

    /// <summary>
    /// With <see cref="CapturesBody"/>, the latest response's body exactly as received (a byte order mark included),
    /// e.g. the payload of a detached JWS signature to verify: a JSON or text success body (within
    /// <see cref="ApiClientOptions.MaxResponseBytes"/>, which the client reads anyway), a bodiless status's body, and an
    /// error body within <see cref="ApiClientOptions.MaxErrorResponseBytes"/>. Null without <see cref="CapturesBody"/>,
    /// and when the client did not read the body: a download (the <see cref="ApiBinaryResponse"/> stream is the body),
    /// an operation whose success has no body, a body over the limit. The copy is the caller's: it may hold codes and
    /// tokens, and is not cleared as the client's own buffers are.
    /// </summary>
    public ReadOnlyMemory<byte>? Body => Volatile.Read(ref _captured)?.Body;

    /// <summary>The innermost open scope of this flow, or null.</summary>
    internal static ApiResponseCapture? Current => CurrentScope.Value;

    /// <summary>Begins a scope in the current flow; dispose it (<c>using</c>) to end it.</summary>
    /// <param name="captureBody">Also keep the raw body of JSON, text and error responses in <see cref="Body"/>.</param>
    /// <returns>The scope, empty until a response arrives.</returns>
    public static ApiResponseCapture Begin(bool captureBody = false)
    {
        var scope = new ApiResponseCapture(captureBody, CurrentScope.Value);
        CurrentScope.Value = scope;
        return scope;
    }

    /// <summary>Ends the scope: later calls are not recorded, the scope it was begun in becomes current again, and what
    /// was recorded stays readable.</summary>
    public void Dispose()
    {
        _disposed = true;
        if (CurrentScope.Value == this)
        {
            CurrentScope.Value = Open(_outer);
        }
    }

    /// <summary>Names the status and the headers, never a header value or the body.</summary>
    /// <returns>A description for logs.</returns>
    public override string ToString()
    {
        Captured? captured = Volatile.Read(ref _captured);
        if (captured is null)
        {
            return "ApiResponseCapture { (no response) }";
        }

        string body = captured.Body is { } bytes ? string.Create(CultureInfo.InvariantCulture, $", Body = {bytes.Length} bytes") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"ApiResponseCapture {{ StatusCode = {captured.Status}, Headers = {captured.Headers}{body} }}");
    }

    /// <summary>A new attempt begins: what an earlier one (or call) left is forgotten.</summary>
    internal void Clear()
    {
        for (ApiResponseCapture? scope = Open(this); scope is not null; scope = Open(scope._outer))
        {
            Volatile.Write(ref scope._captured, null);
        }
    }

    /// <summary>Records the status and headers of a response that arrived.</summary>
    internal void Record(HttpResponseMessage response)
    {
        var captured = new Captured((int)response.StatusCode, ApiResponseHeaders.Of(response), Body: null);
        for (ApiResponseCapture? scope = Open(this); scope is not null; scope = Open(scope._outer))
        {
            Volatile.Write(ref scope._captured, captured);
        }
    }

    /// <summary>Adds the body the client read to the response just recorded, in the scopes that keep bodies.</summary>
    internal void RecordBody(ReadOnlySpan<byte> body)
    {
        ReadOnlyMemory<byte>? copy = null;
        for (ApiResponseCapture? scope = Open(this); scope is not null; scope = Open(scope._outer))
        {
            if (scope.CapturesBody && Volatile.Read(ref scope._captured) is { } captured)
            {
                copy ??= body.ToArray();
                Volatile.Write(ref scope._captured, captured with { Body = copy });
            }
        }
    }

    // The scope itself or the nearest enclosing one still open (scopes disposed out of order are skipped).
    private static ApiResponseCapture? Open(ApiResponseCapture? scope)
    {
        while (scope is { _disposed: true })
        {
            scope = scope._outer;
        }

        return scope;
    }

    // One response, replaced as a whole so a reader never mixes the status of one with the headers of another.
    private sealed record Captured(int Status, ApiResponseHeaders Headers, ReadOnlyMemory<byte>? Body);
}
