using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0044: an external $ref names a file that is not an AdditionalFiles item; shown at the $ref, naming the file.</summary>
public sealed class Aiia0044Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0044_ASchemaRefToAFileThatIsNotGivenIsShownAtTheRef()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Components("""
                schemas:
                  Wallet:
                    type: object
                    properties:
                      balance: {$ref: [|'common.yaml#/components/schemas/Money'|]}
                """),
            "AIIA0044", Error, "components.schemas.Wallet.properties.balance");

        Assert.Contains("'/src/Contoso.Consumer/Specs/common.yaml'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("<AdditionalFiles Include=\"common.yaml\" />", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "AIIA0003"); // Said once.
    }

    [Fact]
    public void Aiia0044_AParameterRefToAFileThatIsNotGivenIsShownAtTheRef()
    {
        Single(
            SpecYaml.Paths("""
                /items:
                  get:
                    parameters:
                      - $ref: [|'params/paging.yaml#/Page'|]
                    responses:
                      '204': {description: Done.}
                """),
            "AIIA0044", Error, "paths./items.get.parameters[0]");
    }
}
