using Aiia.Codegen.Runtime;
using Aiia.Codegen.Sandbox;

namespace Aiia.Codegen.Client.Tests.Hostile;

/// <summary>Nothing is read without a bound: a huge success body ends the call as soon as the limit is known to be
/// passed, and a huge error body is not read for its details.</summary>
public sealed class BoundedReadingTests
{
    private const long HugeBody = 50L * 1024 * 1024;

    [Theory]
    [InlineData(ClientPath.Constructor, true)]
    [InlineData(ClientPath.Constructor, false)]
    [InlineData(ClientPath.DependencyInjection, true)]
    [InlineData(ClientPath.DependencyInjection, false)]
    public async Task A_huge_success_body_is_refused_without_being_read(ClientPath path, bool declaresLength)
    {
        await using var harness = await HostileHarness.StartAsync(path, options => options.MaxResponseBytes = 64 * 1024);
        string sessionId = await harness.ApprovedLoginAsync();
        harness.Sandbox.Faults.HugeBodyBytes = HugeBody;
        harness.Sandbox.Faults.HugeBodyDeclaresLength = declaresLength;
        harness.Fault(SandboxFaultKinds.HugeBody, SandboxEndpointNames.Status);

        var exception = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => harness.Client.GetAuthenticationStatusAsync(sessionId));

        Assert.Equal(200, exception.StatusCode);
        Assert.Equal(64 * 1024, exception.Limit);
        Assert.False(exception.IsTransient);
        Assert.Equal(1, harness.Sandbox.Statistics.GetRequestCount(SandboxEndpointNames.Status));
        await AssertStoppedEarlyAsync(harness.Sandbox);
    }

    [Theory]
    [InlineData(ClientPath.Constructor)]
    [InlineData(ClientPath.DependencyInjection)]
    public async Task A_huge_error_body_gives_the_status_without_its_details(ClientPath path)
    {
        await using var harness = await HostileHarness.StartAsync(path, options => options.MaxRetries = 0);
        string sessionId = await harness.ApprovedLoginAsync();
        harness.Sandbox.Faults.HugeBodyBytes = HugeBody;
        harness.Fault(SandboxFaultKinds.HugeErrorBody, SandboxEndpointNames.Status);

        var exception = await Assert.ThrowsAsync<ApiException>(() => harness.Client.GetAuthenticationStatusAsync(sessionId));

        Assert.Equal(503, exception.StatusCode);
        Assert.Null(exception.ErrorCode);
        Assert.Null(exception.Details);
        await AssertStoppedEarlyAsync(harness.Sandbox);
    }

    // The sandbox counts what it managed to write; once the client stops reading, writing fails well short of 50 MiB.
    // (Socket buffers on both ends hold a few MiB at most.) Waits until the count stops moving, up to 30 s on a loaded
    // machine: the bound asserted is on bytes, not on time. The count may stay 0: a client that gives up on the
    // declared length can close the connection before the sandbox has counted its first chunk.
    private static async Task AssertStoppedEarlyAsync(AiiaSandbox sandbox)
    {
        long written = -1;
        for (int i = 0; i < 300; i++)
        {
            await Task.Delay(100);
            long now = sandbox.Statistics.HugeBodyBytesWritten;
            if (now == written)
            {
                break;
            }

            written = now;
        }

        Assert.InRange(sandbox.Statistics.HugeBodyBytesWritten, 0, HugeBody / 4);
    }
}
