using System.Globalization;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// A union has four members per alternative (<c>Pet</c>, <c>IsPet</c>, <c>TryGetPet</c>, <c>FromPet</c>) and three for
/// its raw-JSON fallback (<c>Json</c>, <c>IsJson</c>, <c>FromJson</c>): the naming pass claims all of them, so alternatives
/// whose types are named like another alternative's derived members, and a union named like one of them, still compile.
/// </summary>
public sealed class UnionAccessorNamingTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Accessors, version: "1" }
        paths:
          /choice:
            get:
              operationId: getChoice
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Choice" } } } }
          /is-pet:
            get:
              operationId: getIsPetUnion
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/IsPet" } } } }
        components:
          schemas:
            Pet: { type: object, properties: { a: { type: string } } }
            TryGetPet: { type: object, properties: { c: { type: string } } }
            FromPet: { type: object, properties: { d: { type: string } } }
            IsJson: { type: object, properties: { f: { type: string } } }
            IsCat: { type: object, properties: { g: { type: string } } }
            Cat: { type: object, properties: { h: { type: string } } }
            Choice:
              oneOf:
                - { $ref: "#/components/schemas/Pet" }
                - { $ref: "#/components/schemas/TryGetPet" }
                - { $ref: "#/components/schemas/FromPet" }
                - { $ref: "#/components/schemas/IsJson" }
                - { $ref: "#/components/schemas/IsCat" }
                - { $ref: "#/components/schemas/Cat" }
                - { type: object, additionalProperties: true }
            IsPet:
              oneOf:
                - { $ref: "#/components/schemas/Pet" }
                - { type: string }
        """;

    [Fact]
    public void AlternativesNamedLikeAnotherAlternativesDerivedMembersAreNumberedReportedAndCompile()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("accessors.openapi.yaml", Spec)]);

        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(("AIIA0014", DiagnosticSeverity.Info), (d.Id, d.Severity)));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));

        var choice = Members(run, "Choice");
        // Pet keeps its four; TryGetPet and FromPet step to the next free number, the fallback after IsJson aside (Value).
        Assert.Superset(new HashSet<string> { "Pet", "IsPet", "TryGetPet", "FromPet" }, choice);
        Assert.Superset(new HashSet<string> { "TryGetPet2", "IsTryGetPet2", "FromTryGetPet2", "FromPet2", "IsFromPet2" }, choice);
        Assert.Superset(new HashSet<string> { "IsJson", "IsIsJson", "FromIsJson", "JsonValue", "IsJsonValue", "FromJsonValue" }, choice);
        // IsCat first claims IsCat; Cat then needs IsCat too: Cat2.
        Assert.Superset(new HashSet<string> { "IsCat", "IsIsCat", "Cat2", "IsCat2", "TryGetCat2" }, choice);

        // A union named IsPet holding Pet: IsPet would be a member named like its type (CS0542).
        Assert.Superset(new HashSet<string> { "Pet2", "IsPet2", "TryGetPet2", "String", "IsString" }, Members(run, "IsPet"));

        var messages = run.GeneratorDiagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(messages, m => m.Contains("The alternative TryGetPet", StringComparison.Ordinal) && m.Contains("it is generated as 'TryGetPet2'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("The alternative Cat", StringComparison.Ordinal) && m.Contains("it is generated as 'Cat2'", StringComparison.Ordinal));
    }

    private static HashSet<string> Members(GeneratorRun run, string type) =>
        run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + type)!.GetMembers().Select(m => m.Name).ToHashSet();
}
