using System.Net;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary><c>POST /v1/authentication/unattended</c>: a login token logs in again and is replaced.</summary>
public sealed class UnattendedTests
{
    [Fact]
    public async Task An_unattended_login_issues_a_new_login_token_and_the_old_one_stops_working()
    {
        await using var api = await SandboxApi.StartAsync();
        string original = LoginToken(await api.ExchangeAsync((await api.LoginAsync()).Code));

        ApiResult renewed = await api.UnattendedAsync(SandboxApi.UserHash, original);
        ApiResult reused = await api.UnattendedAsync(SandboxApi.UserHash, original);
        ApiResult again = await api.UnattendedAsync(SandboxApi.UserHash, LoginToken(renewed));

        Assert.Equal(HttpStatusCode.OK, renewed.Status);
        Assert.True(renewed.Json.GetProperty("success").GetBoolean());
        Assert.Equal("DemoBank", renewed.String("providerId"));
        Assert.NotEqual(original, LoginToken(renewed));
        Assert.False(string.IsNullOrEmpty(renewed.Json.GetProperty("session").GetProperty("accessToken").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, reused.Status);
        Assert.Equal("InvalidInput", reused.Error);
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }

    [Fact]
    public async Task A_provider_without_unattended_support_issues_a_token_that_the_unattended_login_refuses()
    {
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { ProviderSelector = _ => "NoUnattendedBank" });
        ApiResult tokens = await api.ExchangeAsync((await api.LoginAsync()).Code);

        ApiResult result = await api.UnattendedAsync(SandboxApi.UserHash, LoginToken(tokens));

        // A login token is always issued; supportsUnattended says whether it can be used.
        Assert.False(tokens.Json.GetProperty("login").GetProperty("supportsUnattended").GetBoolean());
        Assert.False(string.IsNullOrEmpty(LoginToken(tokens)));
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("UnattendedNotSupported", result.Error);
    }

    [Fact]
    public async Task A_token_of_another_person_is_refused_and_stays_valid_for_its_owner()
    {
        await using var api = await SandboxApi.StartAsync();
        string token = LoginToken(await api.ExchangeAsync((await api.LoginAsync("owner-0001")).Code));

        ApiResult stranger = await api.UnattendedAsync("stranger-0001", token);
        ApiResult owner = await api.UnattendedAsync("owner-0001", token);

        Assert.Equal(HttpStatusCode.BadRequest, stranger.Status);
        Assert.Equal("InvalidInput", stranger.Error);
        Assert.DoesNotContain(token, stranger.Text);
        Assert.Equal(HttpStatusCode.OK, owner.Status);
    }

    [Fact]
    public async Task An_unknown_token_is_400_invalid_input()
    {
        await using var api = await SandboxApi.StartAsync();

        ApiResult result = await api.UnattendedAsync(SandboxApi.UserHash, "-ELT2-not-a-token");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("InvalidInput", result.Error);
    }

    [Fact]
    public async Task A_user_hash_not_matching_the_pattern_is_400()
    {
        await using var api = await SandboxApi.StartAsync();
        string token = LoginToken(await api.ExchangeAsync((await api.LoginAsync()).Code));

        ApiResult result = await api.UnattendedAsync("bad hash", token);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.True(result.Json.GetProperty("details").GetProperty("validationErrors").TryGetProperty("UserHash", out _));
    }

    [Fact]
    public async Task An_expired_login_token_is_refused_and_a_renewal_does_not_extend_the_consent()
    {
        var clock = TestClock.Create();
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = clock });
        ApiResult tokens = await api.ExchangeAsync((await api.LoginAsync()).Code);
        clock.Advance(TimeSpan.FromDays(100));
        ApiResult renewed = await api.UnattendedAsync(SandboxApi.UserHash, LoginToken(tokens));

        clock.Advance(TimeSpan.FromDays(81));
        ApiResult expired = await api.UnattendedAsync(SandboxApi.UserHash, LoginToken(renewed));

        Assert.Equal(
            tokens.Json.GetProperty("login").GetProperty("expires").GetDateTimeOffset(),
            renewed.Json.GetProperty("login").GetProperty("expires").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.BadRequest, expired.Status);
        Assert.Equal("Login token expired", expired.Reason);
    }

    private static string LoginToken(ApiResult tokens) => tokens.Json.GetProperty("login").GetProperty("loginToken").GetString()!;
}
