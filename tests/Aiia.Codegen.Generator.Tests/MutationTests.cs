using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// The generator cannot be crashed: every spec in the repository, edited at random (lines deleted, duplicated,
/// moved or re-indented, values and keys swapped or replaced, types changed, references broken, text
/// truncated, random bytes inserted, aliases added), is run through the generator driver. For every case:
/// the generator does not throw (no CS8785/AD0001, no AIIA0011), finishes within a bound (no hang), reports
/// every problem as an AIIA diagnostic located in the spec (line span inside the file), and, when it reports
/// no error, its output compiles without a diagnostic.
/// </summary>
/// <remarks>
/// Seeded and reproducible: case <c>i</c> of seed <c>s</c> is always the same edit of the same spec.
/// <c>AIIA_MUTATION_RUNS</c> sets the number of cases (default <see cref="DefaultRuns"/>, what CI runs),
/// <c>AIIA_MUTATION_SEED</c> the seed, <c>AIIA_MUTATION_CASE</c> runs a single case (to reproduce a failure).
/// See docs/diagnostics.md, "The mutation test".
/// </remarks>
public sealed class MutationTests(ITestOutputHelper output)
{
    public const int DefaultRuns = 1000;
    public const ulong DefaultSeed = 20_251_128;

    /// <summary>A case that takes longer than this is a hang (a legitimate spec takes well under a second).</summary>
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public void RandomEditsOfEverySpecNeverCrashTheGenerator()
    {
        var specs = RepositorySpecs();
        Assert.NotEmpty(specs);
        var runs = (int)EnvironmentInt("AIIA_MUTATION_RUNS", DefaultRuns);
        var seed = (ulong)EnvironmentInt("AIIA_MUTATION_SEED", (long)DefaultSeed);
        var single = Environment.GetEnvironmentVariable("AIIA_MUTATION_CASE");
        var cases = single is null
            ? Enumerable.Range(0, runs).ToList()
            : [int.Parse(single, CultureInfo.InvariantCulture)];

        var failures = new ConcurrentBag<(int Case, string Kind, string Detail)>();
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var durations = new ConcurrentDictionary<int, TimeSpan>();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(
            cases,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            index =>
            {
                var mutation = SpecMutator.Generate(specs.Length, seed, index);
                var spec = specs[mutation.SpecIndex];
                var text = mutation.Apply(spec.Text);
                var caseClock = Stopwatch.StartNew();
                // Every third case shares identical inline schemas: mutations make and break the shapes it compares.
                var shared = index % 3 == 2;
                var edited = shared ? spec.WithText(text).WithShareIdenticalSchemas() : spec.WithText(text);
                var (kind, detail, outcome) = RunCase(edited);
                durations[index] = caseClock.Elapsed;
                outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                if (kind is not null)
                {
                    failures.Add((index, kind, Printable($"{detail}\n    case: {mutation}{(shared ? " (AiiaShareIdenticalSchemas=true)" : string.Empty)}\n    text: {SpecMutator.Fingerprint(text)} ({spec.FileName})")));
                }
            });

        var crashes = failures.Count(f => f.Kind == "crash");
        var hangs = failures.Count(f => f.Kind == "hang");
        var summary =
            $"Mutation run: seed {seed.ToString(CultureInfo.InvariantCulture)}, {cases.Count.ToString(CultureInfo.InvariantCulture)} cases over {specs.Length.ToString(CultureInfo.InvariantCulture)} specs " +
            $"({string.Join(", ", specs.Select(s => s.FileName))}) in {clock.Elapsed.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture)} s: " +
            $"{crashes.ToString(CultureInfo.InvariantCulture)} crashes, {hangs.ToString(CultureInfo.InvariantCulture)} hangs, " +
            $"{failures.Count(f => f.Kind == "unlocated").ToString(CultureInfo.InvariantCulture)} unlocated diagnostics, " +
            $"{failures.Count(f => f.Kind == "uncompilable").ToString(CultureInfo.InvariantCulture)} outputs that do not compile. " +
            $"Slowest cases: {string.Join(", ", durations.OrderByDescending(d => d.Value).Take(3).Select(d => $"#{d.Key.ToString(CultureInfo.InvariantCulture)} {d.Value.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)} ms"))}. " +
            $"Outcomes: {string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value.ToString(CultureInfo.InvariantCulture)}"))}.";
        output.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("AIIA_MUTATION_REPORT") is { Length: > 0 } reportPath)
        {
            File.WriteAllText(reportPath, summary + "\n" + string.Join("\n", failures.OrderBy(f => f.Case).Select(f => $"case {f.Case}: {f.Kind}: {f.Detail}")) + "\n");
        }

        var shown = failures.OrderBy(f => f.Case).Take(10)
            .Select(f => $"  case {f.Case.ToString(CultureInfo.InvariantCulture)} ({f.Kind}; reproduce with AIIA_MUTATION_SEED={seed.ToString(CultureInfo.InvariantCulture)} AIIA_MUTATION_CASE={f.Case.ToString(CultureInfo.InvariantCulture)}): {f.Detail}");
        Assert.True(failures.IsEmpty, summary + "\n" + string.Join("\n", shown));
    }

    /// <summary>Runs one spec through the driver: null when all is well, else the kind of failure and what happened.</summary>
    private static (string? Kind, string Detail, string Outcome) RunCase(SpecFile spec)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([spec]);
        var run = Task.Run(() =>
        {
            var result = driver.RunGeneratorsAndUpdateCompilation(compilation, out var outputCompilation, out var diagnostics);
            return (Result: result.GetRunResult(), Output: outputCompilation, Diagnostics: diagnostics);
        });
        try
        {
            if (!run.Wait(CaseTimeout))
            {
                return ("hang", $"no result after {CaseTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s", "hang");
            }
        }
        catch (AggregateException exception)
        {
            return ("crash", "the driver threw " + exception.InnerException, "crash");
        }

        var (result, outputCompilation, generatorDiagnostics) = run.Result;
        if (result.Results.Single().Exception is { } thrown)
        {
            return ("crash", "the generator threw " + thrown, "crash");
        }

        var text = SourceText.From(spec.Text);
        foreach (var diagnostic in generatorDiagnostics.Concat(result.Diagnostics).Distinct())
        {
            if (diagnostic.Id is "CS8785" or "AD0001" or "AIIA0011")
            {
                return ("crash", diagnostic.ToString(), "crash");
            }

            if (LocationProblem(diagnostic, spec, text) is { } problem)
            {
                return ("unlocated", problem + ": " + diagnostic, "unlocated");
            }
        }

        if (generatorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            var ids = generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal);
            return (null, string.Empty, "error " + string.Join("+", ids));
        }

        var compileDiagnostics = GeneratorHarness.Visible(outputCompilation.GetDiagnostics());
        if (!compileDiagnostics.IsEmpty)
        {
            return ("uncompilable", GeneratorHarness.Describe(compileDiagnostics.Take(5)), "uncompilable");
        }

        return (null, string.Empty, generatorDiagnostics.IsEmpty ? "generated" : "generated with warnings");
    }

    /// <summary>Why a diagnostic is not a located AIIA diagnostic in <paramref name="spec"/>, or null when it is.</summary>
    internal static string? LocationProblem(Diagnostic diagnostic, SpecFile spec, SourceText text)
    {
        if (!diagnostic.Id.StartsWith("AIIA", StringComparison.Ordinal))
        {
            return "not an AIIA diagnostic";
        }

        var location = diagnostic.Location;
        if (location.Kind != LocationKind.ExternalFile || location.IsInSource)
        {
            return $"located in {location.Kind}, not in the spec file";
        }

        var lineSpan = location.GetLineSpan();
        if (lineSpan.Path != spec.Path)
        {
            return $"located in '{lineSpan.Path}', not '{spec.Path}'";
        }

        var span = location.SourceSpan;
        if (span.Start < 0 || span.End > text.Length)
        {
            return $"span {span} outside the text of {text.Length} characters";
        }

        var expected = text.Lines.GetLinePositionSpan(span);
        if (lineSpan.Span != expected)
        {
            return $"line span {lineSpan.Span} does not match the text span {span} ({expected})";
        }

        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var format = diagnostic.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        if (message.Length == 0 || (format.Contains("{0}", StringComparison.Ordinal) && message == format))
        {
            return "the message is not filled in";
        }

        return null;
    }

    /// <summary>
    /// Specs larger than this are left out: each case compiles the generated code, and a benchmark-sized spec would
    /// take seconds per case. Large specs are covered by <see cref="HostileInputTests.ALargeLegitimateSpecStillGenerates"/>.
    /// </summary>
    public const int MaxSpecCharacters = 256 * 1024;

    /// <summary>Every *.openapi.yaml / *.openapi.yml of the repository (outside bin/obj) up to <see cref="MaxSpecCharacters"/>, else the test specs.</summary>
    internal static ImmutableArray<SpecFile> RepositorySpecs()
    {
        if (Repository.Root is not { } root)
        {
            return SpecFile.All.Select(SpecFile.Load).ToImmutableArray();
        }

        return Directory.EnumerateFiles(root, "*.openapi.y*ml", SearchOption.AllDirectories)
            .Where(path => SpecInput.IsSpecPath(path))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or ".git" or "TestResults"))
            .Order(StringComparer.Ordinal)
            .Select(path => SpecFile.FromText(Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8)))
            .Where(spec => spec.Text.Length <= MaxSpecCharacters)
            .ToImmutableArray();
    }

    /// <summary>Mutated specs hold any character; messages about them must survive being printed and written as UTF-8.</summary>
    private static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' || (!char.IsControl(c) && !char.IsSurrogate(c) && c != '\uFEFF'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static long EnvironmentInt(string name, long fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? long.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
