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

    [Fact]
    public void Deprecated_enums_and_unions_are_obsolete_and_only_the_users_uses_are_warned_about()
    {
        // Nothing else is deprecated: the enum and the union alone must bring the generated files' pragma.
        var spec = SpecFile.FromText("old.openapi.yaml", SpecYaml.Paths("""
            /x:
              get:
                operationId: getX
                parameters:
                  - {name: mode, in: query, schema: {$ref: '#/components/schemas/LegacyMode'}}
                responses:
                  '200':
                    description: ok
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Holder'}
            """, """
            schemas:
              LegacyMode: {type: string, enum: [a, b], deprecated: true}
              LegacyId:
                deprecated: true
                oneOf: [{type: string}, {type: integer}]
              Holder:
                type: object
                required: [mode]
                properties:
                  mode: {$ref: '#/components/schemas/LegacyMode'}
                  id: {$ref: '#/components/schemas/LegacyId'}
            """));

        var run = GeneratorHarness.Run([spec], ["""
            namespace Contoso.Consumer;
            public static class Use
            {
                public static bool IsA(Holder holder) => holder.Mode.Kind == LegacyModeKind.A;
                public static LegacyMode B() => LegacyMode.B;
                public static bool IsText(LegacyId id) => id.IsString;
            }
            """]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        foreach (var name in new[] { "LegacyMode", "LegacyModeKind", "LegacyId" })
        {
            Assert.Equal($"The schema {name.Replace("Kind", string.Empty, StringComparison.Ordinal)} is deprecated in the spec.", Obsolete(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + name)!));
        }

        // Nothing in the generated files; in the user's code, LegacyModeKind, LegacyMode twice and LegacyId.
        var visible = GeneratorHarness.Visible(run.CompilationDiagnostics);
        var generated = visible.Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true).ToList();
        Assert.True(generated.Count == 0, GeneratorHarness.Describe(generated));
        Assert.Equal(["CS0618", "CS0618", "CS0618", "CS0618"], visible.Select(d => d.Id).Where(id => id is "CS0612" or "CS0618"));
    }

    [Fact]
    public void A_required_property_that_is_deprecated_still_serves_the_x_aiia_extensions_that_name_it()
    {
        // The Aiia spec with the polled state, the exchanged code and the renewal's login token deprecated: each stays
        // listed under required (the server still sends it), though none is a C# required member.
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", SpecFile.AiiaSpec));
        text = Replace(text, "        state:\n          $ref: '#/components/schemas/AuthenticationState'\n", "        state:\n          deprecated: true\n          allOf: [$ref: '#/components/schemas/AuthenticationState']\n");
        foreach (var description in new[] { "The authentication code from the redirect or the status operation.", "The stored login token." })
        {
            text = Replace(text, $"          description: {description}\n", $"          description: {description}\n          deprecated: true\n");
        }

        var run = GeneratorHarness.Run([SpecFile.FromText(SpecFile.AiiaSpec, text)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        var client = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.AiiaAuthenticationClient")!;
        Assert.NotEmpty(client.GetMembers("WaitForAuthenticationStatusAsync"));
        Assert.NotEmpty(client.GetMembers("ObtainCode"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.AiiaAuthenticationClientSessionRenewer"));
        // The state is nullable now: a response without it does not end the wait.
        var clientText = run.SourceEndingWith(".Client.g.cs");
        Assert.Contains("static state => state?.Kind is ", clientText, StringComparison.Ordinal);
    }

    private static string Replace(string text, string old, string replacement)
    {
        Assert.Contains(old, text, StringComparison.Ordinal);
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }

    private static string? Obsolete(ISymbol symbol) =>
        symbol.GetAttributes().SingleOrDefault(a => a.AttributeClass?.Name == "ObsoleteAttribute")?.ConstructorArguments[0].Value as string;
}
