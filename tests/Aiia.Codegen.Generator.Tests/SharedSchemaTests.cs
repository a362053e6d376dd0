using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// A parameter, request body or response that several operations share — through a <c>$ref</c> to components, as a
/// path item's parameter, or through a YAML alias — has one type for all of them, named after its components entry.
/// </summary>
public sealed class SharedSchemaTests
{
    private static GeneratorRun Run(string yaml) => GeneratorHarness.RunClean(SpecFile.FromText("shared.openapi.yaml", yaml));

    private static string[] GeneratedTypes(GeneratorRun run) =>
        run.OutputCompilation.GetSymbolsWithName(_ => true, SymbolFilter.Type)
            .Where(t => t.ContainingNamespace.ToDisplayString() == "Contoso.Consumer" && ((INamedTypeSymbol)t).IsRecord)
            .Select(t => t.Name).Order().ToArray();

    private static string ParameterType(GeneratorRun run, string method, string parameter)
    {
        var client = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.SharedClient")!;
        var symbol = (IMethodSymbol)client.GetMembers(method).Single();
        return symbol.Parameters.Single(p => p.Name == parameter).Type.ToDisplayString();
    }

    [Fact]
    public void A_components_parameter_with_an_inline_enum_is_one_enum_named_after_the_entry()
    {
        // GitHub's #/components/parameters/direction: 29 operations, one inline enum.
        var run = Run(SpecYaml.Paths("""
            /issues:
              get:
                operationId: listIssues
                parameters: [{$ref: '#/components/parameters/direction'}]
                responses: {'204': {description: ok}}
            /pulls:
              get:
                operationId: listPulls
                parameters: [{$ref: '#/components/parameters/direction'}]
                responses: {'204': {description: ok}}
            """, """
            parameters:
              direction:
                name: direction
                in: query
                schema: {type: string, enum: [asc, desc]}
            """));

        Assert.Equal(["Direction"], GeneratedTypes(run));
        Assert.Equal("Contoso.Consumer.Direction?", ParameterType(run, "ListIssuesAsync", "direction"));
        Assert.Equal("Contoso.Consumer.Direction?", ParameterType(run, "ListPullsAsync", "direction"));
    }

    [Fact]
    public void A_path_items_parameter_with_an_inline_enum_is_one_enum_for_every_operation_of_the_path()
    {
        // Its schema is one node, read once: named after the operation that reads it first.
        var run = Run(SpecYaml.Paths("""
            /pets:
              parameters:
                - {name: kind, in: query, schema: {type: string, enum: [cat, dog]}}
              get:
                operationId: listPets
                responses: {'204': {description: ok}}
              delete:
                operationId: deletePets
                responses: {'204': {description: ok}}
            """));

        Assert.Equal(["ListPetsKind"], GeneratedTypes(run));
        Assert.Equal("Contoso.Consumer.ListPetsKind?", ParameterType(run, "DeletePetsAsync", "kind"));
    }

    [Fact]
    public void A_components_request_body_with_an_inline_schema_is_one_record_named_after_the_entry()
    {
        var run = Run(SpecYaml.Paths("""
            /pets:
              post:
                operationId: addPet
                requestBody: {$ref: '#/components/requestBodies/NewPet'}
                responses: {'204': {description: ok}}
            /shelter/pets:
              post:
                operationId: admitPet
                requestBody: {$ref: '#/components/requestBodies/NewPet'}
                responses: {'204': {description: ok}}
            /pets/{id}:
              put:
                operationId: replacePet
                parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                requestBody: {$ref: '#/components/requestBodies/PetUpdateRequest'}
                responses: {'204': {description: ok}}
            """, """
            requestBodies:
              NewPet:
                required: true
                content: {application/json: {schema: {type: object, properties: {name: {type: string}}}}}
              PetUpdateRequest:
                required: true
                content: {application/json: {schema: {type: object, properties: {name: {type: string}}}}}
            """));

        // An entry already named ...Request keeps its name.
        Assert.Equal(["NewPetRequest", "PetUpdateRequest"], GeneratedTypes(run));
        Assert.Equal("Contoso.Consumer.NewPetRequest", ParameterType(run, "AddPetAsync", "body"));
        Assert.Equal("Contoso.Consumer.NewPetRequest", ParameterType(run, "AdmitPetAsync", "body"));
    }

    [Fact]
    public void A_problem_in_a_shared_schema_is_reported_once_at_the_entry()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("shared.openapi.yaml", SpecYaml.Paths("""
            /a:
              get:
                operationId: getA
                parameters: [{$ref: '#/components/parameters/when'}]
                responses: {'204': {description: ok}}
            /b:
              get:
                operationId: getB
                parameters: [{$ref: '#/components/parameters/when'}]
                responses: {'204': {description: ok}}
            """, """
            parameters:
              when:
                name: when
                in: query
                schema: {type: string, enum: [asc, asc]}
            """))]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0057", diagnostic.Id);
        Assert.Contains("components.parameters.when.schema", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
