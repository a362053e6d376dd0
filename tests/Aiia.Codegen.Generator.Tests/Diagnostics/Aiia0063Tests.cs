using System.Globalization;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>
/// AIIA0063: two query parameters of one operation send one query name: an exploded object's property beside a
/// parameter of that name, two exploded objects that share a property, or a <c>deepObject</c>'s <c>name[property]</c>
/// beside a parameter literally named so. Found by hostile specs: the request carried <c>page</c> twice, with no word.
/// A warning at the later parameter; the spec generates (the ambiguity is the spec's, and both are still sent).
/// </summary>
public sealed class Aiia0063Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    private const string Paging = "Paging: {type: object, properties: {page: {type: integer}, size: {type: integer}}}";

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static string Operation(string parameters) =>
        SpecYaml.Paths(
            $$"""
            /items:
              get:
                operationId: listItems
                parameters:
            {{parameters}}
                responses:
                  '204': {description: None}
            """,
            "schemas:\n  " + Paging + "\n  Filter: {type: object, properties: {status: {type: string}, size: {type: integer}}}");

    [Fact]
    public void Aiia0063_AParameterNamedLikeAnEarlierExplodedObjectsProperty()
    {
        var (diagnostic, run) = Single(
            Operation(
                """
                      - {name: paging, in: query, schema: {$ref: '#/components/schemas/Paging'}}
                      - {name: [|page|], in: query, schema: {type: integer}}
                """),
            "AIIA0063", Warning, "paths./items.get.parameters[1]");

        Assert.Equal(
            "The query parameter 'page' at paths./items.get.parameters[1] is sent as 'page', which the property 'page' of the query parameter 'paging' (form, exploded) also sends: the request carries 'page' twice. Rename one of them, or give 'paging' 'explode: false' or 'style: deepObject'.",
            Message(diagnostic));
        var client = string.Concat(run.Sources.Select(source => source.Text));
        Assert.Contains("ListItemsAsync(global::Contoso.Consumer.Paging? paging = null, int? page = null,", client, StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0063_AnExplodedObjectAfterAParameterNamedLikeItsProperty()
    {
        var (diagnostic, _) = Single(
            Operation(
                """
                      - {name: page, in: query, schema: {type: integer}}
                      - {name: [|paging|], in: query, schema: {$ref: '#/components/schemas/Paging'}}
                """),
            "AIIA0063", Warning, "paths./items.get.parameters[1]");

        Assert.StartsWith("The query parameter 'paging' at paths./items.get.parameters[1] is sent as 'page' (its property 'page'), which the query parameter 'page' also sends:", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0063_TwoExplodedObjectsThatShareAProperty()
    {
        var (diagnostic, _) = Single(
            Operation(
                """
                      - {name: paging, in: query, schema: {$ref: '#/components/schemas/Paging'}}
                      - {name: [|filter|], in: query, style: form, explode: true, schema: {$ref: '#/components/schemas/Filter'}}
                """),
            "AIIA0063", Warning, "paths./items.get.parameters[1]");

        Assert.Contains("is sent as 'size' (its property 'size'), which the property 'size' of the query parameter 'paging' (form, exploded) also sends", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0063_ADeepObjectBesideAParameterNamedLikeOneOfItsPairs()
    {
        // deepObject sends filter[status]=…: only a parameter literally named so meets it (JSON:API specs write such names).
        var (diagnostic, _) = Single(
            Operation(
                """
                      - {name: filter, in: query, style: deepObject, schema: {$ref: '#/components/schemas/Filter'}}
                      - {name: [|'filter[status]'|], in: query, schema: {type: string}}
                """),
            "AIIA0063", Warning, "paths./items.get.parameters[1]");

        Assert.Contains("which the property 'status' of the query parameter 'filter' (deepObject) also sends", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0063_AnExplodedObjectWithAPropertyNamedLikeTheQueryApiKey()
    {
        // A parameter named like the key is left out (AIIA0062); a property of that name is still sent beside the key.
        var (diagnostic, _) = Single(
            SpecYaml.Document(
                """
                security: [{key: []}]
                paths:
                  /items:
                    get:
                      operationId: listItems
                      parameters:
                        - {name: [|paging|], in: query, schema: {type: object, properties: {api_key: {type: string}}}}
                      responses:
                        '204': {description: None}
                components:
                  securitySchemes:
                    key: {type: apiKey, in: query, name: api_key}
                """),
            "AIIA0063", Warning, "paths./items.get.parameters[0]");

        Assert.Contains("is sent as 'api_key' (its property 'api_key'), which the API key of the security scheme 'key' also sends", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0063_AFormFieldNamedLikeAnEarlierExplodedFieldsProperty()
    {
        // A form body's object field is exploded as a query parameter is unless its encoding says otherwise.
        var (diagnostic, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  post:
                    operationId: addItem
                    requestBody:
                      content:
                        application/x-www-form-urlencoded:
                          schema:
                            type: object
                            properties:
                              address: {type: object, properties: {city: {type: string}, zip: {type: string}}}
                              billing: {type: object, properties: {zip: {type: string}}}
                              city: [|{type: string}|]
                          encoding:
                            billing: {style: deepObject}
                    responses:
                      '204': {description: None}
                """),
            "AIIA0063", Warning, "paths./items.post.requestBody.content.application/x-www-form-urlencoded.schema.properties.city");

        Assert.Equal(
            "The form field 'city' at paths./items.post.requestBody.content.application/x-www-form-urlencoded.schema.properties.city is sent as 'city', which the property 'city' of the form field 'address' (form, exploded) also sends: the request carries 'city' twice. Rename one of them, or give 'address' an encoding of 'explode: false' or 'style: deepObject'.",
            Message(diagnostic));
        // Both are still sent: the address's city and the field.
        var client = string.Concat(run.Sources.Select(source => source.Text));
        Assert.Equal(2, client.Split("request.AddFormField(\"city\", ").Length - 1);
    }

    [Theory]
    [InlineData("- {name: filter, in: query, style: deepObject, schema: {$ref: '#/components/schemas/Filter'}}\n- {name: status, in: query, schema: {type: string}}")]
    [InlineData("- {name: paging, in: query, explode: false, schema: {$ref: '#/components/schemas/Paging'}}\n- {name: page, in: query, schema: {type: integer}}")]
    [InlineData("- {name: paging, in: query, schema: {$ref: '#/components/schemas/Paging'}}\n- {name: page, in: header, schema: {type: integer}}")]
    [InlineData("- {name: paging, in: query, schema: {type: object, additionalProperties: {type: string}}}\n- {name: page, in: query, schema: {type: integer}}")]
    [InlineData("- {name: paging, in: query, schema: {$ref: '#/components/schemas/Paging'}}\n- {name: Page, in: query, schema: {type: integer}}")]
    public void NoAiia0063WhenTheQueryNamesDiffer(string parameters)
    {
        // deepObject sends filter[status]; explode: false sends paging=page,1; a header is not the query; a map's keys
        // are the caller's; query names are case-sensitive.
        var run = GeneratorHarness.Run([SpecFile.FromText("test.openapi.yaml", Operation(string.Join("\n", parameters.Split('\n').Select(line => "      " + line)) + "\n"))]);

        Assert.DoesNotContain(run.GeneratorDiagnostics, diagnostic => diagnostic.Id == "AIIA0063");
        Assert.True(GeneratorHarness.Visible(run.CompilationDiagnostics).IsEmpty, GeneratorHarness.Describe(run.CompilationDiagnostics));
        Assert.NotEmpty(run.Sources);
    }
}
