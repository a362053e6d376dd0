using System.Collections.Immutable;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>The helpers must be able to fail: a check that never fires protects nothing.</summary>
public sealed class InfrastructureTests
{
    private sealed record Holder(string Name, object? Payload, ImmutableArray<object> Items);

    [Fact]
    public void TheObjectGraphWalkFindsBannedObjectsAtAnyDepth()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { }");
        var yaml = new YamlDotNet.RepresentationModel.YamlScalarNode("x");
        var graph = new Holder("root", new Holder("inner", (tree.GetRoot(), 1), []), [new[] { (object)"a", yaml }]);

        var violations = IncrementalAssert.FindBannedObjects(graph, "graph");

        Assert.Contains(violations, v => v.Contains("Payload", StringComparison.Ordinal) && v.Contains("CompilationUnitSyntax", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("YamlScalarNode", StringComparison.Ordinal));
    }

    [Fact]
    public void TheObjectGraphWalkAcceptsPlainValuesAndCycles()
    {
        var list = new List<object>();
        list.Add(list);
        list.Add(new Holder("x", 42m, ["text", 1.5, DateTimeOffset.UnixEpoch]));

        Assert.Empty(IncrementalAssert.FindBannedObjects(list, "list"));
        Assert.True(IncrementalAssert.GraphContainsString(list, "tex"));
        Assert.False(IncrementalAssert.GraphContainsString(list, "absent"));
    }

    [Fact]
    public void FirstDifferenceNamesTheLineAndBothTexts()
    {
        var message = SnapshotAssert.FirstDifference("a\nb\nc\n", "a\nB\nc\n");

        Assert.Contains("line 2", message, StringComparison.Ordinal);
        Assert.Contains("verified: b", message, StringComparison.Ordinal);
        Assert.Contains("received: B", message, StringComparison.Ordinal);
        Assert.Contains("<end of file>", SnapshotAssert.FirstDifference("a\n", "a\nmore\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void SnapshotsAreNeverAcceptedInCi()
    {
        var accept = Environment.GetEnvironmentVariable(SnapshotAssert.AcceptVariable);
        var ci = Environment.GetEnvironmentVariable("CI");
        if (string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.False(SnapshotAssert.ShouldAccept());
        }
        else
        {
            Assert.Equal(accept == "1", SnapshotAssert.ShouldAccept());
        }
    }
}
