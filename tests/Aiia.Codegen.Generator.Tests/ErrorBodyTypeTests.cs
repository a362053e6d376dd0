using Aiia.Codegen.Generator.Tests.Infrastructure;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>An inline error body schema gets a record, so <c>ApiException.TryGetError</c> has a converter to read it with.</summary>
public sealed class ErrorBodyTypeTests
{
    [Fact]
    public void Inline_error_bodies_are_records_named_after_their_shared_response_or_their_operation_and_status()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("errors.openapi.yaml", SpecYaml.Paths("""
            /a:
              get:
                operationId: getA
                responses:
                  '204': {description: ok}
                  '404': {$ref: '#/components/responses/NotFound'}
                  '4XX':
                    description: bad
                    content: {application/json: {schema: {type: object, properties: {message: {type: string}}}}}
                  default:
                    description: other
                    content: {application/problem+json: {schema: {type: object, properties: {title: {type: string}}}}}
            /b:
              get:
                operationId: getB
                responses:
                  '204': {description: ok}
                  '404': {$ref: '#/components/responses/NotFound'}
                  '500': {$ref: '#/components/responses/ServerErrorResponse'}
            """, """
            responses:
              NotFound:
                description: not found
                content: {application/json: {schema: {type: object, properties: {error: {type: string}}}}}
              ServerErrorResponse:
                description: failed
                content: {application/json: {schema: {type: object, properties: {code: {type: integer}}}}}
            """))]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        var records = run.OutputCompilation.GetSymbolsWithName(_ => true, Microsoft.CodeAnalysis.SymbolFilter.Type)
            .Where(t => t.ContainingNamespace.ToDisplayString() == "Contoso.Consumer" && !t.Name.EndsWith("JsonConverter", StringComparison.Ordinal)
                && ((Microsoft.CodeAnalysis.INamedTypeSymbol)t).IsRecord)
            .Select(t => t.Name).Order();
        // The shared NotFound is one record for both operations.
        Assert.Equal(["GetA4XXResponse", "GetADefaultResponse", "NotFoundResponse", "ServerErrorResponse"], records);
    }

    [Fact]
    public void A_shared_success_response_is_one_record_named_after_it_whichever_operations_return_it_or_fail_with_it()
    {
        // Spotify's components.responses.PagedPlaylists: four operations return the one inline schema.
        var run = GeneratorHarness.Run([SpecFile.FromText("shared.openapi.yaml", SpecYaml.Paths("""
            /mine:
              get:
                operationId: listMine
                responses:
                  '200': {$ref: '#/components/responses/PagedPlaylists'}
            /featured:
              get:
                operationId: listFeatured
                responses:
                  '200': {$ref: '#/components/responses/PagedPlaylists'}
                  '409': {$ref: '#/components/responses/PagedPlaylists'}
            /own:
              get:
                operationId: getOwn
                responses:
                  '200':
                    description: its own
                    content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}
            """, """
            responses:
              PagedPlaylists:
                description: a page
                content: {application/json: {schema: {type: object, properties: {total: {type: integer}}}}}
            """))]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        var records = run.OutputCompilation.GetSymbolsWithName(_ => true, Microsoft.CodeAnalysis.SymbolFilter.Type)
            .Where(t => t.ContainingNamespace.ToDisplayString() == "Contoso.Consumer" && ((Microsoft.CodeAnalysis.INamedTypeSymbol)t).IsRecord)
            .Select(t => t.Name).Order();
        Assert.Equal(["GetOwnResponse", "PagedPlaylistsResponse"], records);
        var client = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.SharedClient")!;
        foreach (var method in new[] { "ListMineAsync", "ListFeaturedAsync" })
        {
            var returned = ((Microsoft.CodeAnalysis.IMethodSymbol)client.GetMembers(method).Single()).ReturnType.ToDisplayString();
            Assert.Equal("System.Threading.Tasks.Task<Contoso.Consumer.PagedPlaylistsResponse>", returned);
        }
    }
}
