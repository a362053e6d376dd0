using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary><see cref="AiiaSandboxOptions.AutoCompleteAfter"/>: the person approves on their own, by the sandbox's clock.</summary>
public sealed class AutoCompleteTests
{
    [Fact]
    public async Task The_login_succeeds_once_the_delay_has_passed()
    {
        FakeTimeProvider clock = TestClock.Create();
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = clock, AutoCompleteAfter = TimeSpan.FromSeconds(5) });
        string sessionId = await api.InitializeAsync();

        clock.Advance(TimeSpan.FromSeconds(4));
        ApiResult before = await api.StatusAsync(sessionId);
        clock.Advance(TimeSpan.FromSeconds(1));
        ApiResult after = await api.StatusAsync(sessionId);

        Assert.Equal("InProgress", before.String("state"));
        Assert.Equal("Succeeded", after.String("state"));
        Assert.False(string.IsNullOrEmpty(after.String("code")));
    }

    [Fact]
    public async Task The_auto_completion_releases_a_held_long_poll()
    {
        FakeTimeProvider clock = TestClock.Create();
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = clock, AutoCompleteAfter = TimeSpan.FromSeconds(5) });
        string sessionId = await api.InitializeAsync();

        Task<ApiResult> poll = api.StatusAsync(sessionId, "30");
        await api.Sandbox.WaitForHeldStatusRequestsAsync(1).WaitAsync(SandboxApi.HangGuard);
        clock.Advance(TimeSpan.FromSeconds(5));
        ApiResult result = await poll.WaitAsync(SandboxApi.HangGuard);

        Assert.Equal("Succeeded", result.String("state"));
    }

    [Fact]
    public async Task A_person_who_acted_first_keeps_their_outcome()
    {
        FakeTimeProvider clock = TestClock.Create();
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = clock, AutoCompleteAfter = TimeSpan.FromSeconds(5) });
        string sessionId = await api.InitializeAsync();
        api.Sandbox.CompleteLogin(sessionId, SandboxLoginOutcome.Cancelled);

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(SandboxSessionState.Cancelled, api.Sandbox.GetSession(sessionId)!.State);
    }

    [Fact]
    public async Task Without_the_option_the_person_never_acts()
    {
        FakeTimeProvider clock = TestClock.Create();
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = clock });
        string sessionId = await api.InitializeAsync();

        clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(SandboxSessionState.InProgress, api.Sandbox.GetSession(sessionId)!.State);
    }
}
