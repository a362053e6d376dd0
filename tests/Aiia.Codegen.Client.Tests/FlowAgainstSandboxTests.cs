using Aiia.Codegen.Runtime;
using Aiia.Codegen.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Client.Tests;

/// <summary>The generated client, its waiter, codes and DI registration against the sandbox.</summary>
public sealed class FlowAgainstSandboxTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_whole_flow_through_dependency_injection_works_and_logs_no_secret_code_or_token()
    {
        await using var flow = await SandboxFlow.StartAsync();
        var login = await flow.Client.InitializeAsync(SandboxFlow.Login());
        var waiting = flow.Client.WaitForAuthenticationStatusAsync(login.SessionId);
        await flow.Sandbox.WaitForHeldStatusRequestsAsync().WaitAsync(HangGuard);

        flow.Sandbox.CompleteLogin(login.SessionId);
        var wait = await waiting.WaitAsync(HangGuard);
        var code = flow.Client.ObtainCode(wait.Response!.Code!);
        var tokens = await flow.Client.ExchangeCodeForTokensAsync(code);
        var unattended = await flow.Client.LoginUnattendedAsync(new UnattendedRequest { UserHash = "person-0001", LoginToken = tokens.Login.LoginToken });

        Assert.True(wait.IsCompleted);
        Assert.Equal(AuthenticationState.Succeeded, wait.Response.State);
        Assert.True(tokens.Login.SupportsUnattended);
        Assert.NotEqual(tokens.Login.LoginToken, unattended.Login.LoginToken);
        string[] secrets =
        [
            flow.Sandbox.ClientSecret, wait.Response.Code!, tokens.Session.AccessToken, tokens.Login.LoginToken,
            unattended.Session.AccessToken, unattended.Login.LoginToken,
        ];
        var logText = flow.LogText().ToList();
        Assert.NotEmpty(logText);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(logText, line => line.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(secret, wait.ToString());
            Assert.DoesNotContain(secret, code.ToString());
            Assert.DoesNotContain(secret, tokens.ToString());
            Assert.DoesNotContain(secret, unattended.ToString());
        }
    }

    [Fact]
    public async Task A_hundred_concurrent_sessions_end_within_their_deadline_despite_faults_and_no_code_is_exchanged_twice()
    {
        await using var flow = await SandboxFlow.StartAsync(new AiiaSandboxOptions { Seed = 1234 }, options => options.RetryDelay = TimeSpan.FromMilliseconds(200));
        flow.Sandbox.Faults.Kinds = SandboxFaultKinds.ServiceUnavailable | SandboxFaultKinds.TooManyRequests | SandboxFaultKinds.DroppedConnection;
        flow.Sandbox.Faults.RetryAfter = TimeSpan.FromSeconds(1);
        flow.Sandbox.Faults.AppliesTo = endpoint => endpoint is SandboxEndpointNames.Status or SandboxEndpointNames.Tokens;
        var logins = await Task.WhenAll(Enumerable.Range(1, 100).Select(i => flow.Client.InitializeAsync(SandboxFlow.Login(i))));
        flow.Sandbox.Faults.Rate = 0.3;
        // Those who act do so within 2 s and get a deadline they cannot reach even on a loaded machine; those who never act
        // get 8 s, the deadline their waits must end at. (How quickly a wait notices is measured by the benchmarks.)
        var deadline = TimeSpan.FromSeconds(8);
        var pollOptions = new PollOptions { Deadline = deadline, PollTimeout = TimeSpan.FromSeconds(2) };
        var actingOptions = new PollOptions { Deadline = TimeSpan.FromSeconds(40), PollTimeout = TimeSpan.FromSeconds(2) };

        // 80 people approve, 10 cancel, 10 never act (their waits reach the deadline).
        var people = Task.WhenAll(logins.Select(async (login, i) =>
        {
            if (i >= 90)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50 * (i % 40)));
            flow.Sandbox.CompleteLogin(login.SessionId, i < 80 ? SandboxLoginOutcome.Succeeded : SandboxLoginOutcome.Cancelled);
        }));
        var waits = await Task.WhenAll(logins.Select((login, i) => flow.Client.WaitForAuthenticationStatusAsync(login.SessionId, i < 90 ? actingOptions : pollOptions))).WaitAsync(HangGuard);
        await people;

        // A wait ends at its deadline, give or take the scheduling of 100 concurrent waits beside other test processes.
        var late = waits.Where(wait => wait.DeadlineReached && wait.Elapsed > deadline + TimeSpan.FromSeconds(4)).Select(wait => $"{wait.Outcome} after {wait.Elapsed} and {wait.Requests} requests").ToList();
        Assert.True(late.Count == 0, "waits past their deadline: " + string.Join("; ", late));
        Assert.Equal(80, waits.Count(w => w.IsCompleted && w.Response!.State == AuthenticationState.Succeeded));
        Assert.Equal(10, waits.Count(w => w.IsCompleted && w.Response!.State == AuthenticationState.Cancelled));
        Assert.Equal(10, waits.Count(w => w.DeadlineReached));
        Assert.True(flow.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.ServiceUnavailable) > 0);
        // Faulted status calls are retried by the client's one retry layer, and the waits count them.
        Assert.True(waits.Sum(w => w.TransientFailures) > 0);
        // Every request a wait counts reaches the sandbox, except one a deadline cut off on its way (at most one per
        // wait that reached its deadline: the sandbox may not have counted it yet when the client gave up).
        var counted = waits.Sum(w => w.Requests);
        Assert.InRange(flow.Sandbox.Statistics.StatusRequests, counted - waits.Count(w => w.DeadlineReached), counted);

        // Each code is sent once: a failed exchange is not retried (its code is spent).
        var exchanges = await Task.WhenAll(waits.Where(w => w.IsCompleted && w.Response!.Code is not null).Select(async wait =>
        {
            try
            {
                await flow.Client.ExchangeCodeForTokensAsync(flow.Client.ObtainCode(wait.Response!.Code!));
                return true;
            }
            catch (ApiException)
            {
                return false;
            }
        }));
        Assert.Equal(80, exchanges.Length);
        Assert.Equal(80, flow.Sandbox.Statistics.GetRequestCount(SandboxEndpointNames.Tokens));
        Assert.Equal(0, flow.Sandbox.Statistics.DuplicateCodeExchanges);
        Assert.True(flow.Sandbox.Statistics.MaxExchangesOfOneCode <= 1);
        Assert.Contains(true, exchanges);
    }

    [Fact]
    public async Task An_expired_code_never_reaches_the_server()
    {
        await using var sandbox = await AiiaSandbox.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var client = new AiiaAuthenticationClient(sandbox.CreateHttpClient(), new AiiaAuthenticationClientOptions { ClientId = sandbox.ClientId, ClientSecret = sandbox.ClientSecret, TimeProvider = clock });
        var login = await client.InitializeAsync(SandboxFlow.Login());
        sandbox.CompleteLogin(login.SessionId);
        var status = await client.GetAuthenticationStatusAsync(login.SessionId);
        var code = client.ObtainCode(status.Code!);

        clock.Advance(AiiaAuthenticationClient.CodeLifetime);

        var exception = await Assert.ThrowsAsync<SingleUseCodeException>(() => client.ExchangeCodeForTokensAsync(code));
        Assert.Equal(SingleUseCodeProblem.Expired, exception.Problem);
        Assert.DoesNotContain(status.Code!, exception.ToString());
        Assert.Equal(0, sandbox.Statistics.GetRequestCount(SandboxEndpointNames.Tokens));
        Assert.Equal(TimeSpan.FromMinutes(1), AiiaAuthenticationClient.CodeLifetime);
    }

    [Fact]
    public async Task A_code_is_sent_once_even_when_the_exchange_is_called_twice()
    {
        await using var flow = await SandboxFlow.StartAsync();
        var login = await flow.Client.InitializeAsync(SandboxFlow.Login());
        flow.Sandbox.CompleteLogin(login.SessionId);
        var code = flow.Client.ObtainCode((await flow.Client.GetAuthenticationStatusAsync(login.SessionId)).Code!);

        await flow.Client.ExchangeCodeForTokensAsync(code);
        var second = await Assert.ThrowsAsync<SingleUseCodeException>(() => flow.Client.ExchangeCodeForTokensAsync(code));

        Assert.Equal(SingleUseCodeProblem.AlreadyRedeemed, second.Problem);
        Assert.Equal(1, flow.Sandbox.Statistics.GetRequestCount(SandboxEndpointNames.Tokens));
    }

    [Fact]
    public async Task The_code_exchange_is_never_retried_even_when_the_server_fails()
    {
        await using var flow = await SandboxFlow.StartAsync();
        var login = await flow.Client.InitializeAsync(SandboxFlow.Login());
        flow.Sandbox.CompleteLogin(login.SessionId);
        var code = flow.Client.ObtainCode((await flow.Client.GetAuthenticationStatusAsync(login.SessionId)).Code!);
        flow.Sandbox.Faults.Kinds = SandboxFaultKinds.ServiceUnavailable;
        flow.Sandbox.Faults.AppliesTo = endpoint => endpoint == SandboxEndpointNames.Tokens;
        flow.Sandbox.Faults.Rate = 1;

        var exception = await Assert.ThrowsAsync<ApiException>(() => flow.Client.ExchangeCodeForTokensAsync(code));

        Assert.Equal(503, exception.StatusCode);
        Assert.Equal(1, flow.Sandbox.Statistics.GetRequestCount(SandboxEndpointNames.Tokens));
    }

    [Fact]
    public async Task Cancellation_ends_a_wait_promptly()
    {
        await using var flow = await SandboxFlow.StartAsync(configure: options => options.Polling.PollTimeout = TimeSpan.FromSeconds(60));
        var login = await flow.Client.InitializeAsync(SandboxFlow.Login());
        using var cancellation = new CancellationTokenSource();
        var waiting = flow.Client.WaitForAuthenticationStatusAsync(login.SessionId, cancellationToken: cancellation.Token);
        await flow.Sandbox.WaitForHeldStatusRequestsAsync().WaitAsync(HangGuard);

        cancellation.Cancel();

        // The long poll is held by the server for a minute; the cancelled wait must not sit it out.
        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(cancellation.Token, exception.CancellationToken);
    }

    [Theory]
    [InlineData(SandboxLoginOutcome.Failed, AuthenticationStateKind.Failed)]
    [InlineData(SandboxLoginOutcome.Cancelled, AuthenticationStateKind.Cancelled)]
    public async Task A_failed_or_cancelled_login_ends_the_wait_with_its_state_and_no_code(SandboxLoginOutcome outcome, AuthenticationStateKind state)
    {
        await using var flow = await SandboxFlow.StartAsync();
        var login = await flow.Client.InitializeAsync(SandboxFlow.Login());
        flow.Sandbox.CompleteLogin(login.SessionId, outcome);

        var wait = await flow.Client.WaitForAuthenticationStatusAsync(login.SessionId).WaitAsync(HangGuard);

        Assert.True(wait.IsCompleted);
        Assert.Equal(state, wait.Response!.State.Kind);
        Assert.Null(wait.Response.Code);
        var redirect = flow.Client.ParseRedirect(flow.Sandbox.GetRedirectUri(login.SessionId));
        Assert.False(redirect.IsSuccess);
        Assert.NotNull(redirect.Error);
    }

    [Fact]
    public async Task The_redirect_carries_a_code_that_survives_decoding_and_exchanges()
    {
        await using var flow = await SandboxFlow.StartAsync();
        var login = await flow.Client.InitializeAsync(SandboxFlow.Login());
        flow.Sandbox.CompleteLogin(login.SessionId);
        var redirectUri = flow.Sandbox.GetRedirectUri(login.SessionId);

        var redirect = flow.Client.ParseRedirect(redirectUri);
        var tokens = await flow.Client.ExchangeCodeForTokensAsync(redirect.Code!);

        Assert.True(redirect.IsSuccess);
        Assert.True(tokens.Success);
        Assert.Equal(0, flow.Sandbox.Statistics.DuplicateCodeExchanges);
    }

    [Fact]
    public async Task A_bank_without_unattended_support_says_so_and_refuses_the_unattended_login()
    {
        await using var flow = await SandboxFlow.StartAsync(new AiiaSandboxOptions { ProviderSelector = _ => "NoUnattendedBank" });
        var login = await flow.Client.InitializeAsync(SandboxFlow.Login());
        flow.Sandbox.CompleteLogin(login.SessionId);
        var code = flow.Client.ObtainCode((await flow.Client.GetAuthenticationStatusAsync(login.SessionId)).Code!);
        var tokens = await flow.Client.ExchangeCodeForTokensAsync(code);

        var exception = await Assert.ThrowsAsync<ApiException>(() =>
            flow.Client.LoginUnattendedAsync(new UnattendedRequest { UserHash = "person-0001", LoginToken = tokens.Login.LoginToken }));

        Assert.False(tokens.Login.SupportsUnattended);
        Assert.Equal("UnattendedNotSupported", exception.ErrorCode);
        Assert.DoesNotContain(tokens.Login.LoginToken, exception.ToString());
    }

    [Fact]
    public async Task An_unattended_login_issues_a_new_login_token_that_replaces_the_old_one()
    {
        await using var flow = await SandboxFlow.StartAsync();
        var login = await flow.Client.InitializeAsync(SandboxFlow.Login());
        flow.Sandbox.CompleteLogin(login.SessionId);
        var tokens = await flow.Client.ExchangeCodeForTokensAsync(flow.Client.ObtainCode((await flow.Client.GetAuthenticationStatusAsync(login.SessionId)).Code!));

        var first = await flow.Client.LoginUnattendedAsync(new UnattendedRequest { UserHash = "person-0001", LoginToken = tokens.Login.LoginToken });
        var second = await flow.Client.LoginUnattendedAsync(new UnattendedRequest { UserHash = "person-0001", LoginToken = first.Login.LoginToken });
        var stale = await Assert.ThrowsAsync<ApiException>(() =>
            flow.Client.LoginUnattendedAsync(new UnattendedRequest { UserHash = "person-0001", LoginToken = tokens.Login.LoginToken }));

        Assert.NotEqual(first.Login.LoginToken, second.Login.LoginToken);
        Assert.Equal("InvalidInput", stale.ErrorCode);
    }

    [Theory]
    [InlineData(null, "id-7f3a", "secret-9c1e", "BaseAddress")]
    [InlineData("http://api.example.test/", "id-7f3a", "secret-9c1e", "https")]
    [InlineData("https://api.example.test/", "", "secret-9c1e", "ClientId")]
    [InlineData("https://api.example.test/", "id-7f3a", null, "ClientSecret")]
    public void Options_are_validated_with_a_clear_message_that_holds_no_secret(string? baseAddress, string? clientId, string? clientSecret, string expected)
    {
        var services = new ServiceCollection();
        services.AddAiiaAuthenticationClient(options =>
        {
            options.BaseAddress = baseAddress is null ? null : new Uri(baseAddress);
            options.ClientId = clientId;
            options.ClientSecret = clientSecret;
        });
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<AiiaAuthenticationClient>());

        Assert.Contains(expected, exception.Message);
        Assert.DoesNotContain("secret-9c1e", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("id-7f3a", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_with_a_missing_secret_fails_at_start_up()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddAiiaAuthenticationClient(options =>
        {
            options.BaseAddress = new Uri("https://api.example.test/");
            options.ClientId = "id-7f3a";
        });
        using var host = builder.Build();

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var validation = Assert.IsType<OptionsValidationException>(exception is AggregateException aggregate ? Assert.Single(aggregate.InnerExceptions) : exception);
        Assert.Contains("ClientSecret is required", validation.Message);
    }

    [Fact]
    public async Task Options_bind_from_configuration()
    {
        await using var sandbox = await AiiaSandbox.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Aiia:BaseAddress"] = sandbox.BaseAddress.ToString(),
                ["Aiia:ClientId"] = sandbox.ClientId,
                ["Aiia:ClientSecret"] = sandbox.ClientSecret,
                ["Aiia:Polling:PollTimeout"] = "00:00:05",
                ["Aiia:MaxRetries"] = "5",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddAiiaAuthenticationClient();
        services.Configure<AiiaAuthenticationClientOptions>(configuration.GetSection("Aiia"));
        await using var provider = services.BuildServiceProvider();

        var login = await provider.GetRequiredService<AiiaAuthenticationClient>().InitializeAsync(SandboxFlow.Login());

        var bound = provider.GetRequiredService<IOptions<AiiaAuthenticationClientOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(5), bound.Polling.PollTimeout);
        Assert.Equal(5, bound.MaxRetries);
        Assert.NotNull(sandbox.GetSession(login.SessionId));
    }

    [Fact]
    public void Options_print_no_credentials()
    {
        var options = new AiiaAuthenticationClientOptions { BaseAddress = new Uri("https://api.example.test/"), ClientId = "id-value", ClientSecret = "secret-value" };

        Assert.DoesNotContain("secret-value", options.ToString());
        Assert.Empty(options.Validate());
    }
}
