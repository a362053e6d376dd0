using Microsoft.AspNetCore.Http;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>
/// Bodies are read up to a bound: a success body over MaxResponseBytes ends the call without reading further (known
/// from Content-Length or while reading), and an error body over MaxErrorResponseBytes leaves the exception with its
/// status only.
/// </summary>
public sealed class ApiBodyLimitTests
{
    private const int Limit = 1000;

    /// <summary><c>{"count":7}</c> padded with whitespace to exactly <paramref name="length"/> bytes.</summary>
    private static string ItemOfLength(int length) => """{"count":7}""".PadRight(length);

    /// <summary>Answers with a declared Content-Length.</summary>
    private static Func<HttpContext, Task> Declared(string body, int status = 200) =>
        LoopbackServer.Respond(status, body, configure: r => r.ContentLength = body.Length);

    /// <summary>Writes <paramref name="body"/> in small chunks without a Content-Length (chunked encoding).</summary>
    private static Func<HttpContext, Task> Chunked(string body) => async context =>
    {
        context.Response.ContentType = "application/json";
        for (int i = 0; i < body.Length; i += 100)
        {
            await context.Response.WriteAsync(body.Substring(i, Math.Min(100, body.Length - i)));
            await context.Response.Body.FlushAsync();
        }
    };

    /// <summary>Streams whitespace until the client goes away or the server stops: a client that read to the end
    /// would never finish (its attempt would time out instead).</summary>
    private static async Task EndlessAsync(HttpContext context)
    {
        using CancellationTokenSource either = Replies.UntilGone(context);
        byte[] chunk = new byte[1024];
        chunk.AsSpan().Fill((byte)' ');
        try
        {
            await context.Response.Body.FlushAsync(either.Token);
            while (!either.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, either.Token);
                await context.Response.Body.FlushAsync(either.Token);
            }
        }
        catch (Exception)
        {
            // The client hung up, or the test is over.
        }
    }

    private static Task<TestApi> StartAsync(Func<HttpContext, Task> handler) =>
        TestApi.StartAsync(handler, o =>
        {
            o.MaxResponseBytes = Limit;
            o.MaxErrorResponseBytes = Limit;
        }, documentedErrorCodes: ["InvalidInput"]);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_of_exactly_the_limit_is_read(bool chunked)
    {
        string body = ItemOfLength(Limit);
        await using TestApi api = await StartAsync(chunked ? Chunked(body) : Declared(body));

        Item item = await api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance);

        Assert.Equal(7, item.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_one_byte_over_the_limit_is_too_large_and_not_retried(bool chunked)
    {
        string body = ItemOfLength(Limit + 1);
        await using TestApi api = await StartAsync(chunked ? Chunked(body) : Declared(body));

        var ex = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance));

        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(Limit, ex.Limit);
        Assert.Equal("getAuthenticationStatus", ex.OperationId);
        Assert.Single(api.Requests);
        var logged = Assert.Single(api.Client.Events("ResponseTooLarge"));
        Assert.Equal(6, logged.Id.Id);
        Assert.Equal("1000", logged.GetStructuredStateValue("Limit"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_status_documented_without_a_body_is_not_failed_by_what_it_sends(bool chunked)
    {
        // A 202 the spec documents without a body, beside a 200 with one: a large page the server sends with it
        // (a proxy's, a debug dump) is not the call's to fail on.
        string body = ItemOfLength(Limit + 1);
        await using TestApi api = await StartAsync(chunked
            ? async context => { context.Response.StatusCode = 202; await Chunked(body)(context); }
            : Declared(body, status: 202));

        Item? item = await api.Client.Transport.SendForBodyOrNullAsync(Requests.Status(), ItemJsonConverter.Instance, [202, 204]);
        var over = await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => api.Client.Transport.SendForBodyOrNullAsync(Requests.Status(), ItemJsonConverter.Instance, [204]));

        Assert.Null(item);
        Assert.Equal(202, over.StatusCode);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_ends_the_call_before_the_body_is_read()
    {
        // 64 MiB declared, 500 bytes sent, then nothing: only the declared length can end this call quickly.
        await using TestApi api = await StartAsync(async context =>
        {
            context.Response.ContentLength = 64L * 1024 * 1024;
            await context.Response.WriteAsync(new string(' ', 500));
            await context.Response.Body.FlushAsync();
            await Replies.Hang()(context);
        });

        await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance));
    }

    [Fact]
    public async Task An_endless_chunked_body_ends_the_call_once_the_limit_is_passed()
    {
        await using TestApi api = await StartAsync(EndlessAsync);

        await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance));
    }

    [Fact]
    public async Task A_bodyless_operation_does_not_read_a_large_success_body()
    {
        await using TestApi api = await StartAsync(Declared(ItemOfLength(Limit * 10)));

        await api.Client.SendAsync(Requests.Status());

        Assert.Empty(api.Client.Events("ResponseTooLarge"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_error_body_over_its_limit_leaves_the_status_only(bool chunked)
    {
        string body = """{"error":"InvalidInput","details":{"reason":"x"}}""".PadRight(Limit + 1);
        await using TestApi api = await StartAsync(chunked
            ? async context =>
            {
                context.Response.StatusCode = 400;
                await Chunked(body)(context);
            }
            : Declared(body, 400));

        var ex = await Assert.ThrowsAsync<ApiException>(() => api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance));

        Assert.Equal(typeof(ApiException), ex.GetType());
        Assert.Equal(400, ex.StatusCode);
        Assert.Null(ex.ErrorCode);
        Assert.Null(ex.Details);
    }

    [Fact]
    public async Task An_error_body_within_its_limit_is_parsed()
    {
        string body = """{"error":"InvalidInput","details":{"reason":"x"}}""".PadRight(Limit);
        await using TestApi api = await StartAsync(Declared(body, 400));

        var ex = await Assert.ThrowsAsync<ApiException>(() => api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance));

        Assert.Equal("InvalidInput", ex.ErrorCode);
        Assert.Equal("x", ex.Details!.Value.GetProperty("reason").GetString());
    }
}
