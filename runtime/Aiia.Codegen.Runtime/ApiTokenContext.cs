namespace Aiia.Codegen.Runtime;

/// <summary>What a token is asked for: the spec's security scheme, the scopes the operation requires, the operation.</summary>
public sealed class ApiTokenContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="schemeName">The name of the scheme under <c>components.securitySchemes</c>.</param>
    /// <param name="scopes">The scopes (or roles) the operation's security requirement lists; empty when none.</param>
    /// <param name="operationId">The operation's id.</param>
    /// <exception cref="ArgumentException"><paramref name="schemeName"/> or <paramref name="operationId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> is null.</exception>
    public ApiTokenContext(string schemeName, IReadOnlyList<string> scopes, string operationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(schemeName);
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentException.ThrowIfNullOrEmpty(operationId);
        SchemeName = schemeName;
        Scopes = scopes;
        OperationId = operationId;
    }

    /// <summary>The name of the scheme under <c>components.securitySchemes</c>, e.g. <c>petstore_auth</c>.</summary>
    public string SchemeName { get; }

    /// <summary>The scopes the operation requires, as the spec lists them; empty when none.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The operation's id.</summary>
    public string OperationId { get; }

    /// <summary>Names the scheme, the scopes and the operation (a context holds no secret).</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => $"{SchemeName} [{string.Join(' ', Scopes)}] for {OperationId}";
}
