using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Aiia.Codegen.Sessions.Tests;

/// <summary>The bearer handler on another HTTP client: the current user's token, one renewal on a 401, resent only
/// when the request can be.</summary>
public sealed class BearerHandlerTests
{
    private sealed class CurrentUser : ISessionUserAccessor
    {
        public string? UserKey { get; set; } = "user-1";
    }

    [Fact]
    public async Task SendsTheUsersTokenAndRenewsOnceOnA401()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var keeper = bed.Keeper(bed.Sqlite());
        await keeper.StartSessionAsync("user-1", grant);
        // A data API that has revoked the first access token early.
        var seen = new ConcurrentQueue<string>();
        await using var api = await LoopbackServer.StartAsync(async context =>
        {
            var authorization = context.Request.Headers.Authorization.ToString();
            seen.Enqueue(authorization);
            context.Response.StatusCode = authorization == "Bearer " + grant.AccessToken ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK;
            await context.Response.WriteAsync("{}");
        });
        await using var services = new ServiceCollection()
            .AddSingleton(keeper)
            .AddSingleton<ISessionUserAccessor>(new CurrentUser())
            .AddHttpClient("data", client => client.BaseAddress = api.BaseAddress).AddSessionBearerToken().Services
            .BuildServiceProvider();
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient("data");

        using var ok = await http.GetAsync("accounts");
        using var posted = await http.PostAsync("transfers", new StringContent("{}"));

        Assert.Equal(System.Net.HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(1, bed.UnattendedLogins);
        var renewed = await keeper.GetAccessTokenAsync("user-1");
        Assert.Equal(["Bearer " + grant.AccessToken, "Bearer " + renewed, "Bearer " + renewed], seen);
    }

    [Fact]
    public async Task AStreamedBodyIsNotResentAndTheRenewalHappensOnlyOnce()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var keeper = bed.Keeper(bed.Sqlite());
        await keeper.StartSessionAsync("user-1", grant);
        var requests = 0;
        await using var api = await LoopbackServer.StartAsync(context =>
        {
            Interlocked.Increment(ref requests);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        });
        using var http = new HttpClient(new SessionBearerHandler(keeper, _ => "user-1") { InnerHandler = new HttpClientHandler() }) { BaseAddress = api.BaseAddress };

        using var streamed = await http.PostAsync("upload", new StreamContent(new MemoryStream([1, 2, 3])));
        using var plain = await http.GetAsync("accounts");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, streamed.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, plain.StatusCode);
        Assert.Equal(3, requests);          // the stream once; the GET twice (once renewed)
        Assert.Equal(1, bed.UnattendedLogins);
    }
}
