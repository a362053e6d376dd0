namespace Aiia.Codegen.Sandbox;

/// <summary>The faults the sandbox can inject into <c>/v1/</c> requests. Each faulted request gets one of the
/// enabled kinds, chosen by the sandbox's seeded random generator. <see cref="All"/> holds the transient failures a
/// client should ride out; <see cref="Hostile"/> holds the behaviours of a hostile or broken server a client must
/// refuse, enabled only when asked for by name.</summary>
[Flags]
public enum SandboxFaultKinds
{
    /// <summary>No faults.</summary>
    None = 0,

    /// <summary>The request is delayed by <see cref="SandboxFaults.Latency"/>, then handled normally.</summary>
    Latency = 1,

    /// <summary>503 Service Unavailable with a <c>Retry-After</c> header; the endpoint does nothing.</summary>
    ServiceUnavailable = 2,

    /// <summary>429 Too Many Requests with a <c>Retry-After</c> header; the endpoint does nothing.</summary>
    TooManyRequests = 4,

    /// <summary>The connection is dropped without a response (the client sees an <c>HttpRequestException</c>).</summary>
    DroppedConnection = 8,

    /// <summary>500 Internal Server Error with the API's error body (<c>InternalError</c>) and no <c>Retry-After</c>;
    /// the endpoint does nothing.</summary>
    InternalServerError = 16,

    /// <summary>200 with <c>Content-Type: application/json</c> and a <c>Content-Length</c> of 200, then only the
    /// start of a JSON object, then the connection ends: the client's headers arrive, its body read fails with an
    /// <see cref="IOException"/>. The endpoint does nothing. (Kestrel logs the short body as an application error.)</summary>
    ResetMidBody = 32,

    /// <summary>No response at all: the request is held until the client goes away or the sandbox stops (then the
    /// connection is dropped). The endpoint does nothing.</summary>
    Hang = 64,

    /// <summary>Every transient kind: <see cref="Latency"/>, <see cref="ServiceUnavailable"/>,
    /// <see cref="TooManyRequests"/>, <see cref="DroppedConnection"/>, <see cref="InternalServerError"/>,
    /// <see cref="ResetMidBody"/> and <see cref="Hang"/>. The <see cref="Hostile"/> kinds are not in it.</summary>
    All = Latency | ServiceUnavailable | TooManyRequests | DroppedConnection | InternalServerError | ResetMidBody | Hang,

    /// <summary>Hostile, not in <see cref="All"/>: <c>307 Temporary Redirect</c> to the same path and query on
    /// <see cref="AiiaSandbox.Elsewhere"/>, another origin that answers everything with 200 and records which
    /// credentials reached it.</summary>
    CrossOriginRedirect = 128,

    /// <summary>Hostile, not in <see cref="All"/>: <c>307 Temporary Redirect</c> to the same path on the same origin
    /// with a marker query parameter (<see cref="SandboxFaults.RedirectMarker"/>); a request carrying the marker never
    /// gets a fault, so following the redirect once gives the endpoint's normal answer.</summary>
    SameOriginRedirect = 256,

    /// <summary>Hostile, not in <see cref="All"/>: 200 <c>application/json</c> with a body of
    /// <see cref="SandboxFaults.HugeBodyBytes"/> bytes, streamed (<c>Content-Length</c> when
    /// <see cref="SandboxFaults.HugeBodyDeclaresLength"/>, else chunked); the bytes written are counted in
    /// <see cref="SandboxStatistics.HugeBodyBytesWritten"/>. The endpoint does nothing.</summary>
    HugeBody = 512,

    /// <summary>Hostile, not in <see cref="All"/>: like <see cref="HugeBody"/>, but 503 with a body that starts as the
    /// API's error body (<c>{"error":"ServiceUnavailable","details":{"padding":"…"}}</c>).</summary>
    HugeErrorBody = 1024,

    /// <summary>Hostile, not in <see cref="All"/>: 400 with an error body whose <c>error</c> and <c>details.reason</c>
    /// are the request's own <c>X-Client-Secret</c> header value, as a server echoing the secret back would. The
    /// sandbox never logs or keeps the value. The endpoint does nothing.</summary>
    EchoedSecret = 2048,

    /// <summary>Every hostile kind: <see cref="CrossOriginRedirect"/>, <see cref="SameOriginRedirect"/>,
    /// <see cref="HugeBody"/>, <see cref="HugeErrorBody"/> and <see cref="EchoedSecret"/>. Not in <see cref="All"/>.</summary>
    Hostile = CrossOriginRedirect | SameOriginRedirect | HugeBody | HugeErrorBody | EchoedSecret,
}
