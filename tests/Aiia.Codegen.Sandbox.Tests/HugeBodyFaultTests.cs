using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary>The huge-body faults: bodies of <see cref="SandboxFaults.HugeBodyBytes"/>, streamed, and counted as far as
/// the connection took them.</summary>
public sealed class HugeBodyFaultTests
{
    private const int ReadBeforeGivingUp = 64 * 1024;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_client_that_stops_reading_stops_the_sandbox_writing(bool declaresLength)
    {
        await using var api = await StartAsync(SandboxFaultKinds.HugeBody, declaresLength);
        long announced = api.Sandbox.Faults.HugeBodyBytes;

        using (HttpResponseMessage response = await SandboxApi.SendForHeadersAsync(api.Http, api.Request(HttpMethod.Get, "/v1/authentication/any/status")))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(declaresLength ? announced : null, response.Content.Headers.ContentLength);
            Assert.Equal(!declaresLength, response.Headers.TransferEncodingChunked == true);
            byte[] start = await ReadAsync(response, ReadBeforeGivingUp);
            Assert.StartsWith("{\"state\":\"InProgress\",\"padding\":\"xxx", Encoding.UTF8.GetString(start), StringComparison.Ordinal);
        }

        long written = await Eventually.SettledAsync(() => api.Sandbox.Statistics.HugeBodyBytesWritten);

        // The transport's buffers (and HttpClient's drain of up to 1 MiB on dispose) take a few MiB the client never read;
        // a sandbox that wrote on regardless would reach the whole 50 MiB.
        Assert.InRange(written, ReadBeforeGivingUp, announced / 2);
        Assert.Equal(1, api.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.HugeBody));
    }

    [Theory]
    [InlineData(SandboxFaultKinds.HugeBody, true)]
    [InlineData(SandboxFaultKinds.HugeBody, false)]
    [InlineData(SandboxFaultKinds.HugeErrorBody, true)]
    [InlineData(SandboxFaultKinds.HugeErrorBody, false)]
    public async Task A_huge_body_read_to_the_end_is_valid_json_of_exactly_the_set_size(SandboxFaultKinds kind, bool declaresLength)
    {
        await using var api = await StartAsync(kind, declaresLength);
        api.Sandbox.Faults.HugeBodyBytes = 300_000;

        ApiResult result = await api.StatusAsync("any");

        Assert.Equal(300_000, Encoding.UTF8.GetByteCount(result.Text));
        Assert.Equal(300_000, api.Sandbox.Statistics.HugeBodyBytesWritten);
        if (kind == SandboxFaultKinds.HugeBody)
        {
            Assert.Equal(HttpStatusCode.OK, result.Status);
            Assert.Equal("InProgress", result.String("state"));
        }
        else
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, result.Status);
            Assert.Equal("ServiceUnavailable", result.Error);
            Assert.Equal(JsonValueKind.String, result.Json.GetProperty("details").GetProperty("padding").ValueKind);
        }
    }

    [Fact]
    public async Task A_huge_body_in_flight_does_not_delay_stopping_the_sandbox()
    {
        await using var api = await StartAsync(SandboxFaultKinds.HugeErrorBody, declaresLength: true, new AiiaSandboxOptions { ShutdownTimeout = TimeSpan.FromMinutes(10) });
        // Headers only: the body stays unread, so the sandbox's writes wait on a full connection.
        using HttpResponseMessage response = await SandboxApi.SendForHeadersAsync(api.Http, api.Request(HttpMethod.Get, "/v1/authentication/any/status"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);

        // Stopping that waited for the request would wait out the (here very long) shutdown timeout: the guard would fail it.
        await api.Sandbox.DisposeAsync().AsTask().WaitAsync(SandboxApi.HangGuard);

        Assert.True(api.Sandbox.Statistics.HugeBodyBytesWritten < api.Sandbox.Faults.HugeBodyBytes);
    }

    private static async Task<SandboxApi> StartAsync(SandboxFaultKinds kind, bool declaresLength, AiiaSandboxOptions? options = null)
    {
        SandboxApi api = await SandboxApi.StartFaultingAsync(kind, options);
        api.Sandbox.Faults.HugeBodyDeclaresLength = declaresLength;
        return api;
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes of the body (a bounded read, as a careful client does).</summary>
    private static async Task<byte[]> ReadAsync(HttpResponseMessage response, int count)
    {
        await using Stream body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[count];
        await body.ReadExactlyAsync(buffer).AsTask().WaitAsync(SandboxApi.HangGuard);
        return buffer;
    }
}
