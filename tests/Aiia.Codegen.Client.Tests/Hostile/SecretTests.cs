using Aiia.Codegen.Runtime;
using Aiia.Codegen.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Client.Tests.Hostile;

/// <summary>Nothing secret in any log entry — message or structured state, any category, any level — nor in an
/// exception message: not the client secret, not a code, not a token, not a value the server echoes back.</summary>
public sealed class SecretTests
{
    [Theory]
    [InlineData(ClientPath.Constructor)]
    [InlineData(ClientPath.DependencyInjection)]
    public async Task A_whole_flow_logs_no_secret_code_or_token_anywhere(ClientPath path)
    {
        await using var harness = await HostileHarness.StartAsync(path);
        string sessionId = await harness.ApprovedLoginAsync();
        var wait = await harness.Client.WaitForAuthenticationStatusAsync(sessionId);
        var tokens = await harness.Client.ExchangeCodeForTokensAsync(harness.Client.ObtainCode(wait.Response!.Code!));

        Assert.True(harness.Logs.Entries > 0);
        foreach (string secret in new[] { harness.Sandbox.ClientSecret, wait.Response.Code!, tokens.Session.AccessToken, tokens.Login.LoginToken })
        {
            Assert.Empty(harness.Logs.Containing(secret));
        }
    }

    [Theory]
    [InlineData(ClientPath.Constructor)]
    [InlineData(ClientPath.DependencyInjection)]
    public async Task An_error_code_that_echoes_the_secret_is_redacted_in_the_message_and_the_logs(ClientPath path)
    {
        await using var harness = await HostileHarness.StartAsync(path);
        harness.Fault(SandboxFaultKinds.EchoedSecret, SandboxEndpointNames.Initialize);

        var exception = await Assert.ThrowsAsync<ApiException>(() => harness.Client.InitializeAsync(SandboxFlow.Login()));

        Assert.Equal(400, exception.StatusCode);
        Assert.Equal(harness.Sandbox.ClientSecret, exception.ErrorCode);   // the raw value stays available to code
        Assert.DoesNotContain(harness.Sandbox.ClientSecret, exception.Message);
        Assert.DoesNotContain(harness.Sandbox.ClientSecret, exception.ToString());
        Assert.Contains("[redacted]", exception.Message);
        Assert.Empty(harness.Logs.Containing(harness.Sandbox.ClientSecret));
        Assert.Contains(harness.Logs.Texts, text => text.Contains("[redacted]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ClientPath.Constructor)]
    [InlineData(ClientPath.DependencyInjection)]
    public async Task A_documented_error_code_is_shown(ClientPath path)
    {
        await using var harness = await HostileHarness.StartAsync(path);

        var exception = await Assert.ThrowsAsync<ApiException>(() => harness.Client.InitializeAsync(new InitializeRequest { UserHash = "x", RedirectUrl = "https://example.test/cb" }));

        Assert.Equal("InvalidInput", exception.ErrorCode);
        Assert.Contains("'InvalidInput'", exception.Message);
        Assert.Contains(harness.Logs.Texts, text => text.Contains("InvalidInput", StringComparison.Ordinal));
    }

    /// <summary>The control: the recorder does catch a secret in structured state — the factory's default logging
    /// puts header values there — so the tests above would fail if the client let that logging run.</summary>
    [Fact]
    public async Task The_recorder_sees_the_secret_the_factorys_default_logging_keeps_in_its_state()
    {
        await using var sandbox = await AiiaSandbox.StartAsync();
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddHttpClient("plain", http => http.BaseAddress = sandbox.BaseAddress);
        await using var provider = services.BuildServiceProvider();
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/authentication/unknown/status");
        request.Headers.Add("X-Client-Secret", sandbox.ClientSecret);

        using var response = await provider.GetRequiredService<IHttpClientFactory>().CreateClient("plain").SendAsync(request);

        Assert.NotEmpty(logs.Containing(sandbox.ClientSecret));
    }
}
