using System.Globalization;
using System.Text.Json;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// C# names a spec gives without changing its wire names: <c>x-aiia-name</c> (or <c>x-ms-client-name</c>) on properties,
/// parameters and form fields, <c>x-enum-varnames</c> (or <c>x-enumNames</c>, <c>x-ms-enum</c> values) beside an enum;
/// AIIA0064 for one that cannot be used; and AIIA0014's advice, which points at them where renaming would change the API.
/// </summary>
public sealed class GivenNameTests
{
    private static string PropertyNamesOf(GeneratorRun run, string type) =>
        string.Join(",", run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + type)!.GetMembers().OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic && !p.IsImplicitlyDeclared && p.DeclaredAccessibility == Accessibility.Public).Select(p => p.Name));

    private static string ParameterNamesOf(GeneratorRun run, string method) =>
        string.Join(",", run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.PetsClient")!.GetMembers(method).OfType<IMethodSymbol>().Single().Parameters.Select(p => p.Name));

    private static string StaticNamesOf(GeneratorRun run, string type) =>
        string.Join(",", run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + type)!.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.IsStatic).Select(p => p.Name));

    private static string[] Messages(GeneratorRun run) =>
        [.. run.GeneratorDiagnostics.Select(d => $"{d.Id} {DiagnosticAssert.LineColumn(d)} {d.GetMessage(CultureInfo.InvariantCulture)}")];

    [Fact]
    public void APropertyIsNamedByItsGivenNameAndItsJsonKeepsTheWireName()
    {
        var spec = SpecYaml.Components("""
            schemas:
              Pet:
                type: object
                properties:
                  id: {type: string, x-aiia-name: petId}
                  kind_code: {type: string, x-ms-client-name: kind}
                  tag: {$ref: '#/components/schemas/Tag', x-aiia-name: label}
                  name: {type: string}
              Tag: {type: object, properties: {value: {type: string}}}
            """);

        var run = GeneratorHarness.RunClean(SpecFile.FromText("pets.openapi.yaml", spec));

        Assert.Equal("PetId,Kind,Label,Name,UndocumentedProperties", PropertyNamesOf(run, "Pet"));
        const string json = """{"id":"p1","kind_code":"dog","tag":{"value":"v"},"name":"Rex"}""";
        HostileNamesRound14Tests.WithType(run, "Pet", type =>
        {
            var pet = JsonSerializer.Deserialize(json, type)!;
            Assert.Equal("p1", type.GetProperty("PetId")!.GetValue(pet));
            Assert.Equal("dog", type.GetProperty("Kind")!.GetValue(pet));
            Assert.Equal(json, JsonSerializer.Serialize(pet, type));
        });
    }

    [Fact]
    public void AComponentSchemaIsNamedByItsGivenNameWhereverItsTypeIsNamed()
    {
        // The type, the names derived from it (an inline record inside, an alias's items, a union's alternative), and
        // the record that refers to it; a later schema whose key PascalCases to the given name is numbered.
        var spec = SpecYaml.Paths("""
            /pets:
              get:
                operationId: listPets
                responses:
                  '200': {description: Pets., content: {application/json: {schema: {$ref: '#/components/schemas/pet_list'}}}}
            """, """
            schemas:
              pet_v1:
                type: object
                x-aiia-name: Pet
                properties:
                  owner: {type: object, properties: {name: {type: string}}}
                  state: {$ref: '#/components/schemas/state_code'}
              state_code: {type: string, enum: [a, b], x-ms-client-name: PetState}
              pet_list:
                type: array
                x-aiia-name: Pets
                items: {type: object, properties: {pet: {$ref: '#/components/schemas/pet_v1'}}}
              Pet: {type: object, properties: {id: {type: string}}}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("pets.openapi.yaml", spec)]);

        DiagnosticAssert.SingleRename(run, "The schema 'Pet' at components.schemas.Pet cannot be named 'Pet' (the schema 'pet_v1' already has that name); it is generated as 'Pet2'.", DiagnosticAssert.SchemaAdvice);
        foreach (var type in new[] { "Pet", "PetOwner", "PetState", "PetsItem", "Pet2" })
        {
            Assert.True(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + type) is not null, type);
        }

        Assert.Equal("Owner,State,UndocumentedProperties", PropertyNamesOf(run, "Pet"));
        var parsed = SpecCompiler.Parse(new SpecInput("/specs/pets.openapi.yaml", spec, "Contoso.Consumer", null, null)).Spec!;
        Assert.Equal(("pet_v1", "Pet"), parsed.Objects.Where(o => o.Name == "Pet").Select(o => (o.Source!.ComponentName, o.Source.GivenName)).Single());
    }

    [Fact]
    public void AnXAiiaNameWhereNothingIsNamedIsAWarningOnceAndXMsClientNameThereIsLeftAlone()
    {
        var spec = SpecYaml.Paths("""
            /pets:
              post:
                operationId: addPet
                parameters:
                  - {name: tag, in: query, schema: {type: string, x-aiia-name: label}}
                requestBody:
                  content:
                    application/json:
                      schema: {type: object, x-aiia-name: NewPet, properties: {name: {type: string}}}
                responses:
                  '200': {description: Pets., content: {application/json: {schema: {type: array, items: {type: object, x-ms-client-name: PetItem, properties: {id: {type: string}}}}}}}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("pets.openapi.yaml", spec)]);

        Assert.Empty(GeneratorHarness.Visible(run.CompilationDiagnostics));
        Assert.Equal(
            [
                "AIIA0064 (8,70) 'x-aiia-name' at paths./pets.post.parameters[0].schema is not used: a schema here names no C# type or member (it names component schemas, properties, parameters and form fields). Move it to the property, parameter or component schema whose name it should give, or move the schema to components.schemas.",
                "AIIA0064 (12,49) 'x-aiia-name' at paths./pets.post.requestBody.content.schema is not used: a schema here names no C# type or member (it names component schemas, properties, parameters and form fields). Move it to the property, parameter or component schema whose name it should give, or move the schema to components.schemas.",
            ],
            Messages(run));
        Assert.Equal("tag,body,cancellationToken", ParameterNamesOf(run, "AddPetAsync")); // the parameter, not its schema, is named
    }

    [Fact]
    public void AnXAiiaNameOnAnOperationOrASecuritySchemeSaysToChangeTheKeyThatNamesIt()
    {
        // A method and an options property are named after an operationId and a scheme's key, neither on the wire.
        var spec = SpecYaml.Paths("""
            /pets:
              get:
                operationId: listPets
                x-aiia-name: ListAll
                security: [{key: []}]
                responses:
                  '200': {description: Pets.}
              delete:
                x-aiia-name: Clear
                x-ms-client-name: Clear
                responses:
                  '204': {description: Gone.}
            """, """
            securitySchemes:
              key: {type: apiKey, in: header, name: X-Key, x-aiia-name: ApiKey}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("pets.openapi.yaml", spec)]);

        Assert.Empty(GeneratorHarness.Visible(run.CompilationDiagnostics));
        Assert.Equal(
            [
                "AIIA0064 (18,63) 'x-aiia-name' at components.securitySchemes.key is not used: a security scheme's options property is named after its key in components.securitySchemes, which the wire does not carry. Rename the key to choose the C# name.",
                "AIIA0064 (7,20) 'x-aiia-name' at paths./pets.get is not used: an operation's method is named after its operationId, which the wire does not carry. Change the operationId to choose the C# name.",
                "AIIA0064 (12,20) 'x-aiia-name' at paths./pets.delete is not used: an operation's method is named after its method and path, which the wire does not carry. Give it an operationId to choose the C# name.",
            ],
            Messages(run));
        var client = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.PetsClient")!;
        Assert.NotEmpty(client.GetMembers("ListPetsAsync"));
        Assert.NotEmpty(client.GetMembers("DeletePetsAsync"));
    }

    [Fact]
    public void AGivenNameIsCasedAndNumberedLikeAnyOtherAndTheRenameSaysHowToChooseIt()
    {
        // The given name takes the wire name's place in the rules: 'name' then gives the same C# name, so the later is numbered.
        var spec = SpecYaml.Components("""
            schemas:
              Pet:
                type: object
                properties:
                  pet_name: {type: string, x-aiia-name: NAME}
                  name: {type: string}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("pets.openapi.yaml", spec)]);

        DiagnosticAssert.SingleRename(run, "The property 'name' at components.schemas.Pet.properties cannot be named 'Name' (the property 'pet_name' already has that name); it is generated as 'Name2'.", DiagnosticAssert.GiveNameAdvice);
        Assert.Equal("Name,Name2,UndocumentedProperties", PropertyNamesOf(run, "Pet"));
    }

    [Fact]
    public void ParametersAndFormFieldsAreNamedByTheirGivenNamesAndSentByTheirWireNames()
    {
        var spec = SpecYaml.Paths("""
            /pets:
              post:
                operationId: addPet
                parameters:
                  - {name: page-size, in: query, x-aiia-name: limit, schema: {type: integer}}
                  - {name: X-Request-Id, in: header, x-ms-client-name: correlation, schema: {type: string}}
                  - {$ref: '#/components/parameters/Shared'}
                requestBody:
                  content:
                    application/x-www-form-urlencoded:
                      schema:
                        type: object
                        properties:
                          grant_type: {type: string, x-aiia-name: grant}
                          $: {type: string, x-aiia-name: dollar}
                responses:
                  '204': {description: Added.}
            """, """
            parameters:
              Shared: {name: q, in: query, x-aiia-name: searchText, schema: {type: string}}
            """);

        var run = GeneratorHarness.RunClean(SpecFile.FromText("pets.openapi.yaml", spec));

        Assert.Equal("limit,correlation,searchText,grant,dollar,cancellationToken", ParameterNamesOf(run, "AddPetAsync"));
        var client = run.SourceEndingWith(".Client.g.cs");
        foreach (var wire in new[] { "\"page-size\"", "\"X-Request-Id\"", "\"q\"", "\"grant_type\"", "\"$\"" })
        {
            Assert.Contains(wire, client, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EnumValuesAreNamedByTheNamesListedBesideThemAndKeepTheirWireValues()
    {
        var spec = SpecYaml.Components("""
            schemas:
              Status:
                type: string
                enum: [available, on_hold, SOLD_OUT]
                x-enum-varnames: [InStock, PAUSED, gone]
              Size:
                type: string
                enum: [s, m]
                x-enumNames: [Small, Medium]
              Region:
                type: string
                enum: [eu-west, us]
                x-ms-enum:
                  name: Region
                  modelAsString: true
                  values:
                    - {value: eu-west, name: Europe}
                    - {value: unlisted, name: Nowhere}
            """);

        var run = GeneratorHarness.RunClean(SpecFile.FromText("pets.openapi.yaml", spec));

        Assert.Equal("InStock,Paused,Gone", StaticNamesOf(run, "Status"));
        Assert.Equal("Small,Medium", StaticNamesOf(run, "Size"));
        Assert.Equal("Europe,Us", StaticNamesOf(run, "Region"));
        var enums = run.SourceEndingWith(".Enums.g.cs");
        foreach (var wire in new[] { "\"available\"", "\"on_hold\"", "\"SOLD_OUT\"", "\"eu-west\"" })
        {
            Assert.Contains(wire, enums, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnEnumOfNumbersShowsTheNamesGivenToItsValuesInItsDocumentation()
    {
        // No C# enum holds numbers or booleans: the names are only shown, and only when they match the values one for one.
        var spec = SpecYaml.Components("""
            schemas:
              Job:
                type: object
                properties:
                  priority: {type: integer, description: How urgent., enum: [1, 2, 3], x-enum-varnames: [Low, Medium, High]}
                  level: {type: integer, enum: [1, 2], x-enumNames: [One]}
                  flag: {type: boolean, enum: [true], x-enum-varnames: ['<b>']}
            """);

        var run = GeneratorHarness.RunClean(SpecFile.FromText("tasks.openapi.yaml", spec));

        var task = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Job")!;
        Assert.Contains("How urgent. One of: 1 (Low), 2 (Medium), 3 (High).", task.GetMembers("Priority").Single().GetDocumentationCommentXml(), StringComparison.Ordinal);
        Assert.Contains("One of: 1, 2.", task.GetMembers("Level").Single().GetDocumentationCommentXml(), StringComparison.Ordinal);
        Assert.Contains("One of: true (&lt;b&gt;).", task.GetMembers("Flag").Single().GetDocumentationCommentXml(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnumValueWhoseGivenNameIsTakenIsNumberedAndTheRenameSaysWhereToNameIt()
    {
        var spec = SpecYaml.Components("""
            schemas:
              Status:
                type: string
                enum: [a, b]
                x-enum-varnames: [Same, same]
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("pets.openapi.yaml", spec)]);

        DiagnosticAssert.SingleRename(run, "The enum value 'b' at components.schemas.Status.enum cannot be named 'Same' (the value 'a' already has that name); it is generated as 'Same2'.", DiagnosticAssert.OtherValueNameAdvice);
        Assert.Equal("Same,Same2", StaticNamesOf(run, "Status"));
    }

    [Fact]
    public void ANameThatCannotBeUsedIsAWarningAtItAndTheWireNameNamesIt()
    {
        var spec = SpecYaml.Paths("""
            /pets:
              get:
                operationId: listPets
                parameters:
                  - {name: page-size, in: query, x-aiia-name: '--', schema: {type: integer}}
                responses:
                  '200': {description: Pets., content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
            """, """
            schemas:
              Pet:
                type: object
                properties:
                  id: {type: string, x-aiia-name: {first: a}}
                  status:
                    type: string
                    enum: [available, sold, lost]
                    x-enum-varnames: [InStock, '*/', Missing, Extra]
                  size:
                    type: string
                    enum: [s]
                    x-enumNames: Small
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("pets.openapi.yaml", spec)]);

        Assert.Empty(GeneratorHarness.Visible(run.CompilationDiagnostics));
        // Components are read before paths.
        Assert.Equal(
            [
                "AIIA0064 (16,41) 'x-aiia-name' at components.schemas.Pet.properties.id is not used: it must be a string, so the C# name is derived as without it. Write the C# name as text, e.g. 'x-aiia-name: petName'.",
                "AIIA0064 (20,28) Part of 'x-enum-varnames' at components.schemas.Pet.properties.status.x-enum-varnames is not used: it names 4 values but 'enum' lists 3 values, so the names past the enum's end name nothing. Give one name per value of 'enum', in its order.",
                "AIIA0064 (20,38) The name of the value 'sold' in 'x-enum-varnames' at components.schemas.Pet.properties.status.x-enum-varnames is not used: it has no letter or digit, so the value is named after itself. Write each name as text with a letter or digit.",
                "AIIA0064 (24,24) 'x-enumNames' at components.schemas.Pet.properties.size.x-enumNames is not used: it must be a list of names, one per value of 'enum' in its order, so the values are named after themselves. Write it as a list, e.g. 'x-enumNames: [Available, Sold]'.",
                "AIIA0064 (8,53) 'x-aiia-name' at paths./pets.get.parameters[0] is not used: it has no letter or digit, so the C# name is derived as without it. Write the C# name as text, e.g. 'x-aiia-name: petName'.",
            ],
            Messages(run));
        Assert.Equal("pageSize,cancellationToken", ParameterNamesOf(run, "ListPetsAsync"));
        Assert.Equal("Id,Status,Size,UndocumentedProperties", PropertyNamesOf(run, "Pet"));
        Assert.Equal("InStock,Sold,Missing", StaticNamesOf(run, "PetStatus"));
        Assert.Equal("S", StaticNamesOf(run, "PetSize"));
    }
}
