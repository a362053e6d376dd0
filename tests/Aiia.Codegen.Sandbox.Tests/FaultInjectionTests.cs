using System.Diagnostics;
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
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.DroppedConnection);

        await Assert.ThrowsAsync<HttpRequestException>(() => api.InitializeRawAsync());

        Assert.Equal(1, api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.DroppedConnection));
        Assert.Empty(api.Sandbox.Sessions);
    }

    [Fact]
    public async Task Internal_server_error_is_500_with_the_error_body_and_no_retry_after()
    {
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.InternalServerError);

        ApiResult result = await api.InitializeRawAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, result.Status);
        Assert.Equal("InternalError", result.Error);
        Assert.Equal("Injected fault", result.Reason);
        Assert.Null(result.Headers.RetryAfter);
        Assert.Equal(1, api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.InternalServerError));
        Assert.Empty(api.Sandbox.Sessions);
    }

    [Fact]
    public async Task A_reset_mid_body_fails_the_body_read_after_a_200_header()
    {
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.ResetMidBody);

        using HttpResponseMessage response = await SandboxApi.SendForHeadersAsync(api.Http, api.Request(HttpMethod.Post, "/v1/authentication/initialize", SandboxApi.InitializeJson()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(200, response.Content.Headers.ContentLength);
        // ReadAsStringAsync wraps the body's IOException; a stream read throws it as is.
        HttpRequestException failure = await Assert.ThrowsAsync<HttpRequestException>(() => response.Content.ReadAsStringAsync().WaitAsync(SandboxApi.HangGuard));
        Assert.IsAssignableFrom<IOException>(failure.InnerException);
        Assert.Equal(1, api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.ResetMidBody));
        Assert.Empty(api.Sandbox.Sessions);
    }

    [Fact]
    public async Task A_reset_mid_body_fails_a_stream_read_with_an_io_exception_after_the_start_of_the_json()
    {
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.ResetMidBody);

        using HttpResponseMessage response = await SandboxApi.SendForHeadersAsync(api.Http, api.Request(HttpMethod.Get, "/v1/authentication/any/status"));
        await using Stream body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[200];

        await Assert.ThrowsAnyAsync<IOException>(() => body.ReadExactlyAsync(buffer).AsTask().WaitAsync(SandboxApi.HangGuard));
        Assert.Equal((byte)'{', buffer[0]);
    }

    [Fact]
    public async Task A_hang_holds_the_request_until_the_client_cancels()
    {
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.Hang);
        using var cancellation = new CancellationTokenSource();

        Task<ApiResult> hung = api.InitializeRawAsync(cancellationToken: cancellation.Token);
        await Eventually.TrueAsync(() => api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.Hang) == 1, "the hang fault is injected");
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hung);
        Assert.True(cancellation.IsCancellationRequested);
        Assert.Empty(api.Sandbox.Sessions);
    }

    [Fact]
    public async Task A_hung_request_does_not_delay_stopping_the_sandbox()
    {
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.Hang, new AiiaSandboxOptions { ShutdownTimeout = TimeSpan.FromMinutes(10) });
        Task<ApiResult> hung = api.StatusAsync("any-session");
        await Eventually.TrueAsync(() => api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.Hang) == 1, "the hang fault is injected");

        // Stopping that waited for the request would wait out the (here very long) shutdown timeout: the guard would fail it.
        await api.Sandbox.DisposeAsync().AsTask().WaitAsync(SandboxApi.HangGuard);

        // The stop drops the connection: the client never gets an empty 200.
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => hung);
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
    [InlineData(SandboxFaultKinds.InternalServerError)]
    [InlineData(SandboxFaultKinds.ResetMidBody)]
    [InlineData(SandboxFaultKinds.EchoedSecret)]
    [InlineData(SandboxFaultKinds.HugeErrorBody)]
    public async Task A_faulted_code_exchange_does_not_consume_the_code(SandboxFaultKinds kind)
    {
        await using var api = await SandboxApi.StartAsync();
        (_, string code) = await api.LoginAsync();
        api.Sandbox.Faults.Kinds = kind;
        api.Sandbox.Faults.HugeBodyBytes = SandboxFaults.MinHugeBodyBytes;
        api.Sandbox.Faults.Rate = 1;

        HttpStatusCode? faulted;
        try
        {
            faulted = (await api.ExchangeAsync(code)).Status;
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
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
