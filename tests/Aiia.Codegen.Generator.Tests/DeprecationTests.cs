using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// <c>deprecated: true</c> on a schema or a property becomes <c>[Obsolete]</c> on the record or property; the generated
/// code that reads, writes and prints them compiles warning-free, while a user's use of them is warned about.
/// </summary>
public sealed class DeprecationTests
{
    private static readonly SpecFile Spec = SpecFile.FromText("shop.openapi.yaml", SpecYaml.Components("""
        schemas:
          Item:
            type: object
            required: [legacyCode]
            properties:
              id: { type: string }
              legacyCode: { type: string, deprecated: true, format: password }
              old: { $ref: '#/components/schemas/OldItem' }
          OldItem:
            type: object
            deprecated: true
            properties:
              name: { type: string }
        """));

    [Fact]
    public void Deprecated_schemas_and_properties_are_obsolete_and_the_generated_code_compiles_warning_free()
    {
        var run = GeneratorHarness.Run([Spec]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        var item = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Item")!;
        var oldItem = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.OldItem")!;
        Assert.Contains("deprecated in the spec", Obsolete(oldItem));
        Assert.Contains("deprecated in the spec", Obsolete(item.GetMembers("LegacyCode").Single()));
        Assert.Null(Obsolete(item));
        Assert.Null(Obsolete(item.GetMembers("Id").Single()));
        // C# forbids [Obsolete] on a required member (CS9042): a required deprecated property is optional and nullable.
        Assert.False(((IPropertySymbol)item.GetMembers("LegacyCode").Single()).IsRequired);
    }

    [Fact]
    public void A_users_code_using_a_deprecated_property_or_schema_is_warned_about()
    {
        var run = GeneratorHarness.Run([Spec], ["""
            namespace Contoso.Consumer;
            public static class Use
            {
                public static string? Code(Item item) => item.LegacyCode;
                public static object Old() => new OldItem();
            }
            """]);

        var warnings = GeneratorHarness.Visible(run.CompilationDiagnostics).Select(d => d.Id)
            .Where(id => id is "CS0612" or "CS0618" or "CS9042").ToList();
        Assert.Equal(["CS0618", "CS0618"], warnings);
    }

    private static string? Obsolete(ISymbol symbol) =>
        symbol.GetAttributes().SingleOrDefault(a => a.AttributeClass?.Name == "ObsoleteAttribute")?.ConstructorArguments[0].Value as string;
}
