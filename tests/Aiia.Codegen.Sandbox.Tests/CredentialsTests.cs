using System.Net;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary>Every <c>/v1/</c> call checks X-Client-Id and X-Client-Secret.</summary>
public sealed class CredentialsTests
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "POST", "/v1/authentication/initialize" },
        { "GET", "/v1/authentication/some-session/status" },
        { "POST", "/v1/authentication/tokens" },
        { "POST", "/v1/authentication/unattended" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_call_without_credentials_is_401_with_the_error_body(string method, string path)
    {
        await using var api = await SandboxApi.StartAsync();
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("{}") : null };

        ApiResult result = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal("Unauthorized", result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Fact]
    public async Task A_wrong_secret_is_401_and_the_body_never_echoes_it()
    {
        await using var api = await SandboxApi.StartAsync();
        const string Submitted = "submitted-secret-9f8e7d";

        ApiResult result = await api.SendAsync(api.Request(HttpMethod.Post, "/v1/authentication/initialize", "{}", clientSecret: Submitted));

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal("Unauthorized", result.Error);
        Assert.DoesNotContain(Submitted, result.Text);
        Assert.DoesNotContain(api.Sandbox.ClientSecret, result.Text);
    }

    [Fact]
    public async Task A_wrong_client_id_is_401()
    {
        await using var api = await SandboxApi.StartAsync();

        ApiResult result = await api.SendAsync(api.Request(HttpMethod.Get, "/v1/authentication/x/status", clientId: "someone-else"));

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal("Unauthorized", result.Error);
    }

    [Fact]
    public async Task A_missing_secret_is_401_and_says_so()
    {
        await using var api = await SandboxApi.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/authentication/x/status");
        request.Headers.Add("X-Client-Id", api.Sandbox.ClientId);

        ApiResult result = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Contains("X-Client-Secret", result.Reason);
    }

    [Fact]
    public async Task Configured_credentials_are_the_ones_accepted()
    {
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { ClientId = "partner-1", ClientSecret = "partner-secret-1" });

        ApiResult accepted = await api.InitializeRawAsync();
        ApiResult refused = await api.SendAsync(api.Request(HttpMethod.Post, "/v1/authentication/initialize", "{}", clientSecret: "sandbox-client-secret"));

        Assert.Equal("partner-1", api.Sandbox.ClientId);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
    }
}
