using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0022: x-aiia-code-exchange does not fit its operation (was AIIA0012). Each test states only the spec fragment that matters (<see cref="SpecYaml"/>).</summary>
public sealed class Aiia0022Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    private static string Exchange(string lifetime, string codeProperty = "code") => SpecYaml.Paths(
        $$"""
        /tokens:
          post:
            operationId: exchangeCode
            x-aiia-code-exchange:
              codeProperty: {{codeProperty}}
              lifetimeSeconds: {{lifetime}}
            requestBody:
              required: true
              content:
                application/json:
                  schema:
                    type: object
                    required: [code]
                    properties:
                      code: {type: string}
            responses:
              '204': {description: Exchanged}
        """);

    [Fact]
    public void Aiia0022_ALifetimeThatIsNotPositive()
    {
        var (diagnostic, _) = Single(Exchange("[|-5|]"), "AIIA0022", Error, "paths./tokens.post.x-aiia-code-exchange");

        Assert.StartsWith("x-aiia-code-exchange: lifetimeSeconds '-5' is not a positive whole number", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0022_ACodePropertyThatIsNotInTheBody()
    {
        var (diagnostic, _) = Single(Exchange("60", "[|authCode|]"), "AIIA0022", Error, "paths./tokens.post.x-aiia-code-exchange");

        Assert.Contains("codeProperty 'authCode' is not a required string property of the request body", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0022_AFormBody()
    {
        // Found by specs built to break the generator: OAuth2's form-urlencoded token request was refused with the
        // false reason that 'code' is not a required string property of the body.
        var (diagnostic, _) = Single(
            SpecYaml.Paths(
                """
                /tokens:
                  post:
                    operationId: exchangeCode
                    [|x-aiia-code-exchange|]: {codeProperty: code, lifetimeSeconds: 60}
                    requestBody:
                      required: true
                      content:
                        application/x-www-form-urlencoded:
                          schema: {type: object, required: [code], properties: {code: {type: string}}}
                    responses:
                      '204': {description: Exchanged}
                """),
            "AIIA0022", Error, "paths./tokens.post.x-aiia-code-exchange");

        Assert.StartsWith("x-aiia-code-exchange: The code exchange's request body is application/x-www-form-urlencoded", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0022_ADiscriminatedBaseBody()
    {
        // Found by round 18's hostile names: the overload wrote 'new Grant { Code = ... }' for an abstract record (CS0144).
        var (diagnostic, _) = Single(
            SpecYaml.Paths(
                """
                /tokens:
                  post:
                    operationId: exchangeCode
                    [|x-aiia-code-exchange|]: {codeProperty: code, lifetimeSeconds: 60}
                    requestBody:
                      required: true
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Grant'}
                    responses:
                      '204': {description: Exchanged}
                """,
                """
                schemas:
                  Grant:
                    type: object
                    required: [code, kind]
                    properties: {code: {type: string}, kind: {type: string}}
                    discriminator: {propertyName: kind}
                  CodeGrant:
                    allOf:
                      - $ref: '#/components/schemas/Grant'
                      - {type: object, properties: {extra: {type: string}}}
                """),
            "AIIA0022", Error, "paths./tokens.post.x-aiia-code-exchange");

        Assert.StartsWith("x-aiia-code-exchange: The code exchange's request body at components.schemas.Grant is a discriminated base", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0022_AUnionBody()
    {
        // A union with the code among its shared properties: no record to put the code in.
        var (diagnostic, _) = Single(
            SpecYaml.Paths(
                """
                /tokens:
                  post:
                    operationId: exchangeCode
                    x-aiia-code-exchange: {codeProperty: [|code|], lifetimeSeconds: 60}
                    requestBody:
                      required: true
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [code]
                            properties: {code: {type: string}}
                            oneOf:
                              - {type: object, properties: {a: {type: string}}}
                              - {type: object, properties: {b: {type: integer}}}
                    responses:
                      '204': {description: Exchanged}
                """),
            "AIIA0022", Error, "paths./tokens.post.x-aiia-code-exchange");

        Assert.StartsWith("x-aiia-code-exchange: codeProperty 'code' is not a required string property of the request body", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
