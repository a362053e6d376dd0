using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>
/// Logs say which call, how it ended and how long it took; never a secret from headers, query or body, and never an
/// error code the spec does not document (the server may echo anything there, even the secret it was sent).
/// </summary>
public sealed class ApiTransportLoggingTests
{
    private const string HeaderSecret = "hdr-SECRET-3e1a";
    private const string QuerySecret = "qry-SECRET-8b7d";
    private const string PathSecret = "path-SECRET-5c9f";
    private const string BodySecret = "body-SECRET-0a4e";
    private static readonly string[] Secrets = [HeaderSecret, QuerySecret, PathSecret, BodySecret];
    private static readonly string[] Documented = ["InvalidInput"];

    private static ApiRequest SecretRequest(HttpMethod? method = null)
    {
        var request = new ApiRequest(
            method ?? HttpMethod.Post,
            "/v1/authentication/" + ApiRequest.EscapePath(PathSecret) + "/tokens",
            operationId: "exchangeCodeForTokens",
            pathTemplate: "/v1/authentication/{sessionId}/tokens");
        request.AddHeader("X-Client-Secret", HeaderSecret, sensitive: true);
        request.AddHeader("X-Client-Id", HeaderSecret);
        request.AddQuery("code", QuerySecret);
        request.SetJsonBody(new InitializeRequest(BodySecret, "https://app/cb", null), InitializeRequestJsonConverter.Instance);
        return request;
    }

    private static void AssertNoSecrets(IReadOnlyList<FakeLogRecord> records)
    {
        Assert.NotEmpty(records);
        LogScan.AssertNoSecret(records, Secrets);
    }

    [Fact]
    public async Task A_successful_call_logs_start_and_end_without_secrets()
    {
        var time = new FakeTimeProvider();
        string responseBody = $$$"""{"success":true,"session":{"expires":"2019-01-23T13:30:07Z","accessToken":"{{{BodySecret}}}"}}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(async context =>
        {
            time.Advance(TimeSpan.FromMilliseconds(1500));
            await LoopbackServer.Respond(200, responseBody)(context);
        });
        using var client = new TestTransport(server.BaseAddress, o => o.TimeProvider = time);

        await client.SendAsync(SecretRequest(), TokenResponseJsonConverter.Instance);

        IReadOnlyList<FakeLogRecord> records = client.Logs;
        AssertNoSecrets(records);
        Assert.All(records, r => Assert.Equal("Aiia.Codegen.Runtime.ApiTransport", r.Category));

        FakeLogRecord start = Assert.Single(records, r => r.Id.Name == "RequestStarting");
        Assert.Equal(1, start.Id.Id);
        Assert.Equal("Sending POST /v1/authentication/{sessionId}/tokens (exchangeCodeForTokens)", start.Message);

        FakeLogRecord end = Assert.Single(records, r => r.Id.Name == "RequestSucceeded");
        Assert.Equal(2, end.Id.Id);
        Assert.Equal("200", end.GetStructuredStateValue("StatusCode"));
        Assert.Equal("1500", end.GetStructuredStateValue("ElapsedMilliseconds"));
        Assert.Equal("/v1/authentication/{sessionId}/tokens", end.GetStructuredStateValue("PathTemplate"));
    }

    [Fact]
    public async Task Bearer_tokens_basic_credentials_and_cookies_are_sent_but_never_logged_or_shown()
    {
        const string Token = "tok-SECRET-9d1c";
        const string Password = "pw-SECRET-2f6b";
        const string Cookie = "ck-SECRET-4a0e";
        // The server echoes the token as an error code, as a hostile or careless server might.
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(401, $$$"""{"error":"{{{Token}}}"}"""));
        using var client = new TestTransport(server.BaseAddress, documentedErrorCodes: Documented);
        ApiRequest bearer = SecretRequest();
        bearer.AddBearerToken(ApiTokenSource.Create(_ => ValueTask.FromResult(Token)), "oauth", "read");
        bearer.AddCookie("session", Cookie);
        ApiRequest basic = SecretRequest();
        basic.AddBasicAuthorization("user", Password);
        string basicCredentials = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("user:" + Password));
        string[] secrets = [Token, Password, Cookie, basicCredentials];

        var failures = new[]
        {
            await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(bearer, TokenResponseJsonConverter.Instance)),
            await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(basic, TokenResponseJsonConverter.Instance)),
        };

        Assert.Equal("Bearer " + Token, server.Requests[0].Headers["Authorization"]);
        Assert.Equal("session=" + Cookie, server.Requests[0].Headers["Cookie"]);
        Assert.Equal("Basic " + basicCredentials, server.Requests[1].Headers["Authorization"]);
        LogScan.AssertNoSecret(client.Logs, [.. Secrets, .. secrets]);
        var shown = failures.SelectMany(f => new[] { f.Message, f.ToString() }).Concat(bearer.Headers.Concat(basic.Headers).Select(h => h.ToString()));
        Assert.All(shown, text => Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal)));
        Assert.All(bearer.Headers.Concat(basic.Headers).Where(h => h.Name is "Authorization" or "Cookie"), h => Assert.True(h.Sensitive));
    }

    [Fact]
    public async Task A_documented_error_code_is_logged_and_shown()
    {
        string errorBody = $$$"""{"error":"InvalidInput","details":{"reason":"Unknown code","code":"{{{BodySecret}}}"}}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(400, errorBody));
        using var client = new TestTransport(server.BaseAddress, documentedErrorCodes: Documented);

