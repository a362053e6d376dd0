using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Aiia.Codegen.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the real <see cref="OpenApiClientGenerator"/> through <see cref="CSharpGeneratorDriver"/>, with the spec as an
/// AdditionalFiles item carrying AiiaNamespace / AiiaClientName / AiiaAccessibility / AiiaUndocumentedProperties / AiiaShareIdenticalSchemas metadata, and returns each generated
/// file as the bytes the compiler writes for it (its SourceText's encoding, byte-order mark included).
/// </summary>
internal static class GeneratorOutput
{
    public static IReadOnlyDictionary<string, byte[]> Run(string specPath, string specText, string? @namespace, string? clientName, string? accessibility, string? undocumentedProperties = null, bool shareIdenticalSchemas = false)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (@namespace is not null)
        {
            metadata[OpenApiClientGenerator.NamespaceMetadata] = @namespace;
        }

        if (clientName is not null)
        {
            metadata[OpenApiClientGenerator.ClientNameMetadata] = clientName;
        }

        if (accessibility is not null)
        {
            metadata[OpenApiClientGenerator.AccessibilityMetadata] = accessibility;
        }

        if (undocumentedProperties is not null)
        {
            metadata[OpenApiClientGenerator.UndocumentedPropertiesMetadata] = undocumentedProperties;
        }

        if (shareIdenticalSchemas)
        {
            metadata[OpenApiClientGenerator.ShareIdenticalSchemasMetadata] = "true";
        }

        var text = new InMemoryAdditionalText(specPath, specText);
        var driver = CSharpGeneratorDriver.Create(
            [new OpenApiClientGenerator().AsSourceGenerator()],
            [text],
            new CSharpParseOptions(LanguageVersion.Latest),
            new OptionsProvider(metadata));
        var compilation = CSharpCompilation.Create("Contoso.Consumer", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var source in result.GeneratedSources)
        {
            var encoding = source.SourceText.Encoding ?? System.Text.Encoding.UTF8;
            files[source.HintName] = [.. encoding.GetPreamble(), .. encoding.GetBytes(source.SourceText.ToString())];
        }

        return files;
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>No global options (so RootNamespace falls back to the assembly name); the spec's item metadata per file.</summary>
    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> fileOptions) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _empty = new(ImmutableDictionary<string, string>.Empty);
        private readonly Options _file = new(fileOptions.ToImmutableDictionary(StringComparer.Ordinal));

        public override AnalyzerConfigOptions GlobalOptions => _empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _file;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

            public override IEnumerable<string> Keys => values.Keys;
        }
    }
}
