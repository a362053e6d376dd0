using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0046: a remote $ref (a URL) where no schema is expected cannot be resolved: an error at the $ref.</summary>
public sealed class Aiia0046Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0046_ARemoteParameterRefIsShownAtTheRef()
    {
        Single(
            SpecYaml.Paths("""
                /items:
                  get:
                    parameters:
                      - $ref: [|'https://example.com/common.yaml#/components/parameters/Page'|]
                    responses:
                      '204': {description: Done.}
                """),
            "AIIA0046", Error, "paths./items.get.parameters[0]");
    }
}
