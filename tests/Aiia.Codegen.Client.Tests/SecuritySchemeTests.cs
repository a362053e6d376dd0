using System.Collections.Concurrent;
using Aiia.Codegen.Runtime;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Aiia.Codegen.Client.Tests;

/// <summary>
/// The client generated from <c>Specs/security.openapi.yaml</c> against a real server on loopback: what each kind of
/// security scheme puts on the wire, which alternative is sent, and that no secret reaches a log, an exception or
/// <c>ToString()</c>.
/// </summary>
public sealed class SecuritySchemeTests
{
    private static SecurityClient CreateClient(LoopbackServer server, Action<SecurityClientOptions> configure)
    {
        var options = new SecurityClientOptions();
        configure(options);
        return new SecurityClient(server.CreateClient(), options);
    }

    private static string? Header(RecordedRequest request, string name) => request.Headers.TryGetValue(name, out var value) ? value : null;

    [Fact]
    public async Task A_bearer_token_is_asked_for_on_every_call_so_a_renewed_token_is_sent()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var tokens = new Queue<string>(["token-1", "token-2"]);
        var contexts = new ConcurrentQueue<ApiTokenContext>();
        var client = CreateClient(server, o => o.TokenSource = ApiTokenSource.Create((context, _) =>
        {
            contexts.Enqueue(context);
            return ValueTask.FromResult<string?>(tokens.Dequeue());
        }));

        await client.GetWithBearerAsync();
        await client.GetWithBearerAsync();

