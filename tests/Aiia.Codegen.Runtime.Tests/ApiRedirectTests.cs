using System.Text;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>
/// Redirects, with two loopback listeners as two origins: the transport follows same-origin 307/308 (any method) and
/// 301/302/303 (GET) up to MaxRedirects; anything else is refused before a byte goes to the target, and a cross-origin
/// redirect that an auto-following handler already took is refused with its response discarded.
/// </summary>
public sealed class ApiRedirectTests
{
    private const string Secret = "secret-VALUE-2d8e";
    private const string ItemBody = """{"count":5}""";

    private static ApiRequest Request(HttpMethod method)
    {
        var request = new ApiRequest(method, "/v1/x", "op", "/v1/x");
        request.AddHeader("X-Client-Secret", Secret, sensitive: true);
        if (method != HttpMethod.Get)
        {
            request.SetJsonBody(new InitializeRequest("hash-1", "https://app/cb", null), InitializeRequestJsonConverter.Instance);
        }

        return request;
    }

    private static string Elsewhere(LoopbackServer other) => new Uri(other.BaseAddress, "/v1/landing?code=" + Secret).ToString();

    [Theory]
    [InlineData("GET", 307)]
    [InlineData("POST", 307)]
    [InlineData("POST", 308)]
    [InlineData("GET", 302)]
    [InlineData("GET", 301)]
    public async Task A_redirect_to_another_origin_is_refused_and_the_other_origin_gets_nothing(string method, int status)
    {
        await using LoopbackServer other = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, ItemBody));
        await using TestApi api = await TestApi.StartAsync(Replies.Redirect(status, Elsewhere(other)));

        var ex = await Assert.ThrowsAsync<ApiRedirectException>(() => api.Client.SendAsync(Request(new HttpMethod(method)), ItemJsonConverter.Instance));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(Replies.Origin(other), ex.TargetOrigin);
        Assert.False(ex.FollowedByHandler);
        Assert.False(ex.IsTransient);
        Assert.DoesNotContain(Secret, ex.ToString());
        Assert.DoesNotContain("/v1/landing", ex.Message);
        Assert.Empty(other.Requests);
        Assert.Single(api.Requests);
        FakeLogAssert(api, "RedirectRefused", 7, Replies.Origin(other));
    }

    [Theory]
    [InlineData("POST", 307)]
    [InlineData("POST", 308)]
    [InlineData("GET", 307)]
    [InlineData("GET", 301)]
    [InlineData("GET", 302)]
    [InlineData("GET", 303)]
    public async Task A_same_origin_redirect_is_followed_resending_method_body_and_headers(string method, int status)
    {
        await using TestApi api = await TestApi.StartAsync(Replies.Script(Replies.Redirect(status, "/v2/moved"), LoopbackServer.Respond(200, ItemBody)));

        Item item = await api.Client.SendAsync(Request(new HttpMethod(method)), ItemJsonConverter.Instance);

        Assert.Equal(5, item.Count);
        Assert.Equal(["/v1/x", "/v2/moved"], api.Requests.Select(r => r.RawTarget));
        string body = method == "POST" ? """{"userHash":"hash-1","redirectUrl":"https://app/cb"}""" : string.Empty;
        Assert.All(api.Requests, r =>
        {
            Assert.Equal(method, r.Method);
            Assert.Equal(Secret, r.Headers["X-Client-Secret"]);
            Assert.Equal(body, Encoding.UTF8.GetString(r.Body));
        });
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    public async Task A_same_origin_method_changing_redirect_of_a_POST_is_refused(int status)
    {
        await using TestApi api = await TestApi.StartAsync(Replies.Script(Replies.Redirect(status, "/v2/moved"), LoopbackServer.Respond(200, ItemBody)));

        var ex = await Assert.ThrowsAsync<ApiRedirectException>(() => api.Client.SendAsync(Request(HttpMethod.Post), ItemJsonConverter.Instance));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(Replies.Origin(api.Server), ex.TargetOrigin);
        Assert.Single(api.Requests);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task More_than_MaxRedirects_is_refused(int maxRedirects)
    {
        await using TestApi api = await TestApi.StartAsync(Replies.Redirect(307, "/v1/again"), o => o.MaxRedirects = maxRedirects);

        var ex = await Assert.ThrowsAsync<ApiRedirectException>(() => api.Client.SendAsync(Request(HttpMethod.Get)));

        Assert.Equal(307, ex.StatusCode);
        Assert.Equal(Replies.Origin(api.Server), ex.TargetOrigin);
        Assert.Equal(maxRedirects + 1, api.Requests.Count);
    }

    [Fact]
    public async Task A_redirect_without_a_location_is_refused_without_a_target()
    {
        await using TestApi api = await TestApi.StartAsync(LoopbackServer.Respond(307));

        var ex = await Assert.ThrowsAsync<ApiRedirectException>(() => api.Client.SendAsync(Request(HttpMethod.Get)));

        Assert.Null(ex.TargetOrigin);
        Assert.Contains("no usable target", ex.Message);
    }

    [Fact]
    public async Task A_cross_origin_redirect_followed_by_the_handler_is_refused_and_its_body_discarded()
    {
        await using LoopbackServer other = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, ItemBody));
        // A plain HttpClient follows redirects itself: the runtime only sees where the response came from.
        await using TestApi api = await TestApi.StartAsync(Replies.Redirect(307, Elsewhere(other)), http: new HttpClient());

        var ex = await Assert.ThrowsAsync<ApiRedirectException>(() => api.Client.SendAsync(Request(HttpMethod.Get), ItemJsonConverter.Instance));

        Assert.True(ex.FollowedByHandler);
        Assert.Equal(Replies.Origin(other), ex.TargetOrigin);
        Assert.Equal(200, ex.StatusCode);
        Assert.Contains("AllowAutoRedirect = false", ex.Message);
        Assert.Single(other.Requests);
        Assert.Empty(api.Client.Events("RequestSucceeded"));
        FakeLogAssert(api, "RedirectFollowedByHandler", 8, Replies.Origin(other));
    }

    [Fact]
    public async Task A_client_from_ApiHttp_does_not_follow_a_cross_origin_redirect()
    {
        await using LoopbackServer other = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, ItemBody));
        await using TestApi api = await TestApi.StartAsync(Replies.Redirect(307, Elsewhere(other)));
        HttpClient http = ApiHttp.CreateClient(new ApiClientOptions { BaseAddress = api.Server.BaseAddress });

        var ex = await Assert.ThrowsAsync<ApiRedirectException>(() =>
            new ApiTransport(http, new ApiClientOptions()).SendAsync(Request(HttpMethod.Post), ItemJsonConverter.Instance));

        Assert.False(ex.FollowedByHandler);
        Assert.Empty(other.Requests);
    }

    private static void FakeLogAssert(TestApi api, string eventName, int eventId, string origin)
    {
        var record = Assert.Single(api.Client.Events(eventName));
        Assert.Equal(eventId, record.Id.Id);
        Assert.Equal(origin, record.GetStructuredStateValue("TargetOrigin"));
        LogScan.AssertNoSecret(api.Client.Logs, Secret, "/v1/landing");
    }
}
