using System.Text;
using Microsoft.AspNetCore.Http;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>
/// <see cref="ApiResponseCapture"/> against a real server: the status and headers (and, opted in, the raw body) of the
/// final attempt of the latest call in the scope's flow, for successes, errors and downloads; never another flow's.
/// </summary>
public sealed class ApiResponseCaptureTests
{
    private const string Signature = "eyJhbGciOiJQUzI1NiJ9..c2lnbmF0dXJl";

    private static Func<HttpContext, Task> Respond(int status, string? body, params (string Name, string Value)[] headers) =>
        LoopbackServer.Respond(status, body, configure: response =>
        {
            foreach ((string name, string value) in headers)
            {
                response.Headers.Append(name, value);
            }
        });

    [Fact]
    public async Task A_success_leaves_its_status_and_headers_case_insensitively()
    {
        await using TestApi api = await TestApi.StartAsync(Respond(201, """{"count":1}""",
            ("x-jws-signature", Signature), ("x-fapi-interaction-id", "93bac548"), ("Location", "/consents/42")));
        using var response = ApiResponseCapture.Begin();

        Item item = await api.Client.SendAsync(Requests.Tokens(), ItemJsonConverter.Instance);

        Assert.Equal(1, item.Count);
        Assert.Equal(201, response.StatusCode);
        Assert.Equal(Signature, response.Headers?.GetValueOrDefault("X-JWS-Signature"));
        Assert.Equal("93bac548", response.Headers!["x-fapi-interaction-id"]);
        Assert.Equal("/consents/42", response.Headers["location"]);
        // Content headers are there too.
        Assert.Equal("application/json", response.Headers["content-type"]);
        Assert.Null(response.Headers.GetValueOrDefault("x-absent"));
        Assert.Null(response.Body);
    }

    [Fact]
    public async Task A_header_sent_twice_keeps_both_values_and_ToString_prints_names_only()
    {
        await using TestApi api = await TestApi.StartAsync(Respond(204, null,
            ("Set-Cookie", "session=cookie-SECRET-1; HttpOnly"), ("Set-Cookie", "other=cookie-SECRET-2"), ("x-token", "token-SECRET-3")));
        using var response = ApiResponseCapture.Begin(captureBody: true);

        await api.Client.SendAsync(Requests.Tokens());

        Assert.Equal(["session=cookie-SECRET-1; HttpOnly", "other=cookie-SECRET-2"], response.Headers!.GetValues("set-cookie"));
        Assert.Equal("session=cookie-SECRET-1; HttpOnly, other=cookie-SECRET-2", response.Headers["Set-Cookie"]);
        Assert.Empty(response.Headers.GetValues("x-absent"));
        string printed = response.ToString();
        Assert.Contains("204", printed, StringComparison.Ordinal);
        Assert.Contains("Set-Cookie", printed, StringComparison.Ordinal);
        Assert.Contains("x-token", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", response.Headers.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_leaves_its_headers_and_opted_in_body_when_the_ApiException_is_thrown()
    {
        const string problem = """{"error":"ConsentRejected"}""";
        await using TestApi api = await TestApi.StartAsync(Respond(400, problem, ("x-fapi-interaction-id", "err-7")));
        using var response = ApiResponseCapture.Begin(captureBody: true);

        var ex = await Assert.ThrowsAsync<ApiException>(() => api.Client.SendAsync(Requests.Tokens(), ItemJsonConverter.Instance));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal(400, response.StatusCode);
        Assert.Equal("err-7", response.Headers!["x-fapi-interaction-id"]);
        Assert.Equal(problem, Encoding.UTF8.GetString(response.Body!.Value.Span));
    }

    [Fact]
    public async Task The_opted_in_body_is_the_bytes_as_received_for_verifying_a_detached_signature()
    {
        byte[] sent = [0xEF, 0xBB, 0xBF, .. """{ "count" : 3 }"""u8];
        await using TestApi api = await TestApi.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.Headers["x-jws-signature"] = Signature;
            await context.Response.Body.WriteAsync(sent);
        });
        using var response = ApiResponseCapture.Begin(captureBody: true);

        Item item = await api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance);

