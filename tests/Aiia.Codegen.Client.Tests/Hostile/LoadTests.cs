using Aiia.Codegen.Runtime;
using Aiia.Codegen.Sandbox;

namespace Aiia.Codegen.Client.Tests.Hostile;

/// <summary>
/// A hundred concurrent logins while 30 % of status calls fail — 500, 503 and 429 (with Retry-After), dropped
/// connections, bodies reset mid-read, requests that hang, latency — with the default options and a 20-second
/// deadline: at least 99 logins succeed within it, on both paths, and no code is exchanged twice.
/// </summary>
public sealed class LoadTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(ClientPath.Constructor)]
    [InlineData(ClientPath.DependencyInjection)]
    public async Task Ninety_nine_of_a_hundred_logins_succeed_within_the_deadline_at_thirty_percent_faults(ClientPath path)
    {
        await using var harness = await HostileHarness.StartAsync(path);
        var logins = await Task.WhenAll(Enumerable.Range(1, 100).Select(i => harness.Client.InitializeAsync(SandboxFlow.Login(i))));
        harness.Fault(
            SandboxFaultKinds.InternalServerError | SandboxFaultKinds.ServiceUnavailable | SandboxFaultKinds.TooManyRequests
            | SandboxFaultKinds.DroppedConnection | SandboxFaultKinds.ResetMidBody | SandboxFaultKinds.Hang | SandboxFaultKinds.Latency,
            SandboxEndpointNames.Status,
            rate: 0.3);

        var outcomes = await Task.WhenAll(logins.Select((login, i) => LoginAsync(harness, login.SessionId, TimeSpan.FromMilliseconds(40 * (i % 50)))));

        var failed = outcomes.Where(outcome => outcome is not null).ToList();
        Assert.True(failed.Count <= 1, $"{failed.Count} of 100 logins failed: " + string.Join("; ", failed));
        foreach (SandboxFaultKinds kind in new[] { SandboxFaultKinds.InternalServerError, SandboxFaultKinds.ResetMidBody, SandboxFaultKinds.Hang })
        {
            Assert.True(harness.Sandbox.Statistics.GetFaultCount(kind) > 0, $"no {kind} was injected");
        }

        Assert.Equal(0, harness.Sandbox.Statistics.DuplicateCodeExchanges);
    }

    /// <summary>The person approves after <paramref name="approvalAfter"/>; the app waits and exchanges the code.
    /// Null when the login succeeded within the deadline, else what went wrong.</summary>
    private static async Task<string?> LoginAsync(HostileHarness harness, string sessionId, TimeSpan approvalAfter)
    {
        var person = Task.Delay(approvalAfter).ContinueWith(_ => harness.Sandbox.CompleteLogin(sessionId), TaskScheduler.Default);
        long started = TimeProvider.System.GetTimestamp();
        try
        {
            var wait = await harness.Client.WaitForAuthenticationStatusAsync(sessionId, new PollOptions { Deadline = Deadline });
            await person;
            TimeSpan elapsed = TimeProvider.System.GetElapsedTime(started);
            if (!wait.IsCompleted || wait.Response!.State != AuthenticationState.Succeeded)
            {
                return $"{wait.Outcome} after {wait.Requests} requests";
            }

            if (elapsed > Deadline + TimeSpan.FromSeconds(2))
            {
                return $"completed after {elapsed}, past the deadline";
            }

            var tokens = await harness.Client.ExchangeCodeForTokensAsync(harness.Client.ObtainCode(wait.Response.Code!));
            return tokens.Success ? null : "tokens refused";
        }
        catch (ApiException exception)
        {
            return exception.GetType().Name + " " + exception.StatusCode;
        }
    }
}
