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

    [Fact]
    public void Aiia0033_ASecondSuccessResponseWithAnotherBody()
    {
        // Found by specs built to break the generator: a 202 of another schema was read as the 200's type, silently.
        var (diagnostic, _) = Single(
            SpecYaml.Paths(
                """
                /jobs:
                  post:
                    operationId: createJob
                    responses:
                      '200': {description: done, content: {application/json: {schema: {$ref: '#/components/schemas/Result'}}}}
                      [|'202'|]: {description: accepted, content: {application/json: {schema: {$ref: '#/components/schemas/Accepted'}}}}
                      '204': {description: nothing}
                """,
                """
                schemas:
                  Result: {type: object, properties: {value: {type: string}}}
                  Accepted: {type: object, properties: {jobId: {type: string}}}
                """),
            "AIIA0033", Warning, "paths./jobs.post.responses.202");

        Assert.Contains("whose type the method returns", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void SuccessResponsesOfOneSchemaAreNoWarning()
    {
        // The same $ref, or the same inline schema in another key order.
        var run = GeneratorHarness.Run([SpecFile.FromText(FileName, SpecYaml.Paths(
            """
            /jobs:
              post:
                operationId: createJob
                responses:
                  '200': {description: done, content: {application/json: {schema: {$ref: '#/components/schemas/Result'}}}}
                  '201': {description: made, content: {application/json: {schema: {$ref: '#/components/schemas/Result'}}}}
            /tasks:
              post:
                operationId: createTask
                responses:
                  '200': {description: done, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}
                  '201': {description: made, content: {application/json: {schema: {properties: {a: {type: string}}, type: object}}}}
            """,
            """
            schemas:
              Result: {type: object, properties: {value: {type: string}}}
            """))]);

        Assert.Empty(run.GeneratorDiagnostics);
    }
}
