using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aiia.Codegen.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="OpenApiClientGenerator"/> in-process the way the compiler does: a net10.0 compilation
/// (reference assemblies plus the runtime and its dependencies), AdditionalFiles with their item metadata,
/// step tracking on, and the strictest settings a consumer may use (nullable, warning level 9999, XML-doc
/// diagnostics).
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>The consumer's assembly name, and the RootNamespace the default global options give.</summary>
    public const string DefaultAssemblyName = "Contoso.Consumer";

    public const string RootNamespaceKey = "build_property.RootNamespace";

    public static ImmutableDictionary<string, string> DefaultGlobalOptions { get; } =
        ImmutableDictionary<string, string>.Empty.Add(RootNamespaceKey, DefaultAssemblyName);

    public static CSharpParseOptions ParseOptions { get; } =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilationOptions CompilationOptions { get; } =
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithWarningLevel(9999)
            .WithDeterministic(true);

    public static GeneratorDriverOptions DriverOptions { get; } =
        new(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(BuildReferences);

    public static ImmutableArray<MetadataReference> References => s_references.Value;

    public static SyntaxTree ParseSource(string source, string path) =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, path, Encoding.UTF8);

    public static CSharpCompilation CreateCompilation(IEnumerable<string>? sources = null, string assemblyName = DefaultAssemblyName)
    {
        var trees = (sources ?? []).Select((source, i) => ParseSource(source, $"/src/Contoso.Consumer/Source{i}.cs"));
        return CSharpCompilation.Create(assemblyName, trees, References, CompilationOptions);
    }

    /// <summary>A driver holding the specs as AdditionalFiles; nothing has run yet.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, IReadOnlyDictionary<string, string>? globalOptions = null) =>
        CreateDriver(specs, globalOptions, out _);

    /// <summary>As above, also giving the AdditionalText instances (for <see cref="GeneratorDriver.ReplaceAdditionalText"/>).</summary>
    public static GeneratorDriver CreateDriver(
        IEnumerable<SpecFile> specs,
        IReadOnlyDictionary<string, string>? globalOptions,
        out ImmutableArray<AdditionalText> texts,
        CSharpParseOptions? parseOptions = null)
    {
        var specList = specs.ToList();
        texts = specList.Select(spec => (AdditionalText)new TestAdditionalText(spec.Path, spec.Text)).ToImmutableArray();
        var optionsProvider = new TestAnalyzerConfigOptionsProvider(
            globalOptions ?? DefaultGlobalOptions,
            specList.ToDictionary(spec => spec.Path, spec => spec.Metadata, StringComparer.Ordinal));

        return CSharpGeneratorDriver.Create(
            [new OpenApiClientGenerator().AsSourceGenerator()],
            texts,
            parseOptions ?? ParseOptions,
            optionsProvider,
            DriverOptions);
    }

    /// <summary>Runs the generator once from scratch and compiles its output.</summary>
    public static GeneratorRun Run(
        IEnumerable<SpecFile> specs,
        IEnumerable<string>? sources = null,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        string assemblyName = DefaultAssemblyName,
        CSharpParseOptions? parseOptions = null)
    {
        var compilation = CreateCompilation(sources, assemblyName);
        var driver = CreateDriver(specs, globalOptions, out var texts, parseOptions);
        return RunDriver(driver, compilation, texts);
    }

    /// <summary>Runs the generator on one spec and asserts it reported nothing and its output compiles without a visible diagnostic.</summary>
    public static GeneratorRun RunClean(SpecFile spec)
    {
        var run = Run([spec]);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, Describe(run.GeneratorDiagnostics));
        var compile = Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, Describe(compile));
        return run;
    }

    /// <summary>Runs an existing driver (keeping its cached state) against a compilation.</summary>
    public static GeneratorRun RunDriver(GeneratorDriver driver, Compilation compilation, ImmutableArray<AdditionalText> additionalTexts = default)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var outputCompilation, out var generatorDiagnostics);
        var run = new GeneratorRun(driver, compilation, outputCompilation, generatorDiagnostics)
        {
            AdditionalTexts = additionalTexts.IsDefault ? [] : additionalTexts,
        };
        var exception = run.Result.Exception;
        if (exception is not null)
        {
            Assert.Fail($"The generator threw (it must report diagnostics instead): {exception}");
        }

        return run;
    }

    /// <summary>The diagnostics a build would show: everything but hidden ones.</summary>
    public static ImmutableArray<Diagnostic> Visible(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToImmutableArray();

    /// <summary>Diagnostics with the offending source line, so a failure message is enough to fix the emitter.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            builder.Append(diagnostic.ToString());
            var location = diagnostic.Location;
            if (location.IsInSource && location.SourceTree is { } tree)
            {
                var line = location.GetLineSpan().StartLinePosition.Line;
                var lines = tree.GetText().Lines;
                if (line < lines.Count)
                {
                    builder.Append("\n        | ").Append(lines[line].ToString().Trim());
                }
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static ImmutableArray<MetadataReference> BuildReferences()
    {
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in Net100.References.All)
        {
            references.Add(reference);
            if (reference.GetMetadata() is AssemblyMetadata metadata)
            {
                var reader = metadata.GetModules()[0].GetMetadataReader();
                known.Add(reader.GetString(reader.GetAssemblyDefinition().Name));
            }
        }

        // The runtime and whatever it needs that the framework does not have
        // (Microsoft.Extensions.Logging.Abstractions and its own dependencies), from this test's output directory.
        var pending = new Queue<string>(["Aiia.Codegen.Runtime", "Microsoft.Extensions.Logging.Abstractions"]);
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            if (!known.Add(name))
            {
                continue;
            }

            var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
            if (!File.Exists(path))
            {
                if (name is "Aiia.Codegen.Runtime" or "Microsoft.Extensions.Logging.Abstractions")
                {
                    throw new FileNotFoundException($"{name}.dll is missing from the test output directory.", path);
                }

                continue; // Not ours to provide (e.g. a shared framework the generated code never touches).
            }

            references.Add(MetadataReference.CreateFromFile(path));
            using var stream = File.OpenRead(path);
            using var peReader = new PEReader(stream);
            var reader = peReader.GetMetadataReader();
            foreach (var handle in reader.AssemblyReferences)
            {
                pending.Enqueue(reader.GetString(reader.GetAssemblyReference(handle).Name));
            }
        }

        return references.ToImmutable();
    }
}

