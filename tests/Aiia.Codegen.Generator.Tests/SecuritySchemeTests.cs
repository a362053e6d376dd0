using System.Globalization;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Security schemes: each kind becomes what the client sends (API keys in a header, the query or a cookie; basic
/// credentials; bearer tokens from the options' token source for http bearer, OAuth2 and OpenID Connect), an
/// operation's own <c>security</c> overrides the document's (<c>security: []</c> sends nothing), and alternatives
/// become an <c>if</c>/<c>else if</c> chain in the spec's order. The round trips are in the client tests.
/// </summary>
public sealed class SecuritySchemeTests
{
    private const string SecuritySpec = "security.openapi.yaml";

    [Fact]
    public void TheSecuritySpecGeneratesWithoutDiagnosticsAndMatchesItsSnapshot()
    {
        var run = GeneratorHarness.Run([SpecFile.Load(SecuritySpec)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var version = typeof(OpenApiClientGenerator).Assembly.GetName().Version!.ToString();
        SnapshotAssert.MatchFiles(
            run.Sources
                .Where(s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal) || s.HintName.EndsWith(".DependencyInjection.g.cs", StringComparison.Ordinal))
                .Select(s => (s.HintName, s.Text.Replace(version, "{version}", StringComparison.Ordinal))),
            "Security");
    }

    [Theory]
    [InlineData("{type: apiKey, in: header, name: X-Key}", "request.AddHeader(\"X-Key\", _options.Key, sensitive: true);")]
    [InlineData("{type: apiKey, in: query, name: key}", "request.AddQuery(\"key\", _options.Key);")]
    [InlineData("{type: apiKey, in: cookie, name: sid}", "request.AddCookie(\"sid\", _options.Key);")]
    [InlineData("{type: http, scheme: basic}", "request.AddBasicAuthorization(_options.KeyUserName, _options.KeyPassword);")]
    [InlineData("{type: http, scheme: Bearer}", "request.AddBearerToken(_options.TokenSource, \"key\", \"a:b\");")]
    [InlineData("{type: oauth2, flows: {implicit: {authorizationUrl: 'https://a.example/auth', scopes: {a:b: A}}}}", "request.AddBearerToken(_options.TokenSource, \"key\", \"a:b\");")]
    [InlineData("{type: openIdConnect, openIdConnectUrl: 'https://a.example/.well-known/openid-configuration'}", "request.AddBearerToken(_options.TokenSource, \"key\", \"a:b\");")]
    public void EachKindOfSchemeIsSentAndCompiles(string scheme, string sent)
    {
        var client = GenerateClient(Operation("get", "security:\n  - key: [a:b]"), "key: " + scheme);

        Assert.Contains(sent, client, StringComparison.Ordinal);
    }

    [Fact]
    public void ASchemeThatIsARefToAnotherSchemeReadsAsThatScheme()
    {
        var client = GenerateClient(
            Operation("get", "security:\n  - key: []"),
            "key: {$ref: '#/components/securitySchemes/real'}\nreal: {type: apiKey, in: header, name: X-Real}");

        Assert.Contains("request.AddHeader(\"X-Real\", _options.Key, sensitive: true);", client, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOperationWithAnEmptySecurityListSendsNothingWhileTheOthersSendTheDocumentDefault()
    {
        var client = GenerateClient(
            Operation("get", string.Empty) + Operation("post", "security: []"),
            "key: {type: apiKey, in: header, name: X-Key}",
            documentSecurity: "- key: []");

        var get = Method(client, "GetAsync");
        var post = Method(client, "PostAsync");
        // The credentials are added by the client's one helper for the document's security.
        Assert.Contains("Authorize(request)", get, StringComparison.Ordinal);
        Assert.Contains("request.AddHeader(\"X-Key\"", Method(client, "Authorize"), StringComparison.Ordinal);
        Assert.DoesNotContain("_options", post, StringComparison.Ordinal);
        Assert.DoesNotContain("Authorize", post, StringComparison.Ordinal);
    }

    [Fact]
    public void AlternativesAreTriedInOrderAndARequirementSendsAllItsSchemes()
    {
        var client = GenerateClient(
            Operation("get", "security:\n  - key: []\n    secret: []\n  - {}\n  - basic: []"),
            "key: {type: apiKey, in: header, name: X-Key}\nsecret: {type: apiKey, in: query, name: secret}\nbasic: {type: http, scheme: basic}");

        Assert.Contains("Authorize(request)", Method(client, "GetAsync"), StringComparison.Ordinal);
        var method = Method(client, "Authorize");
        var first = method.IndexOf("if (!string.IsNullOrEmpty(_options.Key) && !string.IsNullOrEmpty(_options.Secret))", StringComparison.Ordinal);
        var second = method.IndexOf("else if (!string.IsNullOrEmpty(_options.BasicUserName) && _options.BasicPassword is not null)", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, method);
        Assert.True(method.IndexOf("request.AddQuery(\"secret\"", StringComparison.Ordinal) is var query && query > first && query < second, method);
    }

    [Fact]
    public void OnlyCredentialsEveryCallNeedsAreRequiredByTheOptions()
    {
        var options = Generate(
            Operation("get", "security:\n  - key: []\n    basic: []") + Operation("post", "security:\n  - key: []\n    token: []"),
            "key: {type: apiKey, in: header, name: X-Key}\nbasic: {type: http, scheme: basic}\ntoken: {type: http, scheme: bearer}",
            ".DependencyInjection.g.cs");

        Assert.Contains("Key is required (it is sent as X-Key).", options, StringComparison.Ordinal);
        Assert.DoesNotContain("BasicUserName and BasicPassword are required", options, StringComparison.Ordinal);
        Assert.DoesNotContain("TokenSource is required", options, StringComparison.Ordinal);
    }

    [Fact]
    public void ATokenSchemeEveryCallNeedsRequiresTheTokenSource()
    {
        var options = Generate(Operation("get", string.Empty), "token: {type: oauth2, flows: {}}", ".DependencyInjection.g.cs", documentSecurity: "- token: [read]");

        Assert.Contains("TokenSource is required (it supplies the bearer token of token).", options, StringComparison.Ordinal);
    }

    [Fact]
    public void ASchemeNamedLikeAnOptionsMemberOrTheOptionsClassStepsAsideReported()
    {
        var text = SpecYaml.Document(
            """
            paths:
              /items:
                get:
                  security:
                    - tokenSource: []
                      baseAddress: []
                      TestClientOptions: []
                  responses:
                    '204': {description: None}
            components:
              securitySchemes:
                tokenSource: {type: apiKey, in: header, name: X-Token}
                baseAddress: {type: apiKey, in: header, name: X-Base}
                TestClientOptions: {type: apiKey, in: header, name: X-Options}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("test.openapi.yaml", text)]);

        Assert.True(GeneratorHarness.Visible(run.CompilationDiagnostics).IsEmpty, GeneratorHarness.Describe(run.CompilationDiagnostics));
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(("AIIA0014", DiagnosticSeverity.Info), (d.Id, d.Severity)));
        Assert.Equal(
            [
                "'TokenSource' (the generated type has a member of that name); it is generated as 'TokenSourceValue'",
                "'BaseAddress' (the generated type has a member of that name); it is generated as 'BaseAddressValue'",
                "'TestClientOptions' (a member cannot have the name of its type); it is generated as 'TestClientOptionsValue'",
            ],
            run.GeneratorDiagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture).Split(" cannot be named ")[1].Split(". Rename")[0]));
        var client = run.SourceEndingWith(".Client.g.cs");
        Assert.Contains("request.AddHeader(\"X-Token\", _options.TokenSourceValue, sensitive: true);", client, StringComparison.Ordinal);
        Assert.Contains("request.AddHeader(\"X-Base\", _options.BaseAddressValue, sensitive: true);", client, StringComparison.Ordinal);
        Assert.Contains("request.AddHeader(\"X-Options\", _options.TestClientOptionsValue, sensitive: true);", client, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoSchemesThatPascalCaseAlikeGetNumberedPropertiesReportedAsAnInfo()
    {
        var text = SpecYaml.Document(
            """
            security:
              - api_key: []
                apiKey: []
            paths:
              /items:
                get:
                  responses:
                    '204': {description: None}
            components:
              securitySchemes:
                api_key: {type: apiKey, in: header, name: X-One}
                apiKey: {type: apiKey, in: query, name: two}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("test.openapi.yaml", text)]);

        var info = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0014", info.Id);
        Assert.Contains("'ApiKey2'", info.GetMessage(), StringComparison.Ordinal);
        Assert.True(GeneratorHarness.Visible(run.CompilationDiagnostics).IsEmpty);
        var client = run.SourceEndingWith(".Client.g.cs");
        Assert.Contains("request.AddQuery(\"two\", _options.ApiKey2);", client, StringComparison.Ordinal);
    }

    private static string Operation(string method, string security) =>
        $"{method}:\n  operationId: {method}\n{(security.Length == 0 ? string.Empty : Indent(security, "  ") + "\n")}  responses:\n    '204': {{description: None}}\n";

    private static string Indent(string text, string by) => string.Join("\n", text.TrimEnd('\n').Split('\n').Select(line => by + line));

    private static string GenerateClient(string operations, string schemes, string? documentSecurity = null) =>
        Generate(operations, schemes, ".Client.g.cs", documentSecurity);

    /// <summary>Generates a spec of one path with <paramref name="operations"/>; it must compile without any diagnostic.</summary>
    private static string Generate(string operations, string schemes, string hintSuffix, string? documentSecurity = null)
    {
        var text = SpecYaml.Document(
            (documentSecurity is null ? string.Empty : "security:\n" + documentSecurity + "\n")
            + "paths:\n  /items:\n" + Indent(operations, "    ") + "\n"
            + "components:\n  securitySchemes:\n" + Indent(schemes, "    ") + "\n");
        var run = GeneratorHarness.Run([SpecFile.FromText("test.openapi.yaml", text)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics) + "\n" + text);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        return run.SourceEndingWith(hintSuffix);
    }

    /// <summary>The text of the generated method <paramref name="name"/>, up to the next method.</summary>
    private static string Method(string client, string name)
    {
        var start = client.IndexOf(" " + name + "(", StringComparison.Ordinal);
        Assert.True(start >= 0, client);
        // Up to the next documented member or the private helpers (request builders, credentials).
        var end = client.IndexOf("/// <summary>", start, StringComparison.Ordinal);
        var helper = client.IndexOf("\n        private ", start, StringComparison.Ordinal);
        end = end < 0 || (helper >= 0 && helper < end) ? helper : end;
        return end < 0 ? client[start..] : client[start..end];
    }
}
