using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>Logs say which call, how it ended and how long it took; never a secret from headers, query or body.</summary>
public sealed class ApiTransportLoggingTests
{
    private const string HeaderSecret = "hdr-SECRET-3e1a";
    private const string QuerySecret = "qry-SECRET-8b7d";
    private const string PathSecret = "path-SECRET-5c9f";
    private const string BodySecret = "body-SECRET-0a4e";
    private static readonly string[] Secrets = [HeaderSecret, QuerySecret, PathSecret, BodySecret];

    private static ApiRequest SecretRequest()
    {
        var request = new ApiRequest(
            HttpMethod.Post,
            "/v1/authentication/" + ApiRequest.EscapePath(PathSecret) + "/tokens",
            operationId: "exchangeCodeForTokens",
            pathTemplate: "/v1/authentication/{sessionId}/tokens");
        request.AddHeader("X-Client-Secret", HeaderSecret, sensitive: true);
        request.AddHeader("X-Client-Id", HeaderSecret);
        request.AddQuery("code", QuerySecret);
        request.SetJsonBody(new InitializeRequest(BodySecret, "https://app/cb", null), InitializeRequestJsonConverter.Instance);
        return request;
    }

    private static (ILoggerFactory Factory, FakeLogCollector Collector) CreateLogging()
    {
        var provider = new FakeLoggerProvider();
        ILoggerFactory factory = LoggerFactory.Create(b => b.AddProvider(provider).SetMinimumLevel(LogLevel.Trace));
        return (factory, provider.Collector);
    }

    private static void AssertNoSecrets(IReadOnlyList<FakeLogRecord> records)
    {
        Assert.NotEmpty(records);
        foreach (FakeLogRecord record in records)
        {
            var texts = new List<string?> { record.Message, record.State?.ToString(), record.Exception?.ToString() };
            texts.AddRange(record.StructuredState?.Select(kv => kv.Key + "=" + kv.Value) ?? []);
            foreach (string secret in Secrets)
            {
                Assert.All(texts, text => Assert.DoesNotContain(secret, text ?? string.Empty));
            }
        }
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
        using HttpClient http = server.CreateClient();
        (ILoggerFactory factory, FakeLogCollector collector) = CreateLogging();
        using (factory)
        {
            var transport = new ApiTransport(http, new ApiClientOptions { LoggerFactory = factory, TimeProvider = time });
            await transport.SendAsync(SecretRequest(), TokenResponseJsonConverter.Instance);
        }

        IReadOnlyList<FakeLogRecord> records = collector.GetSnapshot();
        AssertNoSecrets(records);
        Assert.All(records, r => Assert.Equal("Aiia.Codegen.Runtime.ApiTransport", r.Category));

        FakeLogRecord start = Assert.Single(records, r => r.Id.Name == "RequestStarting");
        Assert.Equal("Sending POST /v1/authentication/{sessionId}/tokens (exchangeCodeForTokens)", start.Message);

        FakeLogRecord end = Assert.Single(records, r => r.Id.Name == "RequestSucceeded");
        Assert.Equal("200", end.GetStructuredStateValue("StatusCode"));
        Assert.Equal("1500", end.GetStructuredStateValue("ElapsedMilliseconds"));
        Assert.Equal("/v1/authentication/{sessionId}/tokens", end.GetStructuredStateValue("PathTemplate"));
    }

    [Fact]
    public async Task A_failed_call_logs_status_and_error_code_without_secrets()
    {
        string errorBody = $$$"""{"error":"InvalidInput","details":{"reason":"Unknown code","code":"{{{BodySecret}}}"}}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(400, errorBody));
        using HttpClient http = server.CreateClient();
        (ILoggerFactory factory, FakeLogCollector collector) = CreateLogging();
        using (factory)
        {
            var transport = new ApiTransport(http, new ApiClientOptions { LoggerFactory = factory });
            await Assert.ThrowsAsync<ApiException>(() => transport.SendAsync(SecretRequest(), TokenResponseJsonConverter.Instance));
        }

        IReadOnlyList<FakeLogRecord> records = collector.GetSnapshot();
        AssertNoSecrets(records);
        FakeLogRecord failure = Assert.Single(records, r => r.Id.Name == "RequestFailed");
        Assert.Equal(LogLevel.Warning, failure.Level);
        Assert.Equal("400", failure.GetStructuredStateValue("StatusCode"));
        Assert.Equal("InvalidInput", failure.GetStructuredStateValue("ErrorCode"));
        Assert.DoesNotContain("Unknown code", failure.Message);
    }

    [Fact]
    public async Task A_contract_mismatch_logs_the_path_without_the_value()
    {
        string body = $$$"""{"success":true,"session":{"expires":"{{{BodySecret}}}","accessToken":"{{{BodySecret}}}"}}""";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, body));
        using HttpClient http = server.CreateClient();
        (ILoggerFactory factory, FakeLogCollector collector) = CreateLogging();
        using (factory)
        {
            var transport = new ApiTransport(http, new ApiClientOptions { LoggerFactory = factory });
            await Assert.ThrowsAsync<ApiResponseFormatException>(() => transport.SendAsync(SecretRequest(), TokenResponseJsonConverter.Instance));
        }

        IReadOnlyList<FakeLogRecord> records = collector.GetSnapshot();
        AssertNoSecrets(records);
        FakeLogRecord mismatch = Assert.Single(records, r => r.Id.Name == "ResponseMismatch");
        Assert.Equal("$.session.expires", mismatch.GetStructuredStateValue("JsonPath"));
    }
}
