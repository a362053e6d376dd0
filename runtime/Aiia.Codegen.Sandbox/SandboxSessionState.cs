namespace Aiia.Codegen.Sandbox;

/// <summary>The state of a login session in the sandbox; the same states the status operation reports.</summary>
public enum SandboxSessionState
{
    /// <summary>The person has not finished the login yet.</summary>
    InProgress,

    /// <summary>The login succeeded and an authentication code was issued.</summary>
    Succeeded,

    /// <summary>The login failed.</summary>
    Failed,

    /// <summary>The person cancelled the login.</summary>
    Cancelled,
}