        Assert.Equal(3, item.Count);
        Assert.True(response.CapturesBody);
        Assert.Equal(sent, response.Body!.Value.ToArray());
        Assert.Contains($"Body = {sent.Length} bytes", response.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_leaves_its_headers_and_no_body()
    {
        await using TestApi api = await TestApi.StartAsync(Respond(200, "PDF", ("x-jws-signature", Signature)));
        using var response = ApiResponseCapture.Begin(captureBody: true);

        await using ApiBinaryResponse download = await api.Client.Transport.SendForStreamAsync(Requests.Status());

        Assert.Equal("PDF", Encoding.UTF8.GetString(await download.ReadAllBytesAsync()));
        Assert.Equal(200, response.StatusCode);
        Assert.Equal(Signature, response.Headers!["x-jws-signature"]);
        Assert.Null(response.Body);
    }

    [Fact]
    public async Task A_redirect_that_is_the_answer_leaves_its_Location()
    {
        await using TestApi api = await TestApi.StartAsync(Replies.Redirect(302, "https://bank.example/authorize?state=s1"));
        using var response = ApiResponseCapture.Begin();
        ApiRequest request = Requests.Status();
        request.SetRedirectIsAnswer();

        await api.Client.SendAsync(request);

        Assert.Equal(302, response.StatusCode);
        Assert.Equal("https://bank.example/authorize?state=s1", response.Headers!["Location"]);
    }

    [Fact]
    public async Task Only_the_final_attempt_of_a_retried_call_is_kept()
    {
        await using TestApi api = await TestApi.StartAsync(Replies.Script(
            Respond(503, null, ("x-attempt", "first"), ("x-only-on-503", "yes")),
            Respond(200, """{"count":2}""", ("x-attempt", "second"))));
        using var response = ApiResponseCapture.Begin();

        await api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance);

        Assert.Equal(2, api.Requests.Count);
        Assert.Equal(200, response.StatusCode);
        Assert.Equal(["second"], response.Headers!.GetValues("x-attempt"));
        Assert.False(response.Headers.ContainsKey("x-only-on-503"));
    }

    [Fact]
    public async Task The_latest_call_wins_and_one_without_a_response_leaves_the_scope_empty()
    {
        await using TestApi api = await TestApi.StartAsync(Replies.Script(
            Respond(200, """{"count":1}""", ("x-call", "1")),
            Respond(200, """{"count":2}""", ("x-call", "2")),
            Replies.Reset()));
        using var response = ApiResponseCapture.Begin();

        await api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance);
        await api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance);
        Assert.Equal("2", response.Headers!["x-call"]);

        // A POST is not retried: the reset is the latest call's outcome.
        await Assert.ThrowsAsync<ApiTransportException>(() => api.Client.SendAsync(Requests.Tokens()));
        Assert.Null(response.StatusCode);
        Assert.Null(response.Headers);
        Assert.Equal("ApiResponseCapture { (no response) }", response.ToString());
    }

    [Fact]
    public async Task Concurrent_flows_with_their_own_scopes_never_see_each_others_headers()
    {
        const int flows = 8;
        int arrivedCount = 0;
        TaskCompletionSource allArrived = Replies.Signal();
        await using TestApi api = await TestApi.StartAsync(async context =>
        {
            // Every request is held until all are in flight, so the flows overlap for certain.
            if (Interlocked.Increment(ref arrivedCount) == flows)
            {
                allArrived.TrySetResult();
            }

            await allArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
            context.Response.Headers["x-flow"] = context.Request.Headers["X-Client-Secret"];
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"count":0}""");
        });

        async Task<string?> FlowAsync(int flow)
        {
            using var response = ApiResponseCapture.Begin();
            await Task.Yield();
            await api.Client.SendAsync(Requests.Tokens("flow-" + flow), ItemJsonConverter.Instance);
            return response.Headers?.GetValueOrDefault("x-flow");
        }

        string?[] seen = await Task.WhenAll(Enumerable.Range(0, flows).Select(FlowAsync));

        Assert.Equal(Enumerable.Range(0, flows).Select(flow => "flow-" + flow), seen);
    }

    [Fact]
    public async Task Scopes_nest_and_a_disposed_scope_records_nothing_more()
    {
        await using TestApi api = await TestApi.StartAsync(Replies.Script(
            Respond(204, null, ("x-call", "1")), Respond(204, null, ("x-call", "2")), Respond(204, null, ("x-call", "3"))));
        using var outer = ApiResponseCapture.Begin();
        ApiResponseCapture inner;
        using (inner = ApiResponseCapture.Begin())
        {
            await api.Client.SendAsync(Requests.Status());
            Assert.Equal("1", inner.Headers!["x-call"]);
            Assert.Equal("1", outer.Headers!["x-call"]);
        }

        await api.Client.SendAsync(Requests.Status());

        Assert.Equal("1", inner.Headers!["x-call"]);
        Assert.Equal("2", outer.Headers!["x-call"]);
        outer.Dispose();
        await api.Client.SendAsync(Requests.Status());
        Assert.Equal("2", outer.Headers!["x-call"]);
    }

    [Fact]
    public async Task Cancellation_is_unaffected_by_a_scope()
    {
        TaskCompletionSource arrived = Replies.Signal();
        await using TestApi api = await TestApi.StartAsync(Replies.Hang(arrived));
        using var response = ApiResponseCapture.Begin(captureBody: true);
        using var cts = new CancellationTokenSource();

        Task call = api.Client.SendAsync(Requests.Status(), ItemJsonConverter.Instance, cts.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Null(response.StatusCode);
    }

    [Fact]
    public async Task Without_a_scope_nothing_is_recorded_anywhere()
    {
        await using TestApi api = await TestApi.StartAsync(Respond(204, null, ("x-call", "1")));
        ApiResponseCapture before;
        using (before = ApiResponseCapture.Begin())
        {
        }

        await api.Client.SendAsync(Requests.Status());

        Assert.Null(ApiResponseCapture.Current);
        Assert.Null(before.Headers);
    }
}
