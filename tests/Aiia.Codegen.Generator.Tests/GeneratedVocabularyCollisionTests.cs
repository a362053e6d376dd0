using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// A spec written against the generator's own vocabulary rather than its derived-name patterns (those are
/// <see cref="NamingTests"/>'): schemas named like generated helpers, like the client's classes and like common
/// <c>System</c> types (<c>Task</c>, <c>String</c>, <c>Object</c>, <c>CancellationToken</c>); properties named like the
/// members the compiler writes for a record (<c>EqualityContract</c>, <c>&lt;Clone&gt;$</c>, <c>PrintMembers</c>),
/// like our kept-properties member and like the converter's locals; enum values named like the enum's own members
/// (<c>Unknown</c>, <c>Kind</c>, <c>ToWireValue</c>, <c>_wireValue</c>) or differing only in case; operations named like
/// <c>object</c>'s members, like <c>IDisposable</c>'s and like the client's request builders. It generates, with only
/// reports of what was renamed, and compiles at warning level 9999.
/// </summary>
public sealed class GeneratedVocabularyCollisionTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Collide, version: "1" }
        servers: [{ url: "https://api.example.com" }]
        security: [{ apiKey: [] }]
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
                - { name: ID, in: query, schema: { type: string } }
                - { name: cancellationToken, in: query, schema: { type: string } }
                - { name: options, in: header, schema: { type: string } }
                - { name: class, in: query, schema: { type: string } }
                - { name: "", in: query, schema: { type: string } }
                - { name: page-size, in: query, schema: { type: integer } }
                - { name: pageSize, in: header, schema: { type: integer } }
                - { name: response, in: query, schema: { type: string } }
                - { name: client, in: query, schema: { type: string } }
                - { name: this, in: query, schema: { type: string } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Pet" } } } }
            put:
              operationId: GetPet
              parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
              requestBody: { content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/pet" } } } } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/Pet" } } } } }
          /dispose:
            post:
              operationId: Dispose
              responses: { "204": { description: none } }
          /tostring:
            get:
              operationId: toString
              responses: { "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/CollideClientOptions" } } } } }
          /create:
            get:
              operationId: createGetPetRequest
              responses: { "200": { description: ok, content: { application/json: { schema: { type: object, additionalProperties: { $ref: "#/components/schemas/PetKind" } } } } } }
          /equals:
            get:
              operationId: equals
              responses: { "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/CollideClientJsonCollections" } } } } }
        components:
          securitySchemes:
            apiKey: { type: apiKey, in: header, name: X-Api-Key }
          schemas:
            Pet:
              type: object
              required: [id]
              properties:
                id: { type: string }
                ID: { type: string }
                Id: { type: integer }
                pet: { type: string }
                Pet: { type: string }
                equalityContract: { type: string }
                EqualityContract: { type: string }
                undocumentedProperties: { type: string }
                UndocumentedProperties: { type: object }
                toString: { type: string }
                getHashCode: { type: integer }
                printMembers: { type: string }
                deconstruct: { type: string }
                clone: { type: string }
                "<Clone>$": { type: string }
                "": { type: string }
                "1st": { type: string }
                kind: { $ref: "#/components/schemas/PetKind" }
                status: { $ref: "#/components/schemas/Status" }
                instance: { type: string }
                properties: { type: string }
                value: { type: string }
                writer: { type: string }
                reader: { type: string }
                options: { type: string }
                state: { type: string }
                v0: { type: string }
                p0: { type: string }
                builder: { type: string }
                other: { type: string }
                list: { type: array, items: { $ref: "#/components/schemas/pet" } }
            pet:
              type: object
              properties:
                name: { type: string }
                Name: { type: string }
            PET:
              type: object
              properties: { x: { type: integer } }
            PetJsonConverter:
              type: object
              properties: { y: { type: integer } }
            PetKind:
              type: string
              enum: [Unknown, unknown, Kind, kind, ToWireValue, "", "1", "-", default, Equals, InProgress, inProgress, _wireValue]
            PetKindKind:
              type: string
              enum: [a]
            Status:
              type: string
              enum: [Kind, Unknown]
            StatusKind:
              type: object
              properties: { z: { type: string } }
            CollideClientOptions:
              type: object
              properties: { baseAddress: { type: string }, clientId: { type: string } }
            CollideClientJsonCollections:
              type: object
              properties: { listOfPet: { type: array, items: { $ref: "#/components/schemas/Pet" } } }
            ListOfPet:
              type: object
              properties: { a: { type: string } }
            CollideClientListOfPet:
              type: object
              properties: { b: { type: string } }
            CollideClientServiceCollectionExtensions:
              type: object
              properties: { c: { type: string } }
            CollideClient:
              type: object
              properties: { collideClient: { type: string } }
            System:
              type: object
              properties: { global: { type: string } }
            Global:
              type: object
              properties: { system: { $ref: "#/components/schemas/System" } }
            Aiia:
              type: object
              properties: { runtime: { type: string } }
            Task:
              type: object
              properties: { result: { type: string } }
            CancellationToken:
              type: object
              properties: { none: { type: boolean } }
            String:
              type: object
              properties: { length: { type: integer } }
            Object:
              type: object
              properties: { o: { $ref: "#/components/schemas/String" } }
            Animal:
              type: object
              required: [type]
              discriminator: { propertyName: type }
              properties: { type: { type: string } }
              oneOf: [{ $ref: "#/components/schemas/Dog" }]
            Dog:
              allOf:
                - { $ref: "#/components/schemas/Animal" }
                - type: object
                  properties: { bark: { type: string } }
            UnknownAnimal:
              type: object
              properties: { u: { type: string } }
        """;

    [Fact]
    public void ASpecNamedAfterTheGeneratorsOwnMembersGeneratesAndCompilesClean()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("collide.openapi.yaml", Spec)]);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.All(run.GeneratorDiagnostics, d => Assert.Contains(d.Id, new[] { "AIIA0014", "AIIA0034" }));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.CollideClient"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Pet"));
    }
}
