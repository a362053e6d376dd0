using System.Net;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary>Fault injection: before the endpoint does anything, at <see cref="SandboxFaults.Rate"/>, reproducibly.</summary>
public sealed class FaultInjectionTests
{
    [Fact]
    public async Task Service_unavailable_is_503_with_retry_after_in_whole_seconds()
    {
        await using var api = await SandboxApi.StartAsync();
        api.Sandbox.Faults.Kinds = SandboxFaultKinds.ServiceUnavailable;
        api.Sandbox.Faults.RetryAfter = TimeSpan.FromSeconds(2.5);
        api.Sandbox.Faults.Rate = 1;

        ApiResult result = await api.InitializeRawAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, result.Status);
        Assert.Equal("ServiceUnavailable", result.Error);
        Assert.Equal(TimeSpan.FromSeconds(3), result.Headers.RetryAfter?.Delta);
        Assert.Equal(1, api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.ServiceUnavailable));
        Assert.Empty(api.Sandbox.Sessions);
    }

    [Fact]
    public async Task Too_many_requests_is_429_with_a_retry_after_of_at_least_one_second()
    {
        await using var api = await SandboxApi.StartAsync();
        api.Sandbox.Faults.Kinds = SandboxFaultKinds.TooManyRequests;
        api.Sandbox.Faults.RetryAfter = TimeSpan.Zero;
        api.Sandbox.Faults.Rate = 1;

        ApiResult result = await api.StatusAsync("any-session");

        Assert.Equal(HttpStatusCode.TooManyRequests, result.Status);
        Assert.Equal("TooManyRequests", result.Error);
        Assert.Equal(TimeSpan.FromSeconds(1), result.Headers.RetryAfter?.Delta);
        Assert.Equal(1, api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.TooManyRequests));
    }

    [Fact]
    public async Task A_dropped_connection_fails_the_request_on_the_client()
    {
        await using var api = await SandboxApi.StartAsync();
        api.Sandbox.Faults.Kinds = SandboxFaultKinds.DroppedConnection;
        api.Sandbox.Faults.Rate = 1;

        await Assert.ThrowsAsync<HttpRequestException>(() => api.InitializeRawAsync());

        Assert.Equal(1, api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.DroppedConnection));
        Assert.Empty(api.Sandbox.Sessions);
    }

    [Fact]
    public async Task Latency_delays_the_request_and_then_handles_it()
    {
        // The system clock with a tiny latency: the assertion is that the request still succeeds, not how long it took.
        await using var api = await SandboxApi.StartAsync();
        api.Sandbox.Faults.Kinds = SandboxFaultKinds.Latency;
        api.Sandbox.Faults.Latency = TimeSpan.FromMilliseconds(1);
        api.Sandbox.Faults.Rate = 1;

        ApiResult result = await api.InitializeRawAsync();

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(1, api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.Latency));
    }

    [Theory]
    [InlineData(SandboxFaultKinds.ServiceUnavailable)]
    [InlineData(SandboxFaultKinds.TooManyRequests)]
    [InlineData(SandboxFaultKinds.DroppedConnection)]
    public async Task A_faulted_code_exchange_does_not_consume_the_code(SandboxFaultKinds kind)
    {
        await using var api = await SandboxApi.StartAsync();
        (_, string code) = await api.LoginAsync();
        api.Sandbox.Faults.Kinds = kind;
        api.Sandbox.Faults.Rate = 1;

        HttpStatusCode? faulted;
        try
        {
            faulted = (await api.ExchangeAsync(code)).Status;
        }
        catch (HttpRequestException)
        {
            faulted = null;
        }

        api.Sandbox.Faults.Rate = 0;
        ApiResult exchanged = await api.ExchangeAsync(code);

        Assert.NotEqual(HttpStatusCode.OK, faulted);
        Assert.Equal(HttpStatusCode.OK, exchanged.Status);
        Assert.Equal(1, api.Sandbox.Statistics.GetExchangeCount(code));
        Assert.Equal(1, api.Sandbox.Statistics.CodeExchangeAttempts);
        Assert.Equal(0, api.Sandbox.Statistics.DuplicateCodeExchanges);
        Assert.Equal(1, api.Sandbox.Statistics.GetFaultCount(kind));
    }

    [Fact]
    public async Task Applies_to_limits_faults_to_the_chosen_endpoints()
    {
        await using var api = await SandboxApi.StartAsync();
        api.Sandbox.Faults.Kinds = SandboxFaultKinds.ServiceUnavailable;
        api.Sandbox.Faults.AppliesTo = endpoint => endpoint == SandboxEndpointNames.Tokens;
        api.Sandbox.Faults.Rate = 1;

        (string sessionId, string code) = await api.LoginAsync();
        ApiResult status = await api.StatusAsync(sessionId);
        ApiResult tokens = await api.ExchangeAsync(code);

        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, tokens.Status);
        Assert.Equal(1, api.Sandbox.Statistics.FaultsInjected);
    }

    [Fact]
    public async Task The_login_pages_never_get_faults()
    {
        await using var api = await SandboxApi.StartAsync();
        string authUrl = (await api.InitializeRawAsync()).String("authUrl");
        api.Sandbox.Faults.Kinds = SandboxFaultKinds.ServiceUnavailable;
        api.Sandbox.Faults.Rate = 1;

        using HttpResponseMessage page = await api.Http.GetAsync(authUrl).WaitAsync(SandboxApi.HangGuard);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(0, api.Sandbox.Statistics.FaultsInjected);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_faults()
    {
        HttpStatusCode[] first = await StatusesAsync(seed: 42);
        HttpStatusCode[] second = await StatusesAsync(seed: 42);

        Assert.Equal(first, second);
        Assert.Contains(HttpStatusCode.ServiceUnavailable, first);
        Assert.Contains(HttpStatusCode.NotFound, first);

        static async Task<HttpStatusCode[]> StatusesAsync(int seed)
        {
            await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { Seed = seed });
            api.Sandbox.Faults.Kinds = SandboxFaultKinds.ServiceUnavailable | SandboxFaultKinds.TooManyRequests;
            api.Sandbox.Faults.Rate = 0.5;
            var statuses = new HttpStatusCode[40];
            for (int i = 0; i < statuses.Length; i++)
            {
                statuses[i] = (await api.StatusAsync("no-such-session")).Status;
            }

            return statuses;
        }
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public async Task A_rate_outside_zero_to_one_is_refused(double rate)
    {
        await using var api = await SandboxApi.StartAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => api.Sandbox.Faults.Rate = rate);
    }
}
