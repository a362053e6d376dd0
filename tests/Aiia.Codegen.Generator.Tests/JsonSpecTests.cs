using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// <c>*.openapi.json</c> specs are specs like YAML ones (JSON is YAML): picked up, named after the file, with escapes,
/// numbers and long lines read as JSON means them and diagnostics at the right line and column.
/// </summary>
public sealed class JsonSpecTests
{
    private const string Spec = """
        {
          "openapi": "3.0.3",
          "info": {"title": "Pets \u00e9t\u00e9", "version": "1.0"},
          "paths": {
            "\/pets": {
              "get": {
                "operationId": "listPets",
                "description": "Lists pets \u2014 all of them, see https:\/\/example.com\/pets",
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 1.5e3, "default": 20}}],
                "responses": {"200": {"description": "The pets.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}
              }
            }
          },
          "components": {"schemas": {"Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "description": "Caf\u00e9 \"quoted\" name"}, "tag": {"type": "string", "enum": ["a\/b", "c"]}}}}}
        }
        """;

    [Fact]
    public void AJsonSpecGeneratesAClientNamedAfterItsFile()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("pets.openapi.json", Spec)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var client = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.PetsClient");
        Assert.NotNull(client);
        Assert.NotEmpty(client.GetMembers("ListPetsAsync"));
        var all = string.Join("\n", run.Sources.Select(s => s.Text));
        Assert.Contains("Café \"quoted\" name", all.Replace("&quot;", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Lists pets — all of them, see https://example.com/pets", all, StringComparison.Ordinal);
        Assert.Contains("\"a/b\"", all, StringComparison.Ordinal);
        Assert.Contains("\"pets\"", all.Replace("/pets", "\"pets\"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ADiagnosticInAJsonSpecIsAtTheRightLineAndColumn()
    {
        var text = Spec.Replace("\"#/components/schemas/Pet\"", "\"#/components/schemas/Pett\"", StringComparison.Ordinal);
        var spec = SpecFile.FromText("pets.openapi.json", text);

        var run = GeneratorHarness.Run([spec]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0042", diagnostic.Id);
        var start = text.IndexOf("\"#/components/schemas/Pett\"", StringComparison.Ordinal);
        Assert.Equal(start, diagnostic.Location.SourceSpan.Start);
        Assert.Equal("\"#/components/schemas/Pett\"".Length, diagnostic.Location.SourceSpan.Length);
        var column = start - text.LastIndexOf('\n', start) ; // one-based
        Assert.Equal($"(10,{column})", DiagnosticAssert.LineColumn(diagnostic));
    }

    [Theory]
    [InlineData("pets.openapi.json", "PetsClient")]
    [InlineData("Pet-Store.OpenAPI.JSON", "PetStoreClient")]
    [InlineData("pets.openapi.yml", "PetsClient")]
    public void TheDefaultClientNameDropsTheSpecEnding(string fileName, string expected)
    {
        Assert.True(SpecInput.IsSpecPath(fileName));
        Assert.Equal(expected, SpecInput.DefaultClientName(fileName));
    }

    [Theory]
    [InlineData("spotify.yaml", "SpotifyClient")]
    [InlineData("Pet-Store.JSON", "PetStoreClient")]
    [InlineData("api.v2.yml", "ApiV2Client")]
    public void TheDefaultClientNameOfAFileTheCliIsGivenUnderAnotherNameIsTheOneItGetsOnceRenamed(string fileName, string expected)
    {
        // The CLI generates from any file name; the generator needs the .openapi. form, and gives the same name.
        Assert.Equal(expected, SpecInput.DefaultClientName(fileName));
        Assert.Equal(expected, SpecInput.DefaultClientName(DocumentsNotGenerated.SpecFileName(fileName)));
    }

    [Theory]
    [InlineData("appsettings.json")]
    [InlineData("common.yaml")]
    [InlineData("pets.json")]
    public void OtherYamlAndJsonFilesAreNotSpecs(string fileName)
    {
        Assert.False(SpecInput.IsSpecPath(fileName));
        Assert.True(SpecInput.IsReferableDocumentPath(fileName));
    }
}
