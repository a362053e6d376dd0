using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0007: a parameter with nothing to type it by. Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0007Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0007_AParameterWithoutSchema()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    parameters:
                      - [|name|]: limit
                        in: query
                    responses:
                      '204': {description: None}
                """),
            "AIIA0007", Error, "paths./items.get.parameters[0]");
    }
}
