using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// The C# type of an integer holds every value its format or bounds allow. Found by a sweep of unseen specs (Temporal,
/// Qdrant, Oxide, Meilisearch, Bungie: over 1,300 integers): <c>uint32</c> and <c>uint64</c> sizes and hashes were
/// generated as <c>int</c> with an "unknown format" warning, and overflowed it. A number carried in a string
/// (<c>type: string, format: int64</c>, InfluxDB) is the string it is on the wire, without the warning it had.
/// </summary>
public sealed class IntegerFormatTests
{
    [Fact]
    public void EachIntegerFormatIsATypeThatHoldsItsValues()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("sizes.openapi.yaml", SpecYaml.Components("""
            schemas:
              Sizes:
                type: object
                required: [small, tiny, word, count, bytes, hash, bounded, plain, negative]
                properties:
                  small: {type: integer, format: int16}
                  tiny: {type: integer, format: uint8}
                  word: {type: integer, format: uint32}
                  count: {type: integer, format: uint}
                  bytes: {type: integer, format: int64}
                  hash: {type: integer, format: uint64}
                  bounded: {type: integer, minimum: 0, maximum: 4294967295}
                  plain: {type: integer, maximum: 100}
                  negative: {type: integer, minimum: -3000000000}
                  encoded: {type: string, format: int64}
            """))]);

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var sizes = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Sizes")!;
        string TypeOf(string property) => ((IPropertySymbol)sizes.GetMembers(property).Single()).Type.ToDisplayString();
        Assert.Equal(
            ["int", "int", "long", "long", "long", "decimal", "long", "int", "long", "string?"],
            new[] { "Small", "Tiny", "Word", "Count", "Bytes", "Hash", "Bounded", "Plain", "Negative", "Encoded" }.Select(TypeOf));
    }
}
