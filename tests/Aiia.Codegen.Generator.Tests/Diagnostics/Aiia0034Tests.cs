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
    public void Aiia0034_AHeaderParameterOpenApiSaysToIgnore()
    {
        // Content-Type, Accept and Authorization header parameters SHALL be ignored (OpenAPI 3.0 and 3.1); a
        // Content-Type argument also made every call throw. Other headers of the body go on the content (runtime).
        var (diagnostic, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  put:
                    operationId: putItem
                    parameters:
                      - {name: [|content-type|], in: header, required: true, schema: {type: string}}
                      - {name: Content-Language, in: header, schema: {type: string}}
                    requestBody:
                      content:
                        text/plain:
                          schema: {type: string}
                    responses:
                      '204': {description: None}
                """),
            "AIIA0034", Warning, "paths./items.put.parameters[0]");

        Assert.Contains("OpenAPI says such a parameter is ignored", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("PutItemAsync(string? contentLanguage = null, string? body = null,", string.Concat(run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0034_AnAcceptHeaderParameterIsLeftOutAndTheResponsesMediaTypesAreSentInstead()
    {
        // Found on GitHub-style specs: the message promised an Accept from the response, and none was sent, so a
        // negotiating server answered HTML.
        var (diagnostic, run) = Single(
            SpecYaml.Paths(
                """
                /repos/{name}:
                  get:
                    operationId: getRepo
                    parameters:
                      - {name: name, in: path, required: true, schema: {type: string}}
                      - {name: [|Accept|], in: header, required: true, schema: {type: string, default: application/vnd.github+json}}
                    responses:
                      '200':
                        description: ok
                        content:
                          application/vnd.github+json:
                            schema: {type: object, properties: {id: {type: integer}}}
                """),
            "AIIA0034", Warning, "paths./repos/{name}.get.parameters[1]");

        Assert.EndsWith(
            "OpenAPI says such a parameter is ignored: the client sends Accept itself, naming the media types of the operation's documented responses that it can read.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
        var client = string.Concat(run.Sources.Select(s => s.Text));
        Assert.Contains("GetRepoAsync(string name,", client, StringComparison.Ordinal);
        Assert.Contains("request.AddHeader(\"Accept\", \"application/vnd.github+json\");", client, StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0034_AParameterThatIsTheApiKeyOfTheOperationsScheme()
    {
        // Found by specs built to break the generator: both were sent (?api_key=a&api_key=b). A scheme the operation
        // does not use leaves the parameter alone.
        var (diagnostic, run) = Single(
            SpecYaml.Document(
                """
                paths:
                  /a:
                    get:
                      operationId: getA
                      security: [{key: []}]
                      parameters:
                        - {name: [|api_key|], in: query, schema: {type: string}}
                      responses:
                        '204': {description: None}
                  /b:
                    get:
                      operationId: getB
                      parameters:
                        - {name: api_key, in: query, schema: {type: string}}
                      responses:
                        '204': {description: None}
                components:
                  securitySchemes:
                    key: {type: apiKey, in: query, name: api_key}
                """),
            "AIIA0034", Warning, "paths./a.get.parameters");

        Assert.Contains("It is the API key of the security scheme 'key', which the client sends from its options.", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var client = string.Concat(run.Sources.Select(s => s.Text));
        Assert.Contains("GetAAsync(global::System.Threading.CancellationToken cancellationToken = default)", client, StringComparison.Ordinal);
        Assert.Contains("GetBAsync(string? apiKey = null,", client, StringComparison.Ordinal);
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
