using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// PayPal's error catalogues: a union of inline records that differ only in the values of their string enums is one
/// record whose enums list every value (docs/composition.md); anything else that tells them apart keeps the union.
/// </summary>
public sealed class LookalikeRecordsTests
{
    private static GeneratorRun Generate(string items)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("shop.openapi.yaml", SpecYaml.Components($$"""
            schemas:
              Error:
                type: object
                properties:
                  details:
                    type: array
                    items:
            {{Indent(items, 10)}}
            """).Replace("openapi: 3.0.3", "openapi: 3.1.0", StringComparison.Ordinal))]); // 3.1: type lists too
        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        return run;
    }

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Split('\n').Select(line => new string(' ', spaces) + line));

    private static INamedTypeSymbol? Type(GeneratorRun run, string name) =>
        run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + name);

    private static string PropertyType(GeneratorRun run, string type, string property) =>
        ((IPropertySymbol)Type(run, type)!.GetMembers(property).Single()).Type.ToDisplayString();

    private static string[] WireValues(GeneratorRun run, string enumName)
    {
        var source = run.SourceEndingWith(".Enums.g.cs");
        var start = source.IndexOf("record struct " + enumName + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No enum {enumName}.");
        var end = source.IndexOf("record struct ", start + 20, StringComparison.Ordinal);
        var body = source[start..(end < 0 ? source.Length : end)];
        return [.. System.Text.RegularExpressions.Regex.Matches(body, @"\{ get; \} = new\([^,]+, ""([^""]*)""\)").Select(m => m.Groups[1].Value)];
    }

    [Fact]
    public void Records_that_differ_only_in_their_enum_values_are_one_record_with_every_value()
    {
        var run = Generate("""
            anyOf:
              - title: INVALID_STRING_MAX_LENGTH
                properties:
                  issue: {type: string, enum: [INVALID_STRING_MAX_LENGTH]}
                  description: {type: string, enum: [Address line2 length should be less than 300 characters.]}
                  field: {type: string}
                required: [issue]
              - title: MISSING_REQUIRED_PARAMETER
                properties:
                  issue: {type: string, const: MISSING_REQUIRED_PARAMETER}
                  description: {type: string, enum: [Payment method is missing.]}
                  field: {type: string}
                required: [issue]
              - title: MISSING_REQUIRED_PARAMETER
                properties:
                  issue: {type: string, enum: [MISSING_REQUIRED_PARAMETER]}
                  description: {enum: [Amount is missing.]}
                  field: {type: string}
                required: [issue]
            """);

        Assert.Equal("Contoso.Consumer.ErrorDetailsItem", PropertyType(run, "Error", "Details").Replace("System.Collections.Generic.IReadOnlyList<", "").TrimEnd('>', '?'));
        Assert.Equal("Contoso.Consumer.ErrorDetailsItemIssue", PropertyType(run, "ErrorDetailsItem", "Issue"));
        Assert.Equal("string?", PropertyType(run, "ErrorDetailsItem", "Field"));
        Assert.Equal(["INVALID_STRING_MAX_LENGTH", "MISSING_REQUIRED_PARAMETER"], WireValues(run, "ErrorDetailsItemIssue"));
        Assert.Equal(["Address line2 length should be less than 300 characters.", "Payment method is missing.", "Amount is missing."], WireValues(run, "ErrorDetailsItemDescription"));
        Assert.Null(Type(run, "ErrorDetailsItemOption1"));
        Assert.Null(Type(run, "ErrorDetailsItemInvalidStringMaxLength"));
        Assert.DoesNotContain(run.Sources, s => s.HintName.EndsWith(".Unions.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a different property", "properties: {issue: {type: string, enum: [B]}, other: {type: string}}\n    required: [issue]")]
    [InlineData("a property fewer", "properties: {issue: {type: string, enum: [B]}}\n    required: [issue]")]
    [InlineData("a different type", "properties: {issue: {type: string, enum: [B]}, field: {type: integer}}\n    required: [issue]")]
    [InlineData("a different requirement", "properties: {issue: {type: string, enum: [B]}, field: {type: string}}\n    required: [issue, field]")]
    [InlineData("a number enum", "properties: {issue: {type: integer, enum: [2]}, field: {type: string}}\n    required: [issue]")]
    [InlineData("a keyword that tells it apart", "properties: {issue: {type: string, enum: [B]}, field: {type: string}}\n    required: [issue]\n    additionalProperties: false")]
    [InlineData("a nullable enum (3.1)", "properties: {issue: {type: [string, 'null'], enum: [B]}, field: {type: string}}\n    required: [issue]")]
    [InlineData("a nullable record (3.1)", "type: [object, 'null']\n    properties: {issue: {type: string, enum: [B]}, field: {type: string}}\n    required: [issue]")]
    [InlineData("an enum with a format", "properties: {issue: {type: string, format: uuid, enum: [B]}, field: {type: string}}\n    required: [issue]")]
    public void Records_told_apart_by_anything_else_stay_a_union(string difference, string second)
    {
        _ = difference;
        var run = Generate("""
            oneOf:
              - properties: {issue: {type: string, enum: [A]}, field: {type: string}}
                required: [issue]
            """ + "\n  - " + second);

        Assert.Contains(run.Sources, s => s.HintName.EndsWith(".Unions.g.cs", StringComparison.Ordinal) && s.Text.Contains("partial class ErrorDetailsItem ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_referenced_alternative_keeps_the_union()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("shop.openapi.yaml", SpecYaml.Components("""
            schemas:
              A:
                properties: {issue: {type: string, enum: [A]}}
              Error:
                properties:
                  detail:
                    oneOf:
                      - $ref: '#/components/schemas/A'
                      - properties: {issue: {type: string, enum: [B]}}
            """))]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.Contains(run.Sources, s => s.HintName.EndsWith(".Unions.g.cs", StringComparison.Ordinal));
    }
}
