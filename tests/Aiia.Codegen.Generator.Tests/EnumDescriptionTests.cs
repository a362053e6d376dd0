using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// What each enum value means, as other tools' extensions say it (<c>x-enumDescriptions</c> as a map or a list,
/// <c>x-enum-descriptions</c>, <c>x-ms-enum</c> values), documents the value's members; anything else in them is
/// passed over without a diagnostic, and the member is documented by its wire value as without the extension.
/// </summary>
public sealed class EnumDescriptionTests
{
    private const string Spec = """
        schemas:
          UserStatus:
            type: string
            enum: [ACTIVE, INACTIVE, IMPORTED]
            x-enumDescriptions:
              ACTIVE: The user can sign in & use the app.
              INACTIVE: |-
                Provisioned, but not enabled.
                A password reset enables it again.
              NOT_LISTED: Describes nothing.
          Size:
            type: string
            enum: [s, m, l]
            x-enum-descriptions: [Small., '', {text: not text}]
          Color:
            type: string
            enum: [red, green]
            x-enumDescriptions: [The colour red.]
          Region:
            type: string
            enum: [eu, us]
            x-ms-enum:
              name: Region
              values:
                - {value: eu, description: Europe.}
                - {value: us, name: UnitedStates}
          Shape:
            type: string
            enum: [round]
            x-enumDescriptions: Not a map or a list.
        """;

    private static string Doc(GeneratorRun run, string type, string member) =>
        run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + type)!.GetMembers(member).Single().GetDocumentationCommentXml() ?? string.Empty;

    private static GeneratorRun Run() => GeneratorHarness.RunClean(SpecFile.FromText("descriptions.openapi.yaml", SpecYaml.Components(Spec)));

    [Fact]
    public void ADescribedValueIsDocumentedByItsDescriptionWithItsWireValueBeside()
    {
        var run = Run();

        foreach (var type in new[] { "UserStatus", "UserStatusKind" })
        {
            var active = Doc(run, type, "Active");
            Assert.Contains("<summary>The user can sign in &amp; use the app.</summary>", active, StringComparison.Ordinal);
            Assert.Contains("<remarks>The wire value <c>ACTIVE</c>.</remarks>", active, StringComparison.Ordinal);
            var inactive = Doc(run, type, "Inactive");
            Assert.Contains("Provisioned, but not enabled.", inactive, StringComparison.Ordinal);
            Assert.Contains("A password reset enables it again.", inactive, StringComparison.Ordinal);
        }

        Assert.Contains("<summary>Small.</summary>", Doc(run, "Size", "S"), StringComparison.Ordinal);
        Assert.Contains("<summary>The colour red.</summary>", Doc(run, "Color", "Red"), StringComparison.Ordinal);
        Assert.Contains("<summary>Europe.</summary>", Doc(run, "RegionKind", "Eu"), StringComparison.Ordinal);
        Assert.DoesNotContain("Describes nothing", string.Join("\n", run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void AValueWithoutAUsableDescriptionIsDocumentedByItsWireValueAlone()
    {
        var run = Run();

        // Not described, described by nothing or by a number, past a short list's end, or the extension is neither map nor list.
        foreach (var (type, member, wire) in new[]
                 {
                     ("UserStatus", "Imported", "IMPORTED"), ("Size", "M", "m"), ("Size", "L", "l"), ("Color", "Green", "green"),
                     ("Region", "UnitedStates", "us"), ("Shape", "Round", "round"),
                 })
        {
            var doc = Doc(run, type, member);
            Assert.Contains($"<summary>The wire value <c>{wire}</c>.</summary>", doc, StringComparison.Ordinal);
            Assert.DoesNotContain("<remarks>", doc, StringComparison.Ordinal);
        }
    }
}
