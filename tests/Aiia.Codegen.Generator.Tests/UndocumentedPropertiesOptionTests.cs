using System.Globalization;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Which records keep undocumented JSON properties: all by default; none with <c>AiiaUndocumentedProperties</c>
/// <c>ignore</c> or <c>error</c>; none for a schema with <c>additionalProperties: false</c>; and the schema's own
/// <c>x-aiia-undocumented-properties</c> over both. Names decided once, in the model, never colliding.
/// </summary>
public sealed class UndocumentedPropertiesOptionTests
{
    private const string MetadataKey = "build_metadata.AdditionalFiles.AiiaUndocumentedProperties";
    private const string Kept = "global::Aiia.Codegen.Runtime.ApiUndocumentedProperties";

    /// <summary>A spec whose schemas are <paramref name="parts"/> (YAML under components.schemas, indented 4).</summary>
    private static SpecFile Shop(params string[] parts) => Shop(string.Join("\n", parts));

    private static SpecFile Shop(string schemas) => SpecFile.FromText("shop.openapi.yaml", $$"""
        openapi: 3.0.3
        info: { title: Shop, version: "1" }
        paths:
          /items:
            get:
              operationId: listItems
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Item' }
        components:
          schemas:
        {{schemas}}
        """);

    private const string Item = """
            Item:
              type: object
              properties:
                id: { type: string }
        """;

    private static GeneratorRun RunClean(SpecFile spec)
    {
        var run = GeneratorHarness.Run([spec]);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        return run;
    }

