using Aiia.Codegen.Runtime;
using Aiia.Codegen.Sandbox;

namespace Aiia.Codegen.Client.Tests.Hostile;

/// <summary>Every transport failure is typed and classified once; transient ones are retried for idempotent calls by
/// the one retry layer, on both paths; a POST is sent once.</summary>
public sealed class TransportFailureTests
{
    [Theory]
    [InlineData(ClientPath.Constructor, SandboxFaultKinds.ResetMidBody, ApiTransportFailure.ResponseInterrupted)]
    [InlineData(ClientPath.DependencyInjection, SandboxFaultKinds.ResetMidBody, ApiTransportFailure.ResponseInterrupted)]
    [InlineData(ClientPath.Constructor, SandboxFaultKinds.DroppedConnection, ApiTransportFailure.ConnectionFailed)]
    [InlineData(ClientPath.DependencyInjection, SandboxFaultKinds.DroppedConnection, ApiTransportFailure.ConnectionFailed)]
    [InlineData(ClientPath.Constructor, SandboxFaultKinds.Hang, ApiTransportFailure.Timeout)]
    [InlineData(ClientPath.DependencyInjection, SandboxFaultKinds.Hang, ApiTransportFailure.Timeout)]
    public async Task A_failing_status_call_is_retried_then_typed(ClientPath path, SandboxFaultKinds fault, ApiTransportFailure failure)
    {
        await using var harness = await HostileHarness.StartAsync(path, options =>
        {
            options.MaxRetries = 2;
            options.RetryDelay = TimeSpan.FromMilliseconds(50);
            // Long enough for a busy machine to deliver the request; a hung one is abandoned after it.
            options.AttemptTimeout = TimeSpan.FromSeconds(2);
        });
        string sessionId = await harness.ApprovedLoginAsync();
        harness.Fault(fault, SandboxEndpointNames.Status);

        var exception = await Assert.ThrowsAsync<ApiTransportException>(() => harness.Client.GetAuthenticationStatusAsync(sessionId));

        Assert.Equal(failure, exception.Failure);
        Assert.True(exception.IsTransient);
        Assert.Equal("getAuthenticationStatus", exception.OperationId);
        Assert.Equal(3, harness.Sandbox.Statistics.GetRequestCount(SandboxEndpointNames.Status));
    }

    [Theory]
    [InlineData(ClientPath.Constructor)]
    [InlineData(ClientPath.DependencyInjection)]
    public async Task A_500_on_the_status_call_is_retried_until_it_succeeds(ClientPath path)
    {
        await using var harness = await HostileHarness.StartAsync(path, options => options.RetryDelay = TimeSpan.FromMilliseconds(50));
        string sessionId = await harness.ApprovedLoginAsync();
        harness.Fault(SandboxFaultKinds.InternalServerError, SandboxEndpointNames.Status);
        var waiting = harness.Client.WaitForAuthenticationStatusAsync(sessionId, new PollOptions { Deadline = TimeSpan.FromSeconds(30) });
        while (harness.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.InternalServerError) < 2)
        {
            await Task.Delay(20);
        }

        harness.Sandbox.Faults.Rate = 0;
        var wait = await waiting;

        Assert.True(wait.IsCompleted);
        Assert.True(wait.TransientFailures >= 2);
        Assert.Equal(harness.Sandbox.Statistics.GetRequestCount(SandboxEndpointNames.Status), wait.Requests);
    }

    [Theory]
    [InlineData(ClientPath.Constructor, SandboxFaultKinds.InternalServerError)]
    [InlineData(ClientPath.DependencyInjection, SandboxFaultKinds.InternalServerError)]
    [InlineData(ClientPath.Constructor, SandboxFaultKinds.ResetMidBody)]
    [InlineData(ClientPath.DependencyInjection, SandboxFaultKinds.ResetMidBody)]
    public async Task The_code_exchange_is_sent_once_whatever_fails(ClientPath path, SandboxFaultKinds fault)
    {
        await using var harness = await HostileHarness.StartAsync(path, options => options.RetryDelay = TimeSpan.FromMilliseconds(50));
        string sessionId = await harness.ApprovedLoginAsync();
        var status = await harness.Client.GetAuthenticationStatusAsync(sessionId);
        harness.Fault(fault, SandboxEndpointNames.Tokens);

        var exception = await Assert.ThrowsAnyAsync<ApiException>(() => harness.Client.ExchangeCodeForTokensAsync(harness.Client.ObtainCode(status.Code!)));

        Assert.True(exception.IsTransient);
        Assert.Equal(1, harness.Sandbox.Statistics.GetRequestCount(SandboxEndpointNames.Tokens));
    }
}
