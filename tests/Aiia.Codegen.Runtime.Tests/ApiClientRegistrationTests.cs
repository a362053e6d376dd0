using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>What the generator emits for options: the base settings plus validated credentials.</summary>
internal sealed class RegistrationTestOptions : ApiClientOptions
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

/// <summary>What the generator emits for a client: a transport over the factory's HttpClient, credentials per request.</summary>
internal sealed class RegistrationTestClient(HttpClient httpClient, RegistrationTestOptions options)
{
    public HttpClient HttpClient { get; } = httpClient;

    public RegistrationTestOptions Options { get; } = options;

    public ApiTransport Transport { get; } = new(httpClient, options);

    public Task SendAsync(HttpMethod method, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(method, "/v1/authentication/tokens", "exchangeCodeForTokens", "/v1/authentication/tokens");
        request.AddHeader("X-Client-Id", Options.ClientId);
        request.AddHeader("X-Client-Secret", Options.ClientSecret, sensitive: true);
        return Transport.SendAsync(request, cancellationToken);
    }
}

/// <summary>
/// Registration with dependency injection: options validated at start-up with messages that never hold a secret,
/// bound from configuration, the container's clock and loggers, a primary handler that never follows redirects, no
/// client-wide timeout, the one retry layer, and no factory logging that could carry the secret header.
/// </summary>
public sealed class ApiClientRegistrationTests
{
    private const string ClientSecret = "secret-VALUE-71c3";
    private static readonly string ClientName = typeof(RegistrationTestClient).FullName!;

    private static IHttpClientBuilder Register(IServiceCollection services, Action<RegistrationTestOptions>? configure) =>
        ApiClientRegistration.AddApiClient<RegistrationTestClient, RegistrationTestOptions>(
            services, configure, static (http, options) => new RegistrationTestClient(http, options));

