using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// <c>x-aiia-session-renewal</c> and <c>x-aiia-session-start</c>: the renewer a session keeper calls, emitted from the
/// spec, and AIIA0023 located at each mistake.
/// </summary>
public sealed class SessionExtensionTests
{
    [Fact]
    public void TheAiiaSpecGetsARenewerThatConsumersCanUse()
    {
        const string consumer = """
            using System.Threading;
            using System.Threading.Tasks;
            using Aiia.Codegen.Runtime;

            namespace Contoso.Consumer;

            internal static class Usage
            {
                internal static async Task<string> RunAsync(AiiaAuthenticationClient client, TokensResponse exchanged, CancellationToken cancellationToken)
                {
                    ISessionRenewer renewer = new AiiaAuthenticationClientSessionRenewer(client);
                    SessionGrant grant = AiiaAuthenticationClientSessionRenewer.ToSessionGrant(exchanged, "person-0001");
                    SessionGrant renewed = await renewer.RenewAsync(grant.LoginToken, grant.RenewalValues, cancellationToken);
                    return renewed.AccessToken;
                }
            }
            """;

        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.AiiaSpec)], [consumer]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var sessions = Assert.Single(run.Sources, s => s.HintName.EndsWith(".Sessions.g.cs", StringComparison.Ordinal));
        Assert.Contains("AccessToken = response.Session.AccessToken, // session.accessToken", sessions.Text, StringComparison.Ordinal);
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, $"{diagnostics.Length} diagnostics:\n{GeneratorHarness.Describe(diagnostics)}");
    }

    [Fact]
    public void ASpecWithoutTheExtensionGetsNoSessionFile()
    {
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.PetstoreSpec)]);

        Assert.DoesNotContain(run.Sources, s => s.HintName.EndsWith(".Sessions.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void ALoginTokenPropertyNotInTheBody() =>
        Single(Spec(loginTokenProperty: "[|token|]"), "AIIA0023", DiagnosticSeverity.Error, "paths./renew.post.x-aiia-session-renewal");

    [Fact]
    public void ARequiredBodyPropertyNeitherTokenNorStored() =>
        Single(Spec(storedProperties: "[]", anchor: true), "AIIA0023", DiagnosticSeverity.Error, "paths./renew.post.x-aiia-session-renewal");

    [Fact]
    public void AResponsePathThatDoesNotResolve() =>
        Single(Spec(accessToken: "[|session.token|]"), "AIIA0023", DiagnosticSeverity.Error, "paths./renew.post.x-aiia-session-renewal");

    [Fact]
    public void ARequiredResponsePathThroughAnOptionalProperty() =>
        Single(Spec(loginTokenExpires: "[|login.label|]"), "AIIA0023", DiagnosticSeverity.Error, "paths./renew.post.x-aiia-session-renewal");

    /// <summary>Found by round 18's hostile names: the renewer wrote <c>new Body { ... }</c> for an abstract base record (CS0144).</summary>
    [Fact]
    public void ADiscriminatedBaseBody()
    {
        var spec = Spec(anchor: true, body: "{$ref: '#/components/schemas/Body'}", schemas: """
                Body:
                  type: object
                  required: [userHash, loginToken]
                  properties: {userHash: {type: string}, loginToken: {type: string}}
                  discriminator: {propertyName: userHash}
                RenewBody:
                  allOf: [{$ref: '#/components/schemas/Body'}, {type: object, properties: {extra: {type: string}}}]

            """);

        var (diagnostic, _) = Single(spec, "AIIA0023", DiagnosticSeverity.Error, "paths./renew.post.x-aiia-session-renewal");

        Assert.StartsWith("Session extension: The renewal's request body at components.schemas.Body is a discriminated base", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void ASessionStartWithoutARenewal() =>
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /tokens:
                post:
                  operationId: exchange
                  [|x-aiia-session-start|]: true
                  responses:
                    '204': {description: None}
            """,
            "AIIA0023", DiagnosticSeverity.Error, "paths./tokens.post.x-aiia-session-start");

    [Fact]
    public void OptionalParametersOnTheCodeExchangeAndTheRenewalAreLeftToTheirDefaults()
    {
        // Found by specs built to break the generator: the single-use-code overload and the renewer passed the
        // cancellation token by position, onto the first optional parameter (CS1503).
        var aiia = SpecFile.Load(SpecFile.AiiaSpec);
        const string trace = "      parameters:\n        - {name: trace, in: query, schema: {type: string}}\n";
        var text = aiia.Text
            .Replace("      x-aiia-code-exchange:\n", trace + "      x-aiia-code-exchange:\n", StringComparison.Ordinal)
            .Replace("      x-aiia-session-renewal:\n", trace + "      x-aiia-session-renewal:\n", StringComparison.Ordinal);
        Assert.Equal(2, (text.Length - aiia.Text.Length) / trace.Length);

        var run = GeneratorHarness.Run([aiia.WithText(text)]);

        Assert.Empty(run.GeneratorDiagnostics);
        DiagnosticAssert.CompilesAndReports(run);
        var client = run.SourceEndingWith(".Client.g.cs");
        Assert.Contains("ExchangeCodeForTokensAsync(global::Contoso.Consumer.TokensRequest body, string? trace = null,", client, StringComparison.Ordinal);
    }

    [Fact]
    public void ARenewalThatMayAnswer204BesideItsTokensThrowsOnItRatherThanPassingNullOn()
    {
        // A documented bodiless 2xx makes the method's result nullable: the renewer must not hand null to CreateGrant.
        var spec = Spec().Replace(
            "      responses:\n        '200':",
            "      responses:\n        '204': {description: Nothing to renew}\n        '200':",
            StringComparison.Ordinal);
        var run = GeneratorHarness.Run([SpecFile.FromText("t.openapi.yaml", spec)]);

        Assert.Empty(run.GeneratorDiagnostics);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var sessions = run.SourceEndingWith(".Sessions.g.cs");
        Assert.Contains("if (response is null)", sessions, StringComparison.Ordinal);
    }

    [Fact]
    public void StoredValuesWhoseParameterNamesCollideAreNamedByTheParameterRule()
    {
        // user_hash and userHash are two properties (UserHash, UserHash2) but one camel-case name; 'response' is ToSessionGrant's own.
        var spec = Spec(storedProperties: "[userHash, user_hash, response]")
            .Replace("required: [userHash, loginToken]", "required: [userHash, user_hash, response, loginToken]", StringComparison.Ordinal)
            .Replace("userHash: {type: string}", "userHash: {type: string}\n                user_hash: {type: string}\n                response: {type: string}", StringComparison.Ordinal);
        var run = GeneratorHarness.Run([SpecFile.FromText("t.openapi.yaml", spec)]);

        // The property UserHash2 and the parameter userHash2, each reported.
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(("AIIA0014", DiagnosticSeverity.Info), (d.Id, d.Severity)));
        var messages = run.GeneratorDiagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.StartsWith("The session-start parameter of the stored property 'user_hash'", StringComparison.Ordinal) && m.Contains("it is generated as 'userHash2'", StringComparison.Ordinal));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var sessions = run.SourceEndingWith(".Sessions.g.cs");
        Assert.Contains(" response, string userHash, string userHash2, string responseValue)", sessions, StringComparison.Ordinal);
    }

    [Fact]
    public void ASessionStartAnsweringAnotherSchemaIsReportedNamingTheRenewalsRecord()
    {
        // Reported while reading, before the naming pass names the types: the message names the record's C# name all the same.
        var spec = Spec()
            .Replace("components:\n", """
                  /login:
                    post:
                      operationId: logIn
                      [|x-aiia-session-start|]: true
                      responses:
                        '200':
                          description: Other
                          content:
                            application/json:
                              schema: {type: object, properties: {a: {type: string}}}
                components:

                """, StringComparison.Ordinal);

        var (diagnostic, _) = Single(spec, "AIIA0023", DiagnosticSeverity.Error, "paths./login.post.x-aiia-session-start");

        Assert.Contains("The response of 'logIn' is not Tokens, the renewal's response", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>A renewal operation whose extension is built from the arguments (each may carry the marker).</summary>
    private static string Spec(
        string loginTokenProperty = "loginToken",
        string storedProperties = "[userHash]",
        string accessToken = "session.accessToken",
        string loginTokenExpires = "login.expires",
        bool anchor = false,
        string body = "{type: object, required: [userHash, loginToken], properties: {userHash: {type: string}, loginToken: {type: string}}}",
        string schemas = "") =>
        $$"""
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /renew:
            post:
              operationId: renew
              {{(anchor ? "[|x-aiia-session-renewal|]" : "x-aiia-session-renewal")}}:
                loginTokenProperty: {{loginTokenProperty}}
                storedProperties: {{storedProperties}}
                accessToken: {{accessToken}}
                accessTokenExpires: session.expires
                loginToken: login.loginToken
                loginTokenExpires: {{loginTokenExpires}}
                supportsUnattended: login.supportsUnattended
                label: login.label
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {{body}}
              responses:
                '200':
                  description: Tokens
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Tokens'
        components:
          schemas:
        {{schemas}}    Tokens:
              type: object
              required: [session, login]
              properties:
                session:
                  type: object
                  required: [accessToken, expires]
                  properties:
                    accessToken: {type: string}
                    expires: {type: string, format: date-time}
                login:
                  type: object
                  required: [loginToken, expires, supportsUnattended]
                  properties:
                    loginToken: {type: string}
                    expires: {type: string, format: date-time}
                    supportsUnattended: {type: boolean}
                    label: {type: string}
        """;
}
