namespace Aiia.Codegen.Runtime;

/// <summary>
/// Supplies the bearer token of an operation secured by an <c>http</c> <c>bearer</c>, <c>oauth2</c> or
/// <c>openIdConnect</c> scheme. The client asks it on every request (every attempt of a retried one), so a source
/// that renews or refreshes tokens is used as is; it should cache a token while it is valid. Set it as
/// <see cref="ApiClientOptions.TokenSource"/>, or register one in the container used by the generated
/// <c>Add{Client}</c> registration. Build one from a delegate with <see cref="ApiTokenSource.Create(Func{CancellationToken, ValueTask{string}})"/>.
/// </summary>
public interface IApiTokenSource
{
    /// <summary>Returns the token to send as <c>Authorization: Bearer {token}</c> for one request.</summary>
    /// <param name="context">The security scheme the token is for, its required scopes, and the operation.</param>
    /// <param name="cancellationToken">Cancels the call the token is for.</param>
    /// <returns>The token; null or empty sends no <c>Authorization</c> header (the server then answers 401,
    /// surfaced as <see cref="ApiException"/>).</returns>
    ValueTask<string?> GetTokenAsync(ApiTokenContext context, CancellationToken cancellationToken);
}
