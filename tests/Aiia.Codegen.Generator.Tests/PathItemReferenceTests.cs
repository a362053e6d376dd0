using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>A path item that is a <c>$ref</c> is read where it points; one that points at nothing is AIIA0003.</summary>
public sealed class PathItemReferenceTests
{
    [Fact]
    public void APathItemRefToComponentsPathItemsOrAnotherPathGeneratesItsOperations()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("shared.openapi.yaml", """
            openapi: 3.1.0
            info: {title: Shared, version: '1'}
            paths:
              /pets:
                $ref: '#/components/pathItems/Pets'
              /animals/{id}:
                get:
                  operationId: getAnimal
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '204': {description: Found}
              /beasts/{id}:
                $ref: '#/paths/~1animals~1{id}'
            components:
              pathItems:
                Pets:
                  get:
                    operationId: listPets
                    responses:
                      '204': {description: Listed}
            """)]);

        Assert.Equal("AIIA0014", Assert.Single(run.GeneratorDiagnostics).Id); // the shared operation's second method is renamed
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var client = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.SharedClient")!;
        Assert.NotEmpty(client.GetMembers("ListPetsAsync"));
        Assert.NotEmpty(client.GetMembers("GetAnimalAsync"));
        Assert.NotEmpty(client.GetMembers("GetAnimal2Async")); // the same operation under /beasts/{id}
    }

    [Fact]
    public void APathItemRefToNothingIsAiia0003()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("shared.openapi.yaml", """
            openapi: 3.1.0
            info: {title: Shared, version: '1'}
            paths:
              /pets:
                $ref: '#/components/pathItems/Missing'
            """)]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("AIIA0003", diagnostic.Id);
    }
}
