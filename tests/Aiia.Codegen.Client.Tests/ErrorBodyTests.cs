using Aiia.Codegen.Runtime;

namespace Aiia.Codegen.Client.Tests;

/// <summary>
/// An error body whose schema is inline reads typed with <c>ApiException.TryGetError</c>: a shared
/// <c>components.responses</c> entry's record is named after it, an operation's own after the operation and status.
/// </summary>
public sealed class ErrorBodyTests
{
    [Fact]
    public async Task A_shared_inline_error_body_reads_with_the_record_named_after_its_response()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(404, """{"error":{"status":404,"message":"Non existing id: 'o-9'"}}"""));

        var exception = await Assert.ThrowsAsync<ApiException>(() => new RoundtripClient(server.CreateClient()).RefundOrderAsync("o-9"));

        Assert.True(exception.TryGetError(NotFoundResponseJsonConverter.Instance, out var error));
        Assert.Equal(404, error.Error.Status);
        Assert.Equal("Non existing id: 'o-9'", error.Error.Message);
    }

    [Fact]
    public async Task An_operations_own_inline_default_error_body_reads_with_the_record_named_after_it()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(500, """{"title":"Ledger closed"}"""));

        var exception = await Assert.ThrowsAsync<ApiException>(() => new RoundtripClient(server.CreateClient()).RefundOrderAsync("o-1"));

        Assert.True(exception.TryGetError(RefundOrderDefaultResponseJsonConverter.Instance, out var problem));
        Assert.Equal("Ledger closed", problem.Title);
    }
}
