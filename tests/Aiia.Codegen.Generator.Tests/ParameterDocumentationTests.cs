using Aiia.Codegen.Generator.Tests.Infrastructure;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>A parameter's doc comment is the spec's description, wherever the parameter's schema carries it.</summary>
public sealed class ParameterDocumentationTests
{
    [Fact]
    public void A_parameter_without_a_description_of_its_own_is_documented_by_its_schema()
    {
        // Spotify writes every parameter's description on its schema (inline, or the component it $refs).
        var run = GeneratorHarness.Run([SpecFile.FromText("albums.openapi.yaml", SpecYaml.Paths("""
            /albums/{id}:
              get:
                operationId: getAlbum
                parameters:
                  - name: id
                    in: path
                    required: true
                    schema: {type: string, description: The Spotify ID of the album.}
                  - name: market
                    in: query
                    schema: {$ref: '#/components/schemas/Market'}
                  - name: limit
                    in: query
                    description: At most this many.
                    schema: {type: integer, description: Not this one.}
                  - name: offset
                    in: query
                    schema: {type: integer}
                responses:
                  '204': {description: ok}
            """, """
            schemas:
              Market: {type: string, title: Market, description: An ISO 3166-1 alpha-2 country code.}
            """))]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var client = run.SourceEndingWith(".Client.g.cs");
        Assert.Contains("/// <param name=\"id\">The Spotify ID of the album.</param>", client, StringComparison.Ordinal);
        Assert.Contains("/// <param name=\"market\">An ISO 3166-1 alpha-2 country code.</param>", client, StringComparison.Ordinal);
        Assert.Contains("/// <param name=\"limit\">At most this many.</param>", client, StringComparison.Ordinal); // its own wins
        Assert.Contains("/// <param name=\"offset\">The <c>offset</c> query parameter.</param>", client, StringComparison.Ordinal);
    }
}
