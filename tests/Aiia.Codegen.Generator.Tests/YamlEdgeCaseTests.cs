using Aiia.Codegen.Generator.Tests.Infrastructure;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>Valid YAML that older YAML libraries rejected still generates.</summary>
public sealed class YamlEdgeCaseTests
{
    [Theory]
    [InlineData("description: |+\n  \n\n")]
    [InlineData("description: |+\n   \n  \n")]
    [InlineData("description: >+\n  \n")]
    public void AKeepBlockScalarOfOnlyWhiteSpaceIsRead(string info)
    {
        var text = "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\n  " + info.Replace("\n", "\n  ", StringComparison.Ordinal).TrimEnd(' ') + "paths: {}\n";

        var run = GeneratorHarness.Run([SpecFile.FromText("blank.openapi.yaml", text)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }
}
