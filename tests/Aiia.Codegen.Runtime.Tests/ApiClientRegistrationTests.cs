using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>What the generator emits for options: the base settings plus validated credentials.</summary>
internal sealed class RegistrationTestOptions : ApiServiceOptions
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public override IEnumerable<string> Validate()
    {
        foreach (string problem in base.Validate())
        {
            yield return problem;
        }

        if (string.IsNullOrEmpty(ClientSecret))
        {
            yield return $"{nameof(ClientSecret)} is not set. Read it from configuration or a secret store.";
        }
    }
}

/// <summary>What the generator emits for a client: a transport over the factory's HttpClient.</summary>
internal sealed class RegistrationTestClient(HttpClient httpClient, RegistrationTestOptions options, ApiClientOptions clientOptions)
{
    public HttpClient HttpClient { get; } = httpClient;

    public RegistrationTestOptions Options { get; } = options;

    public ApiClientOptions ClientOptions { get; } = clientOptions;

    public ApiTransport Transport { get; } = new(httpClient, clientOptions);

    public Task SendAsync(HttpMethod method, CancellationToken cancellationToken = default) =>
        Transport.SendAsync(new ApiRequest(method, "/v1/authentication/tokens", "exchangeCodeForTokens", "/v1/authentication/tokens"), cancellationToken);
}

/// <summary>
/// Registration with dependency injection: options validated at resolution with messages that never hold a secret,
/// an HttpClient whose own timeout does not cut long polls, a resilience pipeline that never retries a POST, and the
/// container's clock and loggers.
/// </summary>
public sealed class ApiClientRegistrationTests
{
    private const string ClientSecret = "secret-VALUE-71c3";
    private static readonly string ClientName = typeof(RegistrationTestClient).FullName!;

