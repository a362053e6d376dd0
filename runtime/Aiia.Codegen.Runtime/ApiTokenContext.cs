namespace Aiia.Codegen.Runtime;

/// <summary>What a token is asked for: the spec's security scheme, the scopes the operation requires, the operation,
/// and the server it goes to.</summary>
/// <remarks>Two specs often name their schemes alike (<c>bearerAuth</c>) and share operation ids: a source serving several
/// clients tells them apart by <see cref="BaseAddress"/> (or is registered per client, see <c>Add{Client}</c>).</remarks>
public sealed class ApiTokenContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="schemeName">The name of the scheme under <c>components.securitySchemes</c>.</param>
    /// <param name="scopes">The scopes (or roles) the operation's security requirement lists; empty when none.</param>
    /// <param name="operationId">The operation's id.</param>
    /// <param name="baseAddress">The base address of the client that asks: the server the token will be sent to.</param>
    /// <exception cref="ArgumentException"><paramref name="schemeName"/> or <paramref name="operationId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> or <paramref name="baseAddress"/> is null.</exception>
    public ApiTokenContext(string schemeName, IReadOnlyList<string> scopes, string operationId, Uri baseAddress)
    {
        ArgumentException.ThrowIfNullOrEmpty(schemeName);
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentException.ThrowIfNullOrEmpty(operationId);
        ArgumentNullException.ThrowIfNull(baseAddress);
        SchemeName = schemeName;
        Scopes = scopes;
        OperationId = operationId;
        BaseAddress = baseAddress;
    }

    /// <summary>The base address of the client that asks, e.g. <c>https://api.example.com/v1/</c>: the server the
    /// token will be sent to.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The name of the scheme under <c>components.securitySchemes</c>, e.g. <c>petstore_auth</c>.</summary>
    public string SchemeName { get; }

    /// <summary>The scopes the operation requires, as the spec lists them; empty when none.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The operation's id.</summary>
    public string OperationId { get; }

    /// <summary>Names the scheme, the scopes, the operation and the server's origin (a context holds no secret).</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => $"{SchemeName} [{string.Join(' ', Scopes)}] for {OperationId} at {BaseAddress.GetLeftPart(UriPartial.Authority)}";
}
