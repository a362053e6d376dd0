using System.Text;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>What the transport puts on the wire, seen by a real server.</summary>
public sealed class ApiTransportRequestTests
{
    private const string TokenBody = """{"success":true,"session":{"expires":"2019-01-23T13:30:07.1389724+00:00","accessToken":"at-1"},"extra":{"ignored":[1,2]}}""";

    [Fact]
    public async Task Uri_keeps_the_base_address_prefix_and_escapes_path_and_query()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        using HttpClient http = server.CreateClient("prefix/");
        var transport = new ApiTransport(http, new ApiClientOptions());

        var request = new ApiRequest(
            HttpMethod.Get,
            "/v1/authentication/" + ApiRequest.EscapePath("a/b c") + "/status",
            operationId: "getAuthenticationStatus",
            pathTemplate: "/v1/authentication/{sessionId}/status");
        request.AddQuery("pollTimeout", ApiFormat.Format((int?)30));
        request.AddQuery("skipped", null);
        request.AddQuery("redirect url", "https://app/cb?x=1&y=2");
        request.AddQuery("code", "ab+/=");
        await transport.SendAsync(request);

        RecordedRequest seen = Assert.Single(server.Requests);
        Assert.Equal("GET", seen.Method);
        Assert.Equal(
            "/prefix/v1/authentication/a%2Fb%20c/status?pollTimeout=30&redirect%20url=https%3A%2F%2Fapp%2Fcb%3Fx%3D1%26y%3D2&code=ab%2B%2F%3D",
            seen.RawTarget);
    }

    [Fact]
    public async Task A_header_of_the_body_goes_on_the_content_and_without_a_body_is_a_clear_error()
    {
        // Found by specs built to break the toolkit: a Content-Language or Content-MD5 header parameter (Azure
        // Storage declares several) made every call throw "cannot be set on a request".
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        using HttpClient http = server.CreateClient();
        var transport = new ApiTransport(http, new ApiClientOptions());
        var upload = new ApiRequest(HttpMethod.Put, "/v1/blob", "putBlob", "/v1/blob");
        upload.SetTextBody("hello", "text/plain");
        upload.AddHeader("Content-Language", "da");
        upload.AddHeader("Content-MD5", "XUFAKrxLKna5cZ2REBfFkg==");
        upload.AddHeader("X-Trace", "1");

        await transport.SendAsync(upload);

        RecordedRequest seen = Assert.Single(server.Requests);
        Assert.Equal(("da", "XUFAKrxLKna5cZ2REBfFkg==", "1"), (seen.Headers["Content-Language"].ToString(), seen.Headers["Content-MD5"].ToString(), seen.Headers["X-Trace"].ToString()));
        var bodiless = new ApiRequest(HttpMethod.Get, "/v1/blob", "getBlob", "/v1/blob");
        bodiless.AddHeader("Content-Language", "da");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => transport.SendAsync(bodiless));
        Assert.Contains("'Content-Language' describes a request body, and this request has none", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prefix_without_trailing_slash_is_kept_too()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        using HttpClient http = server.CreateClient("prefix");
        await new ApiTransport(http, new ApiClientOptions()).SendAsync(new ApiRequest(HttpMethod.Get, "/v1/x", "op", "/v1/x"));

        Assert.Equal("/prefix/v1/x", Assert.Single(server.Requests).RawTarget);
    }

    [Fact]
    public async Task A_server_resolves_a_percent_encoded_dot_dot_segment_which_is_why_escaping_cannot_protect_it()
    {
        // RFC 3986 §6.2.2.2: %2E is '.', so Kestrel (like other servers) removes the segment and the one before it.
        // ApiRequest.EscapePath therefore refuses '.' and '..' instead of escaping them.
        string? resolvedPath = null;
        await using LoopbackServer server = await LoopbackServer.StartAsync(context =>
        {
            resolvedPath = context.Request.Path.Value;
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        using HttpClient http = server.CreateClient();
        var request = new ApiRequest(HttpMethod.Get, "/v1/sessions/%2E%2E/status", "op", "/v1/sessions/{id}/status");

        await new ApiTransport(http, new ApiClientOptions()).SendAsync(request);

        Assert.Equal("/v1/sessions/%2E%2E/status", Assert.Single(server.Requests).RawTarget);
        Assert.Equal("/v1/status", resolvedPath);
    }

    [Fact]
    public async Task Headers_are_sent_per_request_never_as_default_headers()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        using HttpClient http = server.CreateClient();
        var transport = new ApiTransport(http, new ApiClientOptions());

        var first = new ApiRequest(HttpMethod.Get, "/v1/x", "op", "/v1/x");
        first.AddHeader("X-Client-Id", "client-1");
        first.AddHeader("X-Client-Secret", "secret-1", sensitive: true);
        first.AddHeader("X-Skipped", null);
        await transport.SendAsync(first);
        await transport.SendAsync(new ApiRequest(HttpMethod.Get, "/v1/x", "op", "/v1/x"));

        Assert.Empty(http.DefaultRequestHeaders);
        RecordedRequest[] seen = [.. server.Requests];
        Assert.Equal(2, seen.Length);
        Assert.Equal("client-1", seen[0].Headers["X-Client-Id"]);
        Assert.Equal("secret-1", seen[0].Headers["X-Client-Secret"]);
        Assert.False(seen[0].Headers.ContainsKey("X-Skipped"));
        Assert.False(seen[1].Headers.ContainsKey("X-Client-Id"));
        Assert.False(seen[1].Headers.ContainsKey("X-Client-Secret"));
    }

    [Fact]
    public async Task Json_body_is_sent_with_its_content_type_and_can_be_sent_twice()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        using HttpClient http = server.CreateClient();
        var transport = new ApiTransport(http, new ApiClientOptions());
        var request = new ApiRequest(HttpMethod.Post, "/v1/authentication/initialize", "initialize", "/v1/authentication/initialize");
        request.SetJsonBody(new InitializeRequest("hash-1234", "https://app/cb", null), InitializeRequestJsonConverter.Instance);

        await transport.SendAsync(request);
        await transport.SendAsync(request);

        Assert.Equal(2, server.Requests.Count);
        foreach (RecordedRequest seen in server.Requests)
        {
            Assert.Equal("POST", seen.Method);
            Assert.Equal("application/json", seen.ContentType);
            Assert.Equal("""{"userHash":"hash-1234","redirectUrl":"https://app/cb"}""", Encoding.UTF8.GetString(seen.Body));
        }
    }

    [Fact]
    public async Task A_request_without_body_sends_no_content()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        using HttpClient http = server.CreateClient();
        await new ApiTransport(http, new ApiClientOptions()).SendAsync(new ApiRequest(HttpMethod.Get, "/v1/x", "op", "/v1/x"));

        RecordedRequest seen = Assert.Single(server.Requests);
        Assert.Null(seen.ContentType);
        Assert.Empty(seen.Body);
    }

    [Fact]
    public async Task A_success_body_is_read_with_the_converter()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, TokenBody));
        using HttpClient http = server.CreateClient();
        TokenResponse response = await new ApiTransport(http, new ApiClientOptions()).SendAsync(
            new ApiRequest(HttpMethod.Post, "/v1/authentication/tokens", "exchangeCodeForTokens", "/v1/authentication/tokens"),
            TokenResponseJsonConverter.Instance);

        Assert.True(response.Success);
        Assert.Equal("at-1", response.Session.AccessToken);
        Assert.Equal(new DateTimeOffset(2019, 1, 23, 13, 30, 7, TimeSpan.Zero).AddTicks(1389724), response.Session.Expires);
        Assert.Null(response.Items);
    }

    [Fact]
    public async Task A_leading_byte_order_mark_is_skipped_in_success_error_and_text_bodies()
    {
        // Kestrel writes the string as UTF-8, so U+FEFF goes out as EF BB BF, as servers that prefix a BOM send it.
        const string Bom = "\uFEFF";
        await using LoopbackServer server = await LoopbackServer.StartAsync(Replies.Script(
            LoopbackServer.Respond(200, Bom + TokenBody),
            LoopbackServer.Respond(400, Bom + """{"error":"InvalidInput","details":{"count":2}}"""),
            LoopbackServer.Respond(200, Bom + "plain", "text/plain")));
        using HttpClient http = server.CreateClient();
        var transport = new ApiTransport(http, new ApiClientOptions { MaxRetries = 0 });
        static ApiRequest Post() => new(HttpMethod.Post, "/v1/x", "op", "/v1/x");

        TokenResponse response = await transport.SendAsync(Post(), TokenResponseJsonConverter.Instance);
        var error = await Assert.ThrowsAsync<ApiException>(() => transport.SendAsync(Post(), TokenResponseJsonConverter.Instance));
        string text = await transport.SendForTextAsync(Post());

        Assert.Equal("at-1", response.Session.AccessToken);
        Assert.Equal("InvalidInput", error.ErrorCode);
        Assert.Equal(2, error.Details?.GetProperty("count").GetInt32());
        Assert.Equal("InvalidInput", error.ErrorBody?.GetProperty("error").GetString());
        Assert.Equal("plain", text);
    }

    [Fact]
    public async Task Any_2xx_is_success()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(201, """{"count":3}"""));
        using HttpClient http = server.CreateClient();
        Item item = await new ApiTransport(http, new ApiClientOptions()).SendAsync(new ApiRequest(HttpMethod.Post, "/v1/x", "op", "/v1/x"), ItemJsonConverter.Instance);
        Assert.Equal(3, item.Count);
    }

    [Fact]
    public async Task Send_validates_its_arguments()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://api.example.com/") };
        var transport = new ApiTransport(http, new ApiClientOptions());
        await Assert.ThrowsAsync<ArgumentNullException>(() => transport.SendAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => transport.SendAsync(null!, ItemJsonConverter.Instance));
        await Assert.ThrowsAsync<ArgumentNullException>(() => transport.SendAsync<Item>(new ApiRequest(HttpMethod.Get, "/x", "op", "/x"), null!));
    }

    [Fact]
    public async Task A_content_header_name_is_refused_with_its_name()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        using HttpClient http = server.CreateClient();
        var request = new ApiRequest(HttpMethod.Get, "/v1/x", "op", "/v1/x");
        request.AddHeader("Content-Type", "text/plain");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => new ApiTransport(http, new ApiClientOptions()).SendAsync(request));
        Assert.Contains("Content-Type", ex.Message);
        Assert.Empty(server.Requests);
    }
}