    private static ServiceProvider Build(Action<RegistrationTestOptions> configure, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        services?.Invoke(collection);
        ApiClientRegistration.AddApiClient<RegistrationTestClient, RegistrationTestOptions>(
            collection,
            configure,
            static (http, options, clientOptions) => new RegistrationTestClient(http, options, clientOptions));
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private static Action<RegistrationTestOptions> Valid(Uri baseAddress, Action<RegistrationTestOptions>? more = null) => o =>
    {
        o.BaseAddress = baseAddress;
        o.ClientId = "client-id";
        o.ClientSecret = ClientSecret;
        more?.Invoke(o);
    };

    private static OptionsValidationException ResolveFails(ServiceProvider provider)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RegistrationTestClient>());
        Assert.Equal(typeof(RegistrationTestOptions), ex.OptionsType);
        Assert.DoesNotContain(ClientSecret, ex.ToString());
        Assert.All(ex.Failures, f => Assert.DoesNotContain(ClientSecret, f));
        return ex;
    }

    [Fact]
    public void A_missing_base_address_fails_resolution_naming_the_problem()
    {
        using ServiceProvider provider = Build(o => o.ClientSecret = ClientSecret);

        OptionsValidationException ex = ResolveFails(provider);

        Assert.Contains("BaseAddress is not set", Assert.Single(ex.Failures));
    }

    [Theory]
    [InlineData("http://api.example.com/")]
    [InlineData("http://10.1.2.3:8080/")]
    public void Plain_http_off_loopback_fails_resolution_naming_the_problem(string address)
    {
        using ServiceProvider provider = Build(Valid(new Uri(address)));

        OptionsValidationException ex = ResolveFails(provider);

        string failure = Assert.Single(ex.Failures);
        Assert.Contains(new Uri(address).Authority, failure);
        Assert.Contains("https", failure);
        Assert.Contains(nameof(ApiServiceOptions.AllowInsecureHttp), failure);
    }

    [Fact]
    public void Plain_http_off_loopback_is_allowed_when_asked_for()
    {
        using ServiceProvider provider = Build(Valid(new Uri("http://api.example.com/"), o => o.AllowInsecureHttp = true));

        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();

        Assert.True(client.ClientOptions.AllowInsecureHttp);
        Assert.Equal(new Uri("http://api.example.com/"), client.HttpClient.BaseAddress);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_missing_secret_fails_resolution_naming_the_setting(string? secret)
    {
        using ServiceProvider provider = Build(o =>
        {
            o.BaseAddress = new Uri("https://api.example.com/");
            o.ClientSecret = secret;
        });

        OptionsValidationException ex = ResolveFails(provider);

        Assert.Contains(nameof(RegistrationTestOptions.ClientSecret), Assert.Single(ex.Failures));
    }

    [Theory]
    [InlineData("http://api.example.com/")]
    [InlineData("https://user:secret-VALUE-71c3@api.example.com/")]
    [InlineData("https://api.example.com/?key=secret-VALUE-71c3")]
    public void Validation_messages_never_hold_the_secret(string address)
    {
        using ServiceProvider provider = Build(Valid(new Uri(address)));

        OptionsValidationException ex = ResolveFails(provider);

        Assert.Contains("api.example.com", Assert.Single(ex.Failures));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        using ServiceProvider provider = Build(o =>
        {
            o.PollTimeout = TimeSpan.FromSeconds(-1);
            o.WaitDeadline = TimeSpan.Zero;
        });

        OptionsValidationException ex = ResolveFails(provider);

        Assert.Equal(4, ex.Failures.Count());
        Assert.Contains(ex.Failures, f => f.Contains("BaseAddress", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains(nameof(ApiServiceOptions.PollTimeout), StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains(nameof(ApiServiceOptions.WaitDeadline), StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains(nameof(RegistrationTestOptions.ClientSecret), StringComparison.Ordinal));
    }

    [Fact]
    public void A_valid_registration_resolves_a_client_with_the_base_address_and_no_HttpClient_timeout()
    {
        using ServiceProvider provider = Build(Valid(new Uri("https://api.example.com/prefix/"), o =>
        {
            o.PollTimeout = TimeSpan.FromSeconds(12);
            o.WaitDeadline = TimeSpan.FromMinutes(2);
        }));

        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();

        Assert.Equal(new Uri("https://api.example.com/prefix/"), client.HttpClient.BaseAddress);
        Assert.Equal(Timeout.InfiniteTimeSpan, client.HttpClient.Timeout);
        Assert.Equal(ClientSecret, client.Options.ClientSecret);
        Assert.False(client.ClientOptions.AllowInsecureHttp);
        Assert.Equal(TimeSpan.FromSeconds(12), client.ClientOptions.PollOptions.PollTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), client.ClientOptions.PollOptions.Deadline);
        // The HttpClient's own headers carry no credentials.
        Assert.Empty(client.HttpClient.DefaultRequestHeaders);
    }

    [Fact]
    public void Without_standard_resilience_no_timeout_cuts_the_poll_window()
    {
        TimeSpan pollTimeout = TimeSpan.FromSeconds(40);
        using ServiceProvider provider = Build(Valid(new Uri("https://api.example.com/"), o =>
        {
            o.PollTimeout = pollTimeout;
            o.UseStandardResilience = false;
        }));

        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();
        HttpStandardResilienceOptions resilience = provider.GetRequiredService<IOptionsMonitor<HttpStandardResilienceOptions>>().Get(ClientName + "-standard");

        Assert.True(
            client.HttpClient.Timeout == Timeout.InfiniteTimeSpan || client.HttpClient.Timeout > pollTimeout,
            $"HttpClient.Timeout {client.HttpClient.Timeout}");
        Assert.True(resilience.AttemptTimeout.Timeout > pollTimeout, $"attempt timeout {resilience.AttemptTimeout.Timeout}");
        Assert.True(resilience.TotalRequestTimeout.Timeout > pollTimeout, $"total timeout {resilience.TotalRequestTimeout.Timeout}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    [InlineData(120)]
    public void The_attempt_timeout_exceeds_the_poll_window(int pollSeconds)
    {
        TimeSpan pollTimeout = TimeSpan.FromSeconds(pollSeconds);
        using ServiceProvider provider = Build(Valid(new Uri("https://api.example.com/"), o => o.PollTimeout = pollTimeout));

        HttpStandardResilienceOptions resilience = provider.GetRequiredService<IOptionsMonitor<HttpStandardResilienceOptions>>().Get(ClientName + "-standard");

        Assert.True(resilience.AttemptTimeout.Timeout > pollTimeout, $"attempt timeout {resilience.AttemptTimeout.Timeout}");
        Assert.True(
            resilience.TotalRequestTimeout.Timeout >= resilience.AttemptTimeout.Timeout * (resilience.Retry.MaxRetryAttempts + 1),
            $"total timeout {resilience.TotalRequestTimeout.Timeout}");
        Assert.True(resilience.CircuitBreaker.SamplingDuration >= resilience.AttemptTimeout.Timeout * 2, "sampling duration");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    [InlineData(600)]
    public async Task The_adjusted_pipeline_is_accepted_and_sends_a_request(int pollSeconds)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, "{}"));
        using ServiceProvider provider = Build(Valid(server.BaseAddress, o => o.PollTimeout = TimeSpan.FromSeconds(pollSeconds)));

        await provider.GetRequiredService<RegistrationTestClient>().SendAsync(HttpMethod.Get);

        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("HEAD", true)]
    [InlineData("OPTIONS", true)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    [InlineData("POST", false)]
    [InlineData("PATCH", false)]
    [InlineData("CONNECT", false)]
    public void Only_idempotent_methods_are_safe_to_retry(string method, bool safe) =>
        Assert.Equal(safe, ApiClientRegistration.IsSafeToRetry(new HttpMethod(method)));

    private static async Task<bool> ShouldRetry(HttpStandardResilienceOptions resilience, HttpMethod? method, int status)
    {
        ResilienceContext context = ResilienceContextPool.Shared.Get();
        try
        {
            using var request = method is null ? null : new HttpRequestMessage(method, "https://api.example.com/v1/x");
            context.SetRequestMessage(request);
            using var response = new HttpResponseMessage((System.Net.HttpStatusCode)status);
            return await resilience.Retry.ShouldHandle(new RetryPredicateArguments<HttpResponseMessage>(context, Outcome.FromResult(response), 0));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    [Fact]
    public async Task The_adjusted_retry_predicate_refuses_unsafe_methods_and_keeps_the_standard_rules()
    {
        var resilience = new HttpStandardResilienceOptions();
        ApiClientRegistration.ConfigureResilience(resilience, new RegistrationTestOptions { PollTimeout = TimeSpan.FromSeconds(30) });

        Assert.True(await ShouldRetry(resilience, HttpMethod.Get, 503));
        Assert.False(await ShouldRetry(resilience, HttpMethod.Get, 400));
        Assert.False(await ShouldRetry(resilience, HttpMethod.Post, 503));
        Assert.False(await ShouldRetry(resilience, HttpMethod.Patch, 503));
        // Without a request message nothing says the call is safe.
        Assert.False(await ShouldRetry(resilience, null, 503));
        Assert.Equal(TimeSpan.FromSeconds(45), resilience.AttemptTimeout.Timeout);
        Assert.Equal(0.5, resilience.CircuitBreaker.FailureRatio);
    }

    [Fact]
    public async Task Without_standard_resilience_nothing_is_retried_and_the_breaker_never_opens()
    {
        var resilience = new HttpStandardResilienceOptions();
        ApiClientRegistration.ConfigureResilience(resilience, new RegistrationTestOptions { UseStandardResilience = false });

        Assert.False(await ShouldRetry(resilience, HttpMethod.Get, 503));
        ResilienceContext context = ResilienceContextPool.Shared.Get();
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable);
        Assert.False(await resilience.CircuitBreaker.ShouldHandle(new CircuitBreakerPredicateArguments<HttpResponseMessage>(context, Outcome.FromResult(response))));
        ResilienceContextPool.Shared.Return(context);
        Assert.True(resilience.AttemptTimeout.Timeout > TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_POST_is_never_retried()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            LoopbackServer.Respond(503, """{"error":"Unavailable"}""", configure: r => r.Headers.RetryAfter = "0"));
        using ServiceProvider provider = Build(Valid(server.BaseAddress));
        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();

        var ex = await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(HttpMethod.Post)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal("POST", Assert.Single(server.Requests).Method);
    }

    [Fact]
    public async Task A_GET_is_retried_by_the_standard_pipeline()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            LoopbackServer.Respond(503, """{"error":"Unavailable"}""", configure: r => r.Headers.RetryAfter = "0"));
        using ServiceProvider provider = Build(Valid(server.BaseAddress));
        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();

        var ex = await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(HttpMethod.Get)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(503, ex.StatusCode);
        Assert.True(server.Requests.Count > 1, $"{server.Requests.Count} request(s)");
        Assert.All(server.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task Without_standard_resilience_a_GET_is_not_retried_either()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            LoopbackServer.Respond(503, """{"error":"Unavailable"}""", configure: r => r.Headers.RetryAfter = "0"));
        using ServiceProvider provider = Build(Valid(server.BaseAddress, o => o.UseStandardResilience = false));
        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();

        await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(HttpMethod.Get)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task The_clock_and_the_loggers_come_from_the_container()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, "{}"));
        var time = new FakeTimeProvider();
        using var loggerProvider = new FakeLoggerProvider();
        using ServiceProvider provider = Build(Valid(server.BaseAddress), services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddLogging(b => b.AddProvider(loggerProvider).SetMinimumLevel(LogLevel.Trace));
        });

        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();
        await client.SendAsync(HttpMethod.Get);

        Assert.Same(time, client.ClientOptions.TimeProvider);
        Assert.Same(time, client.Transport.TimeProvider);
        Assert.Same(provider.GetRequiredService<ILoggerFactory>(), client.ClientOptions.LoggerFactory);
        FakeLogRecord succeeded = Assert.Single(loggerProvider.Collector.GetSnapshot(), r => r.Id.Name == "RequestSucceeded");
        Assert.Equal("Aiia.Codegen.Runtime.ApiTransport", succeeded.Category);
        // Timed by the fake clock, which did not move.
        Assert.Equal("0", succeeded.GetStructuredStateValue("ElapsedMilliseconds"));
        Assert.All(loggerProvider.Collector.GetSnapshot(), r => Assert.DoesNotContain(ClientSecret, r.Message));
    }

    [Fact]
    public void Without_a_clock_in_the_container_the_system_clock_is_used()
    {
        using ServiceProvider provider = Build(Valid(new Uri("https://api.example.com/")));

        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();

        Assert.Same(TimeProvider.System, client.ClientOptions.TimeProvider);
    }

    [Fact]
    public void Options_bound_elsewhere_are_combined_with_the_configure_callback()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<RegistrationTestOptions>(o => o.ClientSecret = ClientSecret);
        IHttpClientBuilder builder = ApiClientRegistration.AddApiClient<RegistrationTestClient, RegistrationTestOptions>(
            services,
            o => o.BaseAddress = new Uri("https://api.example.com/"),
            static (http, options, clientOptions) => new RegistrationTestClient(http, options, clientOptions));
        using ServiceProvider provider = services.BuildServiceProvider();

        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();

        Assert.Equal(ClientName, builder.Name);
        Assert.Equal(ClientSecret, client.Options.ClientSecret);
        Assert.Equal(new Uri("https://api.example.com/"), client.HttpClient.BaseAddress);
    }

    [Fact]
    public void AddApiClient_validates_its_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => ApiClientRegistration.AddApiClient<RegistrationTestClient, RegistrationTestOptions>(
            null!, null, static (http, options, clientOptions) => new RegistrationTestClient(http, options, clientOptions)));
        Assert.Throws<ArgumentNullException>(() => ApiClientRegistration.AddApiClient<RegistrationTestClient, RegistrationTestOptions>(
            new ServiceCollection(), null, null!));
    }

    [Fact]
    public void ApiServiceOptions_have_defaults_describe_poll_options_and_redact_in_ToString()
    {
        var options = new RegistrationTestOptions { BaseAddress = new Uri("https://api.example.com/"), ClientSecret = ClientSecret };

        Assert.Equal(TimeSpan.FromSeconds(30), options.PollTimeout);
        Assert.Equal(TimeSpan.FromMinutes(5), options.WaitDeadline);
        Assert.True(options.UseStandardResilience);
        Assert.False(options.AllowInsecureHttp);
        Assert.Empty(options.Validate());

        options.PollTimeout = TimeSpan.FromSeconds(20);
        options.WaitDeadline = TimeSpan.FromMinutes(3);
        PollOptions poll = options.ToPollOptions();
        Assert.Equal(TimeSpan.FromSeconds(20), poll.PollTimeout);
        Assert.Equal(TimeSpan.FromMinutes(3), poll.Deadline);
        Assert.NotSame(poll, options.ToPollOptions());

        string text = options.ToString();
        Assert.Contains(nameof(RegistrationTestOptions), text);
        Assert.Contains("api.example.com", text);
        Assert.Contains("[redacted]", text);
        Assert.DoesNotContain(ClientSecret, text);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost/")]
    [InlineData("http://[::1]/")]
    public void Plain_http_on_loopback_is_valid(string address)
    {
        var options = new RegistrationTestOptions { BaseAddress = new Uri(address), ClientSecret = ClientSecret };

        Assert.Empty(options.Validate());
    }
}
