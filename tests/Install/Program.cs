// The Program.cs of the install test's fresh console project (copied there by install-test.sh; not built here).
// Everything it uses comes from the packages and from the spec file dropped next to it.
using Aiia.Codegen.Sandbox;
using InstallCheck;

await using var sandbox = await AiiaSandbox.StartAsync();
var client = new AiiaAuthenticationClient(
    sandbox.CreateHttpClient(),
    new AiiaAuthenticationClientOptions { ClientId = sandbox.ClientId, ClientSecret = sandbox.ClientSecret });

var login = await client.InitializeAsync(new InitializeRequest { UserHash = "install-check-0001", RedirectUrl = "https://example.test/callback" });
sandbox.CompleteLogin(login.SessionId);
var wait = await client.WaitForAuthenticationStatusAsync(login.SessionId);
var tokens = await client.ExchangeCodeForTokensAsync(client.ObtainCode(wait.Response!.Code!));

Console.WriteLine($"install-check: {wait.Response.State}, tokens {(tokens.Success ? "issued" : "refused")}, {tokens.Session}");
return tokens.Success ? 0 : 1;
