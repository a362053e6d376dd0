using System.Net;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary>The sandbox's bank: the HTML page at a login's authUrl and its approve/reject links.</summary>
public sealed class LoginPageTests
{
    [Fact]
    public async Task The_auth_url_shows_a_page_with_approve_and_reject_links()
    {
        await using var api = await SandboxApi.StartAsync();
        ApiResult initialized = await api.InitializeRawAsync();
        string sessionId = initialized.String("sessionId");

        using HttpResponseMessage page = await api.Http.GetAsync(initialized.String("authUrl")).WaitAsync(SandboxApi.HangGuard);
        string html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"href=\"/sandbox/login/{sessionId}/approve\"", html);
        Assert.Contains($"href=\"/sandbox/login/{sessionId}/reject\"", html);
    }

    [Fact]
    public async Task Dynamic_values_on_the_page_are_html_encoded()
    {
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { ProviderSelector = _ => "<Bank & \"Co\">" });
        ApiResult initialized = await api.InitializeRawAsync();

        string html = await api.Http.GetStringAsync(initialized.String("authUrl")).WaitAsync(SandboxApi.HangGuard);

        Assert.DoesNotContain("<Bank", html);
        Assert.Contains("&lt;Bank &amp; &quot;Co&quot;&gt;", html);
    }

    [Fact]
    public async Task Approving_finishes_the_login_and_redirects_with_the_code()
    {
        await using var api = await SandboxApi.StartAsync();
        string sessionId = await api.InitializeAsync();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = api.Sandbox.BaseAddress };

        using HttpResponseMessage response = await browser.GetAsync($"/sandbox/login/{sessionId}/approve").WaitAsync(SandboxApi.HangGuard);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(api.Sandbox.GetRedirectUri(sessionId), response.Headers.Location);
        ApiResult status = await api.StatusAsync(sessionId);
        Assert.Equal("Succeeded", status.String("state"));
        Assert.Equal(status.String("code"), Uri.UnescapeDataString(RedirectUriTests.QueryValue(response.Headers.Location!, "code")));
    }

    [Fact]
    public async Task Rejecting_cancels_the_login_and_redirects_with_an_error()
    {
        await using var api = await SandboxApi.StartAsync();
        string sessionId = await api.InitializeAsync();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = api.Sandbox.BaseAddress };

        using HttpResponseMessage response = await browser.GetAsync($"/sandbox/login/{sessionId}/reject").WaitAsync(SandboxApi.HangGuard);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("?error=Cancelled", response.Headers.Location!.Query);
        Assert.Equal(SandboxSessionState.Cancelled, api.Sandbox.GetSession(sessionId)!.State);
    }

    [Fact]
    public async Task A_second_click_keeps_the_first_outcome()
    {
        await using var api = await SandboxApi.StartAsync();
        string sessionId = await api.InitializeAsync();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = api.Sandbox.BaseAddress };

        using HttpResponseMessage first = await browser.GetAsync($"/sandbox/login/{sessionId}/reject").WaitAsync(SandboxApi.HangGuard);
        using HttpResponseMessage second = await browser.GetAsync($"/sandbox/login/{sessionId}/approve").WaitAsync(SandboxApi.HangGuard);

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(SandboxSessionState.Cancelled, api.Sandbox.GetSession(sessionId)!.State);
    }

    [Fact]
    public async Task An_unknown_login_page_is_404()
    {
        await using var api = await SandboxApi.StartAsync();

        using HttpResponseMessage response = await api.Http.GetAsync("/sandbox/login/no-such-session/approve").WaitAsync(SandboxApi.HangGuard);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
