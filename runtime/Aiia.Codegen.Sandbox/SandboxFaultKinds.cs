namespace Aiia.Codegen.Sandbox;

/// <summary>The faults the sandbox can inject into <c>/v1/</c> requests. Each faulted request gets one of the
/// enabled kinds, chosen by the sandbox's seeded random generator.</summary>
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
    /// <see cref="ResetMidBody"/> and <see cref="Hang"/>.</summary>
    All = Latency | ServiceUnavailable | TooManyRequests | DroppedConnection | InternalServerError | ResetMidBody | Hang,
}
