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

    [Theory]
    [InlineData("date_time")]
    [InlineData("DateTime")]
    [InlineData("UUID")]
    public void Aiia0008_AMisspeltTypedStringFormatIsAWarning(string format)
    {
        Single(
            SpecYaml.Paths(
                "/items:\n  get:\n    operationId: getItem\n    responses:\n      '200':\n        description: OK\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Item'}\n",
                $"schemas:\n  Item:\n    type: object\n    properties:\n      when: {{type: string, format: [|{format}|]}}\n"),
            "AIIA0008", Warning, "components.schemas.Item.properties.when.format");
    }

    [Theory]
    [InlineData("base64")]
    [InlineData("cidr")]
    [InlineData("iso-639-1")]
    [InlineData("Opaque token")]
    public void An_unknown_string_format_is_not_reported_as_OpenAPI_formats_are_open(string format)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("open.openapi.yaml", SpecYaml.Paths(
            "/items:\n  get:\n    operationId: getItem\n    responses:\n      '200':\n        description: OK\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Item'}\n",
            $"schemas:\n  Item:\n    type: object\n    properties:\n      code: {{type: string, format: '{format}'}}\n"))]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var item = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Item")!;
        Assert.Equal("string?", ((IPropertySymbol)item.GetMembers("Code").Single()).Type.ToDisplayString());
    }
}
