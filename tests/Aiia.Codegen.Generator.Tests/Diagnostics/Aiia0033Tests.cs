using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0033: a body generated loosely (warning). Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message; the client still compiles.</summary>
public sealed class Aiia0033Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0033_AJsonRequestBodyWithoutASchemaIsAStream()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  post:
                    operationId: postItem
                    requestBody:
                      required: true
                      content:
                        application/json: [|{}|]
                    responses:
                      '204': {description: None}
                """),
            "AIIA0033", Warning, "paths./items.post.requestBody.content.application/json");

        Assert.Contains("sent as a Stream", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("PostItemAsync(global::System.IO.Stream body", string.Concat(run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0033_AJsonResponseWithoutASchemaHasNoTypedBody()
    {
        var (_, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: getItem
                    responses:
                      '200':
                        description: OK
                        content:
                          application/json: [|{}|]
                """),
            "AIIA0033", Warning, "paths./items.get.responses.200.content.application/json");

        Assert.Contains("global::System.Threading.Tasks.Task GetItemAsync(", string.Concat(run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0033_AFormWithoutPropertiesSendsNoField()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  post:
                    requestBody:
                      content:
                        application/x-www-form-urlencoded:
                          schema: [|{type: object}|]
                    responses:
                      '204': {description: None}
                """),
            "AIIA0033", Warning, "paths./items.post.requestBody.content.application/x-www-form-urlencoded.schema");
    }
}
