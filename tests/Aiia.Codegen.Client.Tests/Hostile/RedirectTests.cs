using Aiia.Codegen.Runtime;
using Aiia.Codegen.Sandbox;

namespace Aiia.Codegen.Client.Tests.Hostile;

/// <summary>No request, credential, code or body goes to another origin: a redirect there is refused on both paths,
/// and one within the origin is followed.</summary>
public sealed class RedirectTests
{
    [Theory]
    [InlineData(ClientPath.Constructor)]
    [InlineData(ClientPath.DependencyInjection)]
    public async Task A_redirect_of_the_status_call_to_another_origin_is_refused_and_nothing_reaches_it(ClientPath path)
    {
        await using var harness = await HostileHarness.StartAsync(path);
        string sessionId = await harness.ApprovedLoginAsync();
        harness.Fault(SandboxFaultKinds.CrossOriginRedirect, SandboxEndpointNames.Status);

        var exception = await Assert.ThrowsAsync<ApiRedirectException>(() => harness.Client.GetAuthenticationStatusAsync(sessionId));

        Assert.Equal(307, exception.StatusCode);
        Assert.Equal(ApiOriginOf(harness.Sandbox.Elsewhere.BaseAddress), exception.TargetOrigin);
        Assert.False(exception.FollowedByHandler);
        Assert.False(exception.IsTransient);
        Assert.DoesNotContain("sandbox-redirected", exception.Message);
        Assert.DoesNotContain(sessionId, exception.Message);
        Assert.Equal(0, harness.Sandbox.Elsewhere.Requests);
        Assert.False(harness.Sandbox.Elsewhere.ReceivedClientSecret);
    }

    [Theory]
    [InlineData(ClientPath.Constructor)]
    [InlineData(ClientPath.DependencyInjection)]
    public async Task A_redirect_of_the_code_exchange_to_another_origin_sends_the_code_nowhere_and_gives_no_tokens(ClientPath path)
    {
        await using var harness = await HostileHarness.StartAsync(path);
        string sessionId = await harness.ApprovedLoginAsync();
        var status = await harness.Client.GetAuthenticationStatusAsync(sessionId);
        harness.Fault(SandboxFaultKinds.CrossOriginRedirect, SandboxEndpointNames.Tokens);

        var exception = await Assert.ThrowsAsync<ApiRedirectException>(() => harness.Client.ExchangeCodeForTokensAsync(harness.Client.ObtainCode(status.Code!)));

        Assert.Equal(ApiOriginOf(harness.Sandbox.Elsewhere.BaseAddress), exception.TargetOrigin);
        Assert.Equal(0, harness.Sandbox.Elsewhere.Requests);
        Assert.False(harness.Sandbox.Elsewhere.ReceivedBody);
        Assert.False(harness.Sandbox.Elsewhere.ReceivedClientSecret);
        Assert.Equal(1, harness.Sandbox.Statistics.GetRequestCount(SandboxEndpointNames.Tokens));
    }

    [Fact]
    public async Task An_HttpClient_that_follows_redirects_itself_is_caught_and_its_answer_discarded()
    {
        await using var sandbox = await AiiaSandbox.StartAsync();
        // A plain HttpClient follows redirects on its own: the runtime cannot stop it, so it must refuse the answer.
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        var client = new AiiaAuthenticationClient(http, new AiiaAuthenticationClientOptions { ClientId = sandbox.ClientId, ClientSecret = sandbox.ClientSecret });
        var login = await client.InitializeAsync(SandboxFlow.Login());
        sandbox.CompleteLogin(login.SessionId);
        var status = await client.GetAuthenticationStatusAsync(login.SessionId);
        sandbox.Faults.Kinds = SandboxFaultKinds.CrossOriginRedirect;
        sandbox.Faults.AppliesTo = name => name == SandboxEndpointNames.Tokens;
        sandbox.Faults.Rate = 1;

        var exception = await Assert.ThrowsAsync<ApiRedirectException>(() => client.ExchangeCodeForTokensAsync(client.ObtainCode(status.Code!)));

        Assert.True(exception.FollowedByHandler);
        Assert.Equal(ApiOriginOf(sandbox.Elsewhere.BaseAddress), exception.TargetOrigin);
        Assert.Equal(1, sandbox.Elsewhere.Requests);
        Assert.Contains("AllowAutoRedirect = false", exception.Message);
    }

    [Theory]
    [InlineData(ClientPath.Constructor, SandboxEndpointNames.Status)]
    [InlineData(ClientPath.DependencyInjection, SandboxEndpointNames.Status)]
    [InlineData(ClientPath.Constructor, SandboxEndpointNames.Tokens)]
    [InlineData(ClientPath.DependencyInjection, SandboxEndpointNames.Tokens)]
    public async Task A_redirect_within_the_origin_is_followed_with_method_body_and_credentials(ClientPath path, string endpoint)
    {
        await using var harness = await HostileHarness.StartAsync(path);
        string sessionId = await harness.ApprovedLoginAsync();
        harness.Fault(SandboxFaultKinds.SameOriginRedirect, endpoint);

        var status = await harness.Client.GetAuthenticationStatusAsync(sessionId);
        harness.Fault(SandboxFaultKinds.SameOriginRedirect, endpoint);
        var tokens = await harness.Client.ExchangeCodeForTokensAsync(harness.Client.ObtainCode(status.Code!));

        Assert.Equal(AuthenticationState.Succeeded, status.State);
        Assert.True(tokens.Success);
        Assert.True(harness.Sandbox.Statistics.GetFaultCount(SandboxFaultKinds.SameOriginRedirect) > 0);
        Assert.Equal(0, harness.Sandbox.Statistics.DuplicateCodeExchanges);
    }

    private static string ApiOriginOf(Uri uri) => $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}";
}
