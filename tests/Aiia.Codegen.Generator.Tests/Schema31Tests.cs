using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// OpenAPI 3.1 schemas: type lists, <c>const</c>, <c>$ref</c> with siblings, numeric exclusive bounds, enums of numbers,
/// and the JSON Schema keywords the generator accepts and ignores (<c>Specs/catalog31.openapi.yaml</c> has them all).
/// </summary>
public sealed class Schema31Tests
{
    private const string CatalogSpec = "catalog31.openapi.yaml";

    [Fact]
    public void TheCatalogSpecGeneratesAndCompilesWithOnlyItsDocumentedWarnings()
    {
        var run = GeneratorHarness.Run([SpecFile.Load(CatalogSpec)]);

        var ids = run.GeneratorDiagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["AIIA0014", "AIIA0014", "AIIA0014", "AIIA0014", "AIIA0014", "AIIA0014", "AIIA0014", "AIIA0040", "AIIA0057"], ids);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }

    [Fact]
    public void A_later_3x_version_is_read_as_3_1()
    {
        // AdGuard Home declares 3.2.0; a type list is 3.1's nullable, and paths may be missing as in 3.1.
        var run = GeneratorHarness.Run([SpecFile.FromText("home.openapi.yaml", """
            openapi: 3.2.0
            info: {title: Home, version: '1'}
            components:
              schemas:
                Client:
                  type: object
                  properties:
                    name: {type: [string, 'null']}
            """)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var property = (IPropertySymbol)run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Client")!.GetMembers("Name").Single();
        Assert.Equal("string?", property.Type.ToDisplayString());
        Assert.True(GeneratorHarness.Visible(run.CompilationDiagnostics).IsEmpty);
    }

    [Fact]
    public void TheCatalogSpecMatchesItsSnapshot()
    {
        var run = GeneratorHarness.Run([SpecFile.Load(CatalogSpec)]);

        SnapshotAssert.MatchFiles(run.Sources.Select(s => (s.HintName, SnapshotTests.ScrubVersion(s.Text))), "Catalog31");
    }

    [Theory]
    [InlineData("Nickname", "string?")] // type: [string, 'null']
    [InlineData("Rating", "double?")] // type: [number, 'null'] with numeric exclusive bounds
    [InlineData("Code", "System.Text.Json.JsonElement?")] // type: [string, integer]: AIIA0040
    [InlineData("Kind", "string?")] // const: item
    [InlineData("Tags", "System.Collections.Generic.IReadOnlyList<string>?")] // type: [array, 'null'] with prefixItems
    [InlineData("Parent", "Contoso.Consumer.Item?")] // $ref with a description beside it
    [InlineData("Sort", "Contoso.Consumer.SortOrder?")] // $ref with deprecated beside it
    [InlineData("Priority", "int?")] // an integer enum: the plain integer
    [InlineData("Weight", "double?")] // a number enum
    [InlineData("Fragile", "bool?")] // a boolean enum
    [InlineData("Picture", "string?")] // contentMediaType/contentEncoding
    [InlineData("Labels", "System.Text.Json.JsonElement?")] // patternProperties: any JSON object
    [InlineData("Shipping", "Contoso.Consumer.ItemShipping?")] // dependentRequired, if/then/else
    public void EachPropertyHasTheTypeItsSchemaSays(string property, string type)
    {
        var item = CatalogItem();

        Assert.Equal(type, ((IPropertySymbol)item.GetMembers(property).Single()).Type.ToDisplayString());
    }

    [Fact]
    public void RefSiblingsApply()
    {
        var item = CatalogItem();

        Assert.Contains("The parent item, if any.", item.GetMembers("Parent").Single().GetDocumentationCommentXml(), StringComparison.Ordinal);
        Assert.Contains(item.GetMembers("Sort").Single().GetAttributes(), a => a.AttributeClass?.Name == "ObsoleteAttribute");
    }

    [Fact]
    public void AnEnumOfNumbersIsDocumentedWithItsValues()
    {
        var item = CatalogItem();

        var doc = item.GetMembers("Priority").Single().GetDocumentationCommentXml();
        Assert.Contains("How urgent the item is. One of: 1, 2, 3.", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void A31SpecWithoutPathsGeneratesItsSchemas()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("hooks.openapi.yaml", """
            openapi: 3.1.0
            info: {title: Hooks, version: '1'}
            webhooks:
              created:
                post:
                  responses:
                    '200': {description: OK}
            components:
              schemas:
                Event:
                  type: object
                  properties:
                    id: {type: [string, 'null']}
                Anything: true
            """)]);

        Assert.Empty(run.GeneratorDiagnostics);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Event"));
    }

    [Theory]
    [InlineData("enum: [1, 2, 3]", "int?")]
    [InlineData("enum: [1, 2.5]", "double?")]
    [InlineData("enum: [true, false]", "bool?")]
    [InlineData("enum: [a, b]", "Contoso.Consumer.ThingValue?")]
    [InlineData("const: 42", "int?")]
    [InlineData("type: [integer, number]", "double?")]
    [InlineData("type: ['null']", "System.Text.Json.JsonElement?")]
    [InlineData("{type: integer, enum: [1, 2], nullable: true}", "int?")]
    public void ASchemaWithoutOneTypeIsTypedByItsValues(string schema, string type)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText(FileName, SpecYaml.Components($$"""
            schemas:
              Thing:
                type: object
                properties:
                  value: {{(schema.StartsWith('{') ? schema : "{" + schema + "}")}}
            """))]);

        Assert.Empty(run.GeneratorDiagnostics);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var thing = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Thing")!;
        Assert.Equal(type, ((IPropertySymbol)thing.GetMembers("Value").Single()).Type.ToDisplayString());
    }

    [Fact]
    public void ARefIntoASchemaOrItsDefsIsTheTypeItPointsAt()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText(FileName, SpecYaml.Components("""
            schemas:
              Pet:
                type: object
                properties:
                  tag: {type: string, format: uuid}
                  size: {$ref: '#/components/schemas/Pet/$defs/Size'}
                $defs:
                  Size: {type: string, enum: [small, large]}
              Owner:
                type: object
                properties:
                  petTag: {$ref: '#/components/schemas/Pet/properties/tag'}
                  petSize: {$ref: '#/components/schemas/Pet/$defs/Size'}
                  nickname: {$ref: '#/components/schemas/Nickname'}
              Nickname: {type: [string, 'null']}
            """))]);

        Assert.Empty(run.GeneratorDiagnostics);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var owner = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Owner")!;
        Assert.Equal("System.Guid?", ((IPropertySymbol)owner.GetMembers("PetTag").Single()).Type.ToDisplayString());
        Assert.Equal("Contoso.Consumer.PetSize?", ((IPropertySymbol)owner.GetMembers("PetSize").Single()).Type.ToDisplayString());
        Assert.Equal("string?", ((IPropertySymbol)owner.GetMembers("Nickname").Single()).Type.ToDisplayString());
    }

    [Fact]
    public void ARefToNothingInTheDocumentIsReportedAndAnyJson()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText(FileName, SpecYaml.Components("""
            schemas:
              Owner:
                type: object
                properties:
                  petTag: {$ref: '#/components/schemas/Pet/properties/tag'}
            """))]);

        Assert.Equal("AIIA0042", Assert.Single(run.GeneratorDiagnostics).Id);
    }

    private const string FileName = "things.openapi.yaml";

    private static INamedTypeSymbol CatalogItem()
    {
        var run = GeneratorHarness.Run([SpecFile.Load(CatalogSpec)]);
        return run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Item")!;
    }

    [Theory]
    [InlineData("3.0.3", "{type: string, enum: [a, b], nullable: true}", "{type: object, nullable: true, properties: {x: {type: string}}}")]
    [InlineData("3.1.0", "{type: [string, 'null'], enum: [a, b, null]}", "{type: [object, 'null'], properties: {x: {type: string}}}")]
    public void AComponentThatAllowsNullIsNullableWhereverItIsReferenced(string version, string nullableEnum, string nullableRecord)
    {
        // Found by specs built to break the generator: the $ref dropped the component's own null, so a null the spec
        // allows threw ApiJsonException on reading ($.e: expected a value, found null).
        var run = GeneratorHarness.Run([SpecFile.FromText("n.openapi.yaml", """
            openapi: VERSION
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                NE: ENUM
                R: RECORD
                N:
                  type: object
                  required: [e, r]
                  properties:
                    e: {$ref: '#/components/schemas/NE'}
                    r: {$ref: '#/components/schemas/R'}
                    rl: {type: array, items: {$ref: '#/components/schemas/R'}}
                    rm: {type: object, additionalProperties: {$ref: '#/components/schemas/R'}}
            """.Replace("VERSION", version, StringComparison.Ordinal).Replace("ENUM", nullableEnum, StringComparison.Ordinal).Replace("RECORD", nullableRecord, StringComparison.Ordinal))]);

        DiagnosticAssert.CompilesAndReports(run);
        var types = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.N")!.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.Name.Length <= 2).ToDictionary(p => p.Name, p => p.Type.ToDisplayString());
        Assert.Equal("Contoso.Consumer.Ne?", types["E"]);
        Assert.Equal("Contoso.Consumer.R?", types["R"]);
        Assert.Equal("System.Collections.Generic.IReadOnlyList<Contoso.Consumer.R?>?", types["Rl"]);
        Assert.Equal("System.Collections.Generic.IReadOnlyDictionary<string, Contoso.Consumer.R?>?", types["Rm"]);
    }

    [Fact]
    public void PatternPropertiesBesideAdditionalPropertiesFalseKeepWhatTheyAllow()
    {
        // Found by specs built to break the generator: the x- keys a schema allows were thrown away on reading.
        var run = GeneratorHarness.Run([SpecFile.FromText("p.openapi.yaml", """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Vendor:
                  type: object
                  properties: {id: {type: string}}
                  patternProperties: {'^x-': {}}
                  additionalProperties: false
                Closed:
                  type: object
                  properties: {id: {type: string}}
                  additionalProperties: false
            """)]);

        DiagnosticAssert.CompilesAndReports(run);
        Assert.Equal(["Id", "UndocumentedProperties"], DiagnosticAssert.PublicProperties(run, "Contoso.Consumer.Vendor"));
        Assert.Equal(["Id"], DiagnosticAssert.PublicProperties(run, "Contoso.Consumer.Closed"));
    }
}
