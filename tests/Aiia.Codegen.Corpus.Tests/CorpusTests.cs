using Xunit.Abstractions;

namespace Aiia.Codegen.Corpus.Tests;

/// <summary>
/// Every real public spec of tests/Corpus generates a client that compiles with zero errors and zero warnings — or is
/// listed in <see cref="PendingSpecs"/> and still does not — and its own examples read into the generated types and
/// write back unchanged, but for those <see cref="ExamplesNotKept"/> lists.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Specs => new(CorpusSpec.All.Select(spec => spec.Name));

    [Theory]
    [MemberData(nameof(Specs))]
    public void SpecGeneratesAClientThatCompilesWithoutDiagnostics(string spec)
    {
        var outcome = CorpusOutcome.Of(CorpusSpec.Named(spec));

        if (PendingSpecs.Blocked.TryGetValue(spec, out var blocker))
        {
            Assert.False(
                outcome.IsClean,
                $"{spec} is pending ({blocker}) but now generates a client that compiles cleanly: remove it from PendingSpecs.Blocked.");
        }
        else
        {
            Assert.True(outcome.IsClean, outcome.Describe());
            if (ExamplesNotKept.Accepting)
            {
                ExamplesNotKept.Accept(spec, outcome.ExamplesNotKept);
            }

            output.WriteLine($"{spec}: {outcome.GeneratedCharacters:N0} characters generated with {outcome.GeneratorWarnings} warnings; {outcome.ExamplesChecked} examples read and written back, {outcome.ExamplesNotKept.Length} not kept.");
            var difference = ExamplesNotKept.Difference(spec, outcome.ExamplesChecked, outcome.ExamplesNotKept);
            Assert.True(difference is null, difference);
        }
    }

    /// <summary>
    /// Specs generated again with <c>AiiaShareIdenticalSchemas</c>: those it shrinks most (Sentry's, fully dereferenced,
    /// to a quarter; Asana's and UK payment initiation's to half), the two whose unions list identical alternatives
    /// (PagerDuty, Svix), and Intercom, whose examples not kept name shared types. Every corpus spec passed this on
    /// 2026-12-03 (docs/corpus.md); CI runs these six to keep the build short.
    /// </summary>
    public static TheoryData<string> SpecsRepeatingShapes => new("sentry", "asana", "uk-obie-payment-initiation", "pagerduty-rest", "svix", "intercom");

    [Theory]
    [MemberData(nameof(SpecsRepeatingShapes))]
    public void SpecWithIdenticalSchemasSharedCompilesAndKeepsTheSameExamples(string spec)
    {
        var outcome = CorpusOutcome.Of(CorpusSpec.Named(spec), shareIdenticalSchemas: true);

        Assert.True(outcome.IsClean, outcome.Describe());
        // Shared types read and write exactly what the types of each place did: the same examples come back unchanged
        // (those that do not name a shared type where they name the type of their place).
        var difference = ExamplesNotKept.PlaceDifference(spec, outcome.ExamplesNotKept);
        Assert.True(difference is null, difference);
    }

    [Fact]
    public void PendingSpecsAreCorpusSpecs()
    {
        var names = CorpusSpec.All.Select(spec => spec.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(PendingSpecs.Blocked.Keys, name => Assert.Contains(name, names));
    }

    [Fact]
    public void EverySpecIsListedWithItsOriginAndNoneIsPickedUpByTheGeneratorGlobs()
    {
        var readme = File.ReadAllText(Path.Combine(CorpusSpec.Directory, "..", "README.md"));
        Assert.All(CorpusSpec.All, spec =>
        {
            Assert.Contains($"| `{spec.FileName}` |", readme, StringComparison.Ordinal);
            Assert.DoesNotContain(".openapi.", spec.FileName, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void EveryMultiFileSpecNamesAnEntryItHolds()
    {
        Assert.All(CorpusSpec.All.Where(spec => spec.IsMultiFile), spec =>
        {
            Assert.True(spec.Entry is not null, $"{spec.FileName} has no entry file in CorpusSpec.Entries.");
            Assert.Contains(spec.Entry, spec.ReadFiles().Keys);
        });
        Assert.All(CorpusSpec.Entries.Keys, archive => Assert.Contains(archive, CorpusSpec.All.Select(spec => spec.FileName)));
    }
}
