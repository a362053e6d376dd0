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
    public void Aiia0038_PropertiesBesideOneOfThatAnAlternativeCannotHold()
    {
        // Every object alternative holds what is listed beside the oneOf, but for one that is a union of its own.
        var (diagnostic, run) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Circle: {type: object, properties: {radius: {type: number}}}
                  Square: {type: object, properties: {side: {type: number}}}
                  Shape:
                    oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]
                  Drawing:
                    oneOf:
                      - {$ref: '#/components/schemas/Shape'}
                      - {type: object, properties: {path: {type: string}}}
                    [|properties|]:
                      note: {type: string}
                """),
            "AIIA0038", Warning, "components.schemas.Drawing.properties");

        Assert.Contains("the alternative at components.schemas.Drawing.oneOf[0] does not hold them", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.NotEmpty(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.DrawingPath")!.GetMembers("Note"));
    }

    [Fact]
    public void Properties_beside_a_oneOf_of_values_only_are_not_reported()
    {
        // Properties only constrain objects: no alternative is one, so nothing is lost.
        var run = GeneratorHarness.Run([SpecFile.FromText("id.openapi.yaml", SpecYaml.Components(
            """
            schemas:
              Id:
                oneOf:
                  - {type: string}
                  - {type: integer}
                properties:
                  extra: {type: string}
            """))]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Id"));
    }

    [Fact]
    public void Aiia0038_ASubtypeRetypesAnInheritedProperty()
    {
        // Okta's UserFactorCall narrows UserFactor's free-form profile to a record of its own.
        var (diagnostic, run) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Factor:
                    type: object
                    properties: {factorType: {type: string}, profile: {type: object}}
                    discriminator: {propertyName: factorType}
                  CallProfile: {type: object, properties: {phoneNumber: {type: string}}}
                  CallFactor:
                    allOf:
                      - $ref: '#/components/schemas/Factor'
                      - type: object
                        properties:
                          [|profile|]: {$ref: '#/components/schemas/CallProfile'}
                          factorType: {type: string}
                """),
            "AIIA0038", Warning, "components.schemas.CallFactor");

        Assert.Contains("The redefinition of the inherited property 'profile'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("it keeps the type the base schema 'Factor' gives it", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.CallFactor")!.GetMembers("Profile"));
    }

    [Fact]
    public void A_redefinition_the_inherited_type_holds_is_not_reported()
    {
        // Okta's 12 UserFactor subtypes give factorType only an example and narrow provider to {enum: [OKTA]}: the
        // inherited enum and string hold those, so nothing is lost; only profile, retyped to a record, is reported.
        var run = GeneratorHarness.Run([SpecFile.FromText("factors.openapi.yaml", SpecYaml.Components(
            """
            schemas:
              FactorType: {type: string, enum: [call, sms]}
              Factor:
                type: object
                properties: {factorType: {$ref: '#/components/schemas/FactorType'}, provider: {type: string}, profile: {type: object}}
                discriminator: {propertyName: factorType}
              CallProfile: {type: object, properties: {phoneNumber: {type: string}}}
              CallFactor:
                allOf:
                  - $ref: '#/components/schemas/Factor'
                  - type: object
                    properties:
                      factorType: {example: call}
                      provider: {enum: [OKTA]}
                      profile: {$ref: '#/components/schemas/CallProfile'}
            """))]);

        var reported = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "AIIA0038");
        Assert.Contains("inherited property 'profile'", reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Visible(run.CompilationDiagnostics));
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
