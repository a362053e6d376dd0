using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// The generator must not redo work the IDE did not ask for: unrelated edits and edits to other specs leave
/// its steps cached, its models are value-equal, its outputs hold nothing that pins a compilation, and its
/// text is deterministic.
/// </summary>
public sealed class IncrementalTests
{
    private const string BrokenSpecText = """
        openapi: 3.0.3
        info: { title: Broken, version: "1"
        paths: {}
        """;

    private static List<SpecFile> AllSpecs() =>
    [
        SpecFile.Load(SpecFile.AiiaSpec).WithNamespace("Contoso.Apis.Aiia"),
        SpecFile.Load(SpecFile.PetstoreSpec).WithNamespace("Contoso.Apis.Pets"),
        SpecFile.Load(SpecFile.LedgerSpec).WithNamespace("Contoso.Apis.Ledger"),
    ];

    [Fact]
    public void RerunOnACloneOfTheCompilationIsFullyCached()
    {
        var first = GeneratorHarness.Run(AllSpecs(), ["internal static class Existing { }"]);

        var second = first.Driver.RunGenerators(first.InputCompilation.Clone()).GetRunResult();

        IncrementalAssert.StepOutputsEqual(first.RunResult, second);
        IncrementalAssert.AllCachedOrUnchanged(second);
    }

    [Fact]
    public void AddingAnUnrelatedSyntaxTreeKeepsEveryStepCached()
    {
        var first = GeneratorHarness.Run(AllSpecs(), ["internal static class Existing { }"]);
        var edited = first.InputCompilation.AddSyntaxTrees(
            GeneratorHarness.ParseSource("internal sealed class Unrelated { public int Value; }", "/src/Contoso.Consumer/Unrelated.cs"));

        var second = first.Driver.RunGenerators(edited).GetRunResult();

        IncrementalAssert.AllCachedOrUnchanged(second);
    }

    [Fact]
    public void EditingAnUnrelatedSyntaxTreeKeepsEveryStepCached()
    {
        var first = GeneratorHarness.Run(AllSpecs(), ["internal static class Existing { }"]);
        var oldTree = first.InputCompilation.SyntaxTrees.Single();
        var edited = first.InputCompilation.ReplaceSyntaxTree(
            oldTree, GeneratorHarness.ParseSource("internal static class Existing { internal const int X = 1; }", oldTree.FilePath));

        var second = first.Driver.RunGenerators(edited).GetRunResult();

        IncrementalAssert.AllCachedOrUnchanged(second);
    }

    [Fact]
    public void AnUnrelatedEditKeepsEveryStepCachedWhenASpecHasErrors()
    {
        var specs = AllSpecs();
        specs.Add(SpecFile.FromText("broken.openapi.yaml", BrokenSpecText));
        var first = GeneratorHarness.Run(specs);
        Assert.Contains(first.GeneratorDiagnostics, d => d.Id.StartsWith("AIIA", StringComparison.Ordinal));

        var second = first.Driver
            .RunGenerators(first.InputCompilation.AddSyntaxTrees(GeneratorHarness.ParseSource("internal class Unrelated { }", "/src/U.cs")))
            .GetRunResult();

        IncrementalAssert.AllCachedOrUnchanged(second);
        Assert.Equal(
            first.GeneratorDiagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal),
            second.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EditingOneSpecRegeneratesOnlyThatSpec()
    {
        var petstore = SpecFile.Load(SpecFile.PetstoreSpec);
        var ledger = SpecFile.Load(SpecFile.LedgerSpec);
        var first = GeneratorHarness.Run([petstore, ledger]);
        const string oldDescription = "description: How the money moves.";
        Assert.Contains(oldDescription, ledger.Text, StringComparison.Ordinal);
        var editedLedger = new TestAdditionalText(
            ledger.Path, ledger.Text.Replace(oldDescription, "description: How the money moves between accounts.", StringComparison.Ordinal));

        var driver = first.Driver.ReplaceAdditionalText(first.AdditionalTexts[1], editedLedger).RunGenerators(first.InputCompilation);
        var second = driver.GetRunResult();

        // SpecInputs: found by the spec's title, which only its own text holds.
        var petstoreInputs = IncrementalAssert.ReasonsOfOutputsMentioning(second, TrackingNames.SpecInputs, "Petstore (generator test spec)");
        var ledgerInputs = IncrementalAssert.ReasonsOfOutputsMentioning(second, TrackingNames.SpecInputs, "Ledger (generator test spec)");
        Assert.NotEmpty(petstoreInputs);
        Assert.All(petstoreInputs, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Contains(IncrementalStepRunReason.Modified, ledgerInputs);

        // SpecSources: found by the client class name, which only its own sources hold.
        var petstoreSources = IncrementalAssert.ReasonsOfOutputsMentioning(second, TrackingNames.SpecSources, "PetstoreClient");
        var ledgerSources = IncrementalAssert.ReasonsOfOutputsMentioning(second, TrackingNames.SpecSources, "LedgerClient");
        Assert.NotEmpty(petstoreSources);
        Assert.All(petstoreSources, reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"The petstore's sources were recomputed ({reason}) although only the ledger spec changed."));
        Assert.Contains(IncrementalStepRunReason.Modified, ledgerSources);

        var newSources = second.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Contains(newSources, s => s.Value.Contains("How the money moves between accounts.", StringComparison.Ordinal));
    }

    private const string WalletSpec = """
        openapi: 3.0.3
        info: {title: Wallet, version: '1'}
        paths: {}
        components:
          schemas:
            Wallet:
              type: object
              properties:
                balance: {$ref: 'money.yaml'}
        """;

    [Fact]
    public void EditingAFileASpecRefersToRegeneratesThatSpec()
    {
        var money = SpecFile.FromText("money.yaml", "type: object\nproperties:\n  amount: {type: number}\n");
        var first = GeneratorHarness.Run([SpecFile.FromText("wallet.openapi.yaml", WalletSpec), money, SpecFile.Load(SpecFile.PetstoreSpec)]);
        Assert.True(first.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(first.GeneratorDiagnostics));

        var edited = new TestAdditionalText(money.Path, money.Text + "  currency: {type: string}\n");
        var second = first.Driver.ReplaceAdditionalText(first.AdditionalTexts[1], edited).RunGenerators(first.InputCompilation).GetRunResult();

        Assert.Contains(IncrementalStepRunReason.Modified, IncrementalAssert.ReasonsOfOutputsMentioning(second, TrackingNames.SpecSources, "WalletClient"));
        Assert.All(
            IncrementalAssert.ReasonsOfOutputsMentioning(second, TrackingNames.SpecSources, "PetstoreClient"),
            reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"The petstore was regenerated ({reason})."));
        Assert.Contains(second.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("Currency", StringComparison.Ordinal));
    }

