using System.Collections.Immutable;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aiia.Codegen.Corpus.Tests;

/// <summary>
/// What one corpus spec comes to: the generator's diagnostics and the diagnostics of compiling its output (nullable on,
/// warning level 9999, XML-doc diagnostics: <see cref="GeneratorHarness"/>'s settings). Only text is kept, so neither
/// the driver nor the compilation (hundreds of MB for the largest specs) outlives <see cref="Of"/>.
/// </summary>
internal sealed record CorpusOutcome(
    string Spec,
    int GeneratedFiles,
    int GeneratedCharacters,
    ImmutableArray<string> GeneratorErrors,
    int GeneratorWarnings,
    int CompileErrors,
    int CompileWarnings,
    ImmutableArray<string> FirstCompileDiagnostics,
    int ExamplesChecked = 0,
    ImmutableArray<string> ExamplesNotKept = default)
{
    private const int Shown = 20;

    /// <summary>A client was generated and it compiles with zero errors and zero warnings.</summary>
    public bool IsClean => GeneratorErrors.IsEmpty && GeneratedFiles > 0 && CompileErrors == 0 && CompileWarnings == 0;

    /// <summary>Generates, compiles and round-trips <paramref name="spec"/>; with <paramref name="shareIdenticalSchemas"/>
    /// as a project setting <c>AiiaShareIdenticalSchemas="true"</c> on it.</summary>
    public static CorpusOutcome Of(CorpusSpec spec, bool shareIdenticalSchemas = false)
    {
        // A multi-file spec's other files are AdditionalFiles beside it, as a project lists them (<AdditionalFiles Include="**/*.yml" />).
        var files = spec.ReadFiles();
        var additionalText = new TestAdditionalText(SpecFile.FakeDirectory + "/" + spec.AdditionalFilePath, spec.Entry is { } entry ? files[entry] : files.Values.Single());
        var others = spec.Entry is null
            ? []
            : files.Where(file => file.Key != spec.Entry).OrderBy(file => file.Key, StringComparer.Ordinal)
                .Select(file => new TestAdditionalText(SpecFile.FakeDirectory + "/" + file.Key, file.Value)).ToImmutableArray();
        var fileOptions = new Dictionary<string, ImmutableDictionary<string, string>>();
        if (shareIdenticalSchemas)
        {
            fileOptions[additionalText.Path] = ImmutableDictionary<string, string>.Empty.Add(OpenApiClientGenerator.ShareIdenticalSchemasMetadata, "true");
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new OpenApiClientGenerator().AsSourceGenerator()],
            [additionalText, .. others],
            GeneratorHarness.ParseOptions,
            new TestAnalyzerConfigOptionsProvider(GeneratorHarness.DefaultGlobalOptions, fileOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        Assert.True(result.Exception is null, $"The generator threw (it must report diagnostics instead): {result.Exception}");

        var errors = generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        var compile = errors.IsEmpty && !result.GeneratedSources.IsEmpty
            ? GeneratorHarness.Visible(output.GetDiagnostics())
            : [];
        var examples = errors.IsEmpty && compile.IsEmpty && !result.GeneratedSources.IsEmpty
            ? ExampleRoundTrip.Run(additionalText, others, output, shareIdenticalSchemas)
            : (Checked: 0, Findings: ImmutableArray<string>.Empty);
        return new CorpusOutcome(
            spec.Name,
            result.GeneratedSources.Length,
            result.GeneratedSources.Sum(source => source.SourceText.Length),
            errors.Take(Shown).Select(d => d.ToString()).ToImmutableArray(),
            generatorDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            compile.Count(d => d.Severity == DiagnosticSeverity.Error),
            compile.Count(d => d.Severity == DiagnosticSeverity.Warning),
            [.. GeneratorHarness.Describe(compile.Take(Shown)).Split('\n', StringSplitOptions.RemoveEmptyEntries)],
            examples.Checked,
            examples.Findings);
    }

    /// <summary>The failure message: the first diagnostics that keep the spec from a clean client.</summary>
    public string Describe() => !GeneratorErrors.IsEmpty
        ? $"{Spec}: the generator reported errors (first {Shown}):\n{string.Join('\n', GeneratorErrors)}"
        : GeneratedFiles == 0
            ? $"{Spec}: the generator produced no files and no error."
            : $"{Spec}: the generated client has {CompileErrors} compile error(s) and {CompileWarnings} warning(s) (first {Shown}):\n{string.Join('\n', FirstCompileDiagnostics)}";
}
