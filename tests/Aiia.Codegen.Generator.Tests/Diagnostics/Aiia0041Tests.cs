using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0041: an enum value that cannot be a member of its own is left out (a warning: the enum still generates).</summary>
public sealed class Aiia0041Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0041_AValueThatIsNotAPlainValue()
    {
        Single(
            SpecYaml.Components(
                """
                schemas:
                  Color:
                    type: string
                    enum:
                      - red
                      - [|{rgb: '#f00'}|]
                """),
            "AIIA0041", Warning, "components.schemas.Color.enum");
    }
}
