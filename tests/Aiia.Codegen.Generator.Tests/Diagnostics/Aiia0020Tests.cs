using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0020: a $ref cycle that no C# type can express (was AIIA0010). Each test states only the spec fragment that matters (<see cref="SpecYaml"/>).</summary>
public sealed class Aiia0020Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0020_AnAliasThatRefersBackToItself()
    {
        var (diagnostic, _) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Id:
                    $ref: '#/components/schemas/Key'
                  Key:
                    $ref: [|'#/components/schemas/Id'|]
                """),
            "AIIA0020", Error, "components.schemas.Key");

        Assert.Contains("refers back to itself", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0020_AnAllOfThatComposesItself()
    {
        var (diagnostic, _) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Pet:
                    allOf:
                      - $ref: '#/components/schemas/Dog'
                      - properties:
                          name: {type: string}
                  Dog:
                    allOf:
                      - $ref: [|'#/components/schemas/Pet'|]
                      - properties:
                          barks: {type: boolean}
                """),
            "AIIA0020", Error, "components.schemas.Dog");

        Assert.Contains("cannot compose itself", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
