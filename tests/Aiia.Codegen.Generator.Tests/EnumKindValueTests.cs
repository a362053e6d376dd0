using Aiia.Codegen.Generator.Tests.Infrastructure;
using Aiia.Codegen.Model;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// The companion <c>…Kind</c> enum's numbers follow the wire values, not their positions: a spec that adds, inserts or
/// reorders values keeps every existing constant (which user code compiled in) as it was. Read from the compiled
/// symbols of two generations, as a user's compiled code would see them.
/// </summary>
public sealed class EnumKindValueTests
{
    private static SpecFile Shop(string values) => SpecFile.FromText("shop.openapi.yaml", $$"""
        openapi: 3.0.3
        info: { title: Shop, version: "1" }
        paths:
          /orders:
            get:
              operationId: getOrder
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Order' }
        components:
          schemas:
            Order:
              type: object
              properties:
                status: { $ref: '#/components/schemas/OrderStatus' }
            OrderStatus:
              type: string
              enum: [{{values}}]
        """);

    /// <summary>The constants of OrderStatus's companion enum (found through its <c>Kind</c> property), by member name.</summary>
    private static Dictionary<string, int> KindConstants(string values)
    {
        var run = GeneratorHarness.Run([Shop(values)]);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        var status = run.OutputCompilation.GetTypeByMetadataName(GeneratorHarness.DefaultAssemblyName + ".OrderStatus")!;
        var kind = (INamedTypeSymbol)status.GetMembers("Kind").OfType<IPropertySymbol>().Single().Type;
        Assert.Equal(Microsoft.CodeAnalysis.TypeKind.Enum, kind.TypeKind);
        return kind.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue)
            .ToDictionary(f => f.Name, f => (int)f.ConstantValue!, StringComparer.Ordinal);
    }

    [Fact]
    public void Inserting_and_reordering_values_keeps_every_existing_constant()
    {
        var before = KindConstants("placed, in-progress, shipped");
        var after = KindConstants("returned, shipped, placed, on-hold, in-progress");

        Assert.Equal(4, before.Count);   // Unknown and three documented values
        Assert.Equal(6, after.Count);
        foreach (var (name, value) in before)
        {
            Assert.True(after.TryGetValue(name, out var now), $"{name} is gone");
            Assert.True(value == now, $"{name} was {value}, is now {now}");
        }
    }

    [Fact]
    public void Each_constant_is_the_wire_values_hash_and_Unknown_is_0()
    {
        var constants = KindConstants("placed, in-progress, shipped");

        Assert.Equal(0, constants["Unknown"]);
        Assert.Equal(EnumKindValues.Hash("placed"), constants["Placed"]);
        Assert.Equal(EnumKindValues.Hash("in-progress"), constants["InProgress"]);
        Assert.Equal(EnumKindValues.Hash("shipped"), constants["Shipped"]);
        Assert.All(constants.Where(c => c.Key != "Unknown"), c => Assert.True(c.Value > 0, c.Key));
    }

    [Theory]
    [InlineData("", 0x011C_9DC5)]         // FNV-1a (32-bit) of nothing is 0x811C9DC5; the top bit is cleared
    [InlineData("a", 0x640C_292C)]        // 0xE40C292C
    public void The_hash_is_31_bit_FNV_1a_of_the_UTF8_bytes(string wireValue, int expected) =>
        Assert.Equal(expected, EnumKindValues.Hash(wireValue));

    [Fact]
    public void A_collision_moves_the_ordinally_later_value_to_the_next_number_whatever_the_spec_order()
    {
        // These two collide (found by search): 144868931.
        Assert.Equal(EnumKindValues.Hash("value-198934"), EnumKindValues.Hash("value-568010"));
        var hash = EnumKindValues.Hash("value-198934");

        foreach (var values in new[] { new[] { "value-198934", "value-568010" }, new[] { "value-568010", "x", "value-198934" } })
        {
            var numbers = EnumKindValues.Of(values);
            Assert.Equal(hash, numbers["value-198934"]);
            Assert.Equal(hash + 1, numbers["value-568010"]);
            Assert.Equal(numbers.Count, numbers.Values.Distinct().Count());
        }
    }
}
