using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>How failures come out of the transport: API errors, contract mismatches, cancellation, timeouts.</summary>
public sealed class ApiTransportErrorTests
{
    private const string Secret = "tok-SECRET-9f2c";

    private static readonly string[] Documented = ["InvalidInput", "NotFound", "TooManyRequests"];

    private static ApiRequest TokensRequest() => Requests.Tokens();

    private static ApiRequest StatusRequest() => Requests.Status();

    // Retries have tests of their own: here every failure surfaces from its first attempt.
    private static TestTransport Client(LoopbackServer server, Action<ApiClientOptions>? configure = null, HttpClient? http = null) =>
        new(server.BaseAddress, o =>
        {
            o.MaxRetries = 0;
            configure?.Invoke(o);
        }, Documented, http);

    [Fact]
    public async Task An_error_body_becomes_an_ApiException_with_code_and_details_but_not_in_the_message()
    {
        const string Body = """{"error":"InvalidInput","details":{"reason":"Unknown code","validationErrors":{"Code":["tok-SECRET-9f2c"]}}}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(400, Body));
        using TestTransport client = Client(server);

        var ex = await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(TokensRequest(), TokenResponseJsonConverter.Instance));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("InvalidInput", ex.ErrorCode);
        Assert.Equal("POST", ex.Method);
        Assert.Equal("/v1/authentication/tokens", ex.PathTemplate);
        Assert.Equal("exchangeCodeForTokens", ex.OperationId);
        Assert.Null(ex.RetryAfter);
        Assert.NotNull(ex.Details);
        Assert.Equal("Unknown code", ex.Details.Value.GetProperty("reason").GetString());
        Assert.Equal(Secret, ex.Details.Value.GetProperty("validationErrors").GetProperty("Code")[0].GetString());
        Assert.Equal("POST /v1/authentication/tokens (exchangeCodeForTokens) answered 400 Bad Request with error 'InvalidInput'.", ex.Message);
        Assert.DoesNotContain("Unknown code", ex.ToString());
        Assert.DoesNotContain(Secret, ex.ToString());
    }

    [Fact]
    public async Task A_non_json_error_body_leaves_code_and_details_null()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            LoopbackServer.Respond(502, "<html>upstream tok-SECRET-9f2c failed</html>", "text/html"));
        using TestTransport client = Client(server);

        var ex = await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(StatusRequest()));

        Assert.Equal(502, ex.StatusCode);
        Assert.Null(ex.ErrorCode);
        Assert.Null(ex.Details);
        Assert.Equal("GET /v1/authentication/{sessionId}/status (getAuthenticationStatus) answered 502 Bad Gateway.", ex.Message);
        Assert.DoesNotContain(Secret, ex.ToString());
    }

    [Theory]
    [InlineData("""["error"]""")]
    [InlineData("""{"error":42,"details":"free text"}""")]
    [InlineData("")]
    public async Task Error_bodies_of_other_shapes_do_not_break_the_exception(string body)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(500, body));
        using TestTransport client = Client(server);

        var ex = await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(StatusRequest()));

        Assert.Equal(500, ex.StatusCode);
        Assert.Null(ex.ErrorCode);
        Assert.Equal(body.Contains("free text", StringComparison.Ordinal) ? "free text" : null, ex.Details?.GetString());
    }

    [Fact]
    public async Task An_error_code_that_does_not_look_like_a_code_stays_out_of_the_message()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            LoopbackServer.Respond(400, """{"error":"bad code tok-SECRET-9f2c !"}"""));
        using TestTransport client = Client(server);

        var ex = await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(TokensRequest()));

        Assert.Equal("bad code tok-SECRET-9f2c !", ex.ErrorCode);
        Assert.DoesNotContain(Secret, ex.Message);
        Assert.Equal("POST /v1/authentication/tokens (exchangeCodeForTokens) answered 400 Bad Request with error [redacted] (a code the spec does not document).", ex.Message);
    }

    [Fact]
    public async Task Retry_After_delta_seconds_is_read()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            LoopbackServer.Respond(429, """{"error":"TooManyRequests"}""", configure: r => r.Headers.RetryAfter = "120"));
        using TestTransport client = Client(server);

        var ex = await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(StatusRequest()));

        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.Contains("429 Too Many Requests", ex.Message);
    }

    [Fact]
    public async Task Retry_After_date_is_relative_to_the_time_provider()
    {
        var now = new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(now);
        string date = now.AddSeconds(90).ToString("R", CultureInfo.InvariantCulture);
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            LoopbackServer.Respond(503, configure: r => r.Headers.RetryAfter = date));
        using TestTransport client = Client(server, o => o.TimeProvider = time);

        var ex = await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(StatusRequest()));

        Assert.Equal(TimeSpan.FromSeconds(90), ex.RetryAfter);
    }

    [Fact]
    public async Task A_wrong_value_in_a_2xx_body_names_the_path_not_the_value()
    {
        string body = $$$"""{"success":true,"session":{"accessToken":"{{{Secret}}}","expires":"{{{Secret}}}"}}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, body));
        using TestTransport client = Client(server);

        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() =>
            client.SendAsync(TokensRequest(), TokenResponseJsonConverter.Instance));

        Assert.Equal("$.session.expires", ex.JsonPath);
        Assert.Equal("expected a date-time string", ex.Reason);
        Assert.Equal(200, ex.StatusCode);
        Assert.Equal("POST", ex.Method);
        Assert.Equal("/v1/authentication/tokens", ex.PathTemplate);
        Assert.Equal("exchangeCodeForTokens", ex.OperationId);
        Assert.Equal(
            "The 200 response to POST /v1/authentication/tokens (exchangeCodeForTokens) does not match the contract at $.session.expires: expected a date-time string.",
            ex.Message);
        Assert.Null(ex.InnerException);
        Assert.DoesNotContain(Secret, ex.ToString());
    }

    [Fact]
    public async Task A_wrong_type_deep_in_the_body_reports_the_nested_path()
    {
        const string Body = """{"success":true,"session":{"expires":"2019-01-23T13:30:07Z","accessToken":"a"},"items":[{"count":1},{"count":"seven"}]}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, Body));
        using TestTransport client = Client(server);

        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() =>
            client.SendAsync(TokensRequest(), TokenResponseJsonConverter.Instance));

        Assert.Equal("$.items[1].count", ex.JsonPath);
        Assert.Equal("expected an integer (int32), found a string", ex.Reason);
    }

    [Theory]
    [InlineData("""{"success":true}""", "$", "the required property 'session' is missing")]
    [InlineData("""{"success":true,"session":null}""", "$.session", "expected a value, found null")]
    [InlineData("""{"success":true,"session":{"expires":"2019-01-23T13:30:07Z"}}""", "$.session", "the required property 'accessToken' is missing")]
    [InlineData("""[1]""", "$", "expected an object, found an array")]
    [InlineData("null", "$", "expected an object, found null")]
    public async Task Contract_mismatches_are_located(string body, string path, string reason)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, body));
        using TestTransport client = Client(server);

        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() =>
            client.SendAsync(TokensRequest(), TokenResponseJsonConverter.Instance));

        Assert.Equal(path, ex.JsonPath);
        Assert.Equal(reason, ex.Reason);
    }

    [Theory]
    [InlineData("""{"success":true,"session":{"accessToken":"tok-SECRET-9f2c""", "$.session.accessToken")]
    [InlineData("""{"success":true,"session":{"accessToken":tok-SECRET-9f2c}}""", "$.session.accessToken")]
    [InlineData("""{"success":true,"session":{"expires":"2019-01-23T13:30:07Z","accessToken":"a"}} tok-SECRET-9f2c""", "$")]
    public async Task Malformed_2xx_json_is_reported_without_quoting_it(string body, string path)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, body));
        using TestTransport client = Client(server);

        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() =>
            client.SendAsync(TokensRequest(), TokenResponseJsonConverter.Instance));

        Assert.Equal(path, ex.JsonPath);
        Assert.StartsWith("not valid JSON (line 1, byte ", ex.Reason);
        Assert.Null(ex.InnerException);
        Assert.DoesNotContain("tok-", ex.ToString());
        Assert.DoesNotContain("SECRET", ex.ToString());
    }

    [Fact]
    public async Task An_empty_2xx_body_where_a_value_is_expected_is_a_format_error()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200));
        using TestTransport client = Client(server);

        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() =>
            client.SendAsync(TokensRequest(), TokenResponseJsonConverter.Instance));

        Assert.Equal("$", ex.JsonPath);
        Assert.Contains("empty", ex.Reason);
    }

    [Fact]
    public async Task Caller_cancellation_stays_an_OperationCanceledException()
    {
        TaskCompletionSource arrived = Replies.Signal();
        await using LoopbackServer server = await LoopbackServer.StartAsync(Replies.Hang(arrived));
        using TestTransport client = Client(server, o => o.MaxRetries = 3);
        using var cts = new CancellationTokenSource();

        Task call = client.SendAsync(StatusRequest(), TokenResponseJsonConverter.Instance, cts.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        using TestTransport client = Client(server);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(StatusRequest(), new CancellationToken(canceled: true)));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task An_attempt_past_its_timeout_is_abandoned_as_a_Timeout_naming_the_operation()
    {
        TaskCompletionSource arrived = Replies.Signal();
        TaskCompletionSource aborted = Replies.Signal();
        await using LoopbackServer server = await LoopbackServer.StartAsync(Replies.Script(Replies.Status(204), Replies.Hang(arrived, aborted)));
        using TestTransport client = Client(server, o => o.AttemptTimeout = TimeSpan.FromMilliseconds(500));
        await client.WarmUpAsync();

        var ex = await Assert.ThrowsAsync<ApiTransportException>(() => client.SendAsync(StatusRequest(), TokenResponseJsonConverter.Instance));

        Assert.Equal(ApiTransportFailure.Timeout, ex.Failure);
        Assert.Equal(0, ex.StatusCode);
        Assert.True(ex.IsTransient);
        Assert.Contains("GET /v1/authentication/{sessionId}/status (getAuthenticationStatus)", ex.Message);
        Assert.DoesNotContain(Requests.SessionValue, ex.ToString());
        // The server saw the client give the request up.
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await aborted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("Timeout", Assert.Single(client.Events("TransportFailed")).GetStructuredStateValue("Failure"));
    }

    [Fact]
    public async Task An_HttpClient_timeout_is_a_Timeout_too()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Replies.Hang());
        using TestTransport client = Client(server, http: new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) });

        var ex = await Assert.ThrowsAsync<ApiTransportException>(() => client.SendAsync(StatusRequest()));

        Assert.Equal(ApiTransportFailure.Timeout, ex.Failure);
    }

    [Fact]
    public async Task A_connection_reset_before_the_response_is_a_ConnectionFailed()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Replies.Reset());
        using TestTransport client = Client(server);

        var ex = await Assert.ThrowsAsync<ApiTransportException>(() => client.SendAsync(StatusRequest()));

        Assert.Equal(ApiTransportFailure.ConnectionFailed, ex.Failure);
        Assert.Equal(0, ex.StatusCode);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Equal("getAuthenticationStatus", ex.OperationId);
    }

    [Fact]
    public async Task A_port_nobody_listens_on_is_a_ConnectionFailed()
    {
        // Bound but not listening: a connection is refused, and no other process can take the port meanwhile (a
        // server's port once it stopped could be, by the test projects running beside this one).
        using var reserved = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        reserved.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        var closed = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{((System.Net.IPEndPoint)reserved.LocalEndPoint!).Port}/"));

        using var client = new TestTransport(closed, o => o.MaxRetries = 0);
        var ex = await Assert.ThrowsAsync<ApiTransportException>(() => client.SendAsync(StatusRequest()));

        Assert.Equal(ApiTransportFailure.ConnectionFailed, ex.Failure);
    }

    [Fact]
    public async Task A_body_that_breaks_off_is_a_ResponseInterrupted_with_the_status()
    {
        var seen = new HeadersSeen();
        await using LoopbackServer server = await LoopbackServer.StartAsync(Replies.ResetMidBody(seen));
        using TestTransport client = Client(server, http: seen.CreateClient());

        var ex = await Assert.ThrowsAsync<ApiTransportException>(() => client.SendAsync(StatusRequest(), ItemJsonConverter.Instance));

        Assert.Equal(ApiTransportFailure.ResponseInterrupted, ex.Failure);
        Assert.Equal(200, ex.StatusCode);
    }

    [Fact]
    public async Task A_bodyless_operation_ignores_a_2xx_body_and_still_throws_on_errors()
    {
        await using LoopbackServer ok = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, "not json at all"));
        using TestTransport okClient = Client(ok);
        await okClient.SendAsync(StatusRequest());

        await using LoopbackServer failing = await LoopbackServer.StartAsync(LoopbackServer.Respond(404, """{"error":"NotFound"}"""));
        using TestTransport failingClient = Client(failing);
        var ex = await Assert.ThrowsAsync<ApiException>(() => failingClient.SendAsync(StatusRequest()));
        Assert.Equal("NotFound", ex.ErrorCode);
        Assert.Equal(404, ex.StatusCode);
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(501, false)]
    public void Transient_statuses_are_the_documented_ones(int status, bool transient) =>
        Assert.Equal(transient, new ApiException(status, "GET", "/x", "op").IsTransient);

    [Fact]
    public void Derived_failures_say_whether_they_are_transient()
    {
        Assert.True(new ApiTransportException(ApiTransportFailure.ConnectionFailed, 0, "GET", "/x", "op").IsTransient);
        Assert.True(new ApiTransportException(ApiTransportFailure.ResponseInterrupted, 503, "GET", "/x", "op").IsTransient);
        Assert.False(new ApiRedirectException(307, "GET", "/x", "op", "https://other:443").IsTransient);
        Assert.False(new ApiResponseTooLargeException(503, "GET", "/x", "op", 10).IsTransient);
        Assert.False(new ApiResponseFormatException(200, "GET", "/x", "op", "$", "expected an object").IsTransient);
    }

    [Fact]
    public void ApiException_can_be_built_directly_and_clones_details()
    {
        using var document = System.Text.Json.JsonDocument.Parse("""{"reason":"x"}""");
        var ex = new ApiException(409, "PUT", "/v1/x/{id}", "putX", "Conflict", document.RootElement, TimeSpan.FromSeconds(3), errorCodeIsDocumented: true);
        document.Dispose();

        Assert.Equal("x", ex.Details!.Value.GetProperty("reason").GetString());
        Assert.Equal("PUT /v1/x/{id} (putX) answered 409 Conflict with error 'Conflict'.", ex.Message);
        Assert.Equal("GET /x (op) answered 599.", new ApiException(599, "GET", "/x", "op").Message);
        Assert.Equal("GET /x (op) answered 400 Bad Request with error [redacted] (a code the spec does not document).", new ApiException(400, "GET", "/x", "op", "Conflict").Message);
        Assert.Throws<ArgumentException>(() => new ApiException(400, "", "/x", "op"));
    }
}
