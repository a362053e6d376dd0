namespace Aiia.Codegen.Sandbox;

/// <summary>
/// A snapshot of one login session in the sandbox. It carries no code or token, so printing it (the
/// record's <c>ToString()</c>) never leaks a secret.
/// </summary>
/// <param name="SessionId">The session id returned by initialize.</param>
/// <param name="UserHash">The client's pseudonym of the person.</param>
/// <param name="State">The session's state when the snapshot was taken.</param>
/// <param name="ProviderId">The bank (provider) the person logs in at.</param>
/// <param name="CreatedAt">When the login was initialized, by the sandbox's <see cref="TimeProvider"/>.</param>
/// <param name="CompletedAt">When the person finished the login, or null while it is in progress.</param>
public sealed record SandboxSession(
    string SessionId,
    string UserHash,
    SandboxSessionState State,
    string ProviderId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);
