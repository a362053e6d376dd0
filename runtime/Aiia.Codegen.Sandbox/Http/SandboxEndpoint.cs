namespace Aiia.Codegen.Sandbox;

/// <summary>Endpoint metadata naming a sandbox endpoint, read by the middleware that counts requests, injects
/// faults and checks credentials.</summary>
/// <param name="Name">One of <see cref="SandboxEndpointNames"/>.</param>
/// <param name="IsApi">True for the <c>/v1/</c> API (credentials and faults apply); false for the login pages.</param>
internal sealed record SandboxEndpoint(string Name, bool IsApi);
