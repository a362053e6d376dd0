using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>Scripted replies for a <see cref="LoopbackServer"/>: the n-th request gets the n-th reply, the last repeats.</summary>
internal static class Replies
{
    public static Func<HttpContext, Task> Script(params Func<HttpContext, Task>[] replies)
    {
        int count = -1;
        return context => replies[Math.Min(Interlocked.Increment(ref count), replies.Length - 1)](context);
    }

    public static Func<HttpContext, Task> Status(int status, string? body = null, string? retryAfter = null) =>
        LoopbackServer.Respond(status, body, configure: retryAfter is null ? null : r => r.Headers.RetryAfter = retryAfter);

    public static Func<HttpContext, Task> Redirect(int status, string location) =>
        LoopbackServer.Respond(status, configure: r => r.Headers.Location = location);

    /// <summary>Resets the connection before any response (Kestrel sends a RST).</summary>
    public static Func<HttpContext, Task> Reset() => context =>
    {
        context.Abort();
        return Task.CompletedTask;
    };

    /// <summary>Sends the status, headers and part of a declared body, then resets the connection once the client
    /// has the headers (a reset that overtakes them would discard them on the client's side).</summary>
    public static Func<HttpContext, Task> ResetMidBody(HeadersSeen seen) => async context =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = 1000;
        await context.Response.WriteAsync("""{"count":""" + new string(' ', 100));
        await context.Response.Body.FlushAsync();
        await seen.WaitAsync(context.RequestAborted);
        context.Abort();
    };

    /// <summary>Never answers; <paramref name="aborted"/> is set when the client gives the request up.</summary>
    public static Func<HttpContext, Task> Hang(TaskCompletionSource? arrived = null, TaskCompletionSource? aborted = null) => async context =>
    {
        arrived?.TrySetResult();
        using CancellationTokenSource either = UntilGone(context);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
            // The client went away (cancelled or timed out) or the test is over.
            if (context.RequestAborted.IsCancellationRequested)
            {
                aborted?.TrySetResult();
            }
        }
    };

    /// <summary>Cancelled when the client goes away or the server stops, so handlers that wait never outlive a test.</summary>
    public static CancellationTokenSource UntilGone(HttpContext context) => CancellationTokenSource.CreateLinkedTokenSource(
        context.RequestAborted, context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);

    public static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The origin of a server as the runtime names it: <c>http://127.0.0.1:port</c>.</summary>
    public static string Origin(LoopbackServer server) =>
        string.Create(CultureInfo.InvariantCulture, $"{server.BaseAddress.Scheme}://{server.BaseAddress.Host}:{server.BaseAddress.Port}");
}

/// <summary>A client handler (never following redirects) that tells the server when response headers have arrived.</summary>
internal sealed class HeadersSeen() : DelegatingHandler(ApiHttp.CreateHandler())
{
    private readonly SemaphoreSlim _seen = new(0);

    public HttpClient CreateClient() => new(this) { Timeout = Timeout.InfiniteTimeSpan };

    public Task WaitAsync(CancellationToken cancellationToken) => _seen.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
        _seen.Release();
        return response;
    }
}

/// <summary>Requests shaped like the generated ones.</summary>
internal static class Requests
{
    public const string SessionValue = "session-VALUE-77";

    public static ApiRequest Status(HttpMethod? method = null) =>
        new(method ?? HttpMethod.Get, "/v1/authentication/" + ApiRequest.EscapePath(SessionValue) + "/status",
            operationId: "getAuthenticationStatus", pathTemplate: "/v1/authentication/{sessionId}/status");

    public static ApiRequest Tokens(string? secretHeader = null)
    {
        var request = new ApiRequest(HttpMethod.Post, "/v1/authentication/tokens", operationId: "exchangeCodeForTokens", pathTemplate: "/v1/authentication/tokens");
        request.AddHeader("X-Client-Secret", secretHeader, sensitive: true);
        return request;
    }
}

/// <summary>
/// A transport over a loopback server with a fake logger at Trace level. Retries are fast (10 ms first delay) unless
/// <c>configure</c> says otherwise; the <see cref="HttpClient"/> never follows redirects unless one is passed.
/// </summary>
internal sealed class TestTransport : IDisposable
{
    private readonly HttpClient _http;
    private readonly ILoggerFactory _loggerFactory;
    private readonly FakeLoggerProvider _loggerProvider = new();

