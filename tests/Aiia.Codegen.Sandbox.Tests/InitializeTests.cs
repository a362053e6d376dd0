using System.Net;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary><c>POST /v1/authentication/initialize</c>: input rules and the new session.</summary>
public sealed class InitializeTests
{
    [Fact]
    public async Task Initialize_starts_a_session_with_an_auth_url_at_the_sandbox()
    {
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = TestClock.Create() });

        ApiResult result = await api.PostAsync(
            "/v1/authentication/initialize",
            """{"userHash":"user-hash-0001","redirectUrl":"https://client.example/callback","language":"da"}""");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        string sessionId = result.String("sessionId");
        Assert.Matches("^[A-Za-z0-9_-]+$", sessionId);
        Assert.Equal(new Uri(api.Sandbox.BaseAddress, "sandbox/login/" + sessionId), new Uri(result.String("authUrl")));
        SandboxSession session = Assert.Single(api.Sandbox.Sessions);
        Assert.Equal(new SandboxSession(sessionId, "user-hash-0001", SandboxSessionState.InProgress, "DemoBank", TestClock.Start, null), session);
    }

    [Fact]
    public async Task Every_login_gets_its_own_session_id()
    {
        await using var api = await SandboxApi.StartAsync();

        string first = await api.InitializeAsync();
        string second = await api.InitializeAsync();

        Assert.NotEqual(first, second);
        Assert.Equal(2, api.Sandbox.Sessions.Count);
    }

    [Theory]
    [InlineData("abcdefgh")]
    [InlineData("A1-b2-C3")]
    [InlineData("--------")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public async Task A_user_hash_matching_the_pattern_is_accepted(string userHash)
    {
        await using var api = await SandboxApi.StartAsync();

        ApiResult result = await api.InitializeRawAsync(userHash);

        Assert.Equal(HttpStatusCode.OK, result.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abcdefg")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    [InlineData("user_hash-1")]
    [InlineData("user hash 1")]
    [InlineData("userhash1\n")]
    [InlineData("üserhash1")]
    public async Task A_user_hash_not_matching_the_pattern_is_400_with_a_validation_error(string userHash)
    {
        await using var api = await SandboxApi.StartAsync();

        ApiResult result = await api.InitializeRawAsync(userHash);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("InvalidInput", result.Error);
        var messages = result.Json.GetProperty("details").GetProperty("validationErrors").GetProperty("UserHash");
        Assert.NotEqual(0, messages.GetArrayLength());
        Assert.Empty(api.Sandbox.Sessions);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/callback")]
    [InlineData("ftp://client.example/callback")]
    [InlineData("javascript:alert(1)")]
    public async Task A_redirect_url_that_is_not_absolute_http_is_400(string redirectUrl)
    {
        await using var api = await SandboxApi.StartAsync();

        ApiResult result = await api.InitializeRawAsync(redirectUrl: redirectUrl);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("InvalidInput", result.Error);
        Assert.True(result.Json.GetProperty("details").GetProperty("validationErrors").TryGetProperty("RedirectUrl", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("""{"redirectUrl":"https://client.example/callback"}""")]
    [InlineData("""{"userHash":"user-hash-0001"}""")]
    [InlineData("""{"userHash":12345678,"redirectUrl":"https://client.example/callback"}""")]
    [InlineData("""{"userHash":"user-hash-0001","redirectUrl":"https://client.example/callback"} {}""")]
    public async Task A_body_that_is_not_the_contract_is_400_invalid_input(string body)
    {
        await using var api = await SandboxApi.StartAsync();

        ApiResult result = await api.PostAsync("/v1/authentication/initialize", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("InvalidInput", result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Fact]
    public async Task A_refused_body_is_located_by_json_path_without_echoing_the_value()
    {
        await using var api = await SandboxApi.StartAsync();

        ApiResult result = await api.PostAsync("/v1/authentication/initialize", """{"userHash":["secret-ish-value"],"redirectUrl":"https://x.example/"}""");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.StartsWith("$.userHash", result.Reason);
        Assert.DoesNotContain("secret-ish-value", result.Text);
    }
}
