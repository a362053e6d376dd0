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

    /// <summary>Every kind.</summary>
    All = Latency | ServiceUnavailable | TooManyRequests | DroppedConnection,
}
