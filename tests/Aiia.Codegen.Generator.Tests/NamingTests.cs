using System.Globalization;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// One owner for every generated name (the naming pass, <c>Naming/SpecNaming.cs</c>): a spec built to collide with every
/// derived-name pattern still generates code that compiles at warning level 9999, each changed name is reported as an
/// AIIA0014 info at its YAML node, and the same spec always gets the same names.
/// </summary>
public sealed class NamingTests
{
    /// <summary>
    /// Client <c>ShapesClient</c> (from the file name). Collides with: the list-of-Pet body converter
    /// (<c>ShapesClientListOfPet</c>), a record's converter (<c>PetJsonConverter</c>), an enum's Kind enum
    /// (<c>ColorKind</c>), the options class (<c>ShapesClientOptions</c>), a schema's C# name (<c>pet</c> after
    /// <c>Pet</c>), a property's C# name (<c>ID</c> after <c>id</c>), a property name with no letter (<c>''</c>), and
    /// parameters of one C# name (<c>page-size</c>, <c>pageSize</c>) whose inline enums get one type name too, and a
    /// parameter named like generated code (<c>body</c>).
    /// </summary>
    private const string CollidingSpec = """
        openapi: 3.0.3
        info: {title: Shapes, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
            post:
              operationId: createPet
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/pet'}
              responses:
                '201':
                  description: Created
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/ShapesClientListOfPet'}
          /pets/{petId}:
            get:
              operationId: getPet
              parameters:
                - {name: petId, in: path, required: true, schema: {type: string}}
                - {name: page-size, in: query, schema: {type: string, enum: [a, b]}}
                - {name: pageSize, in: header, schema: {type: string, enum: [c, d]}}
                - {name: body, in: query, schema: {type: string}}
              responses:
                '204': {description: None}
        components:
          schemas:
            Pet:
              type: object
              required: [id]
              properties:
                id: {type: string}
                ID: {type: integer}
                '': {type: string}
                color: {$ref: '#/components/schemas/Color'}
            pet:
              type: object
              properties:
                name: {type: string}
            ShapesClientListOfPet:
              type: object
              properties:
                items: {type: array, items: {$ref: '#/components/schemas/Pet'}}
            PetJsonConverter:
              type: object
              properties:
                value: {type: string}
            Color:
              type: string
              enum: [red, green]
            ColorKind:
              type: object
              properties:
                name: {type: string}
            ShapesClientOptions:
              type: object
              properties:
                retries: {type: integer}
        """;

    private static SpecFile Spec() => SpecFile.FromText("shapes.openapi.yaml", CollidingSpec);

