using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0008: unknown format (warning). Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0008Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0008_AnUnknownFormatIsAWarningAndTheSpecStillGenerates()
    {
        var (_, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: getItem
                    responses:
                      '200':
                        description: OK
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Item'}
                """,
                """
                schemas:
                  Item:
                    type: object
                    properties:
                      count: {type: integer, format: [|counter|]}
                """),
            "AIIA0008", Warning, "components.schemas.Item.properties.count.format");

        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Item"));
    }
}
