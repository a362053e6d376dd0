using Aiia.Codegen.Runtime;
using Aiia.Codegen.Sandbox;

namespace Aiia.Codegen.Sessions.Tests;

/// <summary>The session keeper against the sandbox on a SQLite store: cache, renewal, rotation, consent, secrecy.</summary>
public sealed class KeeperTests
{
    [Fact]
    public async Task AValidTokenIsServedWithoutRenewing()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var keeper = bed.Keeper(bed.Sqlite());
        await keeper.StartSessionAsync("user-1", grant);

        bed.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(grant.AccessToken, await keeper.GetAccessTokenAsync("user-1"));
        // A keeper that just started (another process, a restart) reads it from the store.
        Assert.Equal(grant.AccessToken, await bed.Keeper(bed.Sqlite()).GetAccessTokenAsync("user-1"));
        Assert.Equal(0, bed.UnattendedLogins);
    }

    [Fact]
    public async Task NearExpiryTheSessionIsRenewedAndTheLoginTokenRotated()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var store = bed.Sqlite();
        var keeper = bed.Keeper(store);
        await keeper.StartSessionAsync("user-1", grant);
        var loginTokens = new List<string> { grant.LoginToken };

        // Three renewals in a row: each sends the login token the previous one stored. The sandbox refuses a login
        // token used before, so three successes mean the old token was never sent again.
        var accessTokens = new List<string> { grant.AccessToken };
        for (var i = 0; i < 3; i++)
        {
            bed.Time.Advance(TimeSpan.FromMinutes(59));
            accessTokens.Add(await keeper.GetAccessTokenAsync("user-1"));
            loginTokens.Add((await store.FindAsync("user-1"))!.LoginToken!);
        }

        Assert.Equal(3, bed.UnattendedLogins);
        Assert.Equal(4, accessTokens.Distinct().Count());
        Assert.Equal(4, loginTokens.Distinct().Count());
    }

    [Fact]
    public async Task FiftyCallersAtExpiryCauseOneRenewal()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var keeper = bed.Keeper(bed.Sqlite());
        await keeper.StartSessionAsync("user-1", grant);
        bed.Time.Advance(TimeSpan.FromMinutes(59));

        var tokens = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () => await keeper.GetAccessTokenAsync("user-1"))));

        Assert.Equal(1, bed.UnattendedLogins);
        var renewed = Assert.Single(tokens.Distinct());
        Assert.NotEqual(grant.AccessToken, renewed);
    }

    [Fact]
    public async Task TwoKeepersSharingTheFileRenewOnce()
    {
        // Two keepers with their own caches and flights (as two processes would have), one SQLite file.
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        await bed.Sqlite().SaveAsync("user-1", grant);
        var first = bed.Keeper(bed.Sqlite());
        var second = bed.Keeper(bed.Sqlite());
        bed.Time.Advance(TimeSpan.FromMinutes(59));

        var tokens = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? first : second).GetAccessTokenAsync("user-1"))));

        Assert.Equal(1, bed.UnattendedLogins);
        Assert.Single(tokens.Distinct());
    }

    [Fact]
    public async Task NoStoredSessionNeedsConsentAtOnce()
    {
        await using var bed = await Testbed.StartAsync();
        var keeper = bed.Keeper(bed.Sqlite());

        var exception = await Assert.ThrowsAsync<SessionConsentRequiredException>(async () => await keeper.GetAccessTokenAsync("nobody"));

        Assert.Equal(SessionConsentReason.NoStoredSession, exception.Reason);
        Assert.Equal(0, bed.UnattendedLogins);
    }

    [Fact]
    public async Task ALoginThatCannotBeRenewedNeedsConsentWithoutARequest()
    {
        await using var bed = await Testbed.StartAsync(configure: options => options.ProviderSelector = _ => "NoUnattendedBank");
        var grant = await bed.LoginAsync();
        Assert.False(grant.SupportsUnattended);
        var keeper = bed.Keeper(bed.Sqlite());
        await keeper.StartSessionAsync("user-1", grant);
        bed.Time.Advance(TimeSpan.FromMinutes(59));

        var exception = await Assert.ThrowsAsync<SessionConsentRequiredException>(async () => await keeper.GetAccessTokenAsync("user-1"));

        Assert.Equal(SessionConsentReason.UnattendedNotSupported, exception.Reason);
        Assert.Equal(0, bed.UnattendedLogins);
    }

    [Fact]
    public async Task AnExpiredLoginNeedsConsentWithoutARequest()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var keeper = bed.Keeper(bed.Sqlite());
        await keeper.StartSessionAsync("user-1", grant);
        bed.Time.Advance(TimeSpan.FromDays(181));

        var exception = await Assert.ThrowsAsync<SessionConsentRequiredException>(async () => await keeper.GetAccessTokenAsync("user-1"));

        Assert.Equal(SessionConsentReason.LoginExpired, exception.Reason);
        Assert.Equal(0, bed.UnattendedLogins);
    }

    [Fact]
    public async Task ARefusedLoginTokenIsRecordedAndNeverSentAgain()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var store = bed.Sqlite();
        var keeper = bed.Keeper(store);
        // A login token the API does not know (revoked at the bank, say).
        await keeper.StartSessionAsync("user-1", new SessionGrant
        {
            AccessToken = grant.AccessToken,
            AccessTokenExpires = grant.AccessTokenExpires,
            LoginToken = "revoked-login-token",
            LoginTokenExpires = grant.LoginTokenExpires,
            SupportsUnattended = true,
            RenewalValues = grant.RenewalValues,
        });
        bed.Time.Advance(TimeSpan.FromMinutes(59));

        var refused = await Assert.ThrowsAsync<SessionConsentRequiredException>(async () => await keeper.GetAccessTokenAsync("user-1"));
        Assert.Equal(SessionConsentReason.LoginRefused, refused.Reason);
        Assert.IsAssignableFrom<ApiException>(refused.InnerException);

        // Again, from this keeper and from a fresh one (another instance): at once, no second request.
        foreach (var again in new[] { keeper, bed.Keeper(bed.Sqlite()) })
        {
            var exception = await Assert.ThrowsAsync<SessionConsentRequiredException>(async () => await again.GetAccessTokenAsync("user-1"));
            Assert.Equal(SessionConsentReason.LoginRefused, exception.Reason);
        }

        Assert.Equal(1, bed.UnattendedLogins);
        var stored = await store.FindAsync("user-1");
        Assert.Null(stored!.LoginToken);
        Assert.Equal(SessionConsentReason.LoginRefused, stored.ConsentRequired);

        // The person logs in again: the session works again.
        var fresh = await bed.LoginAsync();
        await keeper.StartSessionAsync("user-1", fresh);
        Assert.Equal(fresh.AccessToken, await keeper.GetAccessTokenAsync("user-1"));
    }

    [Fact]
    public async Task ATransientFailureSurfacesAsApiExceptionAndKeepsTheTokens()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var store = bed.Sqlite();
        var keeper = bed.Keeper(store);
        await keeper.StartSessionAsync("user-1", grant);
        bed.Time.Advance(TimeSpan.FromMinutes(59));
        bed.Sandbox.Faults.Kinds = SandboxFaultKinds.ServiceUnavailable;
        bed.Sandbox.Faults.Rate = 1;

        var exception = await Assert.ThrowsAsync<ApiException>(async () => await keeper.GetAccessTokenAsync("user-1"));

        Assert.True(exception.IsTransient);
        Assert.Equal(grant.LoginToken, (await store.FindAsync("user-1"))!.LoginToken);
        bed.Sandbox.Faults.Rate = 0;
        Assert.NotEqual(grant.AccessToken, await keeper.GetAccessTokenAsync("user-1"));
    }

    [Fact]
    public async Task RefusedPartnerCredentialsKeepTheLoginToken()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var store = bed.Sqlite();
        var misconfigured = new AiiaAuthenticationClient(bed.Sandbox.CreateHttpClient(), new AiiaAuthenticationClientOptions
        {
            ClientId = bed.Sandbox.ClientId,
            ClientSecret = "not-the-client-secret",
            TimeProvider = bed.Time,
        });
        var keeper = new SessionKeeper(store, new AiiaAuthenticationClientSessionRenewer(misconfigured), new SessionKeeperOptions { TimeProvider = bed.Time });
        await keeper.StartSessionAsync("user-1", grant);
        bed.Time.Advance(TimeSpan.FromMinutes(59));

        var exception = await Assert.ThrowsAsync<ApiException>(async () => await keeper.GetAccessTokenAsync("user-1"));

        // A wrong client secret is the partner's mistake, not a refused login: nobody is asked to consent again.
        Assert.Equal(401, exception.StatusCode);
        var stored = (await store.FindAsync("user-1"))!;
        Assert.Equal(grant.LoginToken, stored.LoginToken);
        Assert.Null(stored.ConsentRequired);
        Assert.NotEqual(grant.AccessToken, await bed.Keeper(store).GetAccessTokenAsync("user-1"));
    }

    [Fact]
    public async Task NoTokenReachesLogsOrExceptions()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var store = bed.Sqlite();
        var keeper = bed.Keeper(store);
        await keeper.StartSessionAsync("user-1", grant);
        bed.Time.Advance(TimeSpan.FromMinutes(59));
        var renewed = await keeper.GetAccessTokenAsync("user-1");
        var renewedLogin = (await store.FindAsync("user-1"))!.LoginToken!;
        await store.SaveAsync("user-2", new SessionGrant
        {
            AccessToken = "expired-access-token", AccessTokenExpires = bed.Time.GetUtcNow(), LoginToken = "unknown-login-token",
            LoginTokenExpires = grant.LoginTokenExpires, SupportsUnattended = true, RenewalValues = grant.RenewalValues,
        });
        var refused = await Assert.ThrowsAsync<SessionConsentRequiredException>(async () => await keeper.GetAccessTokenAsync("user-2"));

        var text = bed.LogText() + refused;
        Assert.Contains("renewed", text, StringComparison.Ordinal);
        foreach (var token in new[] { grant.AccessToken, grant.LoginToken, renewed, renewedLogin, "unknown-login-token" })
        {
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        }
    }
}
