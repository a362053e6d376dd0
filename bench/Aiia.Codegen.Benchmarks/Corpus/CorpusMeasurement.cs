using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Aiia.Codegen.Benchmarks.Compilation;
using Aiia.Codegen.Benchmarks.Generation;
using Aiia.Codegen.Corpus;
using YamlDotNet.RepresentationModel;

namespace Aiia.Codegen.Benchmarks.Corpus;

/// <summary>
/// <c>corpus [--runs N] [--specs a,b] [--fresh N] [--fresh-spec NAME]</c>: for each real public spec of tests/Corpus,
/// its operations, our generation (warm: median of N after one warm-up) and the compile of our output, NSwag's
/// generation and the compile of its output (same Roslyn references and options), as a markdown table; then one spec
/// (GitHub's by default) in fresh processes: our first generation vs NSwag's first parse of it. Multi-file specs are
/// not measured (each tool is given the spec as one text).
/// </summary>
internal static class CorpusMeasurement
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static async Task<int> RunAsync(Options options)
    {
        int runs = options.Int("runs", 3);
        // A multi-file spec (a .tar.gz of files linked by $refs) is left out: both tools are handed one text here.
        string[] names = options.List("specs", CorpusSpec.All.Where(spec => !spec.IsMultiFile).Select(spec => spec.Name).ToArray());
        string[] multiFile = CorpusSpec.All.Where(spec => spec.IsMultiFile).Select(spec => spec.Name).ToArray();
        Console.WriteLine($"Corpus: {names.Length} real public specs (tests/Corpus), median of {runs} warm runs after one warm-up. {Report.Machine()}");
        Console.WriteLine();
        Console.WriteLine("| spec | operations | Aiia.Codegen | types | generate, ms | compile, ms | NSwag | NSwag types | NSwag generate, ms | NSwag compile, ms |");
        Console.WriteLine("| --- | ---: | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |");
        foreach (string name in names)
        {
            var spec = CorpusSpec.Named(name);
            string text = spec.ReadText();
            string path = Specs.PathOf(Specs.CorpusPrefix + name);
            var ours = Measure(runs, () => Ours(path, text));
            var nswag = Measure(runs, () => new Generated([Generators.NSwagClientFile(text)], null));
            Console.WriteLine($"| {name} | {Operations(text)} | {Cells(ours)} | {Cells(nswag)} |");
            Console.Error.WriteLine($"corpus: {name} done");
        }

        if (multiFile.Length > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"Not measured (multi-file specs, checked by the corpus test only): {string.Join(", ", multiFile)}.");
        }

        int fresh = options.Int("fresh", 5);
        string freshSpec = options.Get("fresh-spec") ?? "github-rest";
        if (fresh > 0)
        {
            string spec = Specs.CorpusPrefix + freshSpec;
            await FreshAsync(freshSpec, fresh, Ours(Specs.PathOf(spec), Specs.Load(spec)).Refusal);
        }

        return 0;
    }

    /// <summary>What one tool did with one spec: its refusal, or its median generation time and its output compiled.</summary>
    private sealed record Outcome(string? Refusal, double GenerateMs, GeneratedCodeCompiler.Result? Compile, IReadOnlyList<double> CompileMs);

    /// <summary>A tool's generated files, or why it generated none.</summary>
    /// <param name="Sources">The generated files, or null when generation was refused.</param>
    /// <param name="Refusal">Why it was refused, or null.</param>
    /// <param name="Diagnostics">What reading the spec reported (none for another tool).</param>
    internal sealed record Generated(IReadOnlyList<string>? Sources, string? Refusal, IReadOnlyList<Aiia.Codegen.Diagnostics.DiagnosticInfo>? Diagnostics = null);

    private static Outcome Measure(int runs, Func<Generated> generate)
    {
        Generated first;
        try
        {
            first = generate();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new Outcome($"refused: {exception.GetType().Name}", double.NaN, null, []);
        }

        if (first.Sources is not { } sources)
        {
            return new Outcome(first.Refusal, double.NaN, null, []);
        }

        var generateMs = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            long started = Stopwatch.GetTimestamp();
            generate();
            generateMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        GeneratedCodeCompiler.Result compile = GeneratedCodeCompiler.Compile(sources); // warm-up, and the diagnostics
        var compileMs = Enumerable.Range(0, runs).Select(_ => GeneratedCodeCompiler.Compile(sources).Milliseconds).ToList();
        return new Outcome(null, FirstCall.Median(generateMs), compile, compileMs);
    }

    /// <summary>Our read → model → emit (sharing identical inline schemas when <paramref name="shareIdenticalSchemas"/>);
    /// a refusal names the error diagnostics by ID and count.</summary>
    internal static Generated Ours(string path, string text, Aiia.Codegen.Model.EquatableArray<ReferencedFile> referencedFiles = default, bool shareIdenticalSchemas = false)
    {
        var parsed = SpecCompiler.Parse(new SpecInput(path, text, "Corpus.Generated", null, ReferencedFiles: referencedFiles, ShareIdenticalSchemas: shareIdenticalSchemas ? "true" : null));
        var errors = parsed.Diagnostics.Where(d => d.IsError).ToList();
        if (parsed.Spec is null || errors.Count > 0)
        {
            return new Generated(null, "refused: " + string.Join(", ", errors.GroupBy(d => d.Descriptor.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}")), parsed.Diagnostics);
        }

        var emitted = SpecCompiler.Emit(parsed.Spec);
        return emitted.Diagnostics.Count > 0
            ? new Generated(null, "emitter failed: " + emitted.Diagnostics[0].Descriptor.Id, parsed.Diagnostics)
            : new Generated(emitted.Sources.Select(source => source.Text).ToList(), null, parsed.Diagnostics);
    }

    private static string Cells(Outcome outcome)
    {
        if (outcome.Refusal is not null)
        {
            return $"{outcome.Refusal} | | | ";
        }

        var compile = outcome.Compile!;
        if (compile.FirstError is { } error)
        {
            Console.Error.WriteLine("corpus: first compile error: " + error);
        }

        string result = compile.Errors > 0
            ? $"does not compile: {compile.Errors:N0} errors"
            : compile.Warnings > 0 ? $"compiles, {compile.Warnings:N0} warnings" : "compiles clean";
        return string.Create(CultureInfo.InvariantCulture,
            $"{result} | {compile.Types:N0} | {outcome.GenerateMs:F1} | {FirstCall.Median(outcome.CompileMs):F0}");
    }

    /// <summary>Operations under <c>paths</c>, counted from the document itself (JSON or YAML), whoever reads it.</summary>
    private static string Operations(string text)
    {
        try
        {
            return CountOperations(text).ToString("N0", CultureInfo.InvariantCulture);
        }
        catch (YamlDotNet.Core.YamlException exception)
        {
            Console.Error.WriteLine($"corpus: YamlDotNet cannot load the spec to count its operations: {exception.Message}");
            return "?";
        }
    }

    private static int CountOperations(string text)
    {
        if (text.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("paths", out var paths)
                ? paths.EnumerateObject().Sum(item => item.Value.ValueKind == JsonValueKind.Object ? item.Value.EnumerateObject().Count(m => Methods.Contains(m.Name)) : 0)
                : 0;
        }

        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        return ((YamlMappingNode)yaml.Documents[0].RootNode).Children.TryGetValue(new YamlScalarNode("paths"), out var node) && node is YamlMappingNode pathItems
            ? pathItems.Children.Values.OfType<YamlMappingNode>().Sum(item => item.Children.Keys.Count(key => Methods.Contains(((YamlScalarNode)key).Value)))
            : 0;
    }

    /// <summary>Point 9: one spec in fresh processes, our first generation vs NSwag's first parse (first-call machinery).</summary>
    private static async Task FreshAsync(string name, int runs, string? ourRefusal)
    {
        string spec = Specs.CorpusPrefix + name;
        var tools = ourRefusal is not null ? new[] { Generators.NSwagParse } : [Generators.Ours, Generators.NSwagParse];
        var results = new List<FirstCall.Run>();
        for (int i = 0; i < runs; i++)
        {
            foreach (string tool in tools)
            {
                results.Add(await FirstCall.StartAsync(tool, spec));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Fresh process, {name}: median (min–max) of {runs} processes per row; the first call after reading the spec text.");
        Console.WriteLine();
        Console.WriteLine("| tool | what | first call, ms | whole process, ms |");
        Console.WriteLine("| --- | --- | ---: | ---: |");
        if (ourRefusal is not null)
        {
            Console.WriteLine($"| {Generators.Ours} | read + model + emit (the whole client) | {ourRefusal} | |");
        }

        foreach (string tool in tools)
        {
            var rows = results.Where(r => r.Tool == tool).ToList();
            string what = tool == Generators.Ours ? "read + model + emit (the whole client)" : "OpenApiDocument.FromJsonAsync / FromYamlAsync (parse only)";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {tool} | {what} | {FirstCall.Median(rows.Select(r => r.FirstMs)):F0} ({rows.Min(r => r.FirstMs):F0}–{rows.Max(r => r.FirstMs):F0}) | {FirstCall.Median(rows.Select(r => r.ProcessMs)):F0} |"));
        }
    }
}
