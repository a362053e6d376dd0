using Aiia.Codegen.Runtime;

namespace Aiia.Codegen.Sessions;

/// <summary>
/// One user's stored session, decrypted: the row of a <see cref="SessionStore"/>. <c>ToString()</c> never shows a
/// token.
/// </summary>
public sealed class StoredSession
{
    internal StoredSession(string userKey, long version, SessionGrant grant, string? loginToken, SessionConsentReason? consentRequired)
    {
        UserKey = userKey;
        Version = version;
        Grant = grant;
        LoginToken = loginToken;
        ConsentRequired = consentRequired;
    }

    /// <summary>The partner's own key of the user.</summary>
    public string UserKey { get; }

    /// <summary>The row's version: it grows with every write (optimistic concurrency).</summary>
    public long Version { get; }

    /// <summary>The access token.</summary>
    public string AccessToken => Grant.AccessToken;

    /// <summary>When the access token expires.</summary>
    public DateTimeOffset AccessTokenExpires => Grant.AccessTokenExpires;

    /// <summary>The login token; null once it was refused (the person must consent again).</summary>
    public string? LoginToken { get; }

    /// <summary>When the login token expires.</summary>
    public DateTimeOffset LoginTokenExpires => Grant.LoginTokenExpires;

    /// <summary>Whether the login can be renewed without the person.</summary>
    public bool SupportsUnattended => Grant.SupportsUnattended;

    /// <summary>The provider of the login, if known.</summary>
    public string? ProviderId => Grant.ProviderId;

    /// <summary>The login's label, if any.</summary>
    public string? Label => Grant.Label;

    /// <summary>The provider's identifier of the person, if any.</summary>
    public string? SubjectId => Grant.SubjectId;

    /// <summary>The non-secret values the renewal request needs.</summary>
    public IReadOnlyDictionary<string, string> RenewalValues => Grant.RenewalValues;

    /// <summary>Set when a renewal found that the person must consent again (the login token was refused).</summary>
    public SessionConsentReason? ConsentRequired { get; }

    internal SessionGrant Grant { get; }

    /// <summary>Describes the session without its tokens.</summary>
    /// <returns>The user key, version, expiries and non-secret fields.</returns>
    public override string ToString() =>
        $"StoredSession {{ UserKey = {UserKey}, Version = {Version}, AccessToken = [redacted], AccessTokenExpires = {AccessTokenExpires:O}, " +
        $"LoginToken = {(LoginToken is null ? "none" : "[redacted]")}, LoginTokenExpires = {LoginTokenExpires:O}, SupportsUnattended = {SupportsUnattended}, " +
        $"ProviderId = {ProviderId}, ConsentRequired = {ConsentRequired?.ToString() ?? "no"} }}";
}
