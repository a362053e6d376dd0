namespace Aiia.Codegen.Sandbox;

/// <summary>The long-lived login behind a login token. The token is the dictionary key and never stored here,
/// so this record's <c>ToString()</c> cannot leak it.</summary>
/// <param name="UserHash">The person the login belongs to.</param>
/// <param name="ProviderId">The bank of the login.</param>
/// <param name="CreatedAt">When the person logged in (the label shows it).</param>
/// <param name="Expires">When the consent ends; an unattended login does not extend it.</param>
internal sealed record LoginGrant(string UserHash, string ProviderId, DateTimeOffset CreatedAt, DateTimeOffset Expires);
