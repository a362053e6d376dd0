using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>The mutation test's own parts must work: reproducible cases, edits that edit, a location check that can fail.</summary>
public sealed class MutationInfrastructureTests
{
    private static readonly SpecFile Spec = SpecFile.FromText("x.openapi.yaml", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n");

    [Fact]
    public void ACaseIsTheSameForTheSameSeedAndIndex()
    {
        var first = SpecMutator.Generate(3, MutationTests.DefaultSeed, 42);
        var again = SpecMutator.Generate(3, MutationTests.DefaultSeed, 42);
        var other = Enumerable.Range(0, 20).Select(i => SpecMutator.Generate(3, MutationTests.DefaultSeed, i).ToString()).Distinct().Count();

        Assert.Equal(first.ToString(), again.ToString());
        Assert.Equal(first.Apply(Spec.Text), again.Apply(Spec.Text));
        Assert.True(other > 15, "Different cases should mostly differ.");
    }

    [Fact]
    public void MostCasesChangeTheText()
    {
        var specs = MutationTests.RepositorySpecs();
        var changed = Enumerable.Range(0, 200).Count(i =>
        {
            var mutation = SpecMutator.Generate(specs.Length, MutationTests.DefaultSeed, i);
            var text = specs[mutation.SpecIndex].Text;
            return mutation.Apply(text) != text;
        });

        Assert.True(changed > 180, $"Only {changed} of 200 cases changed their spec.");
    }

    [Fact]
    public void TheLocationCheckRejectsWhatIsNotALocatedAiiaDiagnostic()
    {
        var text = SourceText.From(Spec.Text);
        var span = new TextSpan(0, 7);
        var good = Diagnostic.Create(DiagnosticDescriptors.YamlSyntax, Location.Create(Spec.Path, span, text.Lines.GetLinePositionSpan(span)), "$", "x", "y");
        var nowhere = Diagnostic.Create(DiagnosticDescriptors.YamlSyntax, Location.None, "$", "x", "y");
        var otherFile = Diagnostic.Create(DiagnosticDescriptors.YamlSyntax, Location.Create("/other.openapi.yaml", span, text.Lines.GetLinePositionSpan(span)), "$", "x", "y");
        var wrongLine = Diagnostic.Create(DiagnosticDescriptors.YamlSyntax, Location.Create(Spec.Path, span, new LinePositionSpan(new(1, 0), new(1, 7))), "$", "x", "y");
        var outside = Diagnostic.Create(DiagnosticDescriptors.YamlSyntax, Location.Create(Spec.Path, new TextSpan(0, 1000), default), "$", "x", "y");
        var foreign = Diagnostic.Create(new DiagnosticDescriptor("CS8785", "t", "m", "c", DiagnosticSeverity.Warning, true), Location.None);

        Assert.Null(MutationTests.LocationProblem(good, Spec, text));
        Assert.NotNull(MutationTests.LocationProblem(nowhere, Spec, text));
        Assert.NotNull(MutationTests.LocationProblem(otherFile, Spec, text));
        Assert.NotNull(MutationTests.LocationProblem(wrongLine, Spec, text));
        Assert.NotNull(MutationTests.LocationProblem(outside, Spec, text));
        Assert.NotNull(MutationTests.LocationProblem(foreign, Spec, text));
    }
}