    private static string? KeptPropertyOf(GeneratorRun run, string record) =>
        run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + record)!.GetMembers().OfType<IPropertySymbol>()
            .FirstOrDefault(p => p.Type.ToDisplayString() == "Aiia.Codegen.Runtime.ApiUndocumentedProperties?")?.Name;

    private static string Json(GeneratorRun run) => run.SourceEndingWith(".Json.g.cs");

    [Fact]
    public void Every_record_keeps_them_by_default()
    {
        var run = RunClean(SpecFile.Load(SpecFile.PetstoreSpec));

        Assert.Equal("UndocumentedProperties", KeptPropertyOf(run, "Pet"));
        Assert.Contains("global::Aiia.Codegen.Runtime.ApiJsonUnlisted.Keep", Json(run), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ignore", "global::Aiia.Codegen.Runtime.ApiJsonUnlisted.Ignore")]
    [InlineData("Error", "global::Aiia.Codegen.Runtime.ApiJsonUnlisted.Error")]
    public void The_per_spec_option_turns_keeping_off(string value, string expected)
    {
        var run = RunClean(SpecFile.Load(SpecFile.PetstoreSpec).WithMetadata(MetadataKey, value));

        Assert.Null(KeptPropertyOf(run, "Pet"));
        // Converters name the type only in their WriteProperties signature (returning null); nothing else refers to it.
        Assert.DoesNotContain(Kept, string.Concat(run.Sources.Select(s => s.Text.Replace($"{Kept}? WriteProperties(", string.Empty, StringComparison.Ordinal))), StringComparison.Ordinal);
        Assert.DoesNotContain("state.Undocumented", Json(run), StringComparison.Ordinal);
        Assert.Contains(expected, Json(run), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ignore", "additionalProperties: { type: integer }")]
    [InlineData("error", "additionalProperties: { type: integer }")]
    [InlineData("error", "additionalProperties: { $ref: '#/components/schemas/Item' }")]
    [InlineData("error", "additionalProperties: {}")]
    [InlineData("ignore", "additionalProperties: true")]
    public void A_schema_that_describes_its_other_properties_keeps_them_whatever_the_option(string value, string additional)
    {
        // The option is about properties the spec does not describe; these it does (every other one is an integer).
        var run = RunClean(Shop(Item, $$"""
                Scores:
                  type: object
                  properties:
                    player: { type: string }
                  {{additional}}
            """).WithMetadata(MetadataKey, value));

        Assert.Equal("UndocumentedProperties", KeptPropertyOf(run, "Scores"));
        Assert.Null(KeptPropertyOf(run, "Item"));
    }

    [Fact]
    public void An_invalid_per_spec_option_is_a_diagnostic_on_the_first_line()
    {
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.PetstoreSpec).WithMetadata(MetadataKey, "drop")]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0021", diagnostic.Id);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'drop'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_schema_with_additionalProperties_false_keeps_none_and_the_others_still_keep()
    {
        var run = RunClean(Shop(Item, """
                Strict:
                  type: object
                  additionalProperties: false
                  properties:
                    item: { $ref: '#/components/schemas/Item' }
            """));

        Assert.Null(KeptPropertyOf(run, "Strict"));
        Assert.Equal("UndocumentedProperties", KeptPropertyOf(run, "Item"));
    }

    [Theory]
    [InlineData("keep", "UndocumentedProperties")]
    [InlineData("ignore", null)]
    [InlineData("error", null)]
    public void The_schema_extension_wins_over_additionalProperties_and_the_spec_option(string value, string? expected)
    {
        var spec = Shop(Item, $$"""
                Marked:
                  type: object
                  additionalProperties: false
                  x-aiia-undocumented-properties: {{value}}
                  properties:
                    id: { type: string }
            """).WithMetadata(MetadataKey, "ignore");

        var run = RunClean(spec);

        Assert.Equal(expected, KeptPropertyOf(run, "Marked"));
        Assert.Null(KeptPropertyOf(run, "Item"));
    }

    [Fact]
    public void An_invalid_schema_extension_is_located_at_its_value()
    {
        var run = GeneratorHarness.Run([Shop(Item, """
                Marked:
                  type: object
                  x-aiia-undocumented-properties: sometimes
                  properties:
                    id: { type: string }
            """)]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0025", diagnostic.Id);
        Assert.Contains("components.schemas.Marked.x-aiia-undocumented-properties", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(21, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1); // x-aiia-undocumented-properties: sometimes
    }

    [Fact]
    public void A_listed_property_of_the_same_name_moves_the_kept_one_aside()
    {
        var run = GeneratorHarness.Run([Shop("""
                Item:
                  type: object
                  properties:
                    undocumentedProperties: { type: string }
            """)]);

        DiagnosticAssert.SingleRename(run, "The undocumented properties at components.schemas.Item cannot be named 'UndocumentedProperties' (the property 'undocumentedProperties' already has that name); it is generated as 'UndocumentedPropertiesValue'.", DiagnosticAssert.DerivedAdvice);
        Assert.Equal("UndocumentedPropertiesValue", KeptPropertyOf(run, "Item"));
    }

    [Fact]
    public void Enum_values_named_like_the_struct_s_members_get_Value_appended_and_compile()
    {
        var run = GeneratorHarness.Run([Shop(Item, """
                Mode:
                  type: string
                  enum: [Kind, ToString, ToWireValue, Equals, PrintMembers, Mode, ModeKind, Unknown, plain]
            """)]);

        // Each step aside is reported (AIIA0014), the Unknown member's after the value Unknown too, and the code compiles.
        Assert.Equal(
            ["Kind", "ToString", "ToWireValue", "Equals", "PrintMembers", "Mode", "ModeKind", "Unknown"],
            run.GeneratorDiagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1]));
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(("AIIA0014", DiagnosticSeverity.Info), (d.Id, d.Severity)));
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));

        var kind = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.ModeKind")!;
        Assert.Equal(
            ["UnknownValue", "KindValue", "ToStringValue", "ToWireValueValue", "EqualsValue", "PrintMembersValue", "ModeValue", "ModeKindValue", "Unknown", "Plain"],
            kind.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name));
    }

    [Fact]
    public void A_schema_named_like_an_enum_s_companion_keeps_its_name_and_the_companion_steps_aside()
    {
        var run = GeneratorHarness.Run([Shop(Item, """
                Mode:
                  type: string
                  enum: [a, b]
                ModeKind:
                  type: object
                  properties:
                    id: { type: string }
            """)]);

        // The spec's own name wins over a derived one (Naming/SpecNaming.cs): the companion enum becomes ModeKind2.
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("AIIA0014", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("it is generated as 'ModeKind2'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.True(GeneratorHarness.Visible(run.CompilationDiagnostics).IsEmpty, GeneratorHarness.Describe(run.CompilationDiagnostics));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.ModeKind2"));
    }
}
