using System.Diagnostics;
using System.Globalization;
using Aiia.Codegen.Benchmarks.Corpus;
using Aiia.Codegen.Corpus;

namespace Aiia.Codegen.Benchmarks.Compilation;

/// <summary>
/// <c>probe FILE...</c>: any spec files (e.g. public specs that are not in the corpus), each generated and its output
/// compiled as the corpus test does; one line per spec: refused (error IDs), does not compile (first error), compiles
/// with warnings (first warning), or compiles clean. How a spec the project has never seen is tried before it is added.
/// A spec split into files takes the files its <c>$ref</c>s name from beside it; a <c>.gz</c> spec is decompressed.
/// <c>--generate-only</c> stops after generation (hundreds of specs in minutes: refusals and their first errors);
/// <c>--warnings</c> adds each spec's warnings by ID (what was left out or read more loosely, e.g. <c>AIIA0034×3</c>);
/// <c>--share-identical-schemas</c> generates as <c>AiiaShareIdenticalSchemas="true"</c> does.
/// </summary>
internal static class ProbeMeasurement
{
    public static int Run(Options options)
    {
        int clean = 0;
        bool generateOnly = options.Flag("generate-only");
        bool warnings = options.Flag("warnings");
        bool share = options.Flag("share-identical-schemas");
        foreach (string path in options.Positional)
        {
            long started = Stopwatch.GetTimestamp();
            string outcome;
            try
            {
                // Named as the generator picks it up, in its own folder, so that relative $refs find the files beside it.
                string file = path.EndsWith(".gz", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(path) : Path.GetFileName(path);
                string name = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, file.Replace(".json", ".openapi.json", StringComparison.Ordinal).Replace(".yaml", ".openapi.yaml", StringComparison.Ordinal));
                string text = CorpusSpec.ReadFile(path);
                var generated = CorpusMeasurement.Ours(name, text, SpecCompiler.ReferencedFiles(name, text, referenced => File.Exists(referenced) ? File.ReadAllText(referenced) : null), share);
                if (generated.Sources is not { } sources)
                {
                    // The refusal, and the first errors as the user would read them.
                    var errors = (generated.Diagnostics ?? []).Where(d => d.IsError).Take(3);
                    outcome = generated.Refusal + string.Concat(errors.Select(e => $"\n    {e.Descriptor.Id} {e.Location.ToLocation().GetLineSpan().StartLinePosition}: {e.Message}"));
                }
                else if (generateOnly)
                {
                    outcome = $"generated ({sources.Sum(source => (long)source.Length):N0} characters)";
                    clean++;
                }
                else
                {
                    var compiled = GeneratedCodeCompiler.Compile(sources);
                    outcome = compiled.Errors > 0 ? $"does not compile: {compiled.Errors} errors; {compiled.FirstError}"
                        : compiled.Warnings > 0 ? $"compiles, {compiled.Warnings} warnings; {compiled.FirstWarning}"
                        : $"compiles clean ({compiled.Types} types)";
                    clean += compiled.Errors == 0 && compiled.Warnings == 0 ? 1 : 0;
                }

                if (warnings && generated.Sources is not null)
                {
                    var byId = generated.Diagnostics!
                        .Where(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                        .GroupBy(d => d.Descriptor.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}");
                    outcome += " warnings: " + string.Join(' ', byId);
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                outcome = "CRASH: " + exception;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {outcome} [{Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s]"));
        }

        Console.WriteLine($"probe: {clean} of {options.Positional.Length} {(generateOnly ? "generate" : "compile clean")}");
        return 0;
    }
}
