namespace Aiia.Codegen.Runtime;

/// <summary>Builds an <see cref="IApiTokenSource"/> from a delegate.</summary>
public static class ApiTokenSource
{
    /// <summary>A source that calls <paramref name="getToken"/> for every request, whatever the scheme.</summary>
    /// <param name="getToken">Returns the current token (it may renew it).</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="getToken"/> is null.</exception>
    public static IApiTokenSource Create(Func<CancellationToken, ValueTask<string>> getToken)
    {
        ArgumentNullException.ThrowIfNull(getToken);
        return new DelegateTokenSource(async (_, cancellationToken) => await getToken(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>A source that calls <paramref name="getToken"/> for every request with the scheme and scopes it is for.</summary>
    /// <param name="getToken">Returns the token for the context, or null to send none.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="getToken"/> is null.</exception>
    public static IApiTokenSource Create(Func<ApiTokenContext, CancellationToken, ValueTask<string?>> getToken)
    {
        ArgumentNullException.ThrowIfNull(getToken);
        return new DelegateTokenSource(getToken);
    }

    private sealed class DelegateTokenSource(Func<ApiTokenContext, CancellationToken, ValueTask<string?>> getToken) : IApiTokenSource
    {
        public ValueTask<string?> GetTokenAsync(ApiTokenContext context, CancellationToken cancellationToken) => getToken(context, cancellationToken);

        // Never the token: the delegate may hold one in its closure, which is not shown either.
        public override string ToString() => nameof(ApiTokenSource);
    }
}
