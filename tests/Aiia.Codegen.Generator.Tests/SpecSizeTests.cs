using System.Globalization;
using System.Text;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Aiia.Codegen.Reading;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// The size of a spec: 20 MiB by default (real specs such as GitHub's REST description are 8–14 MB), settable per spec
/// with <c>AiiaMaxSpecSize</c>; the node and schema-visit bounds scale with it.
/// </summary>
public sealed class SpecSizeTests
{
    private const string MaxSpecSizeKey = "build_metadata.AdditionalFiles.AiiaMaxSpecSize";

    [Fact]
    public void ASpecOfMoreThanFourMebibytesGenerates()
    {
        var text = PaddedSpec(5 * 1024 * 1024);

        var run = GeneratorHarness.Run([SpecFile.FromText("big.openapi.yaml", text)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.BigClient"));
    }

    [Fact]
    public void AiiaMaxSpecSizeLowersTheLimitInMebibytes()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("big.openapi.yaml", PaddedSpec(2 * 1024 * 1024)).WithMetadata(MaxSpecSizeKey, "1MiB")]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0013", diagnostic.Id);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("more than the limit of 1,048,576", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("AiiaMaxSpecSize", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void AiiaMaxSpecSizeRaisesTheLimitInCharacters()
    {
        var text = SpecYaml.Document("paths: {}\n# " + new string('x', SpecLimits.DefaultMaxCharacters) + "\n");

        var refused = GeneratorHarness.Run([SpecFile.FromText("huge.openapi.yaml", text)]);
        var allowed = GeneratorHarness.Run([SpecFile.FromText("huge.openapi.yaml", text).WithMetadata(MaxSpecSizeKey, (SpecLimits.DefaultMaxCharacters + 1000).ToString(CultureInfo.InvariantCulture))]);

        Assert.Equal("AIIA0013", Assert.Single(refused.GeneratorDiagnostics).Id);
        Assert.True(allowed.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(allowed.GeneratorDiagnostics));
        Assert.NotNull(allowed.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.HugeClient"));
    }

    [Fact]
    public void TheNodeBoundScalesWithTheSetSize()
    {
        var limits = SpecLimits.ForSize(1024 * 1024);
        Assert.Equal(SpecLimits.MaxNodes / 20, limits.MaxNodes);
        Assert.Equal(SpecLimits.MaxSchemaVisits / 20, limits.MaxSchemaVisits);
        var text = SpecYaml.Document("paths: {}\nx-many: [" + string.Join(",", Enumerable.Repeat("1", limits.MaxNodes)) + "]\n");

        var run = GeneratorHarness.Run([SpecFile.FromText("many.openapi.yaml", text).WithMetadata(MaxSpecSizeKey, "1 MiB")]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0013", diagnostic.Id);
        Assert.Contains("more than 65,536 YAML nodes", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("41943040", 41943040)]
    [InlineData("40MiB", 41943040)]
    [InlineData(" 40 mib ", 41943040)]
    [InlineData("1024MiB", 1073741824)]
    [InlineData("1025MiB", null)]
    [InlineData("4.5MiB", null)]
    [InlineData("", null)]
    public void AiiaMaxSpecSizeIsCharactersOrMebibytes(string value, int? expected)
    {
        Assert.Equal(expected, SpecLimits.ParseMaxSize(value));
    }

    /// <summary>A small valid spec made about <paramref name="characters"/> long by an extension the generator ignores.</summary>
    private static string PaddedSpec(int characters)
    {
        var builder = new StringBuilder(SpecYaml.Components("""
            schemas:
              Item:
                type: object
                properties:
                  id: {type: string}
            """));
        builder.Append("\nx-padding:\n");
        var line = "  - " + new string('p', 60) + "\n";
        while (builder.Length < characters)
        {
            builder.Append(line);
        }

        return builder.ToString();
    }
}
