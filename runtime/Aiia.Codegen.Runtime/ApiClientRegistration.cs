using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Registers a generated client with <c>IHttpClientFactory</c>; generated <c>Add...Client</c> extensions call this.
/// </summary>
public static class ApiClientRegistration
{
    // Above the long-poll window: the server answers at the end of the window, then the answer has to travel.
    private static readonly TimeSpan AttemptMargin = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Registers <typeparamref name="TClient"/> as a typed client whose options are bound and validated, which
    /// logs through the container's <see cref="ILoggerFactory"/>, uses the container's <see cref="TimeProvider"/> if
    /// any, and (by default) gets a resilience handler that never retries unsafe methods (a single-use code is
    /// sent once) and whose per-attempt timeout exceeds the long-poll window.
    /// </summary>
    /// <typeparam name="TClient">The generated client.</typeparam>
    /// <typeparam name="TOptions">The generated options.</typeparam>
    /// <param name="services">The container.</param>
    /// <param name="configure">Sets the options; more configuration may be bound to <typeparamref name="TOptions"/> elsewhere.</param>
    /// <param name="create">Creates the client from its <see cref="HttpClient"/>, options and runtime options.</param>
    /// <returns>The HTTP client builder, for more handlers.</returns>
    public static IHttpClientBuilder AddApiClient<TClient, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        IServiceCollection services,
        Action<TOptions>? configure,
        Func<HttpClient, TOptions, ApiClientOptions, TClient> create)
        where TClient : class
        where TOptions : ApiServiceOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);

        var optionsBuilder = services.AddOptions<TOptions>();
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, ApiServiceOptionsValidator<TOptions>>());

        // In a host, a missing secret or a plain-http base address stops the application at start-up, not at the
        // first call; elsewhere validation runs when the client is first resolved.
        optionsBuilder.ValidateOnStart();

        var builder = services
            .AddHttpClient(typeof(TClient).FullName ?? typeof(TClient).Name, static (provider, httpClient) =>
            {
                var options = provider.GetRequiredService<IOptions<TOptions>>().Value;
                // Timeouts belong to the resilience handler (per attempt, above the long-poll window, kept even when
                // its retries are off) and to the caller's token; the handler sets HttpClient.Timeout to infinite.
                httpClient.BaseAddress = options.BaseAddress;
            })
            .AddTypedClient<TClient>((httpClient, provider) =>
            {
                var options = provider.GetRequiredService<IOptions<TOptions>>().Value;
                var clientOptions = new ApiClientOptions
                {
                    LoggerFactory = provider.GetService<ILoggerFactory>(),
                    TimeProvider = provider.GetService<TimeProvider>() ?? TimeProvider.System,
                    AllowInsecureHttp = options.AllowInsecureHttp,
                    PollOptions = options.ToPollOptions(),
                };
                return create(httpClient, options, clientOptions);
            });

        builder.AddStandardResilienceHandler().Configure(static (resilience, provider) =>
        {
            TOptions options;
            try
            {
                options = provider.GetRequiredService<IOptions<TOptions>>().Value;
            }
            catch (OptionsValidationException)
            {
                // Invalid settings are reported once, by their own validation; the pipeline keeps its defaults.
                return;
            }

            ConfigureResilience(resilience, options);
        });
        return builder;
    }

    /// <summary>Methods that change nothing, or whose repetition changes nothing more (RFC 9110 idempotent methods).</summary>
    internal static bool IsSafeToRetry(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
        || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Trace;

    /// <summary>The standard pipeline, adjusted for this API.</summary>
    internal static void ConfigureResilience(HttpStandardResilienceOptions resilience, ApiServiceOptions options)
    {
        if (!options.UseStandardResilience)
        {
            // Options are read when the pipeline is built, after registration: switch the strategies off instead.
            resilience.Retry.ShouldHandle = static _ => ValueTask.FromResult(false);
            resilience.CircuitBreaker.ShouldHandle = static _ => ValueTask.FromResult(false);
        }

        // A POST may have reached the server (the code exchange is single use; a payment would be made twice).
        // Written out rather than DisableForUnsafeHttpMethods(), which the 8.x package used on net8.0 lacks.
        var shouldRetry = resilience.Retry.ShouldHandle;
        resilience.Retry.ShouldHandle = arguments =>
            arguments.Context.GetRequestMessage() is { } request && IsSafeToRetry(request.Method)
                ? shouldRetry(arguments)
                : ValueTask.FromResult(false);
        TimeSpan attempt = options.PollTimeout + AttemptMargin;
        resilience.AttemptTimeout.Timeout = attempt;
        resilience.TotalRequestTimeout.Timeout = (attempt * (resilience.Retry.MaxRetryAttempts + 1)) + TimeSpan.FromSeconds(30);
        // The breaker's sampling window must be at least twice the attempt timeout.
        resilience.CircuitBreaker.SamplingDuration = (attempt * 2) + TimeSpan.FromSeconds(1);
        // The standard 10 % would open the circuit on a merely flaky API and stall every waiter for the break;
        // the waiters already back off on 429/5xx. Open it only when most calls fail.
        resilience.CircuitBreaker.FailureRatio = 0.5;
    }
}

/// <summary>Turns <see cref="ApiServiceOptions.Validate"/> into options validation.</summary>
internal sealed class ApiServiceOptionsValidator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions> : IValidateOptions<TOptions>
    where TOptions : ApiServiceOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var problems = options.Validate().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
