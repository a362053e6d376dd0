using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0009: operation without responses. Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0009Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0009_EmptyResponses()
    {
        Single(
            SpecYaml.Paths(
                """
                /v1/x:
                  get:
                    [|responses|]: {}
                """),
            "AIIA0009", Error, "paths./v1/x.get.responses");
    }

    [Fact]
    public void Aiia0009_NoResponsesAtAll()
    {
        Single(
            SpecYaml.Paths(
                """
                /v1/x:
                  [|get|]:
                    operationId: getX
                """),
            "AIIA0009", Error, "paths./v1/x.get.responses");
    }
}
