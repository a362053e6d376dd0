namespace Aiia.Codegen.Sandbox.Tests;

/// <summary><see cref="AiiaSandbox.GetRedirectUri"/>: where the person's browser goes after the login.</summary>
public sealed class RedirectUriTests
{
    [Fact]
    public async Task The_code_is_escaped_so_plus_slash_and_equals_survive_unescaping()
    {
        await using var api = await SandboxApi.StartAsync();
        (string sessionId, string code) = await api.LoginAsync();

        Uri redirect = api.Sandbox.GetRedirectUri(sessionId);

        Assert.Equal("https://client.example/callback", redirect.GetLeftPart(UriPartial.Path));
        string escaped = QueryValue(redirect, "code");
        Assert.DoesNotContain('+', escaped);
        Assert.DoesNotContain('/', escaped);
        Assert.DoesNotContain('=', escaped);
        Assert.Equal(code, Uri.UnescapeDataString(escaped));
        Assert.Contains('+', code);
        Assert.Contains('/', code);
        Assert.Contains('=', code);
    }

    [Fact]
    public async Task An_existing_query_and_fragment_are_kept()
    {
        await using var api = await SandboxApi.StartAsync();
        string sessionId = await api.InitializeAsync(redirectUrl: "https://client.example/callback?state=a%20b&x=1#top");
        api.Sandbox.CompleteLogin(sessionId);

        Uri redirect = api.Sandbox.GetRedirectUri(sessionId);

        Assert.StartsWith("?state=a%20b&x=1&code=", redirect.Query);
        Assert.Equal("#top", redirect.Fragment);
    }

    [Theory]
    [InlineData(SandboxLoginOutcome.Cancelled, "Cancelled")]
    [InlineData(SandboxLoginOutcome.Failed, "Failed")]
    public async Task A_login_that_did_not_succeed_redirects_with_an_error_and_no_code(SandboxLoginOutcome outcome, string error)
    {
        await using var api = await SandboxApi.StartAsync();
        string sessionId = await api.InitializeAsync();
        api.Sandbox.CompleteLogin(sessionId, outcome);

        Uri redirect = api.Sandbox.GetRedirectUri(sessionId);

        Assert.Equal("?error=" + error, redirect.Query);
    }

    [Fact]
    public async Task A_login_in_progress_has_no_redirect_yet()
    {
        await using var api = await SandboxApi.StartAsync();
        string sessionId = await api.InitializeAsync();

        Assert.Throws<InvalidOperationException>(() => api.Sandbox.GetRedirectUri(sessionId));
        Assert.Throws<ArgumentException>(() => api.Sandbox.GetRedirectUri("no-such-session"));
    }

    internal static string QueryValue(Uri uri, string name)
    {
        foreach (string pair in uri.Query.TrimStart('?').Split('&'))
        {
            if (pair.StartsWith(name + "=", StringComparison.Ordinal))
            {
                return pair[(name.Length + 1)..];
            }
        }

        throw new Xunit.Sdk.XunitException($"The query has no '{name}' parameter.");
    }
}
