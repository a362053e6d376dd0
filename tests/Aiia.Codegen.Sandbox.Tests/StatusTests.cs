using System.Net;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary><c>GET /v1/authentication/{sessionId}/status</c> without long polling.</summary>
public sealed class StatusTests
{
    [Fact]
    public async Task An_unknown_session_is_404_session_not_found()
    {
        await using var api = await SandboxApi.StartAsync();

        ApiResult result = await api.StatusAsync("no-such-session");

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal("SessionNotFound", result.Error);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("+5")]
    [InlineData("%205")]
    [InlineData("")]
    [InlineData("99999999999")]
    public async Task A_poll_timeout_that_is_not_a_non_negative_integer_is_400(string pollTimeout)
    {
        await using var api = await SandboxApi.StartAsync();
        string sessionId = await api.InitializeAsync();

        ApiResult result = await api.StatusAsync(sessionId, pollTimeout);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("InvalidInput", result.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    public async Task Without_a_poll_timeout_an_unfinished_login_answers_at_once_in_progress_without_a_code(string? pollTimeout)
    {
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = TestClock.Create() });
        string sessionId = await api.InitializeAsync();

        ApiResult result = await api.StatusAsync(sessionId, pollTimeout);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("InProgress", result.String("state"));
        Assert.False(result.Has("code"));
    }

    [Fact]
    public async Task A_succeeded_login_reports_its_code()
    {
        await using var api = await SandboxApi.StartAsync();
        string sessionId = await api.InitializeAsync();
        api.Sandbox.CompleteLogin(sessionId);

        ApiResult result = await api.StatusAsync(sessionId);

        Assert.Equal("Succeeded", result.String("state"));
        Assert.False(string.IsNullOrEmpty(result.String("code")));
    }

    [Theory]
    [InlineData(SandboxLoginOutcome.Failed, "Failed")]
    [InlineData(SandboxLoginOutcome.Cancelled, "Cancelled")]
    public async Task A_login_that_did_not_succeed_reports_its_state_without_a_code(SandboxLoginOutcome outcome, string state)
    {
        await using var api = await SandboxApi.StartAsync();
        string sessionId = await api.InitializeAsync();
        api.Sandbox.CompleteLogin(sessionId, outcome);

        ApiResult result = await api.StatusAsync(sessionId, "30");

        Assert.Equal(state, result.String("state"));
        Assert.False(result.Has("code"));
    }
}
