using Aiia.Codegen.Generator.Tests.Infrastructure;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// U+2028, U+2029 and U+0085 end a line for C#, so spec text that holds them must not reach a <c>//</c> comment as they
/// are; but a wire name, an enum value or a default is the spec's exactly. They were turned into <c>\n</c> while the
/// YAML was read: a property <c>note&#x2028;text</c> was read and written as <c>note\ntext</c>, and the enum values
/// <c>a&#x2028;b</c> and <c>a\nb</c> became one.
/// </summary>
public sealed class LineSeparatorTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: "Line\u2028separators", version: '1', description: "One\u2029two\u0085three"}
        paths:
          /r:
            get:
              operationId: getR
              summary: "Gets\u2028it"
              parameters:
                - {name: "q\u2028x", in: query, description: "A\u2028B", schema: {type: string, default: "d\u2028e"}}
              responses:
                '200':
                  description: "ok\u2028fine"
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/R'}
        components:
          schemas:
            R:
              type: object
              description: "A\u2028record"
              properties:
                "note\u2028text": {type: string, description: "x\u2029y", default: "v\u2028w"}
                mode:
                  type: string
                  enum: ["a\u2028b", "a\nb"]
        """;

    [Fact]
    public void WireNamesValuesAndDefaultsKeepThemAndCommentsStillCompile()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("lines.openapi.yaml", Spec)]);

        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var code = string.Concat(run.Sources.Select(s => s.Text));
        Assert.Contains("\"note\\u2028text\"", code, StringComparison.Ordinal);
        Assert.Contains("\"q\\u2028x\"", code, StringComparison.Ordinal);
        Assert.Contains("\"v\\u2028w\"", code, StringComparison.Ordinal);
        Assert.Contains("\"a\\u2028b\"", code, StringComparison.Ordinal);
        Assert.Contains("\"a\\nb\"", code, StringComparison.Ordinal);
        // Both values are documented: two members, the second renamed, nothing ignored as listed twice.
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "AIIA0041");
        Assert.Equal(2, run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.RModeKind")!.MemberNames.Count(n => n.StartsWith("AB", StringComparison.Ordinal)));
    }
}
