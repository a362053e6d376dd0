using System.Globalization;
using System.Text.RegularExpressions;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Aiia.Codegen.Reading;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// docs/diagnostics.md cannot drift from the generator: a section per descriptor with its title and severity, the
/// help link pointing at it, each YAML example producing that diagnostic, and the build output shown under it being
/// exactly what the generator prints. The limits and options it documents are the real ones.
/// </summary>
public sealed partial class DiagnosticsDocsTests
{
    private const string DocPath = "docs/diagnostics.md";

    private sealed record Section(string Id, string Body);

    [GeneratedRegex(@"^\*\*(?<title>.+)\*\* — (?<severity>Error|Warning|Info)$")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"```(?<lang>[a-z]*)\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"\b(?<name>Aiia[A-Za-z]+)=""(?<value>[^""]*)""")]
    private static partial Regex ItemMetadata();

    private static string Doc() => File.ReadAllText(Repository.File(DocPath)).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static List<Section> Sections()
    {
        var sections = new List<Section>();
        var parts = Regex.Split(Doc(), @"^## ", RegexOptions.Multiline);
        foreach (var part in parts.Skip(1))
        {
            var newline = part.IndexOf('\n', StringComparison.Ordinal);
            var heading = part.Substring(0, newline).Trim();
            if (heading.StartsWith("AIIA", StringComparison.Ordinal))
            {
                sections.Add(new Section(heading, part.Substring(newline + 1)));
            }
        }

        return sections;
    }

    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(d => d.Id));

    [Fact]
    public void EveryDescriptorHasExactlyOneSectionInIdOrder()
    {
        var ids = Sections().Select(s => s.Id).ToList();

        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal), ids);
        Assert.All(ids, id => Assert.Matches("^AIIA[0-9]{4}$", id)); // A heading that is just the ID has the anchor #aiia00nn.
    }

    [Fact]
    public void DescriptorIdsAreUniqueAndHelpLinksPointAtTheirSections()
    {
        Assert.Equal(DiagnosticDescriptors.All.Length, DiagnosticDescriptors.All.Select(d => d.Id).Distinct().Count());
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Equal(
                "https://github.com/aiia-codegen/Aiia.Codegen/blob/main/docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(),
                descriptor.HelpLinkUri);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void TheSectionMatchesTheDescriptor(string id)
    {
        var descriptor = DiagnosticDescriptors.All.Single(d => d.Id == id);
        var section = Sections().Single(s => s.Id == id);

        var titleLine = section.Body.Split('\n').First(line => line.Trim().Length > 0);
        var match = TitleLine().Match(titleLine);
        Assert.True(match.Success, $"{id}: the first line must be '**Title** — Error|Warning|Info', not '{titleLine}'.");
        Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), match.Groups["title"].Value);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), match.Groups["severity"].Value);
        Assert.Contains("\nCause: ", "\n" + section.Body, StringComparison.Ordinal);
        Assert.Contains("\nFix: ", "\n" + section.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void TheExampleProducesTheDiagnosticAndTheOutputShownIsExact(string id)
    {
        var section = Sections().Single(s => s.Id == id);
        var blocks = CodeBlock().Matches(section.Body).Select(m => (Lang: m.Groups["lang"].Value, Code: m.Groups["code"].Value)).ToList();
        var example = blocks.FirstOrDefault(b => b.Lang == "yaml");
        if (id == DiagnosticDescriptors.InternalError.Id)
        {
            Assert.True(example.Code is null, "AIIA0011 has no example: no known spec causes it.");
            return;
        }

        if (id == DiagnosticDescriptors.NameCollision.Id)
        {
            // Its only cause is two specs generating one client: the output shown is that of two copies of a spec.
            Assert.True(example.Code is null, "AIIA0005 has no YAML example: a single spec cannot produce it.");
            const string spec = "openapi: 3.0.3\ninfo: {title: Pets, version: '1'}\npaths: {}\n";
            var run = GeneratorHarness.Run(
            [
                SpecFile.FromText("a.openapi.yaml", spec).WithClientName("SameClient"),
                SpecFile.FromText("b.openapi.yaml", spec).WithClientName("SameClient"),
            ]);
            var shown = blocks.First(b => b.Lang == "text").Code;
            Assert.Equal(OutputLine(Assert.Single(run.GeneratorDiagnostics), "b.openapi.yaml"), shown.TrimEnd('\n'));
            return;
        }

        if (id == DiagnosticDescriptors.LanguageVersionTooOld.Id)
        {
            // Caused by the project, not the spec: the output shown is that of a spec compiled as C# 10.
            Assert.True(example.Code is null, "AIIA0048 has no YAML example: any spec produces it.");
            var run = GeneratorHarness.Run(
                [SpecFile.FromText("pets.openapi.yaml", "openapi: 3.0.3\ninfo: {title: Pets, version: '1'}\npaths: {}\n")],
                parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10));
            Assert.Equal(OutputLine(Assert.Single(run.GeneratorDiagnostics), "pets.openapi.yaml"), blocks.First(b => b.Lang == "text").Code.TrimEnd('\n'));
            return;
        }

        Assert.True(example.Code is not null, $"{id}: the section needs a ```yaml example.");
        var output = blocks.SkipWhile(b => b != example).Skip(1).FirstOrDefault();
        Assert.True(output.Lang == "text", $"{id}: the example needs a ```text block with the build output after it.");

        // Options are item metadata: an ```xml block before the example shows the item, and its Aiia* attributes are applied.
        var item = blocks.TakeWhile(b => b != example).LastOrDefault(b => b.Lang == "xml").Code;
        var metadata = item is null
            ? []
            : ItemMetadata().Matches(item).Select(m => (m.Groups["name"].Value, m.Groups["value"].Value)).ToList();
        var expected = BuildOutput(example.Code, id, metadata);

        Assert.True(
            expected == output.Code.TrimEnd('\n'),
            $"{id}: the build output under the example must be exactly what the generator prints:\n{expected}");
    }

    [Fact]
    public void TheIntroductionShowsRealOutput()
    {
        var first = CodeBlock().Matches(Doc()).First();
        var section = Sections().Single(s => s.Id == DiagnosticDescriptors.UnresolvedReference.Id);
        var output = CodeBlock().Matches(section.Body).Select(m => m.Groups["code"].Value).Skip(1).First();

        Assert.Equal("text", first.Groups["lang"].Value);
        Assert.Equal(output, first.Groups["code"].Value);
    }

    [Fact]
    public void TheLimitsAreDocumentedWithTheirValues()
    {
        var doc = Doc();
        foreach (var field in typeof(SpecLimits).GetFields().Where(f => f.IsLiteral))
        {
            var value = ((int)field.GetRawConstantValue()!).ToString("N0", CultureInfo.InvariantCulture);
            Assert.True(doc.Contains("| " + value + " ", StringComparison.Ordinal), $"SpecLimits.{field.Name} ({value}) is not in the limits table of {DocPath}.");
        }
    }

    [Fact]
    public void TheOptionsAreDocumentedAndVisibleToTheCompiler()
    {
        var doc = Doc();
        var props = File.ReadAllText(Repository.File("generator/Aiia.Codegen.Generator/build/Aiia.Codegen.props"));
        foreach (var metadata in new[] { OpenApiClientGenerator.NamespaceMetadata, OpenApiClientGenerator.ClientNameMetadata, OpenApiClientGenerator.AccessibilityMetadata, OpenApiClientGenerator.MaxSpecSizeMetadata })
        {
            var name = metadata.Substring(metadata.LastIndexOf('.') + 1);
            Assert.Contains($"`{name}`", doc, StringComparison.Ordinal);
            Assert.Contains($"<CompilerVisibleItemMetadata Include=\"AdditionalFiles\" MetadataName=\"{name}\" />", props, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Runs a documented example as <c>pets.openapi.yaml</c> (with the item metadata shown beside it); the lines
    /// <c>dotnet build</c> would print for <paramref name="id"/>.
    /// </summary>
    private static string BuildOutput(string yaml, string id, IReadOnlyList<(string Name, string Value)> metadata)
    {
        // AIIA0056 is about the file's name: its example is a document listed as a vendor ships it.
        var spec = SpecFile.FromText(id == DiagnosticDescriptors.DocumentNotGenerated.Id ? "spotify.yaml" : "pets.openapi.yaml", yaml);
        foreach (var (name, value) in metadata)
        {
            spec = spec.WithMetadata("build_metadata.AdditionalFiles." + name, value);
        }

        var run = GeneratorHarness.Run([spec]);
        var diagnostics = run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(diagnostics.Count > 0, $"The example of {id} does not produce it:\n{GeneratorHarness.Describe(run.GeneratorDiagnostics)}");
        return string.Join("\n", diagnostics.Select(d => OutputLine(d, spec.FileName)));
    }

    /// <summary>The line <c>dotnet build</c> prints for <paramref name="diagnostic"/> in <paramref name="fileName"/>.</summary>
    private static string OutputLine(Diagnostic diagnostic, string fileName)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        var severity = diagnostic.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
        return $"{fileName}({(start.Line + 1).ToString(CultureInfo.InvariantCulture)},{(start.Character + 1).ToString(CultureInfo.InvariantCulture)}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }
}
