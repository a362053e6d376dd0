using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>How failures come out of the transport: API errors, contract mismatches, cancellation, timeouts.</summary>
public sealed class ApiTransportErrorTests
{
    private const string Secret = "tok-SECRET-9f2c";

    private static ApiRequest TokensRequest() =>
        new(HttpMethod.Post, "/v1/authentication/tokens", operationId: "exchangeCodeForTokens", pathTemplate: "/v1/authentication/tokens");

    private static ApiRequest StatusRequest(string sessionId = "session-VALUE-77") =>
        new(HttpMethod.Get, "/v1/authentication/" + ApiRequest.EscapePath(sessionId) + "/status",
            operationId: "getAuthenticationStatus", pathTemplate: "/v1/authentication/{sessionId}/status");

    [Fact]
    public async Task An_error_body_becomes_an_ApiException_with_code_and_details_but_not_in_the_message()
    {
        const string Body = """{"error":"InvalidInput","details":{"reason":"Unknown code","validationErrors":{"Code":["tok-SECRET-9f2c"]}}}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(400, Body));
        using HttpClient http = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => new ApiTransport(http).SendAsync(TokensRequest(), TokenResponseJsonConverter.Instance));

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
        using HttpClient http = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => new ApiTransport(http).SendAsync(StatusRequest()));

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
        using HttpClient http = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => new ApiTransport(http).SendAsync(StatusRequest()));

        Assert.Equal(500, ex.StatusCode);
        Assert.Null(ex.ErrorCode);
        Assert.Equal(body.Contains("free text", StringComparison.Ordinal) ? "free text" : null, ex.Details?.GetString());
    }

    [Fact]
    public async Task An_error_code_that_does_not_look_like_a_code_stays_out_of_the_message()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            LoopbackServer.Respond(400, """{"error":"bad code tok-SECRET-9f2c !"}"""));
        using HttpClient http = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => new ApiTransport(http).SendAsync(TokensRequest()));

        Assert.Equal("bad code tok-SECRET-9f2c !", ex.ErrorCode);
        Assert.DoesNotContain(Secret, ex.Message);
    }

    [Fact]
    public async Task Retry_After_delta_seconds_is_read()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            LoopbackServer.Respond(429, """{"error":"TooManyRequests"}""", configure: r => r.Headers.RetryAfter = "120"));
        using HttpClient http = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => new ApiTransport(http).SendAsync(StatusRequest()));

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
        using HttpClient http = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() =>
            new ApiTransport(http, new ApiClientOptions { TimeProvider = time }).SendAsync(StatusRequest()));

        Assert.Equal(TimeSpan.FromSeconds(90), ex.RetryAfter);
    }

    [Fact]
    public async Task A_wrong_value_in_a_2xx_body_names_the_path_not_the_value()
    {
        string body = $$$"""{"success":true,"session":{"accessToken":"{{{Secret}}}","expires":"{{{Secret}}}"}}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, body));
        using HttpClient http = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() =>
            new ApiTransport(http).SendAsync(TokensRequest(), TokenResponseJsonConverter.Instance));

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
        const string Body = """{"success":true,"session":{"expires":"2019-01-23T13:30:07Z","accessToken":"a"},"items":[{"count":1},{"count":"7"}]}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, Body));
        using HttpClient http = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() =>
            new ApiTransport(http).SendAsync(TokensRequest(), TokenResponseJsonConverter.Instance));

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
        using HttpClient http = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() =>
            new ApiTransport(http).SendAsync(TokensRequest(), TokenResponseJsonConverter.Instance));

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
        using HttpClient http = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() =>
            new ApiTransport(http).SendAsync(TokensRequest(), TokenResponseJsonConverter.Instance));

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
        using HttpClient http = server.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiResponseFormatException>(() =>
            new ApiTransport(http).SendAsync(TokensRequest(), TokenResponseJsonConverter.Instance));

        Assert.Equal("$", ex.JsonPath);
        Assert.Contains("empty", ex.Reason);
    }

    [Fact]
    public async Task Caller_cancellation_stays_an_OperationCanceledException()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        LoopbackServer? server = null;
        server = await LoopbackServer.StartAsync(async context =>
        {
            arrived.TrySetResult();
            await HoldUntilAbortedAsync(context, server!.Stopping);
        });
        await using (server)
        {
            using HttpClient http = server.CreateClient();
            http.Timeout = Timeout.InfiniteTimeSpan;
            using var cts = new CancellationTokenSource();

            Task call = new ApiTransport(http).SendAsync(StatusRequest(), TokenResponseJsonConverter.Instance, cts.Token);
            await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await cts.CancelAsync();

            var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
            Assert.Equal(cts.Token, ex.CancellationToken);
        }
    }

    [Fact]
    public async Task An_already_cancelled_token_is_not_turned_into_a_timeout()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        using HttpClient http = server.CreateClient();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new ApiTransport(http).SendAsync(StatusRequest(), new CancellationToken(canceled: true)));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task HttpClient_timeout_becomes_a_TimeoutException_naming_the_operation()
    {
        LoopbackServer? server = null;
        server = await LoopbackServer.StartAsync(context => HoldUntilAbortedAsync(context, server!.Stopping));
        await using (server)
        {
            using HttpClient http = server.CreateClient();
            http.Timeout = TimeSpan.FromMilliseconds(200);

            var ex = await Assert.ThrowsAsync<TimeoutException>(() =>
                new ApiTransport(http).SendAsync(StatusRequest("session-VALUE-77"), TokenResponseJsonConverter.Instance));

            Assert.Contains("GET /v1/authentication/{sessionId}/status (getAuthenticationStatus)", ex.Message);
            Assert.Contains("HttpClient", ex.Message);
            Assert.DoesNotContain("session-VALUE-77", ex.Message);
        }
    }

    [Fact]
    public async Task A_connection_failure_propagates_as_HttpRequestException()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        using HttpClient http = server.CreateClient();

        await Assert.ThrowsAsync<HttpRequestException>(() => new ApiTransport(http).SendAsync(StatusRequest()));
    }

    [Fact]
    public async Task A_bodyless_operation_ignores_a_2xx_body_and_still_throws_on_errors()
    {
        await using LoopbackServer ok = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, "not json at all"));
        using HttpClient okHttp = ok.CreateClient();
        await new ApiTransport(okHttp).SendAsync(StatusRequest());

        await using LoopbackServer failing = await LoopbackServer.StartAsync(LoopbackServer.Respond(404, """{"error":"NotFound"}"""));
        using HttpClient failingHttp = failing.CreateClient();
        var ex = await Assert.ThrowsAsync<ApiException>(() => new ApiTransport(failingHttp).SendAsync(StatusRequest()));
        Assert.Equal("NotFound", ex.ErrorCode);
        Assert.Equal(404, ex.StatusCode);
    }

    [Fact]
    public void ApiException_can_be_built_directly_and_clones_details()
    {
        using var document = System.Text.Json.JsonDocument.Parse("""{"reason":"x"}""");
        var ex = new ApiException(409, "PUT", "/v1/x/{id}", "putX", "Conflict", document.RootElement, TimeSpan.FromSeconds(3));
        document.Dispose();

        Assert.Equal("x", ex.Details!.Value.GetProperty("reason").GetString());
        Assert.Equal("PUT /v1/x/{id} (putX) answered 409 Conflict with error 'Conflict'.", ex.Message);
        Assert.Equal("GET /x (op) answered 599.", new ApiException(599, "GET", "/x", "op").Message);
        Assert.Throws<ArgumentException>(() => new ApiException(400, "", "/x", "op"));
    }

    private static async Task HoldUntilAbortedAsync(HttpContext context, CancellationToken serverStopping)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, serverStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
            // The client went away (cancelled or timed out) or the test is over.
        }
    }
}
