namespace Aiia.Codegen.Sandbox.Tests;

/// <summary><see cref="AiiaSandbox.CompleteLogin"/>: the simulated person finishes a login, once.</summary>
public sealed class CompleteLoginTests
{
    [Fact]
    public async Task Completing_an_unknown_session_throws_a_clear_exception()
    {
        await using var api = await SandboxApi.StartAsync();

        var exception = Assert.Throws<ArgumentException>(() => api.Sandbox.CompleteLogin("no-such-session"));

        Assert.Contains("no-such-session", exception.Message);
    }

    [Fact]
    public async Task Completing_a_finished_login_throws_a_clear_exception()
    {
        await using var api = await SandboxApi.StartAsync();
        string sessionId = await api.InitializeAsync();
        api.Sandbox.CompleteLogin(sessionId, SandboxLoginOutcome.Failed);

        var exception = Assert.Throws<InvalidOperationException>(() => api.Sandbox.CompleteLogin(sessionId));

        Assert.Contains("already finished", exception.Message);
        Assert.Equal(SandboxSessionState.Failed, api.Sandbox.GetSession(sessionId)!.State);
    }

    [Fact]
    public async Task Completing_records_when_by_the_sandbox_clock()
    {
        var clock = TestClock.Create();
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = clock });
        string sessionId = await api.InitializeAsync();
        clock.Advance(TimeSpan.FromSeconds(42));

        api.Sandbox.CompleteLogin(sessionId);

        SandboxSession session = api.Sandbox.GetSession(sessionId)!;
        Assert.Equal(SandboxSessionState.Succeeded, session.State);
        Assert.Equal(TestClock.Start, session.CreatedAt);
        Assert.Equal(TestClock.Start.AddSeconds(42), session.CompletedAt);
    }
}
