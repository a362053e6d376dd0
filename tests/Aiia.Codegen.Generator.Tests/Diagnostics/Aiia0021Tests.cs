using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0021: invalid per-spec options (AdditionalFiles item metadata; was AIIA0010), shown on the spec's first line. Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0021Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0021_AnInvalidAiiaAccessibilityIsShownOnTheFirstLine()
    {
        Single(
            """
            [|openapi: 3.0.3|]
            info: {title: T, version: '1'}
            paths: {}
            """,
            "AIIA0021", Error, "AiiaAccessibility",
            spec => spec.WithMetadata("build_metadata.AdditionalFiles.AiiaAccessibility", "protected"));
    }

    [Fact]
    public void Aiia0021_AnInvalidAiiaUndocumentedPropertiesIsShownOnTheFirstLine()
    {
        var (diagnostic, _) = Single(
            """
            [|openapi: 3.0.3|]
            info: {title: T, version: '1'}
            paths: {}
            """,
            "AIIA0021", Error, "AiiaUndocumentedProperties",
            spec => spec.WithMetadata("build_metadata.AdditionalFiles.AiiaUndocumentedProperties", "drop"));

        Assert.Contains("'drop' is not keep, ignore or error", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("big")]
    [InlineData("0")]
    [InlineData("-5MiB")]
    [InlineData("2048MiB")]
    public void Aiia0021_AnInvalidAiiaMaxSpecSizeIsShownOnTheFirstLine(string value)
    {
        var (diagnostic, _) = Single(
            """
            [|openapi: 3.0.3|]
            info: {title: T, version: '1'}
            paths: {}
            """,
            "AIIA0021", Error, "AiiaMaxSpecSize",
            spec => spec.WithMetadata("build_metadata.AdditionalFiles.AiiaMaxSpecSize", value));

        Assert.Contains($"'{value}' is not a whole number of characters or of MiB", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