    public TestTransport(Uri baseAddress, Action<ApiClientOptions>? configure = null, IEnumerable<string>? documentedErrorCodes = null, HttpClient? http = null)
    {
        _http = http ?? new HttpClient(ApiHttp.CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan };
        _http.BaseAddress ??= baseAddress;
        _loggerFactory = LoggerFactory.Create(b => b.AddProvider(_loggerProvider).SetMinimumLevel(LogLevel.Trace));
        Options = new ApiClientOptions { LoggerFactory = _loggerFactory, RetryDelay = TimeSpan.FromMilliseconds(10) };
        configure?.Invoke(Options);
        Transport = new ApiTransport(_http, Options, documentedErrorCodes);
    }

    public ApiClientOptions Options { get; }

    public ApiTransport Transport { get; }

    public IReadOnlyList<FakeLogRecord> Logs => _loggerProvider.Collector.GetSnapshot();

    public IEnumerable<FakeLogRecord> Events(string name) => Logs.Where(r => r.Id.Name == name);

    public Task<T> SendAsync<T>(ApiRequest request, System.Text.Json.Serialization.JsonConverter<T> converter, CancellationToken cancellationToken = default) =>
        Transport.SendAsync(request, converter, cancellationToken);

    public Task SendAsync(ApiRequest request, CancellationToken cancellationToken = default) => Transport.SendAsync(request, cancellationToken);

    /// <summary>One request to <c>/warm-up</c> (the script's next reply must be a success) over the same HttpClient
    /// with default options and no logs: it opens a connection and runs the first-request paths once, so a short
    /// attempt timeout after it times the server, not the JIT.</summary>
    public Task WarmUpAsync() =>
        new ApiTransport(_http, new ApiClientOptions()).SendAsync(new ApiRequest(HttpMethod.Get, "/warm-up", "warmUp", "/warm-up"));

    public void Dispose()
    {
        _loggerFactory.Dispose();
        _loggerProvider.Dispose();
        _http.Dispose();
    }
}

/// <summary>Looks for secrets everywhere a log entry can carry them: message, state (enumerated, nested), exception.</summary>
internal static class LogScan
{
    public static IEnumerable<string> Texts(FakeLogRecord record)
    {
        yield return record.Message;
        yield return record.Exception?.ToString() ?? string.Empty;
        foreach (string text in Flatten(record.State, depth: 0))
        {
            yield return text;
        }
    }

    public static void AssertNoSecret(IEnumerable<FakeLogRecord> records, params string[] secrets)
    {
        foreach (FakeLogRecord record in records)
        {
            foreach (string text in Texts(record))
            {
                foreach (string secret in secrets)
                {
                    Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{record.Category} {record.Id} holds a secret: {text}");
                }
            }
        }
    }

    private static IEnumerable<string> Flatten(object? value, int depth)
    {
        switch (value)
        {
            case null:
                yield break;
            case string text:
                yield return text;
                yield break;
            case KeyValuePair<string, object?> pair:
                yield return pair.Key;
                foreach (string text in Flatten(pair.Value, depth + 1))
                {
                    yield return text;
                }

                yield break;
            case IEnumerable items when depth < 8:
                // The state's own ToString is the formatted message; its items are the structured values.
                yield return value.ToString() ?? string.Empty;
                foreach (object? item in items)
                {
                    foreach (string text in Flatten(item, depth + 1))
                    {
                        yield return text;
                    }
                }

                yield break;
            default:
                yield return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                yield break;
        }
    }
}

/// <summary>A scripted loopback server and a <see cref="TestTransport"/> addressed at it, disposed together.</summary>
internal sealed class TestApi : IAsyncDisposable
{
    private TestApi(LoopbackServer server, TestTransport client)
    {
        Server = server;
        Client = client;
    }

    public LoopbackServer Server { get; }

    public TestTransport Client { get; }

    /// <summary>What the server saw, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => Server.Requests;

    public static async Task<TestApi> StartAsync(
        Func<HttpContext, Task> handler,
        Action<ApiClientOptions>? configure = null,
        IEnumerable<string>? documentedErrorCodes = null,
        HttpClient? http = null)
    {
        LoopbackServer server = await LoopbackServer.StartAsync(handler);
        return new TestApi(server, new TestTransport(server.BaseAddress, configure, documentedErrorCodes, http));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
