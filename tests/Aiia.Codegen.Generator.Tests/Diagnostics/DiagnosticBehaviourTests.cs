using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>How diagnostics behave whatever their ID: an error stops only its own spec; spans stay exact with Windows line endings.</summary>
public sealed class DiagnosticBehaviourTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void AnErrorStopsOnlyItsOwnSpec()
    {
        var broken = SpecFile.FromText("broken.openapi.yaml", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    get:\n      responses: {}\n");
        var run = GeneratorHarness.Run([broken, SpecFile.Load(SpecFile.PetstoreSpec), SpecFile.Load(SpecFile.LedgerSpec).WithNamespace("Contoso.Ledger")]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0009", diagnostic.Id);
        Assert.Equal(broken.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("Broken", StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.HintName == "Contoso.Consumer.PetstoreClient.Client.g.cs");
        Assert.Contains(run.Sources, s => s.HintName == "Contoso.Ledger.LedgerClient.Client.g.cs");
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }

    [Fact]
    public void SpansAreCharacterExactWithWindowsLineEndings()
    {
        var (text, span) = Parse(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: [|'--'|]
                    responses:
                      '204': {description: None}
                """));
        var crlf = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        var shifted = new TextSpan(span.Start + 5, span.Length); // five line breaks before it gained a '\r' each
        var spec = SpecFile.FromText(FileName, crlf);

        var run = GeneratorHarness.Run([spec]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertLocated(diagnostic, spec, shifted, DiagnosticSeverity.Info, "paths./items.get.operationId");
        Assert.Equal("(6,20)", LineColumn(diagnostic));
    }
}
