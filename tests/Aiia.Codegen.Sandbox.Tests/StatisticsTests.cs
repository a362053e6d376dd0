using System.Net;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary><see cref="SandboxStatistics"/>: what tests assert client behaviour with.</summary>
public sealed class StatisticsTests
{
    [Fact]
    public async Task Requests_are_counted_per_endpoint_refused_ones_included()
    {
        await using var api = await SandboxApi.StartAsync();
        (string sessionId, string code) = await api.LoginAsync();
        await api.StatusAsync(sessionId);
        await api.StatusAsync("no-such-session");
        await api.ExchangeAsync(code);
        await api.SendAsync(api.Request(HttpMethod.Get, $"/v1/authentication/{sessionId}/status", clientSecret: "wrong"));

        SandboxStatistics statistics = api.Sandbox.Statistics;

        Assert.Equal(1, statistics.GetRequestCount(SandboxEndpointNames.Initialize));
        Assert.Equal(4, statistics.StatusRequests);
        Assert.Equal(1, statistics.GetRequestCount(SandboxEndpointNames.Tokens));
        Assert.Equal(0, statistics.GetRequestCount(SandboxEndpointNames.Unattended));
        Assert.Equal(1, statistics.UnauthorizedRequests);
        Assert.Equal(4, statistics.RequestsByEndpoint[SandboxEndpointNames.Status]);
    }

    [Fact]
    public async Task A_clean_flow_exchanges_each_code_once()
    {
        await using var api = await SandboxApi.StartAsync();

        for (int i = 0; i < 3; i++)
        {
            (_, string code) = await api.LoginAsync();
            Assert.Equal(HttpStatusCode.OK, (await api.ExchangeAsync(code)).Status);
        }

        SandboxStatistics statistics = api.Sandbox.Statistics;
        Assert.Equal(3, statistics.CodeExchangeAttempts);
        Assert.Equal(3, statistics.SuccessfulCodeExchanges);
        Assert.Equal(1, statistics.MaxExchangesOfOneCode);
        Assert.Equal(0, statistics.DuplicateCodeExchanges);
        Assert.Equal(0, statistics.ExpiredCodeExchanges);
    }

    [Fact]
    public async Task Concurrent_exchanges_of_one_code_issue_tokens_once_and_count_every_attempt()
    {
        await using var api = await SandboxApi.StartAsync();
        (_, string code) = await api.LoginAsync();

        ApiResult[] results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.ExchangeAsync(code)));

        Assert.Single(results, result => result.Status == HttpStatusCode.OK);
        Assert.Equal(8, api.Sandbox.Statistics.GetExchangeCount(code));
        Assert.Equal(8, api.Sandbox.Statistics.MaxExchangesOfOneCode);
        Assert.Equal(7, api.Sandbox.Statistics.DuplicateCodeExchanges);
    }

    [Fact]
    public async Task Snapshots_and_summaries_never_show_a_code_or_token()
    {
        await using var api = await SandboxApi.StartAsync();
        (_, string code) = await api.LoginAsync();
        ApiResult tokens = await api.ExchangeAsync(code);
        string loginToken = tokens.Json.GetProperty("login").GetProperty("loginToken").GetString()!;

        string printed = string.Join("\n", api.Sandbox.Sessions) + "\n" + api.Sandbox.Statistics + "\n" + api.Sandbox;

        Assert.DoesNotContain(code, printed);
        Assert.DoesNotContain(loginToken, printed);
        Assert.DoesNotContain(api.Sandbox.ClientSecret, printed);
    }
}
