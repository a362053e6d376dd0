using System.Globalization;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>
/// The one retry layer inside the transport, against a real server: transient failures of idempotent calls are sent
/// again up to MaxRetries (Retry-After honoured up to MaxRetryDelay), a POST never is, and the last failure surfaces.
/// </summary>
public sealed class ApiRetryTests
{
    private const string Unavailable = """{"error":"Unavailable"}""";

    [Fact]
    public async Task A_GET_is_retried_MaxRetries_times_and_the_last_failure_is_thrown()
    {
        await using TestApi api = await TestApi.StartAsync(
            Replies.Script(Replies.Status(500), Replies.Status(502), Replies.Status(504), Replies.Status(503, Unavailable)));

        var ex = await Assert.ThrowsAsync<ApiException>(() => api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal("Unavailable", ex.ErrorCode);
        Assert.Equal(4, api.Requests.Count);
        Assert.Equal(["1", "2", "3"], api.Client.Events("RequestRetrying").Select(r => r.GetStructuredStateValue("Retry")));
        Assert.Equal(
            ["500 Internal Server Error", "502 Bad Gateway", "504 Gateway Timeout"],
            api.Client.Events("RequestRetrying").Select(r => r.GetStructuredStateValue("Failure")));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task An_idempotent_call_that_recovers_returns_the_success(string method)
    {
        await using TestApi api = await TestApi.StartAsync(
            Replies.Script(Replies.Status(503), Replies.Status(429), Replies.Status(408), Replies.Status(200, """{"count":7}""")));

        Item item = await api.Client.SendAsync(Requests.Status(new HttpMethod(method)), ItemJsonConverter.Instance);

        Assert.Equal(7, item.Count);
        Assert.Equal(4, api.Requests.Count);
        Assert.All(api.Requests, r => Assert.Equal(method, r.Method));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task A_non_idempotent_call_is_sent_once_on_503(string method)
    {
        await using TestApi api = await TestApi.StartAsync(Replies.Script(Replies.Status(503, Unavailable, retryAfter: "0"), Replies.Status(204)));

        var ex = await Assert.ThrowsAsync<ApiException>(() => api.Client.SendAsync(Requests.Status(new HttpMethod(method))));

        Assert.Equal(503, ex.StatusCode);
        Assert.True(ex.IsTransient);
        Assert.Equal(method, Assert.Single(api.Requests).Method);
        Assert.Empty(api.Client.Events("RequestRetrying"));
    }

    [Fact]
    public async Task A_POST_is_sent_once_when_the_connection_is_reset()
    {
        await using TestApi api = await TestApi.StartAsync(Replies.Script(Replies.Reset(), Replies.Status(204)));

        var ex = await Assert.ThrowsAsync<ApiTransportException>(() => api.Client.SendAsync(Requests.Tokens("secret")));

        Assert.Equal(ApiTransportFailure.ConnectionFailed, ex.Failure);
        Assert.Equal("POST", Assert.Single(api.Requests).Method);
    }

    [Fact]
    public async Task A_GET_is_retried_after_connection_resets_and_recovers()
    {
        await using TestApi api = await TestApi.StartAsync(Replies.Script(Replies.Reset(), Replies.Reset(), Replies.Status(204)));

        await api.Client.SendAsync(Requests.Status());

        Assert.Equal(3, api.Requests.Count);
        Assert.Equal(2, api.Client.Events("TransportFailed").Count());
    }

    [Fact]
    public async Task A_Retry_After_beyond_MaxRetryDelay_is_not_waited_for()
    {
        await using TestApi api = await TestApi.StartAsync(
            Replies.Script(Replies.Status(429, retryAfter: "5"), Replies.Status(204)),
            o => o.MaxRetryDelay = TimeSpan.FromSeconds(2));

        var ex = await Assert.ThrowsAsync<ApiException>(() => api.Client.SendAsync(Requests.Status()));

        Assert.Equal(429, ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), ex.RetryAfter);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_Retry_After_within_MaxRetryDelay_is_the_delay_used()
    {
        await using TestApi api = await TestApi.StartAsync(Replies.Script(Replies.Status(503, retryAfter: "1"), Replies.Status(204)));

        await api.Client.SendAsync(Requests.Status());

        Assert.Equal(2, api.Requests.Count);
        string delay = Assert.Single(api.Client.Events("RequestRetrying")).GetStructuredStateValue("DelayMilliseconds")!;
        Assert.Equal(1000, double.Parse(delay, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task MaxRetries_zero_sends_one_request()
    {
        await using TestApi api = await TestApi.StartAsync(Replies.Status(503), o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<ApiException>(() => api.Client.SendAsync(Requests.Status()));

        Assert.Equal(503, ex.StatusCode);
        Assert.Single(api.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(409)]
    public async Task A_non_transient_status_is_not_retried(int status)
    {
        await using TestApi api = await TestApi.StartAsync(Replies.Script(Replies.Status(status), Replies.Status(204)));

        var ex = await Assert.ThrowsAsync<ApiException>(() => api.Client.SendAsync(Requests.Status()));

        Assert.Equal(status, ex.StatusCode);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_body_that_breaks_off_is_retried_for_a_GET_then_thrown_as_ResponseInterrupted()
    {
        var seen = new HeadersSeen();
        await using TestApi api = await TestApi.StartAsync(Replies.ResetMidBody(seen), o => o.MaxRetries = 2, http: seen.CreateClient());

        var ex = await Assert.ThrowsAsync<ApiTransportException>(() => api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance));

        Assert.Equal(ApiTransportFailure.ResponseInterrupted, ex.Failure);
        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(3, api.Requests.Count);
        Assert.All(api.Client.Events("TransportFailed"), r => Assert.Equal("ResponseInterrupted", r.GetStructuredStateValue("Failure")));
    }

    [Fact]
    public async Task A_hung_GET_is_abandoned_and_sent_again()
    {
        TaskCompletionSource aborted = Replies.Signal();
        await using TestApi api = await TestApi.StartAsync(
            Replies.Script(Replies.Status(204), Replies.Hang(aborted: aborted), Replies.Status(200, """{"count":1}""")),
            o => o.AttemptTimeout = TimeSpan.FromMilliseconds(500));
        await api.Client.WarmUpAsync();

        Item item = await api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance);

        Assert.Equal(1, item.Count);
        Assert.Equal(3, api.Requests.Count);
        await aborted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("Timeout", Assert.Single(api.Client.Events("RequestRetrying")).GetStructuredStateValue("Failure"));
    }
}
