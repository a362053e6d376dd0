using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0037: <c>not</c> is ignored with a warning; the schema is generated without it and the client compiles.</summary>
public sealed class Aiia0037Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0037_NotOnAProperty()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Pet:
                    type: object
                    properties:
                      name:
                        type: string
                        [|not|]: {enum: ['']}
                """),
            "AIIA0037", Warning, "components.schemas.Pet.properties.name.not");

        Assert.StartsWith("'not' at components.schemas.Pet.properties.name.not is ignored", diagnostic.GetMessage(), StringComparison.Ordinal);
        var pet = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Pet")!;
        Assert.Equal("string?", ((IPropertySymbol)pet.GetMembers("Name").Single()).Type.ToDisplayString());
    }

    [Fact]
    public void Aiia0037_NotBesideOneOf()
    {
        Single(
            SpecYaml.Components(
                """
                schemas:
                  Id:
                    oneOf:
                      - {type: string}
                      - {type: integer}
                    [|not|]: {type: boolean}
                """),
            "AIIA0037", Warning, "components.schemas.Id.not");
    }
}
