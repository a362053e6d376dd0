using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// A spec's <c>default</c> on an optional primitive or string enum property is exposed as a <c>Default…</c> member
/// beside the property, never as its initializer: an absent property stays null, so a round trip changes nothing.
/// </summary>
public sealed class DefaultValueTests
{
    private static readonly SpecFile Spec = SpecFile.FromText("shop.openapi.yaml", SpecYaml.Components("""
        schemas:
          Item:
            type: object
            required: [size]
            properties:
              name: { type: string, default: "it's \"new\"" }
              count: { type: integer, default: 3 }
              total: { type: integer, format: int64, default: -9000000000 }
              ratio: { type: number, default: 0.5 }
              whole: { type: number, default: 2 }
              price: { type: number, format: decimal, default: 9.95 }
              active: { type: boolean, default: true }
              color: { type: string, enum: [red, green], default: green }
              shade: { type: string, enum: [light, dark], default: medium }
              size: { type: integer, default: 1 }
              bad: { type: integer, default: lots }
              when: { type: string, format: date-time, default: "2020-01-01T00:00:00Z" }
              defaultCount: { type: integer }
        """));

    [Fact]
    public void Defaults_are_members_beside_the_property_and_the_property_has_no_initializer()
    {
        var run = GeneratorHarness.Run([Spec]);

        DiagnosticAssert.SingleRename(run, "The default of 'count' at components.schemas.Item cannot be named 'DefaultCount' (the property 'defaultCount' already has that name); it is generated as 'DefaultCountValue'.");
        var item = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Item")!;
        Assert.Equal("it's \"new\"", Constant(item, "DefaultName"));
        Assert.Equal(3, Constant(item, "DefaultCountValue")); // DefaultCount is the spec's own property
        Assert.Equal(-9000000000L, Constant(item, "DefaultTotal"));
        Assert.Equal(0.5, Constant(item, "DefaultRatio"));
        Assert.Equal(2d, Constant(item, "DefaultWhole"));
        Assert.Equal(9.95m, Constant(item, "DefaultPrice"));
        Assert.Equal(true, Constant(item, "DefaultActive"));
        Assert.True(((IPropertySymbol)item.GetMembers("DefaultColor").Single()).IsStatic);
        Assert.True(((IPropertySymbol)item.GetMembers("DefaultShade").Single()).IsStatic);
        Assert.Empty(item.GetMembers("DefaultSize")); // required: the default means nothing
        Assert.Empty(item.GetMembers("DefaultBad")); // not an integer
        Assert.Empty(item.GetMembers("DefaultWhen")); // not a primitive this supports
        var models = run.Sources.Single(s => s.HintName.EndsWith(".Models.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains("public static global::Contoso.Consumer.ItemColor DefaultColor { get; } = global::Contoso.Consumer.ItemColor.Green;", models);
        Assert.Contains("DefaultShade { get; } = new(\"medium\");", models);
        Assert.DoesNotContain("{ get; init; } =", models);
    }

    private static object? Constant(INamedTypeSymbol type, string name)
    {
        var field = Assert.IsAssignableFrom<IFieldSymbol>(type.GetMembers(name).Single());
        Assert.True(field.IsConst);
        return field.ConstantValue;
    }
}
