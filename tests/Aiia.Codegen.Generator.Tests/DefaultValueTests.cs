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
              when: { type: string, format: date-time, default: "2020-01-01T00:00:00Z" }
              defaultCount: { type: integer }
        """));

    [Fact]
    public void Defaults_are_members_beside_the_property_and_the_property_has_no_initializer()
    {
        var run = GeneratorHarness.Run([Spec]);

        DiagnosticAssert.SingleRename(run, "The default of 'count' at components.schemas.Item cannot be named 'DefaultCount' (the property 'defaultCount' already has that name); it is generated as 'DefaultCountValue'.", DiagnosticAssert.DerivedAdvice);
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
        Assert.Empty(item.GetMembers("DefaultWhen")); // not a primitive this supports
        var models = run.SourceEndingWith(".Models.g.cs");
        Assert.Contains("public static global::Contoso.Consumer.ItemColor DefaultColor { get; } = global::Contoso.Consumer.ItemColor.Green;", models);
        Assert.Contains("DefaultShade { get; } = new(\"medium\");", models);
        Assert.DoesNotContain("{ get; init; } =", models);
    }

    [Fact]
    public void A_float_or_double_default_is_exactly_the_number_the_spec_wrote()
    {
        // Once parsed as a decimal: below 1E-28 it became 0, above 7.9E+28 it vanished, and -0.0 lost its sign.
        var spec = SpecFile.FromText("tuning.openapi.yaml", SpecYaml.Components("""
            schemas:
              Tuning:
                type: object
                properties:
                  epsilon: { type: number, default: 1.0e-30 }
                  tiny: { type: number, format: double, default: 4.9e-324 }
                  big: { type: number, default: 1.0e+30 }
                  huge: { type: number, format: float, default: 1.0e+30 }
                  negativeZero: { type: number, default: -0.0 }
                  precise: { type: number, default: 0.12345678901234567890123456789 }
                  half: { type: number, default: .5 }
                  price: { type: number, format: decimal, default: 1e5 }
            """));

        var run = GeneratorHarness.Run([spec]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var tuning = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Tuning")!;
        Assert.Equal(1.0e-30, Constant(tuning, "DefaultEpsilon"));
        Assert.Equal(double.Epsilon, Constant(tuning, "DefaultTiny"));
        Assert.Equal(1.0e+30, Constant(tuning, "DefaultBig"));
        Assert.Equal(1.0e+30f, Constant(tuning, "DefaultHuge"));
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits((double)Constant(tuning, "DefaultNegativeZero")!));
        Assert.Equal(double.Parse("0.12345678901234567890123456789", System.Globalization.CultureInfo.InvariantCulture), Constant(tuning, "DefaultPrecise"));
        Assert.Equal(0.5, Constant(tuning, "DefaultHalf"));
        Assert.Equal(100000m, Constant(tuning, "DefaultPrice"));
    }

    [Fact]
    public void A_default_on_the_component_a_property_refers_to_is_the_propertys_default()
    {
        var spec = SpecFile.FromText("paint.openapi.yaml", SpecYaml.Components("""
            schemas:
              Color: {type: string, enum: [red, green], default: green}
              PageSize: {type: integer, default: 50}
              Limit: {$ref: '#/components/schemas/PageSize'}
              Weight: {type: integer, default: heavy}
              Options:
                type: object
                properties:
                  color: {$ref: '#/components/schemas/Color'}
                  pageSize: {$ref: '#/components/schemas/PageSize'}
                  limit: {$ref: '#/components/schemas/Limit'}
                  weight: {$ref: '#/components/schemas/Weight'}
                  otherWeight: {$ref: '#/components/schemas/Weight'}
            """));

        var run = GeneratorHarness.Run([spec]);

        // The component's default that does not fit is reported once, where it is written.
        var reported = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0049", reported.Id);
        Assert.Contains("'heavy' at components.schemas.Weight.default", reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var options = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Options")!;
        Assert.Equal(50, Constant(options, "DefaultPageSize"));
        Assert.Equal(50, Constant(options, "DefaultLimit"));
        Assert.Empty(options.GetMembers("DefaultWeight"));
        var models = run.SourceEndingWith(".Models.g.cs");
        Assert.Contains("public static global::Contoso.Consumer.Color DefaultColor { get; } = global::Contoso.Consumer.Color.Green;", models, StringComparison.Ordinal);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }

    [Fact]
    public void An_integer_default_written_with_a_zero_fraction_or_an_exponent_is_that_integer()
    {
        // JSON Schema counts 1.0 and 1e2 as integers, and the client reads them so; 1e-30 and 2.5 are not.
        var spec = SpecFile.FromText("tuning.openapi.yaml", SpecYaml.Components("""
            schemas:
              Tuning:
                type: object
                properties:
                  one: {type: integer, default: 1.0}
                  hundred: {type: integer, format: int64, default: 1e2}
                  fifteen: {type: integer, default: 1.5e1}
                  tiny: {type: integer, default: 1e-30}
                  half: {type: integer, default: 2.5}
            """));

        var run = GeneratorHarness.Run([spec]);

        var tuning = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Tuning")!;
        Assert.Equal(1, Constant(tuning, "DefaultOne"));
        Assert.Equal(100L, Constant(tuning, "DefaultHundred"));
        Assert.Equal(15, Constant(tuning, "DefaultFifteen"));
        Assert.Equal(["'1e-30'", "'2.5'"], run.GeneratorDiagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split(' ')[2]));
    }

    [Fact]
    public void A_yaml_hex_or_octal_integer_default_is_its_value()
    {
        // YAML 1.2's core schema: a plain 0x10 is 16, 0o10 is 8; quoted, or past the type, it is no integer.
        var spec = SpecFile.FromText("radix.openapi.yaml", SpecYaml.Components("""
            schemas:
              Radix:
                type: object
                properties:
                  hex: {type: integer, default: 0x10}
                  octal: {type: integer, format: int64, default: 0o17}
                  quoted: {type: integer, default: '0x10'}
                  huge: {type: integer, format: int32, default: 0xFFFFFFFFF}
            """));

        var run = GeneratorHarness.Run([spec]);

        var radix = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Radix")!;
        Assert.Equal(16, Constant(radix, "DefaultHex"));
        Assert.Equal(15L, Constant(radix, "DefaultOctal"));
        Assert.Equal(["'0x10'", "'0xFFFFFFFFF'"], run.GeneratorDiagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split(' ')[2]));
    }

    [Fact]
    public void A_default_reaches_a_property_through_an_allOf_of_one_ref()
    {
        // allOf: [{$ref}] is OpenAPI 3.0's way to give a reference a description of its own.
        var spec = SpecFile.FromText("paint.openapi.yaml", SpecYaml.Components("""
            schemas:
              Color: {type: string, enum: [red, green], default: green}
              PageSize: {type: integer, default: 50}
              Options:
                type: object
                properties:
                  accent: {allOf: [{$ref: '#/components/schemas/Color'}], description: The accent.}
                  pageSize: {allOf: [{$ref: '#/components/schemas/PageSize'}], description: Items per page.}
            """));

        var run = GeneratorHarness.Run([spec]);

        var options = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Options")!;
        Assert.Equal(50, Constant(options, "DefaultPageSize"));
        Assert.NotEmpty(options.GetMembers("DefaultAccent"));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }

    private static object? Constant(INamedTypeSymbol type, string name)
    {
        var field = Assert.IsAssignableFrom<IFieldSymbol>(type.GetMembers(name).Single());
        Assert.True(field.IsConst);
        return field.ConstantValue;
    }
}
