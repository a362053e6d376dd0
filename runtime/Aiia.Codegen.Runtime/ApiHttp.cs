namespace Aiia.Codegen.Runtime;

/// <summary>
/// The <see cref="HttpClient"/> a generated client builds for itself when given only its options: one shared
/// <see cref="SocketsHttpHandler"/> per process that never follows redirects (the transport follows same-origin ones
/// itself), keeps no cookies and renews pooled connections so DNS changes are seen.
/// </summary>
public static class ApiHttp
{
    private static readonly Lazy<SocketsHttpHandler> Shared = new(CreateHandler);

    /// <summary>A handler for API clients: <c>AllowAutoRedirect = false</c>, <c>UseCookies = false</c>, connections
    /// renewed every two minutes, no automatic decompression. Use it when you build your own <see cref="HttpClient"/>
    /// for a generated client.</summary>
    /// <remarks>The handler is shared by every client (and every user) of the process: a cookie one response set
    /// would otherwise go out with another caller's credentials. A client sends only the cookies its spec describes.</remarks>
    /// <returns>A new handler; dispose it with its last client.</returns>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    };

    /// <summary>An <see cref="HttpClient"/> over the shared handler, addressed at <see cref="ApiClientOptions.BaseAddress"/>,
    /// without a client-wide timeout (every attempt has its own, <see cref="ApiClientOptions.AttemptTimeout"/>).</summary>
    /// <param name="options">The client's options.</param>
    /// <returns>A client that need not be disposed (the handler is shared).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static HttpClient CreateClient(ApiClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HttpClient(Shared.Value, disposeHandler: false)
        {
            BaseAddress = options.BaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }
}
