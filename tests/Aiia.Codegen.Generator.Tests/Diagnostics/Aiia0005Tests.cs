using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0005: name collisions. Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0005Tests
{
    [Fact]
    public void PropertiesNamedLikeRecordMembersStepAsideAndCompile()
    {
        var spec = SpecFile.FromText(
            FileName,
            SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: getItem
                    parameters:
                      - {name: request, in: query, schema: {type: string}}
                      - {name: item, in: query, schema: {type: array, items: {type: string}}}
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
                      toString: {type: string}
                      equals: {type: boolean}
                      getType: {type: string}
                      equalityContract: {type: integer}
                """));

        var run = GeneratorHarness.Run([spec]);

        // The properties stepping aside from the record's members and the parameters stepping aside from the method's
        // own names are reported (AIIA0014).
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal("AIIA0014", d.Id));
        Assert.Equal(
            ["The property 'toString'", "The property 'equals'", "The property 'getType'", "The property 'equalityContract'", "The parameter 'request'", "The parameter 'item'"],
            run.GeneratorDiagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split(" at ")[0]));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var item = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Item")!;
        Assert.NotEmpty(item.GetMembers("ToStringValue"));
        Assert.NotEmpty(item.GetMembers("GetTypeValue"));
    }

    [Fact]
    public void Aiia0005_TwoSpecsGeneratingOneClientAreReportedOnTheSecond()
    {
        var text = SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: getItems
                    responses:
                      '204': {description: None}
                """);
        var first = SpecFile.FromText("a.openapi.yaml", text).WithClientName("SameClient");
        var second = SpecFile.FromText("b.openapi.yaml", text).WithClientName("SameClient");

        var run = GeneratorHarness.Run([first, second]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0005", diagnostic.Id);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.Equal(second.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("(1,1)", LineColumn(diagnostic));
        Assert.Contains("Contoso.Consumer.SameClient", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