        Assert.Equal(["Bearer token-1", "Bearer token-2"], server.Requests.Select(r => Header(r, "Authorization")));
        Assert.All(contexts, context =>
        {
            Assert.Equal("bearer", context.SchemeName);
            Assert.Empty(context.Scopes);
            Assert.Equal("getWithBearer", context.OperationId);
        });
        Assert.Equal(2, contexts.Count);
    }

    [Fact]
    public async Task OAuth2_and_OpenID_Connect_tokens_come_from_the_same_source_with_the_operations_scopes()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var scopes = new ConcurrentQueue<string>();
        var client = CreateClient(server, o => o.TokenSource = ApiTokenSource.Create((context, _) =>
        {
            scopes.Enqueue(context.SchemeName + ": " + string.Join(' ', context.Scopes));
            return ValueTask.FromResult<string?>(context.SchemeName + "-token");
        }));

        await client.GetWithOAuthAsync();
        await client.GetWithOpenIdConnectAsync();

        Assert.Equal(["Bearer oauth-token", "Bearer oidc-token"], server.Requests.Select(r => Header(r, "Authorization")));
        Assert.Equal(["oauth: read:things write:things", "oidc: openid"], scopes);
    }

    [Fact]
    public async Task A_token_source_that_has_no_token_sends_no_authorization_and_the_401_is_an_ApiException()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
            LoopbackServer.Respond(context.Request.Headers.ContainsKey("Authorization") ? 204 : 401)(context));
        var client = CreateClient(server, o => o.TokenSource = ApiTokenSource.Create((_, _) => ValueTask.FromResult<string?>(null)));

        var failure = await Assert.ThrowsAsync<ApiException>(() => client.GetWithBearerAsync());

        Assert.Equal(401, failure.StatusCode);
        Assert.Null(Header(Assert.Single(server.Requests), "Authorization"));
    }

    [Theory]
    [InlineData("aladdin", "open sesame", "Basic YWxhZGRpbjpvcGVuIHNlc2FtZQ==")]
    [InlineData("jürgen", "ß€", "Basic asO8cmdlbjrDn+KCrA==")] // UTF-8, as RFC 7617's charset="UTF-8"
    public async Task Basic_authorization_is_the_base64_of_user_colon_password(string userName, string password, string expected)
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = CreateClient(server, o => (o.BasicUserName, o.BasicPassword) = (userName, password));

        await client.GetWithBasicAsync();

        Assert.Equal(expected, Header(Assert.Single(server.Requests), "Authorization"));
    }

    [Fact]
    public async Task An_api_key_travels_in_the_query_and_two_api_keys_in_one_cookie_header()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = CreateClient(server, o => (o.QueryKey, o.CookieKey, o.SessionCookie) = ("q key/1", "c-key", "s-1"));

        await client.GetWithQueryKeyAsync();
        await client.GetWithCookiesAsync();

        Assert.Equal("/query-key?api_key=q%20key%2F1", server.Requests[0].RawTarget);
        Assert.Null(Header(server.Requests[0], "Cookie"));
        Assert.Equal("key=c-key; session=s-1", Header(server.Requests[1], "Cookie"));
        Assert.Equal("/cookies", server.Requests[1].RawTarget);
    }

    [Fact]
    public async Task An_anonymous_operation_sends_no_credentials_even_when_all_are_configured()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var asked = 0;
        var client = CreateClient(server, o =>
        {
            o.TokenSource = ApiTokenSource.Create(_ => { Interlocked.Increment(ref asked); return ValueTask.FromResult("token"); });
            (o.BasicUserName, o.BasicPassword, o.QueryKey, o.CookieKey, o.SessionCookie) = ("user", "password", "q", "c", "s");
        });

        await client.GetAnonymouslyAsync();

        var request = Assert.Single(server.Requests);
        Assert.Equal("/anonymous", request.RawTarget);
        Assert.Null(Header(request, "Authorization"));
        Assert.Null(Header(request, "Cookie"));
        Assert.Equal(0, asked);
    }

    [Fact]
    public async Task Of_several_alternatives_the_first_configured_one_is_sent_and_none_configured_sends_nothing()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
            LoopbackServer.Respond(context.Request.Headers.ContainsKey("Authorization") ? 204 : 401)(context));
        var token = ApiTokenSource.Create(_ => ValueTask.FromResult("oauth-token"));

        await CreateClient(server, o => (o.TokenSource, o.BasicUserName, o.BasicPassword) = (token, "user", "password")).GetWithEitherAsync();
        await CreateClient(server, o => (o.BasicUserName, o.BasicPassword) = ("user", "password")).GetWithEitherAsync();
        // No credential is required by every call: the client needs no options at all.
        var failure = await Assert.ThrowsAsync<ApiException>(() => new SecurityClient(server.CreateClient()).GetWithEitherAsync());

        Assert.Equal(401, failure.StatusCode);
        Assert.Equal(
            ["Bearer oauth-token", "Basic dXNlcjpwYXNzd29yZA==", null],
            server.Requests.Select(r => Header(r, "Authorization")));
    }

    [Fact]
    public async Task No_token_password_or_key_reaches_a_log_an_exception_or_ToString()
    {
        const string Token = "tok-SECRET-1a2b";
        const string Password = "pw-SECRET-3c4d";
        const string QueryKey = "qk-SECRET-5e6f";
        const string CookieKey = "ck-SECRET-7a8b";
        // The server echoes the token as an error code, as a hostile or careless server might.
        await using var server = await LoopbackServer.StartAsync(context => context.Request.Path == "/either"
            ? LoopbackServer.Respond(401, $$$"""{"error":"{{{Token}}}","details":{"password":"{{{Password}}}"}}""")(context)
            : LoopbackServer.Respond(204)(context));
        using var logs = new FakeLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var options = new SecurityClientOptions
        {
            LoggerFactory = loggerFactory,
            TokenSource = ApiTokenSource.Create(_ => ValueTask.FromResult(Token)),
            BasicUserName = "user",
            BasicPassword = Password,
            QueryKey = QueryKey,
            CookieKey = CookieKey,
            SessionCookie = CookieKey,
        };
        var client = new SecurityClient(server.CreateClient(), options);

        await client.GetWithBearerAsync();
        await client.GetWithBasicAsync();
        await client.GetWithQueryKeyAsync();
        await client.GetWithCookiesAsync();
        var failure = await Assert.ThrowsAsync<ApiException>(() => client.GetWithEitherAsync());

        Assert.Equal("Bearer " + Token, Header(server.Requests[0], "Authorization")); // they were sent...
        string[] secrets = [Token, Password, QueryKey, CookieKey, Convert.ToBase64String("user:"u8.ToArray().Concat(System.Text.Encoding.UTF8.GetBytes(Password)).ToArray())];
        var records = logs.Collector.GetSnapshot();
        Assert.NotEmpty(records);
        var texts = records
            .SelectMany(r => new[] { r.Message, r.Exception?.ToString() ?? string.Empty }
                .Concat((r.StructuredState ?? []).Select(pair => pair.Key + "=" + pair.Value)))
            .Concat([failure.Message, failure.ToString(), options.ToString(), options.TokenSource.ToString()!]);
        Assert.All(texts, text => Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal))); // ...and never shown
    }

    [Fact]
    public async Task Registered_with_dependency_injection_the_token_source_comes_from_the_container()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var services = new ServiceCollection();
        services.AddSingleton(ApiTokenSource.Create(_ => ValueTask.FromResult("container-token")));
        services.AddSecurityClient(o => o.BaseAddress = server.BaseAddress);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<SecurityClient>().GetWithBearerAsync();

        Assert.Equal("Bearer container-token", Header(Assert.Single(server.Requests), "Authorization"));
    }
}
