using System.Text.Json;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Corpus.Tests;

/// <summary>
/// The corpus checker compares a number read into a C# <c>float</c> at a float's precision and every other number
/// exactly: DigitalOcean's <c>price_hourly: 0.00743999984115362</c> (<c>format: float</c>) comes back as
/// <c>0.00744</c>, the same float, while a <c>double</c> or <c>decimal</c> that loses a digit is a difference.
/// </summary>
public sealed class ExampleComparisonTests
{
    private static readonly ExampleComparison Comparison = new(
        [
            Record("Size", ("price_hourly", new TypeRef(TypeKind.Single, IsNullable: true)), ("price_monthly", new TypeRef(TypeKind.Double)), ("amount", new TypeRef(TypeKind.Decimal)), ("loads", new TypeRef(TypeKind.Array, Element: new TypeRef(TypeKind.Single)))),
            Record("Other", ("price_hourly", new TypeRef(TypeKind.Double)), ("name", new TypeRef(TypeKind.String))),
            new ObjectModel("Shape", null, default, Discriminator: new DiscriminatorModel("kind", new([new DiscriminatorCase("size", "Size")]), "UnknownShape", "Kind", "Json")),
        ],
        [
            new UnionModel("SizeOrName", null, new([new UnionAlternative("Size", new TypeRef(TypeKind.Object, "Size"), default), new UnionAlternative("String", new TypeRef(TypeKind.String), default)]), "Json"),
            new UnionModel("SizeOrOther", null, new([new UnionAlternative("Size", new TypeRef(TypeKind.Object, "Size"), default), new UnionAlternative("Other", new TypeRef(TypeKind.Object, "Other"), default)]), "Json"),
        ]);

    [Fact]
    public void AFloatPropertyIsComparedAtAFloatsPrecision()
    {
        Assert.Empty(Differences("""{"price_hourly": 0.00743999984115362}""", """{"price_hourly": 0.00744}""", "Size"));
        Assert.Empty(Differences("""{"loads": [0.3588531587713522]}""", """{"loads": [0.35885316]}""", "Size"));
    }

    [Fact]
    public void AFloatThatChangedIsADifference()
    {
        Assert.Equal(["$.price_hourly 0.00744 became 0.0075"], Differences("""{"price_hourly": 0.00744}""", """{"price_hourly": 0.0075}""", "Size"));
    }

    [Fact]
    public void ADoubleOrDecimalPropertyIsComparedExactlyEvenWhereTheFloatsAreEqual()
    {
        Assert.Equal(
            ["$.price_monthly 0.00743999984115362 became 0.00744", "$.amount 0.00743999984115362 became 0.00744"],
            Differences("""{"price_monthly": 0.00743999984115362, "amount": 0.00743999984115362}""", """{"price_monthly": 0.00744, "amount": 0.00744}""", "Size"));
    }

    [Fact]
    public void ANumberOfUnknownTypeIsComparedExactly()
    {
        Assert.Equal(["$.other 0.00743999984115362 became 0.00744"], Differences("""{"other": 0.00743999984115362}""", """{"other": 0.00744}""", "Size"));
    }

    [Fact]
    public void ADiscriminatedRecordAndAUnionsOneObjectAlternativeAreFollowedToTheirFloats()
    {
        Assert.Empty(Differences("""{"kind": "size", "price_hourly": 0.00743999984115362}""", """{"kind": "size", "price_hourly": 0.00744}""", "Shape"));
        Assert.Empty(Differences("""{"price_hourly": 0.00743999984115362}""", """{"price_hourly": 0.00744}""", "SizeOrName"));
        Assert.Empty(Differences("""{"price_hourly": 0.00743999984115362, "loads": []}""", """{"price_hourly": 0.00744, "loads": []}""", "SizeOrOther"));
        Assert.Single(Differences("""{"kind": "other", "price_hourly": 0.00743999984115362}""", """{"kind": "other", "price_hourly": 0.00744}""", "Shape"));
    }

    [Fact]
    public void AUnionsObjectAlternativesThatDisagreeOnAPropertysTypeCompareItExactly()
    {
        // Size says float, Other says double, and both list every property of the value: either could have read it.
        Assert.Single(Differences("""{"price_hourly": 0.00743999984115362}""", """{"price_hourly": 0.00744}""", "SizeOrOther"));
    }

    private static ObjectModel Record(string name, params (string WireName, TypeRef Type)[] properties) =>
        new(name, null, properties.Select(p => new PropertyModel(p.WireName, p.WireName, p.Type, IsRequired: false, IsSensitive: false, Description: null)).ToEquatableArray());

    private static List<string> Differences(string expected, string actual, string type)
    {
        using var before = JsonDocument.Parse(expected);
        using var after = JsonDocument.Parse(actual);
        return Comparison.Differences(before.RootElement, after.RootElement, new TypeRef(TypeKind.Object, type));
    }
}
