using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>
/// AIIA0038: composition that cannot be typed exactly is read in a simpler way, with a warning, and the client compiles.
/// </summary>
public sealed class Aiia0038Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0038_ADiscriminatorWhoseAlternativesAreNotAllRecords()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Pet:
                    oneOf:
                      - {$ref: '#/components/schemas/Cat'}
                      - {type: string}
                    [|discriminator|]: {propertyName: petType}
                  Cat: {type: object, properties: {petType: {type: string}}}
                """),
            "AIIA0038", Warning, "components.schemas.Pet.discriminator");

        Assert.StartsWith("The discriminator at components.schemas.Pet.discriminator cannot be typed exactly", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(TypeKind.Class, run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Pet")!.TypeKind); // the union
    }

    [Fact]
    public void Aiia0038_AnInlineDiscriminator()
    {
        Single(
            SpecYaml.Components(
                """
                schemas:
                  Owner:
                    type: object
                    properties:
                      pet:
                        oneOf:
                          - {$ref: '#/components/schemas/Cat'}
                          - {$ref: '#/components/schemas/Dog'}
                        [|discriminator|]: {propertyName: petType}
                  Cat: {type: object, required: [meow], properties: {meow: {type: string}}}
                  Dog: {type: object, required: [woof], properties: {woof: {type: string}}}
                """),
            "AIIA0038", Warning, "components.schemas.Owner.properties.pet.discriminator");
    }

    [Fact]
    public void Aiia0038_PropertiesBesideOneOf()
    {
        Single(
            SpecYaml.Components(
                """
                schemas:
                  Id:
                    oneOf:
                      - {type: string}
                      - {type: integer}
                    [|properties|]:
                      extra: {type: string}
                """),
            "AIIA0038", Warning, "components.schemas.Id.properties");
    }

    [Fact]
    public void Aiia0038_AnyOfBesideOneOf()
    {
        Single(
            SpecYaml.Components(
                """
                schemas:
                  Id:
                    oneOf:
                      - {type: string}
                      - {type: integer}
                    [|anyOf|]:
                      - {type: boolean}
                """),
            "AIIA0038", Warning, "components.schemas.Id.anyOf");
    }
}
