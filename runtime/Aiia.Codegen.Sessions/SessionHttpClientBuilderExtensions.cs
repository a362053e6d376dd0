using Microsoft.Extensions.DependencyInjection;

namespace Aiia.Codegen.Sessions;

/// <summary>Adds the user's bearer token to the requests of another <c>HttpClient</c> (e.g. the provider's data APIs).</summary>
public static class SessionHttpClientBuilderExtensions
{
    /// <summary>Adds a <see cref="SessionBearerHandler"/> whose user comes from the registered
    /// <see cref="ISessionUserAccessor"/>. Register a <see cref="SessionKeeper"/> (a singleton) and the accessor.</summary>
    /// <param name="builder">The HTTP client's builder.</param>
    /// <returns>The builder.</returns>
    public static IHttpClientBuilder AddSessionBearerToken(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddHttpMessageHandler(services =>
        {
            var accessor = services.GetRequiredService<ISessionUserAccessor>();
            return new SessionBearerHandler(services.GetRequiredService<SessionKeeper>(), _ => accessor.UserKey);
        });
    }

    /// <summary>Adds a <see cref="SessionBearerHandler"/> whose user a callback names, e.g. from an option the caller
    /// set on the request. Register a <see cref="SessionKeeper"/> (a singleton).</summary>
    /// <param name="builder">The HTTP client's builder.</param>
    /// <param name="userKey">The user of a request.</param>
    /// <returns>The builder.</returns>
    public static IHttpClientBuilder AddSessionBearerToken(this IHttpClientBuilder builder, Func<IServiceProvider, HttpRequestMessage, string?> userKey)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(userKey);
        return builder.AddHttpMessageHandler(services =>
            new SessionBearerHandler(services.GetRequiredService<SessionKeeper>(), request => userKey(services, request)));
    }
}
