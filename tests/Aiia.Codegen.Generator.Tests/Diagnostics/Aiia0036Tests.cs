using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0036: an operation left out (warning). Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message; the client still compiles.</summary>
public sealed class Aiia0036Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0036_AnObjectPathParameter()
    {
        var (_, run) = Single(
            SpecYaml.Paths(
                """
                /items/{key}:
                  [|get|]:
                    operationId: getItem
                    parameters:
                      - name: key
                        in: path
                        required: true
                        schema: {type: object, properties: {a: {type: string}}}
                    responses:
                      '204': {description: None}
                  put:
                    operationId: putItem
                    parameters:
                      - {name: key, in: path, required: true, schema: {type: string}}
                    responses:
                      '204': {description: None}
                """),
            "AIIA0036", Warning, "paths./items/{key}.get");

        var code = string.Concat(run.Sources.Select(s => s.Text));
        Assert.DoesNotContain("GetItemAsync", code, StringComparison.Ordinal);
        Assert.Contains("PutItemAsync", code, StringComparison.Ordinal);
    }
}