    private static ServiceProvider Build(Action<RegistrationTestOptions>? configure, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        services?.Invoke(collection);
        Register(collection, configure);
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private static Action<RegistrationTestOptions> Valid(Uri baseAddress, Action<RegistrationTestOptions>? more = null) => o =>
    {
        o.BaseAddress = baseAddress;
        o.ClientId = "client-id";
        o.ClientSecret = ClientSecret;
        o.RetryDelay = TimeSpan.FromMilliseconds(10);
        more?.Invoke(o);
    };

    /// <summary>Runs what a host runs at start-up (ValidateOnStart) and expects it to fail without the secret.</summary>
    private static OptionsValidationException StartupFails(Action<RegistrationTestOptions> configure)
    {
        using ServiceProvider provider = Build(configure);
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Equal(typeof(RegistrationTestOptions), ex.OptionsType);
        Assert.DoesNotContain(ClientSecret, ex.ToString());
        Assert.All(ex.Failures, f => Assert.DoesNotContain(ClientSecret, f));
        return ex;
    }

    [Fact]
    public void A_missing_base_address_fails_at_start_up_naming_the_problem()
    {
        OptionsValidationException ex = StartupFails(o => o.ClientSecret = ClientSecret);

        Assert.Contains("BaseAddress is not set", Assert.Single(ex.Failures));
    }

    [Theory]
    [InlineData("http://api.example.com/")]
    [InlineData("http://10.1.2.3:8080/")]
    public void Plain_http_off_loopback_fails_at_start_up_naming_the_problem(string address)
    {
        OptionsValidationException ex = StartupFails(Valid(new Uri(address)));

        string failure = Assert.Single(ex.Failures);
        Assert.Contains(new Uri(address).Authority, failure);
        Assert.Contains("https", failure);
        Assert.Contains(nameof(ApiClientOptions.AllowInsecureHttp), failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_credentials_problem_from_the_derived_Validate_fails_at_start_up(string? secret)
    {
        OptionsValidationException ex = StartupFails(o =>
        {
            o.BaseAddress = new Uri("https://api.example.com/");
            o.ClientSecret = secret;
        });

        Assert.Contains(nameof(RegistrationTestOptions.ClientSecret), Assert.Single(ex.Failures));
    }

    [Theory]
    [InlineData("https://user:secret-VALUE-71c3@api.example.com/")]
    [InlineData("https://api.example.com/?key=secret-VALUE-71c3")]
    public void Validation_messages_never_hold_the_secret(string address)
    {
        OptionsValidationException ex = StartupFails(Valid(new Uri(address)));

        Assert.Contains("api.example.com", Assert.Single(ex.Failures));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        OptionsValidationException ex = StartupFails(o =>
        {
            o.MaxRetries = -1;
            o.AttemptTimeout = TimeSpan.Zero;
        });

        Assert.Equal(4, ex.Failures.Count());
        Assert.StartsWith("BaseAddress", ex.Failures.First(), StringComparison.Ordinal);
        Assert.Contains(ex.Failures, f => f.Contains(nameof(ApiClientOptions.MaxRetries), StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains(nameof(ApiClientOptions.AttemptTimeout), StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains(nameof(RegistrationTestOptions.ClientSecret), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_host_does_not_start_with_invalid_options()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        Register(builder.Services, o => o.BaseAddress = new Uri("https://api.example.com/"));
        using IHost host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(nameof(RegistrationTestOptions.ClientSecret), Assert.Single(ex.Failures));
    }

    [Fact]
    public void Plain_http_off_loopback_is_allowed_when_asked_for()
    {
        using ServiceProvider provider = Build(Valid(new Uri("http://api.example.com/"), o => o.AllowInsecureHttp = true));

        provider.GetRequiredService<IStartupValidator>().Validate();
        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();

        Assert.Equal(new Uri("http://api.example.com/"), client.HttpClient.BaseAddress);
    }

    [Fact]
    public void A_valid_registration_resolves_a_client_with_the_base_address_and_no_HttpClient_timeout()
    {
        using ServiceProvider provider = Build(Valid(new Uri("https://api.example.com/prefix/"), o => o.Polling.PollTimeout = TimeSpan.FromSeconds(12)));

        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();

        Assert.Equal(new Uri("https://api.example.com/prefix/"), client.HttpClient.BaseAddress);
        Assert.Equal(Timeout.InfiniteTimeSpan, client.HttpClient.Timeout);
        Assert.Equal(ClientSecret, client.Options.ClientSecret);
        Assert.Equal(TimeSpan.FromSeconds(12), client.Options.Polling.PollTimeout);
        // The HttpClient's own headers carry no credentials.
        Assert.Empty(client.HttpClient.DefaultRequestHeaders);
    }

    [Fact]
    public void The_token_source_comes_from_the_container_unless_the_options_set_one()
    {
        IApiTokenSource fromContainer = ApiTokenSource.Create(_ => ValueTask.FromResult("container"));
        IApiTokenSource own = ApiTokenSource.Create(_ => ValueTask.FromResult("own"));

        using ServiceProvider filled = Build(Valid(new Uri("https://api.example.com/")), s => s.AddSingleton(fromContainer));
        using ServiceProvider kept = Build(Valid(new Uri("https://api.example.com/"), o => o.TokenSource = own), s => s.AddSingleton(fromContainer));
        using ServiceProvider none = Build(Valid(new Uri("https://api.example.com/")));

        Assert.Same(fromContainer, filled.GetRequiredService<RegistrationTestClient>().Options.TokenSource);
        Assert.Same(own, kept.GetRequiredService<RegistrationTestClient>().Options.TokenSource);
        Assert.Null(none.GetRequiredService<RegistrationTestClient>().Options.TokenSource);
    }

    [Fact]
    public void A_token_source_keyed_by_the_client_type_wins_over_the_shared_one()
    {
        // Two generated clients in one container: an unkeyed source serves both, so each API can get its own keyed one.
        IApiTokenSource shared = ApiTokenSource.Create(_ => ValueTask.FromResult("shared"));
        IApiTokenSource own = ApiTokenSource.Create(_ => ValueTask.FromResult("own"));

        using ServiceProvider provider = Build(Valid(new Uri("https://api.example.com/")), s => s.AddSingleton(shared).AddKeyedSingleton<IApiTokenSource>(typeof(RegistrationTestClient), own));

        Assert.Same(own, provider.GetRequiredService<RegistrationTestClient>().Options.TokenSource);
    }

    [Fact]
    public async Task The_token_source_is_told_which_server_the_token_goes_to()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var asked = new List<ApiTokenContext>();
        IApiTokenSource source = ApiTokenSource.Create((context, _) =>
        {
            asked.Add(context);
            return ValueTask.FromResult<string?>("t");
        });
        var prefixed = new Uri(server.BaseAddress, "/v1/");
        using ServiceProvider provider = Build(Valid(prefixed, o => o.TokenSource = source));
        var client = provider.GetRequiredService<RegistrationTestClient>();
        var request = new ApiRequest(HttpMethod.Get, "/items", "listItems", "/items");
        request.AddBearerToken(client.Options.TokenSource, "bearerAuth", "read");

        await client.Transport.SendAsync(request);

        var context = Assert.Single(asked);
        Assert.Equal(prefixed, context.BaseAddress);
        Assert.Equal(("bearerAuth", "listItems", "read"), (context.SchemeName, context.OperationId, string.Join(' ', context.Scopes)));
        Assert.Equal($"bearerAuth [read] for listItems at {server.BaseAddress.GetLeftPart(UriPartial.Authority)}", context.ToString());
    }

    [Fact]
    public void Configuration_binds_retries_and_nested_polling_settings()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Aiia:BaseAddress"] = "https://api.example.com/",
            ["Aiia:ClientSecret"] = ClientSecret,
            ["Aiia:MaxRetries"] = "5",
            ["Aiia:AttemptTimeout"] = "00:00:20",
            ["Aiia:Polling:Deadline"] = "00:02:00",
            ["Aiia:Polling:PollTimeout"] = "00:00:12",
        }).Build();

        using ServiceProvider provider = Build(null, services => services.Configure<RegistrationTestOptions>(configuration.GetSection("Aiia")));
        provider.GetRequiredService<IStartupValidator>().Validate();
        RegistrationTestOptions options = provider.GetRequiredService<RegistrationTestClient>().Options;

        Assert.Equal(new Uri("https://api.example.com/"), options.BaseAddress);
        Assert.Equal(5, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(20), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), options.Polling.Deadline);
        Assert.Equal(TimeSpan.FromSeconds(12), options.Polling.PollTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Polling.MinimumInterval);
    }

    [Fact]
    public async Task The_clock_and_the_loggers_come_from_the_container()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var time = new FakeTimeProvider();
        using var loggerProvider = new FakeLoggerProvider();
        using ServiceProvider provider = Build(Valid(server.BaseAddress), services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddLogging(b => b.AddProvider(loggerProvider).SetMinimumLevel(LogLevel.Trace));
        });

        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();
        await client.SendAsync(HttpMethod.Get);

        Assert.Same(time, client.Options.TimeProvider);
        Assert.Same(time, client.Transport.TimeProvider);
        Assert.Same(provider.GetRequiredService<ILoggerFactory>(), client.Options.LoggerFactory);
        FakeLogRecord succeeded = Assert.Single(loggerProvider.Collector.GetSnapshot(), r => r.Id.Name == "RequestSucceeded");
        Assert.Equal("Aiia.Codegen.Runtime.ApiTransport", succeeded.Category);
        // Timed by the fake clock, which did not move.
        Assert.Equal("0", succeeded.GetStructuredStateValue("ElapsedMilliseconds"));
    }

