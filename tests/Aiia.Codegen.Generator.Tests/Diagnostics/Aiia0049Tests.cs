using System.Globalization;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0049: a property's default that its C# type cannot hold is reported, not silently left out (a warning: the spec still generates).</summary>
public sealed class Aiia0049Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0049_TextOnAnInteger()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Item:
                    type: object
                    properties:
                      count: {type: integer, default: [|lots|]}
                """),
            "AIIA0049", Warning, "components.schemas.Item.properties.count.default");

        Assert.Contains("'lots'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Item")!.GetMembers("DefaultCount"));
    }

    [Fact]
    public void Aiia0049_NumbersTheirTypeCannotHold()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("tuning.openapi.yaml", SpecYaml.Components(
            """
            schemas:
              Tuning:
                type: object
                properties:
                  beyondDouble: {type: number, default: 1e400}
                  belowDouble: {type: number, default: 1e-400}
                  beyondFloat: {type: number, format: float, default: 1e39}
                  belowDecimal: {type: number, format: decimal, default: 1e-30}
                  notANumber: {type: number, default: .nan}
                  fits: {type: number, default: 2.5e-300}
            """))]);

        var reported = run.GeneratorDiagnostics.Select(d => (d.Id, d.GetMessage(CultureInfo.InvariantCulture).Split(" is not exposed")[0])).ToList();
        Assert.Equal(
            [
                ("AIIA0049", "The default '1e400' at components.schemas.Tuning.properties.beyondDouble.default"),
                ("AIIA0049", "The default '1e-400' at components.schemas.Tuning.properties.belowDouble.default"),
                ("AIIA0049", "The default '1e39' at components.schemas.Tuning.properties.beyondFloat.default"),
                ("AIIA0049", "The default '1e-30' at components.schemas.Tuning.properties.belowDecimal.default"),
                ("AIIA0049", "The default '.nan' at components.schemas.Tuning.properties.notANumber.default"),
            ],
            reported);
        var tuning = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Tuning")!;
        Assert.Equal(["DefaultFits"], tuning.GetMembers().Select(m => m.Name).Where(n => n.StartsWith("Default", StringComparison.Ordinal)));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }
}
