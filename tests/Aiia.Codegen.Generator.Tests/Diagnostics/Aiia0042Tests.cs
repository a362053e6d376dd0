using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0042: a schema $ref that points at nothing becomes any JSON, and the spec still generates and compiles.</summary>
public sealed class Aiia0042Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0042_AMissingComponentSchema()
    {
        var (diagnostic, _) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    responses:
                      '200':
                        description: OK
                        content:
                          application/json:
                            schema:
                              $ref: [|'#/components/schemas/Missing'|]
                """),
            "AIIA0042", Warning, "paths./items.get.responses.200.content.schema");

        Assert.Equal("(12,23)", LineColumn(diagnostic));
    }

    [Fact]
    public void Aiia0042_APropertyPointingAtNothingIsAnyJsonAndTheClientCompiles()
    {
        var spec = SpecYaml.Components(
            """
            schemas:
              Pet:
                type: object
                properties:
                  name: {type: string}
                  toggle: {$ref: '#/components/schemas/ToggleOverride'}
                  deep: {$ref: '#/components/schemas/Pet/properties/nowhere'}
            """);
        var run = GeneratorHarness.Run([SpecFile.FromText("pets.openapi.yaml", spec)]);

        Assert.Equal(new[] { "AIIA0042", "AIIA0042" }, run.GeneratorDiagnostics.Select(d => d.Id));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var pet = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Pet")!;
        Assert.Equal("System.Text.Json.JsonElement?", ((IPropertySymbol)pet.GetMembers("Toggle").Single()).Type.ToDisplayString());
        Assert.Equal("System.Text.Json.JsonElement?", ((IPropertySymbol)pet.GetMembers("Deep").Single()).Type.ToDisplayString());
    }
}