        var ex = await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(SecretRequest(), TokenResponseJsonConverter.Instance));

        Assert.Contains("with error 'InvalidInput'", ex.Message);
        AssertNoSecrets(client.Logs);
        FakeLogRecord failure = Assert.Single(client.Events("RequestFailed"));
        Assert.Equal(3, failure.Id.Id);
        Assert.Equal(LogLevel.Warning, failure.Level);
        Assert.Equal("400", failure.GetStructuredStateValue("StatusCode"));
        Assert.Equal("InvalidInput", failure.GetStructuredStateValue("ErrorCode"));
        Assert.DoesNotContain("Unknown code", failure.Message);
    }

    [Theory]
    [InlineData(400, "POST")]
    [InlineData(503, "GET")]
    public async Task An_error_code_echoing_a_secret_is_redacted_in_the_message_and_every_log_entry(int status, string method)
    {
        // The server puts what it was sent into the error field: a documented code list does not contain it.
        string errorBody = $$$"""{"error":"{{{HeaderSecret}}}","details":{"echo":"{{{QuerySecret}}}"}}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(status, errorBody));
        using var client = new TestTransport(server.BaseAddress, o => o.MaxRetries = 1, Documented);

        var ex = await Assert.ThrowsAsync<ApiException>(() => client.SendAsync(SecretRequest(new HttpMethod(method)), TokenResponseJsonConverter.Instance));

        Assert.Equal(HeaderSecret, ex.ErrorCode);
        Assert.Contains("[redacted]", ex.Message);
        Assert.DoesNotContain(HeaderSecret, ex.Message);
        Assert.DoesNotContain(HeaderSecret, ex.ToString());
        AssertNoSecrets(client.Logs);
        Assert.All(client.Events("RequestFailed"), r => Assert.Equal("[redacted]", r.GetStructuredStateValue("ErrorCode")));
        Assert.Equal(method == "GET" ? 2 : 1, client.Events("RequestFailed").Count());
    }

    [Fact]
    public async Task A_contract_mismatch_logs_the_path_without_the_value()
    {
        string body = $$$"""{"success":true,"session":{"expires":"{{{BodySecret}}}","accessToken":"{{{BodySecret}}}"}}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, body));
        using var client = new TestTransport(server.BaseAddress);

        await Assert.ThrowsAsync<ApiResponseFormatException>(() => client.SendAsync(SecretRequest(), TokenResponseJsonConverter.Instance));

        AssertNoSecrets(client.Logs);
        FakeLogRecord mismatch = Assert.Single(client.Events("ResponseMismatch"));
        Assert.Equal(4, mismatch.Id.Id);
        Assert.Equal("$.session.expires", mismatch.GetStructuredStateValue("JsonPath"));
    }

    [Fact]
    public async Task Transport_failures_and_retries_log_the_kind_without_secrets()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Replies.Script(Replies.Reset(), Replies.Status(204)));
        using var client = new TestTransport(server.BaseAddress);

        await client.SendAsync(SecretRequest(HttpMethod.Get));

        AssertNoSecrets(client.Logs);
        FakeLogRecord failed = Assert.Single(client.Events("TransportFailed"));
        Assert.Equal(5, failed.Id.Id);
        Assert.Equal("ConnectionFailed", failed.GetStructuredStateValue("Failure"));
        Assert.Null(failed.Exception);
        FakeLogRecord retrying = Assert.Single(client.Events("RequestRetrying"));
        Assert.Equal(9, retrying.Id.Id);
        Assert.Equal("ConnectionFailed", retrying.GetStructuredStateValue("Failure"));
        Assert.Equal("1", retrying.GetStructuredStateValue("Retry"));
    }
}
