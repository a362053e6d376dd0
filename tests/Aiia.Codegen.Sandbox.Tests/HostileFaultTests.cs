using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary>The hostile kinds as a group, and the secret-echoing server.</summary>
public sealed class HostileFaultTests
{
    [Fact]
    public async Task An_echoed_secret_comes_back_in_the_error_body()
    {
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.EchoedSecret);

        ApiResult result = await api.InitializeRawAsync();

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(api.Sandbox.ClientSecret, result.Error);
        Assert.Equal(api.Sandbox.ClientSecret, result.Reason);
        Assert.Contains(api.Sandbox.ClientSecret, result.Text, StringComparison.Ordinal);
        Assert.Equal(1, api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.EchoedSecret));
        Assert.Empty(api.Sandbox.Sessions);
    }

    [Fact]
    public async Task The_echo_is_of_the_secret_sent_even_a_wrong_one_with_quotes()
    {
        const string Sent = "wrong \"secret\" \\ value";
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.EchoedSecret);

        ApiResult result = await api.SendAsync(api.Request(HttpMethod.Get, "/v1/authentication/any/status", clientSecret: Sent));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(Sent, result.Error);
        Assert.Equal(Sent, result.Reason);
    }

    [Fact]
    public async Task Hostile_faults_never_log_or_record_the_secret()
    {
        using var provider = new FakeLoggerProvider();
        using ILoggerFactory loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(provider).SetMinimumLevel(LogLevel.Trace));
        await using (var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { LoggerFactory = loggerFactory, Seed = 5 }))
        {
            api.Sandbox.Faults.Kinds = SandboxFaultKinds.Hostile;
            api.Sandbox.Faults.HugeBodyBytes = SandboxFaults.MinHugeBodyBytes;
            api.Sandbox.Faults.Rate = 1;
            // Seeded: these 20 draws include every hostile kind.
            for (int i = 0; i < 20; i++)
            {
                await api.StatusAsync("any");
            }

            Assert.True(api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.EchoedSecret) > 0);
            Assert.True(api.Sandbox.Elsewhere.ReceivedClientSecret);
            Assert.DoesNotContain(api.Sandbox.ClientSecret, api.Sandbox.Elsewhere.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(api.Sandbox.ClientSecret, api.Sandbox.Statistics.ToString(), StringComparison.Ordinal);
        }

        IReadOnlyList<FakeLogRecord> records = provider.Collector.GetSnapshot();
        Assert.Contains(records, record => record.Message.Contains("other origin", StringComparison.Ordinal));
        string everything = string.Join("\n", records.Select(record => record.Message + " " + record.Exception + " " + string.Join(",", record.StructuredState ?? [])));
        Assert.DoesNotContain("sandbox-client-secret", everything, StringComparison.Ordinal);
    }
}
