using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// An inline schema that reading reads but nothing uses (an <c>allOf</c> part before it is merged, a redefinition an
/// inherited type holds) is not generated, and does not push the used type's name to a number; every component schema,
/// used or not, and every error body still is.
/// </summary>
public sealed class UnusedTypeTests
{
    private static GeneratorRun Generate(string yaml) => GeneratorHarness.RunClean(SpecFile.FromText("unused.openapi.yaml", yaml));

    /// <summary>The generated types of the namespace, their converters and Kind enums left out.</summary>
    private static IEnumerable<string> Types(GeneratorRun run) =>
        run.OutputCompilation.GetSymbolsWithName(_ => true, SymbolFilter.Type)
            .Where(t => t.ContainingNamespace.ToDisplayString() == "Contoso.Consumer" && t.ContainingType is null)
            .Select(t => t.Name)
            .Where(name => !name.EndsWith("JsonConverter", StringComparison.Ordinal) && !name.EndsWith("Kind", StringComparison.Ordinal)
                && !name.StartsWith("Unused", StringComparison.Ordinal)) // the client's classes
            .Order(StringComparer.Ordinal);

    [Fact]
    public void The_inline_parts_of_an_allOf_are_one_record_whose_inline_properties_keep_their_names()
    {
        // GitHub's webhook payloads: an issue is allOf two inline objects that each define 'assignee' and 'state' inline.
        var run = Generate(SpecYaml.Components("""
            schemas:
              Event:
                type: object
                properties:
                  issue:
                    allOf:
                      - type: object
                        properties:
                          assignee: {type: object, properties: {login: {type: string}}}
                          state: {type: string, enum: [open, closed]}
                      - type: object
                        required: [assignee]
                        properties:
                          assignee: {type: object, properties: {login: {type: string}, id: {type: integer}}}
                          state: {type: string, enum: [open, closed]}
            """));

        Assert.Equal(["Event", "EventIssue", "EventIssueAssignee", "EventIssueState"], Types(run));
        var assignee = (INamedTypeSymbol)run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.EventIssueAssignee")!;
        Assert.Equal(["Id", "Login"], assignee.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).Where(n => n is "Id" or "Login").Order());
    }

    [Fact]
    public void A_redefinition_the_inherited_type_holds_generates_no_enum()
    {
        // Okta's UserFactorCall: 'provider: {enum: [OKTA]}' narrows the base's string; the base's string is kept.
        var run = Generate(SpecYaml.Components("""
            schemas:
              Factor:
                type: object
                required: [factorType]
                properties:
                  factorType: {type: string}
                  provider: {type: string}
                discriminator:
                  propertyName: factorType
                  mapping: {call: '#/components/schemas/CallFactor'}
              CallFactor:
                allOf:
                  - $ref: '#/components/schemas/Factor'
                  - type: object
                    properties:
                      provider: {enum: [OKTA]}
                      number: {type: string}
            """));

        Assert.DoesNotContain("CallFactorProvider", Types(run));
        Assert.Contains("CallFactor", Types(run));
    }

    [Fact]
    public void Unused_component_schemas_and_inline_error_bodies_are_generated()
    {
        var run = Generate(SpecYaml.Paths("""
            /a:
              get:
                operationId: getA
                responses:
                  '204': {description: ok}
                  '400':
                    description: bad
                    content: {application/json: {schema: {type: object, properties: {reason: {type: object, properties: {code: {type: string}}}}}}}
            """, """
            schemas:
              Webhook:
                type: object
                properties:
                  payload: {type: object, properties: {level: {type: string, enum: [a, b]}}}
            """));

        Assert.Equal(["GetA400Response", "GetA400ResponseReason", "Webhook", "WebhookPayload", "WebhookPayloadLevel"], Types(run));
    }
}
