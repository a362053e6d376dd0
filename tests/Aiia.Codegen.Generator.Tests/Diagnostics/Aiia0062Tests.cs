using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>
/// AIIA0062: a parameter the client sends by other means is left out of the method (an info: nothing is lost, so a
/// build with warnings as errors goes on).
/// </summary>
public sealed class Aiia0062Tests
{
    private const DiagnosticSeverity Info = DiagnosticSeverity.Info;

    [Fact]
    public void Aiia0062_AHeaderParameterOpenApiSaysToIgnore()
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
            "AIIA0062", Info, "paths./items.put.parameters[0]");

        Assert.Contains("OpenAPI says such a parameter is ignored", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("PutItemAsync(string? contentLanguage = null, string? body = null,", string.Concat(run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0062_AnAcceptHeaderParameterIsLeftOutAndTheResponsesMediaTypesAreSentInstead()
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
            "AIIA0062", Info, "paths./repos/{name}.get.parameters[1]");

        Assert.Contains(
            "OpenAPI says such a parameter is ignored, and the client sends Accept itself, naming the media types of the operation's documented responses that it can read.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
        var client = string.Concat(run.Sources.Select(s => s.Text));
        Assert.Contains("GetRepoAsync(string name,", client, StringComparison.Ordinal);
        Assert.Contains("request.AddHeader(\"Accept\", \"application/vnd.github+json\");", client, StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0062_AParameterThatIsTheApiKeyOfTheOperationsScheme()
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
            "AIIA0062", Info, "paths./a.get.parameters");

        Assert.Contains("it is the API key of the security scheme 'key', sent from the client's options.", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var client = string.Concat(run.Sources.Select(s => s.Text));
        Assert.Contains("GetAAsync(global::System.Threading.CancellationToken cancellationToken = default)", client, StringComparison.Ordinal);
        Assert.Contains("GetBAsync(string? apiKey = null,", client, StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0062_AnAuthorizationHeaderParameterBesideASecuritySchemeIsAnInfoSaidOncePerComponent()
    {
        // The UK Open Banking spec: 41 operations $ref one Authorization parameter and use an OAuth2 scheme.
        var (diagnostic, _) = Single(
            SpecYaml.Document(
                """
                paths:
                  /a: {get: {operationId: getA, security: [{oauth: []}], parameters: [{$ref: '#/components/parameters/Authorization'}], responses: {'204': {description: None}}}}
                  /b: {get: {operationId: getB, security: [{oauth: []}], parameters: [{$ref: '#/components/parameters/Authorization'}], responses: {'204': {description: None}}}}
                components:
                  parameters:
                    Authorization: {in: header, name: [|Authorization|], required: true, schema: {type: string}}
                  securitySchemes:
                    oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://a.example/token', scopes: {}}}}
                """),
            "AIIA0062", Info, "components.parameters.Authorization");

        Assert.Contains("a security scheme sends Authorization", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
