using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0006: invalid or missing names. Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0006Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0006_AnInvalidAiiaClientNameIsShownOnTheFirstLine()
    {
        Single(
            """
            [|openapi: 3.0.3|]
            info: {title: T, version: '1'}
            paths: {}
            """,
            "AIIA0006", Error, "AiiaClientName",
            spec => spec.WithClientName("My Client"));
    }

    [Fact]
    public void Aiia0006_AClientNamedVarIsRefused()
    {
        // Legal C#, but every 'var' local of the generated namespace would then declare a client.
        var (diagnostic, _) = Single(
            """
            [|openapi: 3.0.3|]
            info: {title: T, version: '1'}
            paths: {}
            """,
            "AIIA0006", Error, "AiiaClientName",
            spec => spec.WithClientName("var"));

        Assert.Contains("would change what 'var' means", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
