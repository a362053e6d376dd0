using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0034: a parameter left out (warning). Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message; the client still compiles.</summary>
public sealed class Aiia0034Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0034_AListOfObjectsInTheQuery()
    {
        var (_, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: getItems
                    parameters:
                      - name: filters
                        in: query
                        schema: [|{type: array, items: {type: object, properties: {a: {type: string}}}}|]
                      - {name: limit, in: query, schema: {type: integer}}
                    responses:
                      '204': {description: None}
                """),
            "AIIA0034", Warning, "paths./items.get.parameters[0].schema");

        Assert.Contains("GetItemsAsync(int? limit = null,", string.Concat(run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0034_AHeaderListedTwiceInAnotherCase()
    {
        // Header names are case-insensitive: both were sent, as one header with two values.
        var (diagnostic, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: getItems
                    parameters:
                      - {name: [|X-Trace|], in: header, schema: {type: string}}
                      - {name: x-trace, in: header, schema: {type: string}}
                    responses:
                      '204': {description: None}
                """),
            "AIIA0034", Warning, "paths./items.get.parameters[0]");

        Assert.Contains("The parameter at paths./items.get.parameters[1] is the same header parameter (header names are case-insensitive)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("GetItemsAsync(string? xTrace = null,", string.Concat(run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_operation_header_overrides_its_paths_in_another_case_without_a_report()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("items.openapi.yaml", SpecYaml.Paths(
            """
            /items:
              parameters:
                - {name: X-Trace, in: header, schema: {type: string}}
              get:
                operationId: getItems
                parameters:
                  - {name: x-trace, in: header, required: true, schema: {type: integer}}
                responses:
                  '204': {description: None}
            """))]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.Contains("GetItemsAsync(int xTrace,", string.Concat(run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0034_AQueryUnionWithAListOfObjectsAlternative()
    {
        // A list of objects has no pairs; such a union was once kept and silently sent as nothing. (A union of an
        // object and a value is sent as the one it holds: GeneratedClientTests.)
        var (diagnostic, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: getItems
                    parameters:
                      - name: filter
                        in: query
                        schema: [|{oneOf: [{type: array, items: {type: object, properties: {a: {type: string}}}}, {type: string}]}|]
                      - {name: limit, in: query, schema: {oneOf: [{type: integer}, {type: string, enum: [all]}]}}
                    responses:
                      '204': {description: None}
                """),
            "AIIA0034", Warning, "paths./items.get.parameters[0].schema");

        Assert.Contains("'filter' of a union with an object or list among its alternatives", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("GetItemsAsync(global::Contoso.Consumer.GetItemsLimit? limit = null,", string.Concat(run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0034_AnObjectHeader()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    parameters:
                      - name: X-Filter
                        in: header
                        schema: [|{type: object, properties: {a: {type: string}}}|]
                    responses:
                      '204': {description: None}
                """),
            "AIIA0034", Warning, "paths./items.get.parameters[0].schema");
    }

    [Fact]
    public void Aiia0034_AParameterWithContentOfAnotherMediaTypeThanJson()
    {
        // JSON content is sent as its JSON text, and a primitive of any media type as its text (GeneratedClientTests);
        // an object of another media type has no form the generator knows.
        var (diagnostic, _) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    parameters:
                      - name: filter
                        in: query
                        content:
                          application/xml:
                            schema: [|{type: object, properties: {a: {type: string}}}|]
                    responses:
                      '204': {description: None}
                """),
            "AIIA0034", Warning, "paths./items.get.parameters[0].content.application/xml.schema");

        Assert.Contains("'filter' with 'content' of application/xml", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0034_AnAuthorizationHeaderParameterInASpecWithoutSecuritySchemes()
    {
        // OpenAPI says to ignore it, and no scheme sends it instead: the caller cannot authenticate, so a warning.
        var (diagnostic, _) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: listItems
                    parameters:
                      - {name: [|Authorization|], in: header, required: true, schema: {type: string}}
                    responses:
                      '204': {description: None}
                """),
            "AIIA0034", Warning, "paths./items.get.parameters[0]");

        Assert.Contains("this spec has none", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0034_AParameterWithContentOfNoSchema()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    parameters:
                      - name: filter
                        in: query
                        [|content|]:
                          application/json: {}
                    responses:
                      '204': {description: None}
                """),
            "AIIA0034", Warning, "paths./items.get.parameters[0]");
    }

    [Fact]
    public void Aiia0034_APathParameterNotInThePath()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    parameters:
                      - name: [|id|]
                        in: path
                        required: true
                        schema: {type: string}
                    responses:
                      '204': {description: None}
                """),
            "AIIA0034", Warning, "paths./items.get.parameters");
    }

    [Fact]
    public void Aiia0034_AParameterWithoutName()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    parameters:
                      - [|in: query
                        schema: {type: string}|]
                    responses:
                      '204': {description: None}
                """),
            "AIIA0034", Warning, "paths./items.get.parameters[0]");
    }

    [Fact]
    public void Aiia0034_ASwagger2ParameterLocation()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    parameters:
                      - name: limit
                        in: [|body|]
                        schema: {type: integer}
                    responses:
                      '204': {description: None}
                """),
            "AIIA0034", Warning, "paths./items.get.parameters[0]");
    }
    [Fact]
    public void Aiia0034_AParameterWithAnEmptyName()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    parameters:
                      - [|name|]: ''
                        in: header
                        schema: {type: string}
                    responses:
                      '204': {description: None}
                """),
            "AIIA0034", Warning, "paths./items.get.parameters[0]");
    }
}
