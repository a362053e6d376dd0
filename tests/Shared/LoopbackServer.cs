using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Testing;

/// <summary>What the server saw of one request, captured before the handler runs.</summary>
internal sealed record RecordedRequest(
    string Method,
    string RawTarget,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    byte[] Body);

/// <summary>
/// A real Kestrel server on 127.0.0.1 with an OS-chosen port, so the transport is tested over real HTTP
/// (real escaping, real headers, real timeouts) rather than against a fake handler.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private LoopbackServer(WebApplication app, Func<HttpContext, Task> handler)
    {
        _app = app;
        app.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            var recorded = new RecordedRequest(
                context.Request.Method,
                context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                context.Request.ContentType,
                body.ToArray());
            _requests.Enqueue(recorded);
            context.Items[typeof(RecordedRequest)] = recorded;
            await handler(context);
        });
    }

    /// <summary>The server's base address, <c>http://127.0.0.1:port/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Requests in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Cancelled when the server stops, so handlers that hang never outlive a test.</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handler)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var server = new LoopbackServer(builder.Build(), handler);
        await server._app.StartAsync();

        string address = server._app.Services.GetRequiredService<IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>A handler answering with <paramref name="status"/> and a JSON (or other) body.</summary>
    public static Func<HttpContext, Task> Respond(int status, string? body = null, string contentType = "application/json", Action<HttpResponse>? configure = null) =>
        async context =>
        {
            context.Response.StatusCode = status;
            configure?.Invoke(context.Response);
            if (body is not null)
            {
                context.Response.ContentType = contentType;
                await context.Response.WriteAsync(body);
            }
        };

    /// <summary>A handler answering 200 with the request's own body and content type.</summary>
    public static Func<HttpContext, Task> EchoBody() =>
        async context =>
        {
            var request = (RecordedRequest)context.Items[typeof(RecordedRequest)]!;
            context.Response.StatusCode = 200;
            context.Response.ContentType = request.ContentType ?? "application/json";
            await context.Response.Body.WriteAsync(request.Body, context.RequestAborted);
        };

    public HttpClient CreateClient(string? prefix = null) =>
        new() { BaseAddress = prefix is null ? BaseAddress : new Uri(BaseAddress, prefix) };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
