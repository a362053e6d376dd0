using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary>
/// Real long polling: a status request with pollTimeout is held until the login finishes or the timeout passes on
/// the sandbox's clock. No timing here: a fake clock, the sandbox's held-request count, and task states.
/// </summary>
public sealed class LongPollTests
{
    [Fact]
    public async Task A_long_poll_is_held_until_the_login_completes_and_then_answers_with_the_code()
    {
        FakeTimeProvider clock = TestClock.Create();
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = clock });
        string sessionId = await api.InitializeAsync();

        Task<ApiResult> poll = api.StatusAsync(sessionId, "30");
        await api.Sandbox.WaitForHeldStatusRequestsAsync(1).WaitAsync(SandboxApi.HangGuard);

        Assert.False(poll.IsCompleted);
        api.Sandbox.CompleteLogin(sessionId);
        ApiResult result = await poll.WaitAsync(SandboxApi.HangGuard);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("Succeeded", result.String("state"));
        Assert.False(string.IsNullOrEmpty(result.String("code")));
    }

    [Fact]
    public async Task A_long_poll_answers_in_progress_once_the_poll_timeout_passes()
    {
        FakeTimeProvider clock = TestClock.Create();
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = clock });
        string sessionId = await api.InitializeAsync();

        Task<ApiResult> poll = api.StatusAsync(sessionId, "10");
        await api.Sandbox.WaitForHeldStatusRequestsAsync(1).WaitAsync(SandboxApi.HangGuard);
        clock.Advance(TimeSpan.FromSeconds(9));

        Assert.False(poll.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        ApiResult result = await poll.WaitAsync(SandboxApi.HangGuard);

        Assert.Equal("InProgress", result.String("state"));
        Assert.False(result.Has("code"));
    }

    [Fact]
    public async Task The_poll_timeout_is_capped_at_the_max_poll_timeout()
    {
        FakeTimeProvider clock = TestClock.Create();
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = clock, MaxPollTimeout = TimeSpan.FromSeconds(5) });
        string sessionId = await api.InitializeAsync();

        Task<ApiResult> poll = api.StatusAsync(sessionId, "3600");
        await api.Sandbox.WaitForHeldStatusRequestsAsync(1).WaitAsync(SandboxApi.HangGuard);
        clock.Advance(TimeSpan.FromSeconds(4));

        Assert.False(poll.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        ApiResult result = await poll.WaitAsync(SandboxApi.HangGuard);

        Assert.Equal("InProgress", result.String("state"));
    }

    [Fact]
    public async Task Several_long_polls_of_one_session_are_all_released_by_the_completion()
    {
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = TestClock.Create() });
        string sessionId = await api.InitializeAsync();

        Task<ApiResult> first = api.StatusAsync(sessionId, "30");
        Task<ApiResult> second = api.StatusAsync(sessionId, "30");
        await api.Sandbox.WaitForHeldStatusRequestsAsync(2).WaitAsync(SandboxApi.HangGuard);
        api.Sandbox.CompleteLogin(sessionId, SandboxLoginOutcome.Cancelled);

        ApiResult[] results = await Task.WhenAll(first, second).WaitAsync(SandboxApi.HangGuard);
        Assert.All(results, result => Assert.Equal("Cancelled", result.String("state")));
    }

    [Fact]
    public async Task A_client_that_disconnects_stops_the_wait()
    {
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = TestClock.Create() });
        string sessionId = await api.InitializeAsync();
        using var cancellation = new CancellationTokenSource();

        Task<ApiResult> poll = api.StatusAsync(sessionId, "30", cancellation.Token);
        await api.Sandbox.WaitForHeldStatusRequestsAsync(1).WaitAsync(SandboxApi.HangGuard);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => poll);
        // The fake clock never moved, so only the disconnect can have released the held request.
        await api.Sandbox.WaitForHeldStatusRequestsAsync(held => held == 0, CancellationToken.None).WaitAsync(SandboxApi.HangGuard);
        Assert.Equal(0, api.Sandbox.HeldStatusRequests);
    }

    [Fact]
    public async Task Stopping_the_sandbox_answers_a_held_long_poll_at_once()
    {
        var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = TestClock.Create() });
        string sessionId;
        Task<ApiResult> poll;
        await using (api.Sandbox)
        {
            sessionId = await api.InitializeAsync();
            poll = api.StatusAsync(sessionId, "30");
            await api.Sandbox.WaitForHeldStatusRequestsAsync(1).WaitAsync(SandboxApi.HangGuard);
        }

        ApiResult result = await poll.WaitAsync(SandboxApi.HangGuard);
        Assert.Equal("InProgress", result.String("state"));
        await api.DisposeAsync();
    }
}