    [Fact]
    public void A_clock_named_in_the_options_is_kept_and_the_system_clock_is_the_fallback()
    {
        var own = new FakeTimeProvider();
        using ServiceProvider named = Build(Valid(new Uri("https://api.example.com/"), o => o.TimeProvider = own), s => s.AddSingleton<TimeProvider>(new FakeTimeProvider()));
        using ServiceProvider unnamed = Build(Valid(new Uri("https://api.example.com/")));

        Assert.Same(own, named.GetRequiredService<RegistrationTestClient>().Options.TimeProvider);
        Assert.Same(TimeProvider.System, unnamed.GetRequiredService<RegistrationTestClient>().Options.TimeProvider);
    }

    [Fact]
    public async Task The_primary_handler_does_not_follow_a_redirect_to_another_origin()
    {
        await using LoopbackServer other = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        await using LoopbackServer server = await LoopbackServer.StartAsync(Replies.Redirect(307, new Uri(other.BaseAddress, "/steal").ToString()));
        using ServiceProvider provider = Build(Valid(server.BaseAddress));

        var ex = await Assert.ThrowsAsync<ApiRedirectException>(() => provider.GetRequiredService<RegistrationTestClient>().SendAsync(HttpMethod.Get));

        Assert.False(ex.FollowedByHandler);
        Assert.Equal(Replies.Origin(other), ex.TargetOrigin);
        Assert.Empty(other.Requests);
    }

    [Fact]
    public void DisableRedirectsAndCookies_covers_both_handler_kinds()
    {
        using var sockets = new SocketsHttpHandler();
        using var classic = new HttpClientHandler();

        ApiClientRegistration.DisableRedirectsAndCookies(sockets);
        ApiClientRegistration.DisableRedirectsAndCookies(classic);

        Assert.False(sockets.AllowAutoRedirect);
        Assert.False(classic.AllowAutoRedirect);
        Assert.False(sockets.UseCookies);
        Assert.False(classic.UseCookies);
    }

