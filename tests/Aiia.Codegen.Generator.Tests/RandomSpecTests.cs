using System.Collections.Concurrent;
using System.Globalization;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Legal specs nobody wrote, built at random from the generator's own vocabulary (<see cref="RandomSpecs"/>), and the
/// Aiia spec with its names replaced by names its client derives: each generates without an error and its output
/// compiles with no diagnostic at warning level 9999 (renames are reported as info, shapes the client cannot send as
/// warnings). Where <see cref="MutationTests"/> breaks specs to find crashes, this keeps them valid to find names that
/// meet. It found a member numbered onto its record's own name (<c>Pet2</c> in <c>Pet2</c>), an enum value stepping
/// aside onto its enum's name (<c>KindValue</c>), a derived record's property hiding what the generator added to its
/// base (<c>UndocumentedProperties</c>, <c>DefaultCount</c>) and an all-lower-case client name (CS8981); each has a
/// test of its own. A random case may come with a sibling file its <c>$ref</c>s name, or a second spec in its namespace.
/// </summary>
/// <remarks>
/// Seeded and reproducible: case <c>i</c> of seed <c>s</c> is always the same spec. <c>AIIA_RANDOM_SPECS</c> sets the
/// number of cases of each kind (default <see cref="DefaultCases"/>, what CI runs), <c>AIIA_RANDOM_SEED</c> the seed,
/// <c>AIIA_RANDOM_CASE</c> runs one case; a failing case's spec is printed in full.
/// </remarks>
public sealed class RandomSpecTests(ITestOutputHelper output)
{
    public const int DefaultCases = 120;
    public const int DefaultSeed = 20_261_201;

    [Fact]
    public void RandomSpecsInTheGeneratorsVocabularyGenerateAndCompile() =>
        Check(RandomSpecs.Files);

    [Fact]
    public void TheAiiaSpecWithNamesItsClientDerivesGeneratesAndCompiles()
    {
        var aiia = SpecFile.Load(SpecFile.AiiaSpec);
        Check((seed, index) => [RandomSpecs.AiiaRenamed(aiia, seed, index)]);
    }

    private void Check(Func<int, int, SpecFile[]> spec)
    {
        var cases = EnvironmentInt("AIIA_RANDOM_SPECS", DefaultCases);
        var seed = EnvironmentInt("AIIA_RANDOM_SEED", DefaultSeed);
        var indices = Environment.GetEnvironmentVariable("AIIA_RANDOM_CASE") is { Length: > 0 } single
            ? [int.Parse(single, CultureInfo.InvariantCulture)]
            : Enumerable.Range(0, cases).ToArray();

        var failures = new ConcurrentBag<(int Case, string Detail)>();
        Parallel.ForEach(
            indices,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            index =>
            {
                var files = spec(seed, index);
                var run = GeneratorHarness.Run(files);
                var errors = run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || d.Id.StartsWith("CS", StringComparison.Ordinal));
                var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
                if (errors.Any() || !compile.IsEmpty)
                {
                    var texts = files.Select(file => $"--- {file.FileName} (metadata: {string.Join(", ", file.Metadata.Select(m => $"{m.Key}={m.Value}"))})\n{file.Text}");
                    failures.Add((index, $"{GeneratorHarness.Describe(errors)}{GeneratorHarness.Describe(compile.Take(10))}{string.Join("\n", texts)}"));
                }
            });

        output.WriteLine($"seed {seed}: {indices.Length} cases, {failures.Count} failed");
        var first = failures.OrderBy(f => f.Case).FirstOrDefault();
        Assert.True(failures.IsEmpty, $"{failures.Count} of {indices.Length} cases of seed {seed} fail ({string.Join(", ", failures.Select(f => f.Case).Order())}; AIIA_RANDOM_CASE to rerun one); case {first.Case}:\n{first.Detail}");
    }

    private static int EnvironmentInt(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