    [Fact]
    public void ASpecCollidingWithEveryDerivedNameCompilesWithoutWarnings()
    {
        const string consumer = """
            namespace Contoso.Consumer;

            internal static class Usage
            {
                internal static object Use(System.Net.Http.HttpClient http)
                {
                    var client = new ShapesClient(http, new ShapesClientOptions2());
                    var pet = new Pet { Id = "p", Id2 = 2, Property = "x", Color = Color.Red };
                    var other = new Pet2 { Name = "n" };
                    var options = new ShapesClientOptions { Retries = 1 };
                    ColorKind2 kind = pet.Color!.Value.Kind;
                    ColorKind record = new() { Name = "c" };
                    _ = client.GetPetAsync("p", pageSize: GetPetPageSize.A, pageSize2: GetPetPageSize2.C, bodyParameter: "b");
                    return (client, other, options, kind, record);
                }
            }
            """;

        var run = GeneratorHarness.Run([Spec()], [consumer]);

        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(("AIIA0014", DiagnosticSeverity.Info), (d.Id, d.Severity)));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        foreach (var type in new[] { "PetJsonConverter2", "ShapesClientListOfPetJsonConverter", "ShapesClientListOfPetJsonConverter2", "PetJsonConverterJsonConverter", "ColorKindJsonConverter" })
        {
            Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + type));
        }
    }

    [Fact]
    public void PropertiesNamedLikeWhatEveryRecordHasStepAside()
    {
        // Bitbucket's repository has a 'clone' property: C# forbids a member named Clone in a record (CS8859).
        var spec = SpecYaml.Components("""
            schemas:
              Repository:
                type: object
                properties:
                  clone: {type: string}
                  equalityContract: {type: string}
                  printMembers: {type: string}
                  deconstruct: {type: string}
                  toString: {type: string}
                  getHashCode: {type: string}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("repos.openapi.yaml", spec)]);

        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var members = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Repository")!.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "CloneValue", "EqualityContractValue", "PrintMembersValue", "DeconstructValue", "ToStringValue", "GetHashCodeValue" }, members);
    }

    [Fact]
    public void EnumValuesNamedCloneStepAside()
    {
        // Qovery's OrganizationEventType lists 'CLONE': C# forbids a member named Clone in a record struct too (CS8859).
        var spec = SpecYaml.Components("""
            schemas:
              OrganizationEventType:
                type: string
                enum: [CREATE, CLONE]
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("events.openapi.yaml", spec)]);

        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var members = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.OrganizationEventType")!.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).ToHashSet();
        Assert.Contains("CloneValue", members);
    }

    [Fact]
    public void EachRenameIsAnInfoAtItsYamlNodeSayingWhatItBecame()
    {
        var run = GeneratorHarness.Run([Spec()]);

        var reported = run.GeneratorDiagnostics
            .Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, Message: d.GetMessage(CultureInfo.InvariantCulture)))
            .ToList();
        string[] expected =
        [
            "(46) The schema 'pet' at components.schemas.pet cannot be named 'Pet' (the schema 'Pet' already has that name); it is generated as 'Pet2'." + DiagnosticAssert.SchemaAdvice,
            "(43) The property 'ID' at components.schemas.Pet.properties cannot be named 'Id' (the property 'id' already has that name); it is generated as 'Id2'." + DiagnosticAssert.GiveNameAdvice,
            "(44) The property '' at components.schemas.Pet.properties cannot be named '' (a C# name needs a letter or digit); it is generated as 'Property'." + DiagnosticAssert.GiveNameAdvice,
            "(32) The inline schema at paths./pets/{petId}.get.parameters[2].schema cannot be named 'GetPetPageSize' (the schema at paths./pets/{petId}.get.parameters[1].schema already has that name); it is generated as 'GetPetPageSize2'." + DiagnosticAssert.InlineAdvice,
            "(32) The parameter 'pageSize' at paths./pets/{petId}.get.parameters cannot be named 'pageSize' (the parameter 'page-size' already has that name); it is generated as 'pageSize2'." + DiagnosticAssert.GiveNameAdvice,
            "(33) The parameter 'body' at paths./pets/{petId}.get.parameters cannot be named 'body' (a parameter or local of every generated method already has that name); it is generated as 'bodyParameter'." + DiagnosticAssert.GiveNameAdvice,
            "(65) The client options class at components.schemas.ShapesClientOptions cannot be named 'ShapesClientOptions' (the schema 'ShapesClientOptions' already has that name); it is generated as 'ShapesClientOptions2'." + DiagnosticAssert.DerivedAdvice,
            "(38) The JSON converter of the record 'Pet' at components.schemas.Pet cannot be named 'PetJsonConverter' (the schema 'PetJsonConverter' already has that name); it is generated as 'PetJsonConverter2'." + DiagnosticAssert.DerivedAdvice,
            "(58) The Kind enum of the enum 'Color' at components.schemas.Color cannot be named 'ColorKind' (the schema 'ColorKind' already has that name); it is generated as 'ColorKind2'." + DiagnosticAssert.DerivedAdvice,
            "(5) The JSON converter of the 'ListOfPet' body of the operation 'ListPets' at paths./pets.get cannot be named 'ShapesClientListOfPetJsonConverter' (the JSON converter of the record 'ShapesClientListOfPet' already has that name); it is generated as 'ShapesClientListOfPetJsonConverter2'." + DiagnosticAssert.DerivedAdvice,
        ];

        Assert.Equal(
            expected,
            reported.Select(r => $"({r.Line.ToString(CultureInfo.InvariantCulture)}) " + r.Message));
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public void TheSameSpecGetsTheSameNamesAndText()
    {
        var first = GeneratorHarness.Run([Spec()]);
        var second = GeneratorHarness.Run([Spec()]);

        // As arrays: ImmutableArray's own equality compares references.
        Assert.Equal(first.Sources.ToArray(), second.Sources.ToArray());
        Assert.Equal(
            first.GeneratorDiagnostics.Select(d => d.ToString()),
            second.GeneratorDiagnostics.Select(d => d.ToString()));

        var input = new SpecInput("/specs/shapes.openapi.yaml", CollidingSpec, "Contoso.Consumer", null, null);
        var a = SpecCompiler.Parse(input);
        var b = SpecCompiler.Parse(input);
        Assert.NotNull(a.Spec);
        Assert.Equal(a.Spec, b.Spec); // value-equal, names included
        Assert.Equal(a.Spec!.GetHashCode(), b.Spec!.GetHashCode());
    }

    [Fact]
    public void EveryTypeKnowsTheSchemaItCameFrom()
    {
        var parsed = SpecCompiler.Parse(new SpecInput("/specs/shapes.openapi.yaml", CollidingSpec, "Contoso.Consumer", null, null));

        var spec = parsed.Spec!;
        var renamed = spec.Objects.Single(o => o.Name == "Pet2");
        Assert.Equal("pet", renamed.Source!.ComponentName);
        Assert.Equal("#/components/schemas/pet", renamed.Source.Pointer);
        Assert.Equal("components.schemas.pet", renamed.Source.SpecPath);
        var color = spec.Enums.Single(e => e.Name == "Color");
        Assert.Equal("ColorKind2", color.KindName);
        Assert.Equal("#/components/schemas/Color", color.Source!.Pointer);
        Assert.Equal("ShapesClientOptions2", spec.GeneratedNames.Options);
        Assert.Equal("PetJsonConverter2", spec.GeneratedNames.ConverterOf("Pet"));
    }

    [Fact]
    public void TheSpecsOwnNamesWinOverHelperNamesWhateverTheirOrder()
    {
        // The helper's owner (Pet) comes after the schema that takes its converter's name: the schema still wins.
        var spec = SpecFile.FromText("shapes.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Shapes, version: '1'}
            paths: {}
            components:
              schemas:
                PetJsonConverter:
                  type: object
                  properties:
                    value: {type: string}
                Pet:
                  type: object
                  properties:
                    name: {type: string}
            """);

        var run = GeneratorHarness.Run([spec]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Contains("it is generated as 'PetJsonConverter2'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.True(GeneratorHarness.Visible(run.CompilationDiagnostics).IsEmpty, GeneratorHarness.Describe(run.CompilationDiagnostics));
    }

    [Fact]
    public void EmittersBuildNoNamesOfTheirOwn()
    {
        // Derived class names come from the model (ApiSpec.GeneratedNames, EnumModel.KindName), a union's derived members
        // from the pass's UnionAccessors: no emitter appends a helper suffix or prefix to a name.
        var folder = Repository.File("generator/Aiia.Codegen.Generator/Emitting");
        foreach (var file in Directory.GetFiles(folder, "*.cs"))
        {
            var text = File.ReadAllText(file);
            foreach (var pattern in new[] { "+ \"JsonConverter\"", "+ \"Options\"", "+ \"Kind\"", "+ \"JsonCollections\"", "+ \"SessionRenewer\"", "+ \"ServiceCollectionExtensions\"", "}JsonConverter", "}JsonCollections", "}ServiceCollectionExtensions", "Add{spec.ClientName}", " Is{", " TryGet{", ".TryGet{", " From{", ".From{" })
            {
                Assert.False(text.Contains(pattern, StringComparison.Ordinal), $"{Path.GetFileName(file)} builds a name with {pattern}");
            }
        }
    }
}