/// <summary>The outcome of one generator run: the driver (for reruns), its result, and the compiled output.</summary>
internal sealed class GeneratorRun(GeneratorDriver driver, Compilation inputCompilation, Compilation outputCompilation, ImmutableArray<Diagnostic> generatorDiagnostics)
{
    private ImmutableArray<Diagnostic>? _compilationDiagnostics;

    public GeneratorDriver Driver { get; } = driver;

    public Compilation InputCompilation { get; } = inputCompilation;

    /// <summary>The AdditionalFiles the driver was created with, in order (empty when the caller made the driver).</summary>
    public ImmutableArray<AdditionalText> AdditionalTexts { get; init; } = [];

    public Compilation OutputCompilation { get; } = outputCompilation;

    /// <summary>Diagnostics the generator reported (AIIAxxxx), and any the driver reported about it.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; } = generatorDiagnostics;

    public GeneratorDriverRunResult RunResult { get; } = driver.GetRunResult();

    public GeneratorRunResult Result => RunResult.Results.Single();

    /// <summary>
    /// Every diagnostic of the compiled output, hidden ones included (filter with <see cref="GeneratorHarness.Visible"/>),
    /// from emitting it: some errors only emitting finds (CS7013, a member name longer than metadata allows).
    /// </summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics => _compilationDiagnostics ??= OutputCompilation.Emit(Stream.Null).Diagnostics;

    /// <summary>The text of the one generated file whose hint name ends with <paramref name="suffix"/> (<c>.Client.g.cs</c>).</summary>
    public string SourceEndingWith(string suffix) => Sources.Single(s => s.HintName.EndsWith(suffix, StringComparison.Ordinal)).Text;

    /// <summary>The generated files in ordinal hint-name order.</summary>
    public ImmutableArray<(string HintName, string Text)> Sources =>
        Result.GeneratedSources
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .ToImmutableArray();
}
