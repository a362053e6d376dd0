using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0057: an enum value listed twice is one member (an info: nothing is lost, so warnings as errors pass).</summary>
public sealed class Aiia0057Tests
{
    private const DiagnosticSeverity Info = DiagnosticSeverity.Info;

    [Fact]
    public void Aiia0057_AValueListedTwiceIsOneMember()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Color:
                    type: string
                    enum: [red, green, [|red|]]
                """),
            "AIIA0057", Info, "components.schemas.Color.enum");

        Assert.Contains("'red'", diagnostic.GetMessage(), StringComparison.Ordinal);
        var kind = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.ColorKind")!;
        Assert.Equal(["Unknown", "Red", "Green"], kind.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name));
    }
}
