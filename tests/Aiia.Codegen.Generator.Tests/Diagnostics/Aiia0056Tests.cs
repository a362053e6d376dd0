using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>
/// AIIA0056: an OpenAPI document listed as an AdditionalFile under a name the generator does not pick up
/// (<c>spotify.yaml</c>) is reported on its first line with the name to give it, unless a spec refers to it.
/// </summary>
public sealed class Aiia0056Tests
{
    private const string Document = """
        openapi: 3.0.3
        info: {title: Albums, version: '1'}
        paths:
          /albums:
            get:
              operationId: listAlbums
              responses:
                '204': {description: Done.}
        """;

    [Theory]
    [InlineData("spotify.yaml", "spotify.openapi.yaml")]
    [InlineData("api.yml", "api.openapi.yml")]
    [InlineData("openapi.json", "openapi.openapi.json")]
    public void Aiia0056_AnOpenApiDocumentUnderAnotherNameIsReportedWithTheNameToGiveIt(string fileName, string specName)
    {
        var text = fileName.EndsWith(".json", StringComparison.Ordinal)
            ? """{"openapi":"3.0.3","info":{"title":"A","version":"1"},"paths":{}}"""
            : Document;

        var run = GeneratorHarness.Run([SpecFile.FromText(fileName, text)]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0056", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.EndsWith(fileName, diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains($"Rename it to '{specName}'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Aiia0056_IsNotReportedForAFileASpecRefersToNorForOtherYamlOrJson()
    {
        var spec = """
            openapi: 3.0.3
            info: {title: Shop, version: '1'}
            paths:
              /orders:
                get:
                  operationId: listOrders
                  responses:
                    '200':
                      description: The orders.
                      content:
                        application/json:
                          schema: {$ref: 'shared.yaml#/components/schemas/Order'}
            """;
        var shared = """
            openapi: 3.0.3
            info: {title: Shared, version: '1'}
            paths: {}
            components:
              schemas:
                Order: {type: object, properties: {id: {type: string}}}
            """;

        var run = GeneratorHarness.Run([
            SpecFile.FromText("shop.openapi.yaml", spec),
            SpecFile.FromText("shared.yaml", shared),
            SpecFile.FromText("stylecop.json", """{"settings":{"documentationRules":{"companyName":"Contoso"}}}"""),
            SpecFile.FromText("config.yaml", "paths:\n  - a\nname: openapi\n"),
        ]);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "AIIA0056");
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotEmpty(run.Sources);
    }
}
