using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Registers a generated client with <c>IHttpClientFactory</c>; generated <c>Add...Client</c> extensions call this.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiClientRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> as a typed client over the same options type its constructor takes:
    /// bound and validated (at start-up in a host), logging through the container's <see cref="ILoggerFactory"/>,
    /// timed by the container's <see cref="TimeProvider"/> if any, with the container's <see cref="IApiTokenSource"/> as
    /// the token source unless the options set one: the one keyed by <typeparamref name="TClient"/>'s type if any, else
    /// the unkeyed one, which every generated client of the container then shares. The factory's own request logging is removed (it
    /// would put header values, the client secret among them, into log state), its primary handler never follows
    /// redirects, and the client-wide timeout is off: the client's one retry layer times each attempt.
    /// </summary>
    /// <typeparam name="TClient">The generated client.</typeparam>
    /// <typeparam name="TOptions">The generated options.</typeparam>
    /// <param name="services">The container.</param>
    /// <param name="configure">Sets the options; more configuration may be bound to <typeparamref name="TOptions"/> elsewhere.</param>
    /// <param name="create">Creates the client from its <see cref="HttpClient"/> and options.</param>
    /// <returns>The HTTP client builder, for more handlers.</returns>
    public static IHttpClientBuilder AddApiClient<TClient, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        IServiceCollection services,
        Action<TOptions>? configure,
        Func<HttpClient, TOptions, TClient> create)
        where TClient : class
        where TOptions : ApiClientOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);

        var optionsBuilder = services.AddOptions<TOptions>();
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        // What configuration cannot carry comes from the container, unless the options already name their own.
        optionsBuilder.PostConfigure<IServiceProvider>(static (options, provider) =>
        {
            options.LoggerFactory ??= provider.GetService<ILoggerFactory>();
            // A source registered for this client (keyed by its type) before one every client of the container shares.
            options.TokenSource ??= provider.GetKeyedService<IApiTokenSource>(typeof(TClient)) ?? provider.GetService<IApiTokenSource>();
            if (ReferenceEquals(options.TimeProvider, TimeProvider.System) && provider.GetService<TimeProvider>() is { } clock)
            {
                options.TimeProvider = clock;
            }
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, ApiClientOptionsValidator<TOptions>>());

        // In a host, a missing secret or a plain-http base address stops the application at start-up, not at the
        // first call; elsewhere validation runs when the client is first resolved.
        optionsBuilder.ValidateOnStart();

        var builder = services.AddHttpClient(typeof(TClient).FullName ?? typeof(TClient).Name, static (provider, httpClient) =>
        {
            httpClient.BaseAddress = provider.GetRequiredService<IOptions<TOptions>>().Value.BaseAddress;
            // Each attempt is timed by the transport (AttemptTimeout beyond the long-poll window), the whole call by
            // the caller's token: a client-wide timeout would only cut long polls short.
            httpClient.Timeout = Timeout.InfiniteTimeSpan;
        });

        // The factory's logging handlers keep raw header values in their structured state.
        builder.RemoveAllLoggers();
        builder.ConfigurePrimaryHttpMessageHandler(static (handler, _) => DisableRedirectsAndCookies(handler));
        builder.AddTypedClient<TClient>((httpClient, provider) => create(httpClient, provider.GetRequiredService<IOptions<TOptions>>().Value));
        return builder;
    }

    /// <summary>
    /// The transport follows redirects itself, within the base address's origin only; and the factory pools the handler
    /// for every scope (every user) of the application, so a cookie one response set must not go out with another's
    /// credentials: a client sends only the cookies its spec describes.
    /// </summary>
    internal static void DisableRedirectsAndCookies(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                sockets.UseCookies = false;
                break;
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                client.UseCookies = false;
                break;
        }
    }
}

/// <summary>Turns <see cref="ApiClientOptions.Validate"/> into options validation; a registered client also needs a
/// base address.</summary>
internal sealed class ApiClientOptionsValidator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions> : IValidateOptions<TOptions>
    where TOptions : ApiClientOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var problems = options.Validate().ToList();
        if (options.BaseAddress is null)
        {
            problems.Insert(0, ApiTransport.CheckBaseAddress(null, options, nameof(ApiClientOptions.BaseAddress))!);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
