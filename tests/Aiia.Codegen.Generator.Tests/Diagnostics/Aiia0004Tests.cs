using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0004: unsupported constructs. Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0004Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0004_ARecursiveYamlAlias()
    {
        Single(
            SpecYaml.Components(
                """
                schemas:
                  Node: &node
                    type: object
                    properties:
                      next: [|*node|]
                """),
            "AIIA0004", Error, "components.schemas.Node.properties.next");
    }
}