    [Fact]
    public void EditingAJsonFileNoSpecMentionsKeepsEveryModelCached()
    {
        var settings = SpecFile.FromText("appsettings.json", "{\"Logging\": {}}");
        var first = GeneratorHarness.Run([SpecFile.FromText("wallet.openapi.yaml", WalletSpec), SpecFile.FromText("money.yaml", "type: object\n"), settings]);

        var edited = new TestAdditionalText(settings.Path, "{\"Logging\": {\"LogLevel\": {}}}");
        var second = first.Driver.ReplaceAdditionalText(first.AdditionalTexts[2], edited).RunGenerators(first.InputCompilation).GetRunResult();

        var steps = IncrementalAssert.TrackedSteps(second);
        foreach (var name in new[] { TrackingNames.SpecInputs, TrackingNames.SpecModels, TrackingNames.SpecSources })
        {
            Assert.All(steps[name].SelectMany(step => step.Outputs), output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{name} was recomputed ({output.Reason}) although only appsettings.json changed."));
        }

        // The spec's input, with the files its texts mention, was compared and found equal: the model was not rebuilt.
        Assert.All(steps[TrackingNames.SpecModels].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void EditingADescriptionFileRegeneratesTheSpecNamingItAndAnUnnamedOneNothing()
    {
        var spec = WalletSpec.Replace("version: '1'}", "version: '1', description: {$ref: wallet.md}}", StringComparison.Ordinal);
        var described = SpecFile.FromText("wallet.md", "Wallets.");
        var unnamed = SpecFile.FromText("notes.md", "Notes.");
        var first = GeneratorHarness.Run([SpecFile.FromText("wallet.openapi.yaml", spec), SpecFile.FromText("money.yaml", "type: object\n"), described, unnamed]);
        Assert.True(first.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(first.GeneratorDiagnostics));

        var second = first.Driver.ReplaceAdditionalText(first.AdditionalTexts[3], new TestAdditionalText(unnamed.Path, "Other notes."))
            .RunGenerators(first.InputCompilation);
        Assert.All(IncrementalAssert.TrackedSteps(second.GetRunResult())[TrackingNames.SpecModels].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));

        var third = second.ReplaceAdditionalText(first.AdditionalTexts[2], new TestAdditionalText(described.Path, "Purses.")).RunGenerators(first.InputCompilation).GetRunResult();
        Assert.Contains(IncrementalStepRunReason.Modified, IncrementalAssert.ReasonsOfOutputsMentioning(third, TrackingNames.SpecSources, "WalletClient"));
        Assert.Contains(third.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("Purses.", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> NonModelEdits
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var spec in SpecFile.All)
            {
                data.Add(spec, "trailing comment");
                data.Add(spec, "inline comment");
                data.Add(spec, "trailing blank lines");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(NonModelEdits))]
    public void AnEditThatDoesNotChangeTheModelKeepsSourcesCached(string specFile, string edit)
    {
        var spec = SpecFile.Load(specFile);
        var first = GeneratorHarness.Run([spec]);
        Assert.NotEmpty(first.Sources);
        var editedText = edit switch
        {
            "trailing comment" => spec.Text.TrimEnd('\n') + "\n# A comment the model does not see.\n",
            "inline comment" => ReplaceFirst(spec.Text, "openapi: 3.0.3\n", "openapi: 3.0.3 # the model does not see this\n"),
            "trailing blank lines" => spec.Text + "\n\n",
            _ => throw new ArgumentOutOfRangeException(nameof(edit)),
        };
        Assert.NotEqual(spec.Text, editedText);

        var second = first.Driver
            .ReplaceAdditionalText(first.AdditionalTexts[0], new TestAdditionalText(spec.Path, editedText))
            .RunGenerators(first.InputCompilation)
            .GetRunResult();

        var steps = IncrementalAssert.TrackedSteps(second);
        Assert.Contains(steps[TrackingNames.SpecInputs].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        var sourceReasons = steps[TrackingNames.SpecSources].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(sourceReasons);
        Assert.All(sourceReasons, reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"SpecSources was {reason} after an edit that does not change the model ({edit})."));
    }

    [Fact]
    public void TrackedOutputsHoldNoCompilationSymbolSyntaxOrYaml()
    {
        var specs = AllSpecs();
        specs.Add(SpecFile.FromText("broken.openapi.yaml", BrokenSpecText));
        var first = GeneratorHarness.Run(specs, ["internal static class Existing { }"]);

        IncrementalAssert.NoBannedObjects(first.RunResult);

        var second = first.Driver.RunGenerators(first.InputCompilation.Clone()).GetRunResult();
        IncrementalAssert.NoBannedObjects(second);
    }

    [Fact]
    public void TwoRunsFromScratchProduceIdenticalSourcesAndEqualModels()
    {
        var first = GeneratorHarness.Run(AllSpecs());
        var second = GeneratorHarness.Run(AllSpecs());

        Assert.NotEmpty(first.Sources);
        Assert.Equal(first.Sources.Select(s => s.HintName), second.Sources.Select(s => s.HintName));
        for (var i = 0; i < first.Sources.Length; i++)
        {
            Assert.Equal(first.Sources[i].Text, second.Sources[i].Text);
        }

        var firstBytes = first.Result.GeneratedSources.Select(s => (s.HintName, Bytes: s.SourceText.ToString()));
        var secondBytes = second.Result.GeneratedSources.Select(s => (s.HintName, Bytes: s.SourceText.ToString()));
        Assert.Equal(firstBytes, secondBytes);

        // Separate drivers, separate AdditionalText instances: models and sources must still be value-equal.
        IncrementalAssert.StepOutputsEqual(first.RunResult, second.RunResult, [TrackingNames.SpecModels, TrackingNames.SpecSources]);
    }

    [Fact]
    public void EachSpecsOutputDoesNotDependOnTheOtherSpecsOrTheirOrder()
    {
        var specs = AllSpecs();
        var forward = GeneratorHarness.Run(specs);
        var backward = GeneratorHarness.Run(Enumerable.Reverse(specs));
        var petstoreAlone = GeneratorHarness.Run([specs[1]]);

        AssertSameSources(forward.Sources, backward.Sources, "the specs in reverse order");
        var petstoreTogether = forward.Sources.Where(s => s.HintName.StartsWith("Contoso.Apis.Pets.", StringComparison.Ordinal));
        AssertSameSources(petstoreAlone.Sources, petstoreTogether, "the petstore spec alone");
    }

    private static void AssertSameSources(
        IEnumerable<(string HintName, string Text)> expected, IEnumerable<(string HintName, string Text)> actual, string what)
    {
        var expectedList = expected.ToList();
        var actualList = actual.ToList();
        Assert.Equal(expectedList.Select(s => s.HintName), actualList.Select(s => s.HintName));
        for (var i = 0; i < expectedList.Count; i++)
        {
            Assert.True(
                expectedList[i].Text == actualList[i].Text,
                $"{expectedList[i].HintName} differs with {what}. {SnapshotAssert.FirstDifference(expectedList[i].Text, actualList[i].Text)}");
        }
    }

    private static string ReplaceFirst(string text, string oldValue, string newValue)
    {
        var index = text.IndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{oldValue.Trim()}' not found in the spec.");
        return string.Concat(text.AsSpan(0, index), newValue, text.AsSpan(index + oldValue.Length));
    }
}
