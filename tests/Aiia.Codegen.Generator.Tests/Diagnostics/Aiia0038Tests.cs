using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>
/// AIIA0038: composition that cannot be typed exactly is read in a simpler way, with a warning, and the client compiles.
/// </summary>
public sealed class Aiia0038Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0038_PropertiesBesideOneOf()
    {
        Single(
            SpecYaml.Components(
                """
                schemas:
                  Id:
                    oneOf:
                      - {type: string}
                      - {type: integer}
                    [|properties|]:
                      extra: {type: string}
                """),
            "AIIA0038", Warning, "components.schemas.Id.properties");
    }

    [Fact]
    public void Aiia0038_AnyOfBesideOneOf()
    {
        Single(
            SpecYaml.Components(
                """
                schemas:
                  Id:
                    oneOf:
                      - {type: string}
                      - {type: integer}
                    [|anyOf|]:
                      - {type: boolean}
                """),
            "AIIA0038", Warning, "components.schemas.Id.anyOf");
    }
}
