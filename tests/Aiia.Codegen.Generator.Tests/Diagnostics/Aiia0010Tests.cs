using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0010: invalid values. Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0010Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0010_ABooleanThatIsNot()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    parameters:
                      - name: limit
                        in: query
                        required: [|maybe|]
                        schema: {type: integer}
                    responses:
                      '204': {description: None}
                """),
            "AIIA0010", Error, "paths./items.get.parameters[0].required");
    }

    [Fact]
    public void Aiia0010_ARefStandingForAWholePropertiesMapping()
    {
        // DigitalOcean's spec does this; the message once said "A schema must be a mapping", as if $ref were a property.
        var (diagnostic, _) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Droplet:
                    type: object
                    properties:
                      $ref: [|'#/components/schemas/DropletIds'|]
                """),
            "AIIA0010", Error, "components.schemas.Droplet.properties.$ref");

        Assert.StartsWith("A '$ref' cannot stand for a whole 'properties' mapping", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0010_PathsThatAreAList()
    {
        Single(
            SpecYaml.Document(
                """
                paths: [|[/items]|]
                """),
            "AIIA0010", Error, "paths");
    }

    [Fact]
    public void Aiia0010_AnEscapeThatIsNotAUnicodeCharacter()
    {
        Single(
            SpecYaml.Components(
                """
                schemas:
                  Item:
                    description: [|"a noncharacter: \uFFFF"|]
                    type: object
                """),
            "AIIA0010", Error, "components.schemas.Item.description");
    }

    [Fact]
    public void Aiia0010_EveryValueThatIsNotUnicodeIsReportedInDocumentOrder()
    {
        var spec = SpecFile.FromText(
            FileName,
            SpecYaml.Components(
                """
                schemas:
                  Item:
                    description: "first \uFFFF"
                    type: object
                    properties:
                      name: {type: string, description: "second \uFFFE"}
                """));

        var run = GeneratorHarness.Run([spec]);

        var reported = run.GeneratorDiagnostics.Where(d => d.Id == "AIIA0010").ToList();
        Assert.True(reported.Count == 2, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.Equal(new[] { "(7,20)", "(10,43)" }, reported.Select(LineColumn));
        Assert.Contains("components.schemas.Item.description", reported[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("components.schemas.Item.properties.name.description", reported[1].GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void LineSeparatorsInTextBecomeLineBreaksAndCompile()
    {
        var spec = SpecFile.FromText(
            FileName,
            """
            openapi: 3.0.3
            info: {title: "T\Lwith\Pseparators", version: '1'}
            paths:
              /items:
                get:
                  operationId: getItem
                  summary: "one\Ltwo\Nthree"
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: string
                            enum: ["a\Lb", c]
            """);

        var run = GeneratorHarness.Run([spec]);

        Assert.Empty(run.GeneratorDiagnostics);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }
}
