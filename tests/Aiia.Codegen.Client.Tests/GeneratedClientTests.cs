using System.Text;
using System.Text.Json;
using Aiia.Codegen.Runtime;
using Microsoft.AspNetCore.Http;

namespace Aiia.Codegen.Client.Tests;

/// <summary>The generated clients against a real server on loopback.</summary>
public sealed class GeneratedClientTests
{
    private const string ClientId = "partner-client-id";
    private const string ClientSecret = "partner-client-secret-7f3a";

    private static AiiaAuthenticationClient CreateClient(LoopbackServer server) =>
        new(server.CreateClient(), new AiiaAuthenticationClientOptions { ClientId = ClientId, ClientSecret = ClientSecret });

    [Fact]
    public async Task Status_escapes_the_session_id_and_sends_the_poll_timeout_and_credentials()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, """{"state":"InProgress"}"""));

        var status = await CreateClient(server).GetAuthenticationStatusAsync("a/b c?d#e", pollTimeout: 25);

        Assert.Equal(AuthenticationState.InProgress, status.State);
        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/authentication/a%2Fb%20c%3Fd%23e/status?pollTimeout=25", request.RawTarget);
        Assert.Equal(ClientId, request.Headers["X-Client-Id"]);
        Assert.Equal(ClientSecret, request.Headers["X-Client-Secret"]);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task A_path_value_that_is_a_dot_segment_is_refused_before_anything_is_sent(string sessionId)
    {
        // Escaped or not, a server resolves it: /v1/authentication/%2E%2E/status reaches /v1/status.
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, """{"state":"InProgress"}"""));

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => CreateClient(server).GetAuthenticationStatusAsync(sessionId));

        Assert.Equal("sessionId", refused.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_label_path_value_cannot_become_a_dot_segment_either()
    {
        // Label style prefixes a dot: the value "." would make the segment "..".
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = new ParametersClient(server.CreateClient(), new ParametersClientOptions { ApiKey = "k" });

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => client.PathStylesAsync([1], ".", ["a"], 1.5, ["x"], ["t"]));

        Assert.NotNull(refused.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Status_without_a_poll_timeout_sends_no_query()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, SeedExamples.StatusResponse));

        var status = await CreateClient(server).GetAuthenticationStatusAsync("session-1");

        Assert.Equal(SeedExamples.Code, status.Code);
        Assert.Equal("/v1/authentication/session-1/status", Assert.Single(server.Requests).RawTarget);
    }

    [Fact]
    public async Task The_code_exchange_posts_the_code_as_json_and_reads_the_tokens()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, SeedExamples.TokensResponse));

        var tokens = await CreateClient(server).ExchangeCodeForTokensAsync(new TokensRequest { Code = SeedExamples.Code });

        Assert.Equal(SeedExamples.AccessToken, tokens.Session.AccessToken);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/authentication/tokens", request.RawTarget);
        Assert.StartsWith("application/json", request.ContentType);
        Assert.Equal($$"""{"code":"{{SeedExamples.Code.Replace("+", "\\u002B")}}"}""", Encoding.UTF8.GetString(request.Body));
    }

    [Fact]
    public async Task Path_query_and_header_parameters_of_every_kind_are_sent()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = new ParametersClient(server.CreateClient(), new ParametersClientOptions { ApiKey = "key 1&2" });
        var requestId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        await client.EchoParametersAsync(
            42L,
            "box/1 é",
            requestId,
            tags: ["red", "blue green"],
            kind: EchoKind.AccountToAccount,
            since: new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(1)),
            xDryRun: true);

        var request = Assert.Single(server.Requests);
        Assert.Equal(
            "/echo/42/items/box%2F1%20%C3%A9?tags=red&tags=blue%20green&kind=account-to-account&since=2026-11-28T10%3A00%3A00%2B01%3A00&api_key=key%201%262",
            request.RawTarget);
        Assert.Equal(requestId.ToString(), request.Headers["X-Request-Id"]);
        Assert.Equal("true", request.Headers["X-Dry-Run"]);
    }

    [Fact]
    public async Task Names_the_spec_gives_are_the_csharp_names_and_the_wire_keeps_the_spec_names()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, """{"item_id":"i-1","state":"on_hold"}"""));
        var client = new ParametersClient(server.CreateClient(), new ParametersClientOptions { ApiKey = "key" });

        var item = await client.NamedParametersAsync(account: "a b", limit: 5, trace: "t-1", grant: "code");

        Assert.Equal("i-1", item.Id);
        Assert.Equal(NamedParametersResponseState.Paused, item.State);
        Assert.Equal("on_hold", item.State!.Value.ToString());
        var request = Assert.Single(server.Requests);
        Assert.Equal("/named/a%20b?page-size=5&api_key=key", request.RawTarget);
        Assert.Equal("t-1", request.Headers["X-Trace"]);
        Assert.Equal("grant_type=code", Encoding.UTF8.GetString(request.Body));
        Assert.Equal("""{"item_id":"i-1","state":"on_hold"}""", JsonSerializer.Serialize(item));
    }

    [Fact]
    public async Task The_default_of_an_enum_parameter_is_refused_naming_the_parameter_before_anything_is_sent()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = new ParametersClient(server.CreateClient(), new ParametersClientOptions { ApiKey = "key" });

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => client.EchoParametersAsync(1L, "x", Guid.Empty, kind: default(EchoKind)));

        Assert.Equal("kind", refused.ParamName);
        Assert.StartsWith("default(EchoKind) has no wire value", refused.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_fragment_in_the_path_key_is_not_sent_and_a_query_in_it_comes_before_the_parameters()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = new ParametersClient(server.CreateClient(), new ParametersClientOptions { ApiKey = "key" });

        await client.GetConnectorAsync("abc", fetchSecrets: true);
        await client.SearchFastAsync(q: "x y");

        Assert.Equal(
            ["/connectors/abc?fetch_secrets=true&api_key=key", "/search?mode=fast&scope=all%20items&q=x%20y&api_key=key"],
            server.Requests.Select(r => r.RawTarget));
    }

    [Fact]
    public async Task Optional_parameters_left_out_are_not_sent()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = new ParametersClient(server.CreateClient(), new ParametersClientOptions { ApiKey = "key" });

        await client.EchoParametersAsync(1L, "x", Guid.Empty);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/echo/1/items/x?api_key=key", request.RawTarget);
        Assert.False(request.Headers.ContainsKey("X-Dry-Run"));
    }

    [Fact]
    public async Task Parameters_that_are_unions_of_primitives_and_enums_are_sent_as_the_value_they_hold()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = new ParametersClient(server.CreateClient(), new ParametersClientOptions { ApiKey = "k" });

        await client.ListWorkflowRunsAsync(161335, limit: 20, ids: [7, "ci/main"], model: ListWorkflowRunsModel.O3, xRatio: 0.25);
        await client.ListWorkflowRunsAsync("ci file.yml", limit: ListWorkflowRunsLimitAll.All, model: new ListWorkflowRunsModel("my-fine-tune"), xRatio: true);
        using var unlisted = System.Text.Json.JsonDocument.Parse("""{"a":1}""");
        await client.ListWorkflowRunsAsync(ListWorkflowRunsWorkflowId.FromJson(unlisted.RootElement)); // the raw-JSON fallback: its JSON text

        Assert.Collection(
            server.Requests,
            first =>
            {
                Assert.Equal("/workflows/161335/runs?limit=20&ids=7&ids=ci%2Fmain&model=o3&api_key=k", first.RawTarget);
                Assert.Equal("0.25", first.Headers["X-Ratio"]);
            },
            second =>
            {
                Assert.Equal("/workflows/ci%20file.yml/runs?limit=all&model=my-fine-tune&api_key=k", second.RawTarget);
                Assert.Equal("true", second.Headers["X-Ratio"]);
            },
            third => Assert.Equal("/workflows/%7B%22a%22%3A1%7D/runs?api_key=k", third.RawTarget));
    }

    [Fact]
    public async Task Path_parameters_are_sent_in_their_style_each_value_escaped_on_its_own()
    {
        // simple a,b; label .a,b (exploded .a.b); matrix ;name=a,b (exploded ;name=a;name=b). Separators stay literal;
        // a comma or a slash inside a value is escaped (a dot is unreserved, as in RFC 6570).
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = new ParametersClient(server.CreateClient(), new ParametersClientOptions { ApiKey = "k" });

        await client.PathStylesAsync([1, 2], "v 1", ["a", "b,c"], 1.5, ["x", "y.z"], ["t1", "t/2"]);

        Assert.Equal(
            "/styles/1,2/.v%201/.a.b%2Cc/;point=1.5/;points=x,y.z/;tags=t1;tags=t%2F2?api_key=k",
            Assert.Single(server.Requests).RawTarget);
    }

    [Fact]
    public async Task A_query_list_that_is_not_exploded_keeps_its_commas_and_escapes_each_item()
    {
        // As RFC 6570 expands {?ids}: the commas between items are literal, a comma inside an item is %2C. The space
        // and pipe of the other two styles are not allowed in a query as they are, so they are escaped.
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = new ParametersClient(server.CreateClient(), new ParametersClientOptions { ApiKey = "k" });

        await client.ListDelimitedAsync(ids: ["a,b", "c d", "", "é"], words: ["x", "y"], flags: [1, 2]);
        await client.ListDelimitedAsync(ids: []);

        Assert.Collection(
            server.Requests,
            lists => Assert.Equal("/delimited?ids=a%2Cb,c%20d,,%C3%A9&words=x%20y&flags=1%7C2&api_key=k", lists.RawTarget),
            empty => Assert.Equal("/delimited?ids=&api_key=k", empty.RawTarget));
    }

    [Fact]
    public async Task A_parameter_whose_schema_says_nothing_of_its_value_is_sent_as_the_text_given()
    {
        // {} and items: {} were left out of the method (AIIA0034): Sentry's stats could not be filtered by project.
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = new ParametersClient(server.CreateClient(), new ParametersClientOptions { ApiKey = "k" });

        await client.GetStatsAsync(project: ["1", "my project"], since: "2026-12-01", xHint: "fast");

        var request = Assert.Single(server.Requests);
        Assert.Equal("/stats?project=1&project=my%20project&since=2026-12-01&api_key=k", request.RawTarget);
        Assert.Equal("fast", request.Headers["X-Hint"]);
    }

    [Fact]
    public async Task A_query_union_of_an_object_and_a_value_sends_the_alternative_it_holds_in_the_parameters_style()
    {
        // Stripe's created (deepObject: created[gte]=1 or created=1), and form-style unions, exploded or not.
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = new ParametersClient(server.CreateClient(), new ParametersClientOptions { ApiKey = "k" });
        var filter = new EventFilter { Name = "a,b", Size = 2 };

        await client.ListEventsAsync(created: new ListEventsCreatedRangeQuerySpecs { Gte = 10, Lt = 20 }, filter: filter, flat: filter);
        await client.ListEventsAsync(created: 7, filter: ListEventsFilter.FromListOfString(["x", "y"]), flat: true);
        await client.ListEventsAsync(filter: "z");
        await client.ListEventsAsync(created: ListEventsCreated.FromJson(JsonDocument.Parse("\"soon\"").RootElement));

        Assert.Collection(
            server.Requests,
            objects => Assert.Equal("/events?created%5Bgte%5D=10&created%5Blt%5D=20&name=a%2Cb&size=2&flat=name,a%2Cb,size,2&api_key=k", objects.RawTarget),
            values => Assert.Equal("/events?created=7&filter=x&filter=y&flat=true&api_key=k", values.RawTarget),
            text => Assert.Equal("/events?filter=z&api_key=k", text.RawTarget),
            json => Assert.Equal("/events?created=%22soon%22&api_key=k", json.RawTarget));
    }

    [Fact]
    public async Task Parameters_described_by_content_send_a_primitive_as_itself_and_anything_else_as_JSON_text()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = new ParametersClient(server.CreateClient(), new ParametersClientOptions { ApiKey = "k" });

        await client.ContentParametersAsync(
            "block list",
            [1, 2],
            q: new EventFilter { Name = "a&b", Size = 2 },
            tags: ["x", "y"],
            verbose: true,
            xFilter: new Dictionary<string, int> { ["min"] = 1 },
            raw: JsonDocument.Parse("[null]").RootElement);
        await client.ContentParametersAsync("n", []);

        Assert.Collection(
            server.Requests,
            all =>
            {
                Assert.Equal(
                    "/content/block%20list/%5B1%2C2%5D?q=%7B%22name%22%3A%22a%5Cu0026b%22%2C%22size%22%3A2%7D&tags=%5B%22x%22%2C%22y%22%5D&verbose=true&raw=%5Bnull%5D&api_key=k",
                    all.RawTarget);
                Assert.Equal("{\"min\":1}", all.Headers["X-Filter"]);
            },
            none => Assert.Equal("/content/n/%5B%5D?api_key=k", none.RawTarget));
    }

    [Fact]
    public async Task Parameters_that_are_one_value_or_a_list_send_the_list_as_a_list()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = new ParametersClient(server.CreateClient(), new ParametersClientOptions { ApiKey = "k" });

        await client.SearchAsync("logs", routing: "r1", fields: "a");
        await client.SearchAsync(SearchIndex.FromListOfString(["logs-1", "logs,2"]), routing: SearchRouting.FromListOfString(["r1", "r2"]), fields: SearchFields.FromListOfString(["a", "b"]));

        Assert.Collection(
            server.Requests,
            one => Assert.Equal("/search/logs?routing=r1&fields=a&api_key=k", one.RawTarget),
            many => Assert.Equal("/search/logs-1,logs%2C2?routing=r1&routing=r2&fields=a,b&api_key=k", many.RawTarget));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task An_error_status_with_the_Aiia_error_body_becomes_an_ApiException(int status)
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(status,
            """{"error":"InvalidInput","details":{"reason":"Unknown code","validationErrors":{"Code":["bad"]}}}"""));

        var exception = await Assert.ThrowsAsync<ApiException>(() =>
            CreateClient(server).ExchangeCodeForTokensAsync(new TokensRequest { Code = SeedExamples.Code }));

        Assert.Equal(status, exception.StatusCode);
        Assert.Equal("InvalidInput", exception.ErrorCode);
        Assert.Equal("Unknown code", exception.Details!.Value.GetProperty("reason").GetString());
        Assert.Equal("POST", exception.Method);
        Assert.Equal("/v1/authentication/tokens", exception.PathTemplate);
        Assert.Equal("exchangeCodeForTokens", exception.OperationId);
        Assert.DoesNotContain(SeedExamples.Code, exception.ToString());
        Assert.DoesNotContain(ClientSecret, exception.ToString());
    }

    [Theory]
    [InlineData("""{"success":true,"providerId":"DemoBank","session":{"expires":"not a date","accessToken":"TOKEN-SHOULD-NOT-LEAK"},"login":{}}""", "$.session.expires")]
    [InlineData("""{"success":"yes","session":{"accessToken":"TOKEN-SHOULD-NOT-LEAK"}}""", "$.success")]
    [InlineData("""{"success":true,"session":{"accessToken":"TOKEN-SHOULD-NOT-LEAK" """, null)]
    [InlineData("""["TOKEN-SHOULD-NOT-LEAK"]""", "$")]
    public async Task A_malformed_success_body_fails_by_path_without_echoing_any_token(string body, string? path)
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, body));

        var exception = await Assert.ThrowsAsync<ApiResponseFormatException>(() =>
            CreateClient(server).ExchangeCodeForTokensAsync(new TokensRequest { Code = SeedExamples.Code }));

        if (path is not null)
        {
            Assert.Equal(path, exception.JsonPath);
        }

        Assert.Equal(200, exception.StatusCode);
        Assert.DoesNotContain("TOKEN-SHOULD-NOT-LEAK", exception.ToString());
        Assert.DoesNotContain(SeedExamples.Code, exception.ToString());
    }

    [Fact]
    public async Task Cancellation_stays_cancellation()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            // Holds the request like a long poll that never ends, until the server stops.
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { });
        });
        using var cancellation = new CancellationTokenSource();
        var call = CreateClient(server).GetAuthenticationStatusAsync("session-1", pollTimeout: 60, cancellation.Token);

        cancellation.Cancel();

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cancellation.Token, exception.CancellationToken);
    }

    [Fact]
    public async Task Required_arguments_are_checked_before_anything_is_sent()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, "{}"));
        var client = CreateClient(server);

        await Assert.ThrowsAsync<ArgumentException>(() => client.GetAuthenticationStatusAsync(""));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.ExchangeCodeForTokensAsync((TokensRequest)null!));
        Assert.Throws<ArgumentException>(() => new AiiaAuthenticationClient(server.CreateClient(), new AiiaAuthenticationClientOptions { ClientId = ClientId, ClientSecret = " " }));
        Assert.Empty(server.Requests);
    }
}
