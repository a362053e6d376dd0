using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Aiia.Codegen.Sandbox;

/// <summary>The <see cref="SandboxFaultKinds.Hostile"/> answers: what a hostile or broken server does that a client
/// must refuse (redirects, bodies without end, a secret echoed back). None runs the endpoint, and none logs or keeps
/// a value from the request.</summary>
internal sealed class HostileResponses(SandboxFaults faults, SandboxStatistics statistics, SandboxElsewhere elsewhere, CancellationToken stopping)
{
    private static readonly byte[] HugeBodyStart = "{\"state\":\"InProgress\",\"padding\":\""u8.ToArray();
    private static readonly byte[] HugeBodyEnd = "\"}"u8.ToArray();
    private static readonly byte[] HugeErrorBodyStart = "{\"error\":\"ServiceUnavailable\",\"details\":{\"padding\":\""u8.ToArray();
    private static readonly byte[] HugeErrorBodyEnd = "\"}}"u8.ToArray();

    /// <summary>One chunk of padding; a huge body is this, written again and again.</summary>
    private static readonly byte[] Padding = CreatePadding(16 * 1024);

    public Task AnswerAsync(HttpContext context, SandboxFaultKinds kind) => kind switch
    {
        SandboxFaultKinds.CrossOriginRedirect => RedirectAsync(context, elsewhere.BaseAddress.Authority, context.Request.QueryString),
        SandboxFaultKinds.SameOriginRedirect => RedirectAsync(context, context.Request.Host.Value ?? string.Empty, context.Request.QueryString.Add(SandboxFaults.RedirectMarker, "1")),
        SandboxFaultKinds.HugeBody => HugeBodyAsync(context, StatusCodes.Status200OK, HugeBodyStart, HugeBodyEnd),
        SandboxFaultKinds.HugeErrorBody => HugeBodyAsync(context, StatusCodes.Status503ServiceUnavailable, HugeErrorBodyStart, HugeErrorBodyEnd),
        SandboxFaultKinds.EchoedSecret => EchoSecretAsync(context),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a hostile fault kind."),
    };

    /// <summary>307 to the same path on <paramref name="authority"/> (<c>host:port</c>), so the method and body are
    /// sent again by a client that follows it.</summary>
    private static Task RedirectAsync(HttpContext context, string authority, QueryString query)
    {
        HttpRequest request = context.Request;
        context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
        context.Response.Headers.Location = UriHelper.BuildAbsolute(request.Scheme, new HostString(authority), request.PathBase, request.Path, query);
        context.Response.ContentLength = 0;
        return Task.CompletedTask;
    }

    /// <summary>Streams <see cref="SandboxFaults.HugeBodyBytes"/> bytes of JSON from fixed chunks, counting what the
    /// connection took, until the body ends, the client goes away or the sandbox stops.</summary>
    private async Task HugeBodyAsync(HttpContext context, int statusCode, byte[] start, byte[] end)
    {
        long length = faults.HugeBodyBytes;
        HttpResponse response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = JsonBodies.ContentType;
        if (faults.HugeBodyDeclaresLength)
        {
            response.ContentLength = length;
        }

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await WriteAsync(start);
            for (long padding = length - start.Length - end.Length; padding > 0; padding -= Padding.Length)
            {
                await WriteAsync(Padding.AsMemory(0, (int)Math.Min(padding, Padding.Length)));
            }

            await WriteAsync(end);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The client stopped reading (the point of the exercise) or the sandbox is stopping: end the connection
            // rather than let Kestrel complete a body that is short of its length.
            context.Abort();
        }

        async Task WriteAsync(ReadOnlyMemory<byte> bytes)
        {
            CancellationToken token = cancellation.Token;
            await response.Body.WriteAsync(bytes, token);
            // Once the client has gone, Kestrel takes writes without complaint and cancels RequestAborted a moment later,
            // from the thread pool. Yielding lets that cancellation run before the next chunk, so writes into nowhere
            // are neither made nor counted by the thousand.
            await Task.Yield();
            token.ThrowIfCancellationRequested();
            statistics.CountHugeBodyBytes(bytes.Length);
        }
    }

    /// <summary>400 with the request's own <c>X-Client-Secret</c> as the error code and reason.</summary>
    private static Task EchoSecretAsync(HttpContext context)
    {
        string secret = context.Request.Headers[ClientCredentialsMiddleware.ClientSecretHeader].ToString();
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("error", secret);
            writer.WriteStartObject("details");
            writer.WriteString("reason", secret);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return JsonBodies.WriteAsync(context, StatusCodes.Status400BadRequest, buffer.WrittenMemory);
    }

    private static byte[] CreatePadding(int length)
    {
        var padding = new byte[length];
        padding.AsSpan().Fill((byte)'x');
        return padding;
    }
}
