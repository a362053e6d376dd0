using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0030: a security scheme the client cannot send is ignored (warning); the spec still generates and compiles.</summary>
public sealed class Aiia0030Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    private const string Operation =
        """
        /items:
          get:
            operationId: getItems
            security:
              - odd: []
                key: []
            responses:
              '204': {description: None}
        """;

    [Fact]
    public void Aiia0030_AnUnknownTypeIsIgnoredAndTheRestOfTheRequirementIsSent()
    {
        var (_, run) = Single(
            SpecYaml.Paths(
                Operation,
                """
                securitySchemes:
                  odd: {type: [|kerberos|]}
                  key: {type: apiKey, in: header, name: X-Key}
                """),
            "AIIA0030", Warning, "components.securitySchemes.odd");

        var client = run.SourceEndingWith(".Client.g.cs");
        Assert.Contains("request.AddHeader(\"X-Key\", _options.Key, sensitive: true);", client, StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0030_AnHttpSchemeOtherThanBasicOrBearer()
    {
        Single(
            SpecYaml.Paths(
                Operation,
                """
                securitySchemes:
                  odd: {type: http, scheme: [|digest|]}
                  key: {type: apiKey, in: header, name: X-Key}
                """),
            "AIIA0030", Warning, "components.securitySchemes.odd");
    }

    [Fact]
    public void Aiia0030_AnApiKeyInAPlaceNoKeyTravels()
    {
        Single(
            SpecYaml.Paths(
                Operation,
                """
                securitySchemes:
                  odd: {type: apiKey, in: [|body|], name: key}
                  key: {type: apiKey, in: header, name: X-Key}
                """),
            "AIIA0030", Warning, "components.securitySchemes.odd");
    }
}
