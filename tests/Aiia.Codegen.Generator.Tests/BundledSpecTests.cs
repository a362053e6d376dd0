using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Specs as bundling tools write them (APIs.guru's directory, <c>redocly bundle</c>, <c>swagger-cli bundle</c>): a
/// repeated parameter, body, response or schema part is a <c>$ref</c> to its first use anywhere in the document
/// (<c>#/paths/~1items/get/parameters/0</c>), not to <c>components</c>. DigitalOcean's and Linode's public specs are
/// written this way. Such pointers are read where they point.
/// </summary>
public sealed class BundledSpecTests
{
    [Fact]
    public void ParametersBodiesResponsesAndAllOfPartsMayPointAnywhereInTheDocument()
    {
        var spec = SpecYaml.Paths(
            """
            /items:
              get:
                operationId: listItems
                parameters:
                  - {name: page, in: query, schema: {type: integer}}
                responses:
                  '200':
                    description: The items.
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            count: {type: integer}
              post:
                operationId: createItem
                requestBody:
                  required: true
                  content:
                    application/json:
                      schema:
                        allOf:
                          - $ref: '#/paths/~1items/get/responses/200/content/application~1json/schema'
                          - $ref: '#/components/schemas/Item/properties/owner'
                responses:
                  '201': {$ref: '#/paths/~1items/get/responses/200'}
            /items/{id}:
              put:
                operationId: replaceItem
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                  - $ref: '#/paths/~1items/get/parameters/0'
                requestBody: {$ref: '#/paths/~1items/post/requestBody'}
                responses:
                  '200': {$ref: '#/paths/~1items/get/responses/200'}
            """,
            """
            schemas:
              Item:
                type: object
                properties:
                  owner:
                    type: object
                    properties:
                      name: {type: string}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("items.openapi.yaml", spec)]);

        Assert.True(run.GeneratorDiagnostics.All(d => d.Severity == DiagnosticSeverity.Info), GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var client = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.ItemsClient")!;
        var replace = (IMethodSymbol)client.GetMembers("ReplaceItemAsync").Single();
        Assert.Equal(new[] { "id", "body", "page", "cancellationToken" }, replace.Parameters.Select(p => p.Name));
        // The allOf composes the properties of both pointed-at schemas.
        var body = (INamedTypeSymbol)replace.Parameters[1].Type;
        Assert.Superset(new HashSet<string> { "Count", "Name" }, body.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).ToHashSet());
    }

    [Fact]
    public void A_pointer_at_a_property_of_a_component_record_shares_the_type_the_record_gives_it()
    {
        // PagerDuty's OtherField.field_type points at Field's inline enum: one enum, not FieldFieldType and FieldFieldType2.
        var spec = SpecYaml.Paths(
            """
            /fields:
              get:
                operationId: listFields
                responses:
                  '200':
                    description: The fields.
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Page'}
            """,
            """
            schemas:
              Page:
                type: object
                properties:
                  other: {$ref: '#/components/schemas/OtherField'}
                  field: {$ref: '#/components/schemas/Field'}
              OtherField:
                type: object
                properties:
                  field_type: {$ref: '#/components/schemas/Field/properties/field_type'}
              Field:
                type: object
                required: [field_type]
                properties:
                  field_type: {type: string, enum: [single_value, multi_value]}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("fields.openapi.yaml", spec)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        string TypeOf(string record) =>
            ((IPropertySymbol)run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + record)!.GetMembers("FieldType").Single()).Type.ToDisplayString();
        Assert.Equal("Contoso.Consumer.FieldFieldType", TypeOf("Field"));
        Assert.Equal("Contoso.Consumer.FieldFieldType?", TypeOf("OtherField"));
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.FieldFieldType2"));
    }

    [Fact]
    public void AChainOfReferencesThatLeadsBackToItselfIsAiia0020()
    {
        var spec = SpecYaml.Paths(
            """
            /items:
              get:
                parameters:
                  - $ref: '#/components/parameters/A'
                responses:
                  '204': {description: None}
            """,
            """
            parameters:
              A: {$ref: '#/components/parameters/B'}
              B: {$ref: '#/components/parameters/A'}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("items.openapi.yaml", spec)]);

        Assert.Equal("AIIA0020", Assert.Single(run.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void AJsonSpecMayCarryC1ControlCharactersInItsStrings()
    {
        // SendGrid's spec has U+009F inside an example's string: JSON allows it, and YAML 1.2 does in quoted scalars.
        // The characters themselves in the file, not JSON escapes of them.
        var spec = """
            {"openapi": "3.0.3", "info": {"title": "Mail", "version": "1"},
             "paths": {"/contacts": {"get": {"operationId": "listContacts", "responses": {"200": {"description": "Contacts NEL listed DEL C1.",
               "content": {"application/json": {"schema": {"type": "object", "properties": {"city": {"type": "string", "example": "ZC1ich"}}}}}}}}}}}
            """.Replace("NEL", "\u0085", StringComparison.Ordinal).Replace("DEL", "\u007f", StringComparison.Ordinal).Replace("C1", "\u009f", StringComparison.Ordinal);
        Assert.Contains('\u009f', spec);

        var run = GeneratorHarness.Run([SpecFile.FromText("mail.openapi.json", spec)]);

        Assert.Empty(run.GeneratorDiagnostics);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }
}
