namespace Aiia.Codegen.Sandbox;

/// <summary>The endpoint names used by <see cref="SandboxFaults.AppliesTo"/> and <see cref="SandboxStatistics"/>.</summary>
public static class SandboxEndpointNames
{
    /// <summary><c>POST /v1/authentication/initialize</c>.</summary>
    public const string Initialize = "initialize";

    /// <summary><c>GET /v1/authentication/{sessionId}/status</c>.</summary>
    public const string Status = "status";

    /// <summary><c>POST /v1/authentication/tokens</c>.</summary>
    public const string Tokens = "tokens";

    /// <summary><c>POST /v1/authentication/unattended</c>.</summary>
    public const string Unattended = "unattended";

    /// <summary><c>GET /sandbox/login/{sessionId}</c>, the bank's login page.</summary>
    public const string LoginPage = "login";

    /// <summary><c>GET /sandbox/login/{sessionId}/approve</c>.</summary>
    public const string Approve = "approve";

    /// <summary><c>GET /sandbox/login/{sessionId}/reject</c>.</summary>
    public const string Reject = "reject";

    /// <summary><c>GET /sandbox/login/{sessionId}/fail</c>.</summary>
    public const string Fail = "fail";
}
