namespace Aiia.Codegen.Sandbox;

/// <summary>How the simulated person finishes a login at the sandbox's bank.</summary>
public enum SandboxLoginOutcome
{
    /// <summary>The person approved the login: the session succeeds and an authentication code is issued.</summary>
    Succeeded,

    /// <summary>The login failed at the bank (for example, the bank was unavailable).</summary>
    Failed,

    /// <summary>The person cancelled or rejected the login.</summary>
    Cancelled,
}
