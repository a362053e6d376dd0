using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary>Starting, addressing, logging and stopping the sandbox.</summary>
public sealed class SandboxLifecycleTests
{
    [Fact]
    public async Task The_sandbox_starts_in_one_line_on_a_loopback_port()
    {
        await using var sandbox = await AiiaSandbox.StartAsync();

        Assert.Equal("http", sandbox.BaseAddress.Scheme);
        Assert.Equal("127.0.0.1", sandbox.BaseAddress.Host);
        Assert.NotEqual(0, sandbox.BaseAddress.Port);
        Assert.Equal("/", sandbox.BaseAddress.AbsolutePath);
        using HttpClient client = sandbox.CreateHttpClient();
        Assert.Equal(sandbox.BaseAddress, client.BaseAddress);
        Assert.Equal("sandbox-client-id", sandbox.ClientId);
        Assert.Equal("sandbox-client-secret", sandbox.ClientSecret);
    }

    [Fact]
    public async Task Two_sandboxes_run_side_by_side_with_separate_state()
    {
        await using var first = await SandboxApi.StartAsync();
        await using var second = await SandboxApi.StartAsync();

        string sessionId = await first.InitializeAsync();

        Assert.NotEqual(first.Sandbox.BaseAddress, second.Sandbox.BaseAddress);
        Assert.Equal(HttpStatusCode.NotFound, (await second.StatusAsync(sessionId)).Status);
    }

    [Fact]
    public async Task A_taken_port_fails_the_start_with_the_bind_error()
    {
        await using var first = await AiiaSandbox.StartAsync();

        await Assert.ThrowsAsync<IOException>(() => AiiaSandbox.StartAsync(new AiiaSandboxOptions { Port = first.BaseAddress.Port }));
    }

    [Fact]
    public async Task Disposing_twice_is_harmless()
    {
        var sandbox = await AiiaSandbox.StartAsync();

        await sandbox.DisposeAsync();
        await sandbox.DisposeAsync();
    }

    [Fact]
    public async Task Invalid_options_are_refused_at_start()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => AiiaSandbox.StartAsync(new AiiaSandboxOptions { CodeLifetime = TimeSpan.Zero }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => AiiaSandbox.StartAsync(new AiiaSandboxOptions { ClientSecret = " " }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => AiiaSandbox.StartAsync(new AiiaSandboxOptions { Port = 70000 }));
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => AiiaSandbox.StartAsync(new AiiaSandboxOptions { ShutdownTimeout = TimeSpan.FromSeconds(-1) }));
        Assert.Equal(nameof(AiiaSandboxOptions.ShutdownTimeout), exception.ParamName);
    }

    [Fact]
    public async Task Logs_name_what_happened_but_never_a_secret_code_or_token()
    {
        using var provider = new FakeLoggerProvider();
        using ILoggerFactory loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(provider).SetMinimumLevel(LogLevel.Trace));
        string code;
        string accessToken;
        string loginToken;
        string renewedToken;
        await using (var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { LoggerFactory = loggerFactory }))
        {
            (_, code) = await api.LoginAsync();
            ApiResult tokens = await api.ExchangeAsync(code);
            await api.ExchangeAsync(code);
            accessToken = tokens.Json.GetProperty("session").GetProperty("accessToken").GetString()!;
            loginToken = tokens.Json.GetProperty("login").GetProperty("loginToken").GetString()!;
            renewedToken = (await api.UnattendedAsync(SandboxApi.UserHash, loginToken)).Json.GetProperty("login").GetProperty("loginToken").GetString()!;
            await api.SendAsync(api.Request(HttpMethod.Get, "/v1/authentication/x/status", clientSecret: "submitted-secret-value"));
        }

        IReadOnlyList<FakeLogRecord> records = provider.Collector.GetSnapshot();
        Assert.Contains(records, record => record.Message.Contains("exchanged", StringComparison.Ordinal));
        Assert.Contains(records, record => record.Message.Contains("Unknown code", StringComparison.Ordinal));
        string everything = string.Join("\n", records.Select(record => record.Message + " " + record.Exception));
        foreach (string secret in new[] { code, accessToken, loginToken, renewedToken, "sandbox-client-secret", "submitted-secret-value" })
        {
            Assert.DoesNotContain(secret, everything);
        }
    }
}
