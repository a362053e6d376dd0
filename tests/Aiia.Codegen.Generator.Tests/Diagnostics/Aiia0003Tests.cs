using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0003: unresolved $ref. Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0003Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0003_AMissingParameter()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    parameters:
                      - $ref: [|'#/components/parameters/Limit'|]
                    responses:
                      '204': {description: None}
                """),
            "AIIA0003", Error, "paths./items.get.parameters[0]");
    }

    [Fact]
    public void Aiia0003_AReferenceThroughTheSpecsOwnFileNameToNothing()
    {
        // Read like the local '#/components/parameters/Limit' (a schema one is AIIA0042, as locally).
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    parameters:
                      - $ref: [|'test.openapi.yaml#/components/parameters/Limit'|]
                    responses:
                      '204': {description: None}
                """),
            "AIIA0003", Error, "paths./items.get.parameters[0]");
    }
}
