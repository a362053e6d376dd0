using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>
/// AIIA0025: x-aiia-undocumented-properties on a schema is not keep, ignore or error (was AIIA0012). The option of the
/// same name on the AdditionalFiles item is AIIA0021; the behaviour itself is in UndocumentedPropertiesOptionTests.
/// </summary>
public sealed class Aiia0025Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0025_AValueOtherThanKeepIgnoreOrError()
    {
        var (diagnostic, _) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Pet:
                    type: object
                    x-aiia-undocumented-properties: [|sometimes|]
                    properties:
                      id: {type: string}
                """),
            "AIIA0025", Error, "components.schemas.Pet.x-aiia-undocumented-properties");

        Assert.StartsWith("'x-aiia-undocumented-properties' must be keep, ignore or error", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
