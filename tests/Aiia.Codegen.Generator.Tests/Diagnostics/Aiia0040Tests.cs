using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0040: a schema that cannot be one C# type is generated as JsonElement (a warning: the spec still generates and compiles).</summary>
public sealed class Aiia0040Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0040_AListOfSeveralTypes()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Pet:
                    type: object
                    properties:
                      tag:
                        type: [|[string, integer, 'null']|]
                """),
            "AIIA0040", Warning, "components.schemas.Pet.properties.tag.type");

        Assert.Contains("A list of several types at", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("System.Text.Json.JsonElement?", PropertyType(run, "Pet", "Tag"));
    }

    [Fact]
    public void Aiia0040_AnUnknownType()
    {
        var (_, run) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Item:
                    type: object
                    properties:
                      name: {type: [|text|]}
                """),
            "AIIA0040", Warning, "components.schemas.Item.properties.name.type");

        Assert.Equal("System.Text.Json.JsonElement?", PropertyType(run, "Item", "Name"));
    }

    [Fact]
    public void Aiia0040_AnEnumOfValuesOfDifferentTypes()
    {
        Single(
            SpecYaml.Components(
                """
                schemas:
                  Item:
                    type: object
                    properties:
                      size:
                        enum: [|[small, 2]|]
                """),
            "AIIA0040", Warning, "components.schemas.Item.properties.size.enum");
    }

    [Fact]
    public void Aiia0040_TheFalseSchema()
    {
        Single(
            SpecYaml.Components(
                """
                schemas:
                  Item:
                    type: object
                    properties:
                      legacy: [|false|]
                """),
            "AIIA0040", Warning, "components.schemas.Item.properties.legacy");
    }

    private static string PropertyType(GeneratorRun run, string type, string property) =>
        ((IPropertySymbol)run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + type)!.GetMembers(property).Single()).Type.ToDisplayString();
}
