using Aiia.Codegen.Runtime;
using Aiia.Codegen.Sessions;

namespace Aiia.Codegen.Sample;

/// <summary>
/// The flow an application runs: start a login, wait for the person with the long poll, exchange the code once,
/// then keep the login in the encrypted session store and let the session keeper renew it without the person.
/// Everything it prints is safe to print: tokens show as [redacted].
/// </summary>
internal sealed class LoginFlow(AiiaAuthenticationClient client, SqliteSessionStore store, TextWriter output)
{
    /// <summary>Runs the flow; <paramref name="person"/> is told the login URL (the sandbox's simulated person, or a human).</summary>
    /// <returns>The process exit code: 0 when every step succeeded.</returns>
    public async Task<int> RunAsync(string userHash, Uri redirectUrl, Func<InitializeResponse, CancellationToken, Task> person, PollOptions waitOptions, CancellationToken cancellationToken)
    {
        var login = await client.InitializeAsync(
            new InitializeRequest { UserHash = userHash, RedirectUrl = redirectUrl.ToString(), Language = "en" },
            cancellationToken);
        output.WriteLine($"1. Login started: session {login.SessionId}");
        output.WriteLine($"   The person logs in at: {login.AuthUrl}");

        var personTask = person(login, cancellationToken);
        output.WriteLine($"2. Waiting for the person (long poll of {waitOptions.PollTimeout.TotalSeconds:0} s per request, deadline {waitOptions.Deadline.TotalMinutes:0.#} min)...");
        var progress = new SynchronousProgress<AuthenticationStatus>(status => output.WriteLine($"   ... still {status.State}"));
        var wait = await client.WaitForAuthenticationStatusAsync(login.SessionId, waitOptions, progress, cancellationToken);
        await personTask;

        if (wait.DeadlineReached)
        {
            output.WriteLine($"   The person did not finish within the deadline ({wait.Requests} requests).");
            return 1;
        }

        var status = wait.Response!;
        output.WriteLine($"   Login {status.State} after {wait.Requests} request(s), {wait.TransientFailures} transient failure(s), {wait.Elapsed.TotalSeconds:0.0} s.");
        if (status.State != AuthenticationState.Succeeded || status.Code is null)
        {
            output.WriteLine("   No code to exchange; the flow ends here.");
            return status.State == AuthenticationState.NotApplicable ? 0 : 1;
        }

        // The code lives one minute and works once: wrap it now, exchange it right away.
        var code = client.ObtainCode(status.Code);
        output.WriteLine($"3. Code obtained (expires {code.ExpiresAt:HH:mm:ss} UTC); exchanging it once...");
        var tokens = await client.ExchangeCodeForTokensAsync(code, cancellationToken);
        PrintTokens(tokens);

        if (!tokens.Login.SupportsUnattended)
        {
            output.WriteLine($"4. {tokens.Login.ProviderId} does not support unattended logins; keep using the person's login.");
            return 0;
        }

        // Keep the login: encrypted at rest, keyed by our own key of the user, with what its renewal needs (the userHash).
        var keeper = new SessionKeeper(store, new AiiaAuthenticationClientSessionRenewer(client));
        string userKey = "sample:" + userHash;
        var grant = AiiaAuthenticationClientSessionRenewer.ToSessionGrant(tokens, userHash);
        await keeper.StartSessionAsync(userKey, grant, cancellationToken);
        output.WriteLine($"4. Login stored, encrypted, in {store.DatabasePath} (keys beside it in aiia-session-keys).");

        // Pretend an hour went by: the stored access token is about to expire, so the keeper renews the session once
        // (an unattended login), stores the new login token in place of the old one, and serves the new access token.
        await store.SaveAsync(userKey, new SessionGrant
        {
            AccessToken = grant.AccessToken,
            AccessTokenExpires = DateTimeOffset.UtcNow,
            LoginToken = grant.LoginToken,
            LoginTokenExpires = grant.LoginTokenExpires,
            SupportsUnattended = grant.SupportsUnattended,
            ProviderId = grant.ProviderId,
            RenewalValues = grant.RenewalValues,
        }, cancellationToken);
        var renewingKeeper = new SessionKeeper(store, new AiiaAuthenticationClientSessionRenewer(client));
        string accessToken = await renewingKeeper.GetAccessTokenAsync(userKey, cancellationToken);
        var stored = await store.FindAsync(userKey, cancellationToken);
        bool rotated = stored?.LoginToken != grant.LoginToken;
        output.WriteLine($"5. Session renewed by the keeper (unattended login): new access token {(accessToken != grant.AccessToken ? "issued" : "NOT issued")}, " +
            $"valid until {stored?.AccessTokenExpires:u}; login token {(rotated ? "rotated and stored" : "unchanged")}. Stored: {stored}");
        return accessToken != grant.AccessToken && stored is not null ? 0 : 1;
    }

    private void PrintTokens(TokensResponse tokens)
    {
        output.WriteLine($"   Session: {tokens.Session}");
        output.WriteLine($"   Login:   {tokens.Login}");
        output.WriteLine($"   Access token expires {tokens.Session.Expires:u}; login token expires {tokens.Login.Expires:u}; supports unattended: {tokens.Login.SupportsUnattended}.");
    }

    /// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; posts to the thread pool and can reorder lines).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
