namespace Aiia.Codegen.Runtime;

/// <summary>
/// The tokens one login yields, and what their renewal needs, in the spec's terms: a generated
/// <c>{Client}SessionRenewer</c> builds it from the response of the operation the spec marks with
/// <c>x-aiia-session-renewal</c> (and <c>x-aiia-session-start</c>). <c>ToString()</c> never shows a token.
/// </summary>
public sealed class SessionGrant
{
    /// <summary>The short-lived access token (the bearer token of calls against the person's session).</summary>
    public required string AccessToken { get; init; }

    /// <summary>When <see cref="AccessToken"/> stops working.</summary>
    public required DateTimeOffset AccessTokenExpires { get; init; }

    /// <summary>The long-lived login token, traded for a new session (and a new login token) by the renewal.</summary>
    public required string LoginToken { get; init; }

    /// <summary>When <see cref="LoginToken"/> stops working: after that the person must consent again.</summary>
    public required DateTimeOffset LoginTokenExpires { get; init; }

    /// <summary>Whether the login token can be renewed without the person at all.</summary>
    public required bool SupportsUnattended { get; init; }

    /// <summary>The provider (bank) of the login, if the spec names where it is.</summary>
    public string? ProviderId { get; init; }

    /// <summary>A human-readable label of the login, if any.</summary>
    public string? Label { get; init; }

    /// <summary>The provider's identifier of the person, if any.</summary>
    public string? SubjectId { get; init; }

    /// <summary>The non-secret values the renewal request needs besides the login token, by wire name (for Aiia,
    /// <c>userHash</c>). Stored in plain text, so never put a secret here.</summary>
    public IReadOnlyDictionary<string, string> RenewalValues { get; init; } = EmptyValues;

    private static readonly IReadOnlyDictionary<string, string> EmptyValues = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Describes the grant without its tokens.</summary>
    /// <returns>The expiries and the non-secret fields.</returns>
    public override string ToString() =>
        $"SessionGrant {{ AccessToken = [redacted], AccessTokenExpires = {AccessTokenExpires:O}, LoginToken = [redacted], " +
        $"LoginTokenExpires = {LoginTokenExpires:O}, SupportsUnattended = {SupportsUnattended}, ProviderId = {ProviderId}, Label = {Label} }}";
}