    [Fact]
    public async Task A_cookie_one_scope_was_set_is_not_sent_by_another()
    {
        // The factory pools one primary handler for every scope: with its cookie container, user B's call carried the
        // session cookie the server set for user A.
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204, configure: response => response.Headers.SetCookie = "session=of-first-caller; Path=/"));
        using ServiceProvider provider = Build(Valid(server.BaseAddress));

        using (IServiceScope first = provider.CreateScope())
        {
            await first.ServiceProvider.GetRequiredService<RegistrationTestClient>().SendAsync(HttpMethod.Get);
        }

        using (IServiceScope second = provider.CreateScope())
        {
            await second.ServiceProvider.GetRequiredService<RegistrationTestClient>().SendAsync(HttpMethod.Get);
        }

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, request => Assert.False(request.Headers.ContainsKey("Cookie")));
    }

    [Fact]
    public async Task A_client_built_from_options_alone_keeps_no_cookies_either()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204, configure: response => response.Headers.SetCookie = "session=of-first-caller; Path=/"));
        var options = new RegistrationTestOptions();
        Valid(server.BaseAddress)(options);

        await new RegistrationTestClient(ApiHttp.CreateClient(options), options).SendAsync(HttpMethod.Get);
        await new RegistrationTestClient(ApiHttp.CreateClient(options), options).SendAsync(HttpMethod.Get);

        Assert.All(server.Requests, request => Assert.False(request.Headers.ContainsKey("Cookie")));
    }

    [Fact]
    public async Task A_POST_is_never_retried()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Replies.Status(503, """{"error":"Unavailable"}""", retryAfter: "0"));
        using ServiceProvider provider = Build(Valid(server.BaseAddress));

        var ex = await Assert.ThrowsAsync<ApiException>(() => provider.GetRequiredService<RegistrationTestClient>().SendAsync(HttpMethod.Post));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal("POST", Assert.Single(server.Requests).Method);
    }

    [Fact]
    public async Task A_GET_is_retried_by_the_one_retry_layer()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Replies.Status(503));
        using ServiceProvider provider = Build(Valid(server.BaseAddress, o => o.MaxRetries = 2));

        var ex = await Assert.ThrowsAsync<ApiException>(() => provider.GetRequiredService<RegistrationTestClient>().SendAsync(HttpMethod.Get));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task No_log_entry_of_any_category_holds_the_secret_header()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Replies.Script(
            Replies.Status(503),
            Replies.Status(204),
            Replies.Status(400, $$"""{"error":"{{ClientSecret}}"}""")));
        using var loggerProvider = new FakeLoggerProvider();
        using ServiceProvider provider = Build(
            Valid(server.BaseAddress),
            services => services.AddLogging(b => b.AddProvider(loggerProvider).SetMinimumLevel(LogLevel.Trace)));
        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();

        await client.SendAsync(HttpMethod.Get);
        var ex = await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(HttpMethod.Get));

        Assert.Equal(ClientSecret, Assert.Single(server.Requests.Skip(2)).Headers["X-Client-Secret"]);
        Assert.DoesNotContain(ClientSecret, ex.Message);
        IReadOnlyList<FakeLogRecord> records = loggerProvider.Collector.GetSnapshot();
        Assert.Contains(records, r => r.Id.Name == "RequestRetrying");
        Assert.Contains(records, r => r.Id.Name == "RequestFailed");
        LogScan.AssertNoSecret(records, ClientSecret);
    }

    [Fact]
    public void Options_bound_elsewhere_are_combined_with_the_configure_callback()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<RegistrationTestOptions>(o => o.ClientSecret = ClientSecret);
        IHttpClientBuilder builder = Register(services, o => o.BaseAddress = new Uri("https://api.example.com/"));
        using ServiceProvider provider = services.BuildServiceProvider();

        RegistrationTestClient client = provider.GetRequiredService<RegistrationTestClient>();

        Assert.Equal(ClientName, builder.Name);
        Assert.Equal(ClientSecret, client.Options.ClientSecret);
        Assert.Equal(new Uri("https://api.example.com/"), client.HttpClient.BaseAddress);
    }

    [Fact]
    public void AddApiClient_validates_its_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => Register(null!, null));
        Assert.Throws<ArgumentNullException>(() => ApiClientRegistration.AddApiClient<RegistrationTestClient, RegistrationTestOptions>(
            new ServiceCollection(), null, null!));
    }

    [Fact]
    public void Derived_options_redact_credentials_in_ToString()
    {
        var options = new RegistrationTestOptions { BaseAddress = new Uri("https://api.example.com/"), ClientSecret = ClientSecret };

        Assert.Empty(options.Validate());
        string text = options.ToString();
        Assert.Contains(nameof(RegistrationTestOptions), text);
        Assert.Contains("api.example.com", text);
        Assert.Contains("[redacted]", text);
        Assert.DoesNotContain(ClientSecret, text);
    }
}
