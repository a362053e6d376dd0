namespace Aiia.Codegen.Model;

/// <summary>What a security scheme sends.</summary>
public enum SecuritySchemeKind
{
    /// <summary><c>apiKey</c>: a key in a header, the query or a cookie, from an options property.</summary>
    ApiKey,
    /// <summary><c>http</c> <c>basic</c>: <c>Authorization: Basic</c> from a user name and password property.</summary>
    Basic,
    /// <summary><c>http</c> <c>bearer</c>: <c>Authorization: Bearer</c> from the options' token source.</summary>
    Bearer,
    /// <summary><c>oauth2</c> (any flow): a bearer token from the options' token source.</summary>
    OAuth2,
    /// <summary><c>openIdConnect</c>: a bearer token from the options' token source.</summary>
    OpenIdConnect,
}

/// <summary>Where an API key travels.</summary>
public enum ApiKeyLocation
{
    /// <summary>A request header.</summary>
    Header,
    /// <summary>The query string.</summary>
    Query,
    /// <summary>A cookie of the <c>Cookie</c> header.</summary>
    Cookie,
}

/// <summary>A security scheme the client can send.</summary>
/// <param name="SchemeName">The name under <c>components.securitySchemes</c>.</param>
/// <param name="Kind">What it sends.</param>
/// <param name="Description">The spec's description.</param>
/// <param name="PropertyName">The options property of an API key, or of a basic scheme's user name; empty for token schemes.</param>
/// <param name="PasswordPropertyName">The options property of a basic scheme's password; empty otherwise.</param>
/// <param name="In">Where an API key travels.</param>
/// <param name="ParameterName">The header, query parameter or cookie name of an API key; empty otherwise.</param>
/// <param name="IsRequired">Whether every call needs it (each operation's every alternative names it): the options'
/// validation then requires its credential.</param>
public sealed record SecuritySchemeModel(
    string SchemeName,
    SecuritySchemeKind Kind,
    string? Description,
    string PropertyName = "",
    string PasswordPropertyName = "",
    ApiKeyLocation In = ApiKeyLocation.Header,
    string ParameterName = "",
    bool IsRequired = false)
{
    /// <summary>Whether the scheme sends a bearer token from the options' token source.</summary>
    public bool UsesTokenSource => Kind is SecuritySchemeKind.Bearer or SecuritySchemeKind.OAuth2 or SecuritySchemeKind.OpenIdConnect;
}

/// <summary>One security requirement object: every scheme it names is sent together.</summary>
/// <param name="Schemes">The schemes and the scopes each requires, in document order.</param>
public sealed record SecurityRequirementModel(EquatableArray<SecurityUseModel> Schemes);

/// <summary>A scheme named by a security requirement.</summary>
/// <param name="SchemeName">The scheme's name under <c>components.securitySchemes</c>.</param>
/// <param name="Scopes">The scopes (or roles) the requirement lists for it.</param>
public sealed record SecurityUseModel(string SchemeName, EquatableArray<string> Scopes);
