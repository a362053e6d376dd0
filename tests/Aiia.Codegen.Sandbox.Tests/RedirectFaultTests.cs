using System.Net;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary>The redirect faults: 307 to another origin (<see cref="AiiaSandbox.Elsewhere"/>) or to the same one.</summary>
public sealed class RedirectFaultTests
{
    private const string StatusPath = "/v1/authentication/some-session/status?pollTimeout=0";

    [Fact]
    public async Task A_cross_origin_redirect_points_at_the_other_origin_with_the_same_path_and_query()
    {
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.CrossOriginRedirect);
        using HttpClient client = api.CreateClientWithoutRedirects();

        using HttpResponseMessage response = await SandboxApi.SendForHeadersAsync(client, api.Request(HttpMethod.Get, StatusPath));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Uri location = response.Headers.Location!;
        Assert.Equal(api.Sandbox.Elsewhere.BaseAddress.GetLeftPart(UriPartial.Authority), location.GetLeftPart(UriPartial.Authority));
        Assert.NotEqual(api.Sandbox.BaseAddress.Port, location.Port);
        Assert.Equal(StatusPath, location.PathAndQuery);
        Assert.Equal(1, api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.CrossOriginRedirect));
        Assert.Equal(0, api.Sandbox.Elsewhere.Requests);
    }

    [Fact]
    public async Task The_sandboxs_own_HttpClient_does_not_follow_redirects()
    {
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.CrossOriginRedirect);
        using HttpClient client = api.Sandbox.CreateHttpClient();

        using HttpResponseMessage response = await SandboxApi.SendForHeadersAsync(client, api.Request(HttpMethod.Get, StatusPath));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(0, api.Sandbox.Elsewhere.Requests);
    }

    [Fact]
    public async Task Following_a_cross_origin_redirect_with_credentials_is_recorded_elsewhere()
    {
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.CrossOriginRedirect);
        using HttpClient client = api.CreateClientWithoutRedirects();
        string exchange = SandboxApi.Json(new Dictionary<string, string> { ["code"] = "a-code" });
        using HttpResponseMessage redirect = await SandboxApi.SendForHeadersAsync(client, api.Request(HttpMethod.Post, "/v1/authentication/tokens", exchange));

        ApiResult followed = await api.SendAsync(api.Request(HttpMethod.Post, redirect.Headers.Location!.AbsoluteUri, exchange));

        Assert.Equal(HttpStatusCode.OK, followed.Status);
        Assert.True(followed.Json.GetProperty("success").GetBoolean());
        SandboxElsewhere elsewhere = api.Sandbox.Elsewhere;
        Assert.Equal(1, elsewhere.Requests);
        Assert.True(elsewhere.ReceivedClientSecret);
        Assert.True(elsewhere.ReceivedClientId);
        Assert.True(elsewhere.ReceivedBody);
        Assert.Contains("X-Client-Secret", elsewhere.ReceivedHeaderNames, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(0, api.Sandbox.Statistics.CodeExchangeAttempts);
    }

    [Fact]
    public async Task Following_a_cross_origin_redirect_without_credentials_records_none()
    {
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.CrossOriginRedirect);
        using HttpClient client = api.CreateClientWithoutRedirects();
        using HttpResponseMessage redirect = await SandboxApi.SendForHeadersAsync(client, api.Request(HttpMethod.Get, StatusPath));

        using HttpResponseMessage followed = await SandboxApi.SendForHeadersAsync(client, new HttpRequestMessage(HttpMethod.Get, redirect.Headers.Location));

        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        SandboxElsewhere elsewhere = api.Sandbox.Elsewhere;
        Assert.Equal(1, elsewhere.Requests);
        AssertReceivedNoCredentialsOrBody(elsewhere);
    }

    [Fact]
    public async Task A_client_that_follows_redirects_blindly_sends_the_secret_elsewhere_and_gets_a_stolen_code()
    {
        // HttpClient's own redirect handling drops Authorization on another origin, but not custom headers: the hazard
        // this fault exists to show.
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.CrossOriginRedirect);

        ApiResult status = await api.StatusAsync("some-session");

        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Equal("Succeeded", status.String("state"));
        Assert.Equal("stolen-code", status.String("code"));
        Assert.True(api.Sandbox.Elsewhere.ReceivedClientSecret);
    }

    [Fact]
    public async Task Reset_forgets_what_the_other_origin_received()
    {
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.CrossOriginRedirect);
        await api.StatusAsync("some-session");

        api.Sandbox.Elsewhere.Reset();

        SandboxElsewhere elsewhere = api.Sandbox.Elsewhere;
        Assert.Equal(0, elsewhere.Requests);
        AssertReceivedNoCredentialsOrBody(elsewhere);
        Assert.Empty(elsewhere.ReceivedHeaderNames);
    }

    [Fact]
    public async Task A_same_origin_redirect_adds_the_marker_and_followed_once_gives_the_normal_answer()
    {
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.SameOriginRedirect);
        using HttpClient client = api.CreateClientWithoutRedirects();
        using HttpResponseMessage redirect = await SandboxApi.SendForHeadersAsync(
            client, api.Request(HttpMethod.Post, "/v1/authentication/initialize", SandboxApi.InitializeJson()));
        Uri location = redirect.Headers.Location!;

        using HttpResponseMessage followed = await SandboxApi.SendForHeadersAsync(
            client, api.Request(HttpMethod.Post, location.AbsoluteUri, SandboxApi.InitializeJson()));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal(api.Sandbox.BaseAddress.GetLeftPart(UriPartial.Authority), location.GetLeftPart(UriPartial.Authority));
        Assert.Equal("/v1/authentication/initialize?sandbox-redirected=1", location.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Single(api.Sandbox.Sessions);
        Assert.Equal(1, api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.SameOriginRedirect));
    }

    [Fact]
    public async Task A_same_origin_redirect_keeps_the_query()
    {
        await using var api = await SandboxApi.StartFaultingAsync(SandboxFaultKinds.SameOriginRedirect);
        api.Sandbox.Faults.Rate = 0;
        string sessionId = await api.InitializeAsync();
        api.Sandbox.Faults.Rate = 1;
        using HttpClient client = api.CreateClientWithoutRedirects();
        using HttpResponseMessage redirect = await SandboxApi.SendForHeadersAsync(
            client, api.Request(HttpMethod.Get, $"/v1/authentication/{sessionId}/status?pollTimeout=0"));
        ApiResult followed = await api.SendAsync(api.Request(HttpMethod.Get, redirect.Headers.Location!.AbsoluteUri));

        Assert.Equal($"/v1/authentication/{sessionId}/status?pollTimeout=0&sandbox-redirected=1", redirect.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, followed.Status);
        Assert.Equal("InProgress", followed.String("state"));
    }

    private static void AssertReceivedNoCredentialsOrBody(SandboxElsewhere elsewhere)
    {
        Assert.False(elsewhere.ReceivedClientSecret);
        Assert.False(elsewhere.ReceivedClientId);
        Assert.False(elsewhere.ReceivedBody);
    }
}
