using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Round 16's hostile-but-legal specs, aimed at the naming sources added since round 14: union alternatives (named by
/// tag value, title, composed component, single string value, else <c>Option{n}</c>), <c>{Union}{Component}</c> records,
/// lone alternatives beside null, union accessors, and the classes derived from them. Each generates with nothing worse
/// than an info, compiles at warning level 9999 and is written as an assembly (round 14's check).
/// </summary>
public sealed class HostileNamesRound16Tests
{
    public static TheoryData<string> Cases => new(HostileUnionCases.All.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void AHostileUnionSpecGeneratesAndCompilesClean(string name) =>
        HostileNamesRound14Tests.AssertClean(HostileNamesRound14Tests.Generate(HostileUnionCases.All[name]));

    /// <summary>
    /// A union's records named after a component (<c>{Union}{Component}</c> for a <c>$ref</c> beside shared properties,
    /// an inline <c>allOf</c> alternative after the component it alone composes) take the component's C# name, also
    /// when the component is imported from another file (its key there is the file and pointer) or was renamed.
    /// </summary>
    [Fact]
    public void UnionRecordsNamedAfterAComponentTakeItsCSharpName()
    {
        var run = GeneratorHarness.Run([
            SpecFile.FromText("hostile.openapi.yaml", """
                openapi: 3.0.3
                info: { title: Hostile, version: "1" }
                paths: {}
                components:
                  schemas:
                    "--": { type: object, properties: { a: { type: string } } }
                    Common: { type: object, properties: { id: { type: string } } }
                    U:
                      type: object
                      properties: { shared: { type: string } }
                      oneOf:
                        - { $ref: "common.yaml#/components/schemas/Pet" }
                        - { $ref: "models/cat.yaml" }
                        - { $ref: "#/components/schemas/--" }
                    V:
                      oneOf:
                        - { allOf: [{ $ref: "common.yaml#/components/schemas/Pet" }, { $ref: "#/components/schemas/Common" }] }
                        - { allOf: [{ $ref: "models/cat.yaml" }, { $ref: "#/components/schemas/Common" }] }
                        - { allOf: [{ $ref: "#/components/schemas/--" }, { $ref: "#/components/schemas/Common" }] }
                """),
            SpecFile.FromText("common.yaml", "components:\n  schemas:\n    Pet: { type: object, properties: { p: { type: string } } }\n"),
            SpecFile.FromText("models/cat.yaml", "type: object\nproperties:\n  c: { type: string }\n")]);

        HostileNamesRound14Tests.AssertClean(run);
        var types = run.OutputCompilation.GetSymbolsWithName(_ => true, SymbolFilter.Type)
            .Where(t => t.ContainingNamespace.ToDisplayString() == "Contoso.Consumer" && !t.Name.EndsWith("JsonConverter", StringComparison.Ordinal))
            .Select(t => t.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["Cat", "Common", "HostileClient", "HostileClientOptions", "HostileClientServiceCollectionExtensions", "Pet", "Schema", "U", "UCat", "UPet", "USchema", "V", "VCat", "VPet", "VSchema"], types);
    }

    /// <summary>Two specs in one namespace whose union-derived types collide are refused (a diagnostic) or compile.</summary>
    [Theory]
    [InlineData("U: { oneOf: [{ type: object, properties: { a: { type: string } } }, { type: integer }] }", "UOption1: { type: object, properties: { b: { type: string } } }")]
    [InlineData("U: { oneOf: [{ title: pet, type: object, properties: { a: { type: string } } }, { type: integer }] }", "UPetJsonConverter: { type: object, properties: { b: { type: string } } }")]
    [InlineData("U: { type: object, properties: { s: { type: string } }, oneOf: [{ $ref: \"#/components/schemas/P\" }, { type: integer }] }\n    P: { type: object, properties: { p: { type: string } } }", "UP: { oneOf: [{ type: string }, { type: integer }] }")]
    [InlineData("U: { oneOf: [{ type: string }, { type: integer }] }", "UJsonConverter: { oneOf: [{ type: string }, { type: boolean }] }")]
    public void TwoSpecsInOneNamespaceWhoseUnionTypesCollideAreRefusedOrCompile(string inA, string inB)
    {
        static string Spec(string schemas) => $$"""
            openapi: 3.0.3
            info: { title: Hostile, version: "1" }
            paths:
              /a: { get: { operationId: get, responses: { "204": { description: none } } } }
            components:
              schemas:
                {{schemas}}
            """;
        var run = GeneratorHarness.Run([SpecFile.FromText("a.openapi.yaml", Spec(inA)), SpecFile.FromText("b.openapi.yaml", Spec(inB))]);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile) + string.Join("\n", run.GeneratorDiagnostics));
    }

    /// <summary>
    /// JSON read as a union of a hostile case holds the alternative whose <c>Is…</c> accessor is named, and is written
    /// back unchanged: the renamed accessors and the converter agree.
    /// </summary>
    [Theory]
    [InlineData("tag-values-named-like-components-and-derived-names", "Pet", """{"type":"dog","b":"x"}""", "IsPetDog2")]
    [InlineData("tag-values-named-like-components-and-derived-names", "Pet", """{"type":"json-converter","c":"y"}""", "IsPetJsonConverter")]
    [InlineData("tag-values-named-like-components-and-derived-names", "Pet", """{"type":"option4","d":"z"}""", "IsPetOption4_2")]
    [InlineData("tag-values-named-like-components-and-derived-names", "Pet", "\"text\"", "IsString")]
    [InlineData("tag-values-that-are-keywords-and-union-members", "U", """{"t":"class","a":"1"}""", "IsUClass")]
    [InlineData("tag-values-that-are-keywords-and-union-members", "U", """{"t":"null","c":"z"}""", "IsUNull")]
    [InlineData("tag-values-that-are-keywords-and-union-members", "Is", """{"t":"json","a":"q"}""", "IsIsJson")]
    [InlineData("tag-values-that-are-keywords-and-union-members", "Is", """{"x":"q","t":"elsewhere"}""", "IsIsPet")]
    [InlineData("alternatives-named-like-union-members", "U", "5", "IsInt32")]
    [InlineData("alternatives-named-like-union-members", "U", """{"x":"m"}""", "IsMatchValue")]
    [InlineData("alternatives-named-like-union-members", "U", "[1]", "IsJsonValue")]
    [InlineData("single-value-alternatives-named-like-things", "U", "\"match\"", null)]
    [InlineData("single-value-alternatives-named-like-things", "U", "7", "IsInt32")]
    [InlineData("single-value-alternatives-named-like-things", "U", "\"\"", "IsString")]
    [InlineData("primitive-alternatives-beside-components-of-their-shape-names", "U", "[\"a\"]", "IsListOfString")]
    [InlineData("primitive-alternatives-beside-components-of-their-shape-names", "U", "{\"a\":1}", null)]
    [InlineData("union-component-records-named-like-components", "U", """{"id":"1","match":"m","json":"j","isJson":"i","e":"x"}""", null)]
    [InlineData("nested-unions-inside-unions", "U", """{"deep":"d"}""", null)]
    [InlineData("nested-unions-inside-unions", "U", """[{"d":"x"},true]""", null)]
    public void AHostileUnionReadsAndWritesBack(string name, string union, string json, string? accessor)
    {
        var run = HostileNamesRound14Tests.Generate(HostileUnionCases.All[name]);
        HostileNamesRound14Tests.AssertClean(run);
        HostileNamesRound14Tests.WithType(run, union, type =>
        {
            var value = System.Text.Json.JsonSerializer.Deserialize(json, type);
            if (accessor is not null)
            {
                var holds = type.GetProperties().Where(p => p.PropertyType == typeof(bool) && (bool)p.GetValue(value)!).Select(p => p.Name);
                Assert.Equal([accessor], holds);
            }

            Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(value, type));
        });
    }
}

internal static class HostileUnionCases
{
    /// <summary>A list of lists (<paramref name="depth"/> deep) of the nullable <paramref name="type"/>, each level nullable too.</summary>
    private static string NullableLists(int depth, string type)
    {
        var schema = $"{{ nullable: true, allOf: [{{ $ref: \"#/components/schemas/{type}\" }}] }}";
        for (var i = 0; i < depth; i++)
        {
            schema = $"{{ type: array, nullable: true, items: {schema} }}";
        }

        return schema;
    }

    private static readonly string LongName = "L" + new string('o', 1000);

    private static readonly string LongUnion = "U" + new string('n', 1000);

    private static readonly string LongTag = "t" + new string('a', 2000);

    /// <summary>A security scheme's name of 951 characters starting with <paramref name="first"/>.</summary>
    private static string LongScheme(char first) => first + new string('x', 950);

    public static readonly Dictionary<string, string> All = new(StringComparer.Ordinal)
    {
        // Shape names (ListOf{Element}OrNull) grow with the nesting: as accessors, Match parameters, collection fields and
        // body converters they passed metadata's 1,023 bytes (CS7013 when the assembly is written).
        ["deep-lists-of-a-long-type-as-a-union-alternative-a-body-and-a-property"] = $$"""
            paths:
              /u:
                post:
                  operationId: send
                  requestBody: { required: true, content: { application/json: { schema: {{NullableLists(45, LongName)}} } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: {{NullableLists(44, LongName)}} } } }
            components:
              schemas:
                {{LongName}}: { type: object, properties: { a: { type: string } } }
                R: { type: object, properties: { p: {{NullableLists(43, LongName)}} } }
                U:
                  oneOf:
                    - {{NullableLists(45, LongName)}}
                    - {{NullableLists(46, LongName)}}
                    - { type: integer }
            """,
        // The credentials helpers of two securities are named after their schemes (Authorize{A}And{B}, Authorize{A}Or{B}):
        // two long scheme names spelled a method name longer than metadata's 1,023 bytes (CS7013).
        ["credentials-helpers-named-after-long-schemes"] = $$"""
            paths:
              /p:
                get:
                  operationId: p
                  security: [{ {{LongScheme('a')}}: [], {{LongScheme('b')}}: [] }]
                  responses: { "204": { description: none } }
              /q:
                get:
                  operationId: q
                  security: [{ {{LongScheme('a')}}: [] }, { {{LongScheme('b')}}: [] }]
                  responses: { "204": { description: none } }
            components:
              securitySchemes:
                {{LongScheme('a')}}: { type: apiKey, in: header, name: X-A }
                {{LongScheme('b')}}: { type: http, scheme: basic }
            """,
        ["an-alternative-named-like-a-discriminated-bases-fallback"] = """
            paths: {}
            components:
              schemas:
                Unknown:
                  oneOf:
                    - { title: pet, type: object, properties: { a: { type: string } } }
                    - { title: pet-json-converter, type: object, properties: { b: { type: string } } }
                    - { type: integer }
                Pet:
                  type: object
                  required: [kind]
                  properties: { kind: { type: string } }
                  discriminator: { propertyName: kind, mapping: { cat: "#/components/schemas/Cat" } }
                Cat:
                  allOf: [{ $ref: "#/components/schemas/Pet" }, { type: object, properties: { c: { type: string } } }]
                Holder:
                  oneOf:
                    - { $ref: "#/components/schemas/Pet" }
                    - { $ref: "#/components/schemas/UnknownPet" }
                    - { type: object, title: unknown-pet, properties: { d: { type: string } } }
                UnknownPet: { type: object, properties: { e: { type: string } } }
            """,
        ["a-session-renewal-whose-types-and-properties-step-aside"] = """
            paths:
              /renew:
                post:
                  operationId: renew
                  x-aiia-session-renewal:
                    loginTokenProperty: loginToken
                    storedProperties: [response, renewalValues, body, client, "2fa"]
                    accessToken: access.token
                    accessTokenExpires: access.expires
                    loginToken: login.loginToken
                    loginTokenExpires: login.expires
                    supportsUnattended: login.supportsUnattended
                  requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/ToString" } } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Clone" } } } }
            components:
              schemas:
                ToString:
                  type: object
                  required: [loginToken]
                  properties:
                    loginToken: { type: string }
                    response: { type: string }
                    renewalValues: { type: string }
                    body: { type: string }
                    client: { type: string }
                    "2fa": { type: string }
                    toString: { type: string }
                Clone:
                  type: object
                  required: [access, login]
                  properties:
                    access:
                      type: object
                      required: [token, expires]
                      properties: { token: { type: string }, expires: { type: string, format: date-time } }
                    login:
                      type: object
                      required: [loginToken, expires, supportsUnattended]
                      properties: { loginToken: { type: string }, expires: { type: string, format: date-time }, supportsUnattended: { type: boolean } }
                HostileClientSessionRenewer: { type: object, properties: { x: { type: string } } }
                CloneAccess: { type: object, properties: { x: { type: string } } }
            """,
        ["an-enum-value-named-like-its-numbered-kind-enum"] = """
            paths: {}
            components:
              schemas:
                Color: { type: string, enum: [color-kind2, ColorKind, ColorJsonConverter2, color] }
                ColorKind: { type: object, properties: { x: { type: string } } }
                ColorJsonConverter: { type: object, properties: { x: { type: string } } }
                U:
                  oneOf:
                    - { $ref: "#/components/schemas/Color" }
                    - { $ref: "#/components/schemas/ColorKind" }
                    - { type: integer }
            """,
        ["a-long-union-with-long-tags-a-nameless-union-and-union-form-fields"] = $$"""
            paths:
              /m:
                post:
                  operationId: send
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            u: { $ref: "#/components/schemas/{{LongUnion}}" }
                            v: { oneOf: [{ type: string }, { type: array, items: { type: string } }] }
                            w: { oneOf: [{ title: x, type: object, properties: { a: { type: string } } }, { type: integer }] }
                        encoding: { u: { contentType: application/json } }
                  responses: { "204": { description: none } }
            components:
              schemas:
                "--": { oneOf: [{ type: object, properties: { a: { type: string } } }, { type: integer }] }
                SchemaOption1: { type: object, properties: { x: { type: string } } }
                {{LongUnion}}:
                  oneOf:
                    - { type: object, properties: { t: { enum: [{{LongTag}}] }, a: { type: string } } }
                    - { type: object, properties: { t: { enum: [{{LongTag}}b] }, b: { type: string } } }
                    - { type: object, properties: { c: { type: string } }, title: {{LongTag}} }
                R:
                  type: object
                  properties:
                    undocumentedProperties: { type: string }
                  additionalProperties: { oneOf: [{ type: string }, { type: integer }] }
            """,
        ["components-that-are-one-anchored-union"] = """
            paths: {}
            components:
              schemas:
                A: &u { oneOf: [{ type: string }, { type: integer }] }
                B: *u
                C: &l { anyOf: [{ type: object, properties: { a: { type: string } } }, { type: "null" }] }
                D: *l
                E: &e { anyOf: [{ type: string, enum: [x, y] }, { type: string }] }
                F: *e
            """,
        ["union-component-records-of-nameless-and-reserved-components"] = """
            paths: {}
            components:
              schemas:
                "--": { type: object, properties: { a: { type: string } } }
                ToString: { type: object, properties: { b: { type: string } } }
                A: { type: object, properties: { id: { type: integer }, uA: { type: string } } }
                U:
                  type: object
                  required: [id]
                  properties:
                    id: { type: string }
                    uA: { type: string }
                    uOption3: { type: string }
                  oneOf:
                    - { $ref: "#/components/schemas/--" }
                    - { $ref: "#/components/schemas/ToString" }
                    - { type: object, properties: { id: { type: integer } } }
                    - { $ref: "#/components/schemas/A" }
            """,
        ["query-unions-and-union-defaults"] = """
            paths:
              /q:
                get:
                  operationId: get
                  parameters:
                    - { name: u, in: query, schema: { $ref: "#/components/schemas/Q" } }
                    - { name: v, in: query, schema: { oneOf: [{ type: string }, { type: integer }], default: 3 } }
                    - { name: w, in: query, schema: { oneOf: [{ type: string, enum: [auto] }, { type: integer }], default: auto } }
                  responses: { "204": { description: none } }
            components:
              schemas:
                A: { type: object, properties: { a: { type: string } } }
                Q:
                  oneOf:
                    - { $ref: "#/components/schemas/A" }
                    - { type: array, items: { type: string } }
                    - { type: object, additionalProperties: { type: integer } }
                    - { type: object, title: TryGetA, properties: { b: { type: string } } }
                R:
                  type: object
                  properties:
                    p: { oneOf: [{ type: string }, { type: integer }], default: 3 }
                    q: { oneOf: [{ type: string, enum: [auto] }, { type: integer }], default: auto }
                    r: { anyOf: [{ type: string, enum: [x, y] }, { type: "null" }], default: x }
                    s: { oneOf: [{ type: boolean }, { type: object, properties: { z: { type: string } } }], default: true }
                    t: { anyOf: [{ type: string, enum: [x, y] }, { type: string }], default: other }
                    defaultP: { type: string }
            """,
        ["an-inline-alternative-named-like-another-types-converter"] = """
            paths: {}
            components:
              schemas:
                Pet: { type: object, properties: { a: { type: string } } }
                Color: { type: string, enum: [red] }
                PetJson:
                  oneOf:
                    - { title: converter, type: object, properties: { b: { type: string } } }
                    - { type: integer }
                ColorKindJson:
                  oneOf:
                    - { title: converter, type: object, properties: { c: { type: string } } }
                    - { type: integer }
                Col:
                  oneOf:
                    - { title: or-kind, type: object, properties: { d: { type: string } } }
                    - { $ref: "#/components/schemas/Color" }
            """,
        ["tag-values-that-pascal-case-alike"] = """
            paths: {}
            components:
              schemas:
                Shape:
                  oneOf:
                    - { type: object, properties: { kind: { enum: [a-b] }, p: { type: string } } }
                    - { type: object, properties: { kind: { enum: [a_b] }, q: { type: string } } }
                    - { type: object, properties: { kind: { const: A B }, r: { type: string } } }
            """,
        ["tag-values-named-like-components-and-derived-names"] = """
            paths: {}
            components:
              schemas:
                Pet:
                  oneOf:
                    - { type: object, properties: { type: { enum: [cat] }, a: { type: string } } }
                    - { type: object, properties: { type: { enum: [dog] }, b: { type: string } } }
                    - { type: object, properties: { type: { enum: [json-converter] }, c: { type: string } } }
                    - { type: object, properties: { type: { enum: [option4] }, d: { type: string } } }
                    - { type: string }
                PetCat: { type: object, properties: { x: { type: string } } }
                PetDogJsonConverter: { type: object, properties: { x: { type: string } } }
                PetOption4: { type: object, properties: { x: { type: string } } }
                PetOption5: { type: object, properties: { x: { type: string } } }
            """,
        ["tag-values-that-are-keywords-and-union-members"] = """
            paths: {}
            components:
              schemas:
                U:
                  oneOf:
                    - { type: object, properties: { t: { enum: [class] }, a: { type: string } } }
                    - { type: object, properties: { t: { enum: [int] }, b: { type: string } } }
                    - { type: object, properties: { t: { enum: ["null"] }, c: { type: string } } }
                    - { type: object, properties: { t: { enum: [match] }, d: { type: string } } }
                    - { type: object, properties: { t: { enum: [json] }, e: { type: string } } }
                    - { type: object, properties: { t: { enum: [to-string] }, f: { type: string } } }
                    - { type: object, properties: { t: { enum: [value] }, g: { type: string } } }
                    - { type: object, properties: { t: { enum: [kind] }, h: { type: string } } }
                    - { type: object, properties: { t: { enum: ["1"] }, i: { type: string } } }
                    - { type: object, properties: { t: { enum: ["名前"] }, j: { type: string } } }
                Is:
                  oneOf:
                    - { type: object, properties: { t: { enum: [json] }, a: { type: string } } }
                    - { type: object, properties: { t: { enum: [pet] }, b: { type: string } } }
                    - { $ref: "#/components/schemas/IsPet" }
                IsPet: { type: object, properties: { x: { type: string } } }
                To:
                  oneOf:
                    - { type: object, properties: { t: { enum: [string] }, a: { type: string } } }
                    - { type: object, properties: { t: { enum: [equals] }, b: { type: string } } }
            """,
        ["alternatives-named-like-union-members"] = """
            paths: {}
            components:
              schemas:
                Match: { type: object, properties: { x: { type: string } } }
                Switch: { type: object, properties: { x: { type: string } } }
                Index: { type: object, properties: { x: { type: string } } }
                Json: { type: object, properties: { x: { type: string } } }
                FromJson: { type: object, properties: { x: { type: string } } }
                TResult: { type: object, properties: { x: { type: string } } }
                Value: { type: object, properties: { x: { type: string } } }
                Kind: { type: object, properties: { x: { type: string } } }
                Equals: { type: object, properties: { x: { type: string } } }
                GetType: { type: object, properties: { x: { type: string } } }
                OnJson: { type: object, properties: { x: { type: string } } }
                U:
                  oneOf:
                    - { $ref: "#/components/schemas/Match" }
                    - { $ref: "#/components/schemas/Switch" }
                    - { $ref: "#/components/schemas/Index" }
                    - { $ref: "#/components/schemas/Json" }
                    - { $ref: "#/components/schemas/FromJson" }
                    - { $ref: "#/components/schemas/TResult" }
                    - { $ref: "#/components/schemas/Value" }
                    - { $ref: "#/components/schemas/Kind" }
                    - { $ref: "#/components/schemas/Equals" }
                    - { $ref: "#/components/schemas/GetType" }
                    - { $ref: "#/components/schemas/OnJson" }
                    - { type: integer }
            """,
        ["unions-named-like-their-own-members"] = """
            paths: {}
            components:
              schemas:
                TResult: { oneOf: [{ type: string }, { type: integer }] }
                Match: { oneOf: [{ type: string }, { type: integer }] }
                Switch: { oneOf: [{ type: string }, { type: integer }] }
                Index: { oneOf: [{ type: string }, { type: integer }] }
                Json: { oneOf: [{ type: string }, { type: integer }] }
                IsJson: { oneOf: [{ type: string }, { type: integer }] }
                String: { oneOf: [{ type: string }, { type: integer }] }
                Int32: { oneOf: [{ type: string }, { type: integer }] }
                Equals: { oneOf: [{ type: string }, { type: integer }] }
            """,
        ["titles-named-like-option-n-the-union-and-helpers"] = """
            paths: {}
            components:
              schemas:
                U:
                  oneOf:
                    - { title: Option2, type: object, properties: { a: { type: string } } }
                    - { type: object, properties: { b: { type: string } } }
                    - { title: U, type: object, properties: { c: { type: string } } }
                    - { title: JsonConverter, type: object, properties: { d: { type: string } } }
                    - { title: "", type: object, properties: { e: { type: string } } }
                    - { title: "2fa", type: object, properties: { f: { type: string } } }
                    - { title: "🐶", type: object, properties: { g: { type: string } } }
                    - { title: "名前", type: object, properties: { h: { type: string } } }
                    - { title: class, type: object, properties: { i: { type: string } } }
                    - { title: Kind, type: string, enum: [k1, k2] }
                    - { title: Option11, type: integer }
                    - { type: boolean }
                UU: { type: object, properties: { x: { type: string } } }
                UOption2: { type: object, properties: { x: { type: string } } }
                UJsonConverter2: { type: object, properties: { x: { type: string } } }
                UKindKind: { type: object, properties: { x: { type: string } } }
            """,
        ["titles-that-pascal-case-alike"] = """
            paths: {}
            components:
              schemas:
                U:
                  anyOf:
                    - { title: a-b, type: object, properties: { a: { type: string } } }
                    - { title: a_b, type: object, properties: { b: { type: string } } }
                    - { title: A B, type: object, properties: { c: { type: string } } }
                    - { title: c, type: object, properties: { d: { type: string } } }
            """,
        ["lone-alternatives-beside-null-named-like-components"] = """
            paths: {}
            components:
              schemas:
                R:
                  type: object
                  properties:
                    p: { anyOf: [{ type: object, properties: { a: { type: string } } }, { type: "null" }] }
                    q: { anyOf: [{ type: "null" }, { type: string, enum: [x, y] }] }
                    r: { oneOf: [{ type: "null" }, { oneOf: [{ type: string }, { type: integer }] }] }
                RP: { type: object, properties: { x: { type: string } } }
                RQKind: { type: object, properties: { x: { type: string } } }
                RR: { type: object, properties: { x: { type: string } } }
                L: { anyOf: [{ type: string, enum: [a, b] }, { type: "null" }] }
                LKind: { type: object, properties: { x: { type: string } } }
                LJsonConverter: { type: object, properties: { x: { type: string } } }
                M: { anyOf: [{ type: "null" }, { type: object, properties: { m: { $ref: "#/components/schemas/M" } } }] }
            """,
        ["union-component-records-named-like-components"] = """
            paths: {}
            components:
              schemas:
                A: { type: object, properties: { a: { type: string } } }
                B: { type: object, properties: { b: { type: string } } }
                "a-b": { type: object, properties: { c: { type: string } } }
                "a_b": { type: object, properties: { d: { type: string } } }
                U:
                  type: object
                  properties:
                    id: { type: string }
                    match: { type: string }
                    json: { type: string }
                    isJson: { type: string }
                  oneOf:
                    - { $ref: "#/components/schemas/A" }
                    - { $ref: "#/components/schemas/B" }
                    - { $ref: "#/components/schemas/a-b" }
                    - { $ref: "#/components/schemas/a_b" }
                    - { type: object, properties: { e: { type: string } } }
                UA: { type: object, properties: { x: { type: string } } }
                UBJsonConverter: { type: object, properties: { x: { type: string } } }
                UAB: { type: object, properties: { x: { type: string } } }
                UOption5: { type: object, properties: { x: { type: string } } }
            """,
        ["two-unions-whose-alternative-names-meet"] = """
            paths: {}
            components:
              schemas:
                A:
                  oneOf:
                    - { title: BC, type: object, properties: { a: { type: string } } }
                    - { type: integer }
                AB:
                  oneOf:
                    - { title: C, type: object, properties: { b: { type: string } } }
                    - { type: integer }
                ABC:
                  oneOf:
                    - { $ref: "#/components/schemas/A" }
                    - { $ref: "#/components/schemas/AB" }
                    - { type: object, properties: { c: { type: string } } }
                ABCOption3: { type: string, enum: [a] }
            """,
        ["nested-unions-inside-unions"] = """
            paths: {}
            components:
              schemas:
                U:
                  oneOf:
                    - title: A
                      oneOf:
                        - { title: B, type: object, properties: { a: { type: string } } }
                        - { type: integer }
                        - oneOf:
                            - { type: object, properties: { deep: { type: string } } }
                            - { type: array, items: { oneOf: [{ type: string }, { type: object, properties: { z: { type: string } } }] } }
                    - { title: AB, type: object, properties: { b: { type: string } } }
                    - { anyOf: [{ type: object, properties: { c: { type: string } } }, { type: "null" }] }
                    - { type: array, items: { anyOf: [{ type: object, properties: { d: { type: string } } }, { type: boolean }] } }
                    - { type: object, additionalProperties: { oneOf: [{ type: string }, { $ref: "#/components/schemas/U" }] } }
            """,
        ["composed-alternatives-named-like-components"] = """
            paths: {}
            components:
              schemas:
                Common: { type: object, properties: { id: { type: string } } }
                A: { type: object, properties: { a: { type: string } } }
                "2fa": { type: object, properties: { b: { type: string } } }
                "名前": { type: object, properties: { c: { type: string } } }
                U:
                  oneOf:
                    - { allOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/Common" }] }
                    - { allOf: [{ $ref: "#/components/schemas/2fa" }, { $ref: "#/components/schemas/Common" }] }
                    - { allOf: [{ $ref: "#/components/schemas/名前" }, { $ref: "#/components/schemas/Common" }] }
                    - { allOf: [{ $ref: "#/components/schemas/Common" }, { type: object, properties: { d: { type: string } } }] }
                UA: { type: object, properties: { x: { type: string } } }
                U_2fa: { type: object, properties: { x: { type: string } } }
            """,
        ["single-value-alternatives-named-like-things"] = """
            paths: {}
            components:
              schemas:
                U:
                  oneOf:
                    - { type: string, enum: [auto] }
                    - { type: string, enum: [json] }
                    - { type: string, enum: [kind] }
                    - { type: string, const: match }
                    - { type: string, enum: [Option5] }
                    - { type: integer }
                    - { type: string, enum: [""] }
                UAuto: { type: object, properties: { x: { type: string } } }
                UKindKind: { type: object, properties: { x: { type: string } } }
                UJsonJsonConverter: { type: object, properties: { x: { type: string } } }
                V:
                  oneOf:
                    - { type: string, enum: [auto] }
                    - { type: string, enum: [Auto] }
                    - { type: string, enum: [a-b] }
                    - { type: number }
            """,
        ["primitive-alternatives-beside-components-of-their-shape-names"] = """
            paths: {}
            components:
              schemas:
                String: { type: object, properties: { x: { type: string } } }
                Int32: { type: object, properties: { x: { type: string } } }
                ListOfString: { type: object, properties: { x: { type: string } } }
                MapOfInt32: { type: object, properties: { x: { type: string } } }
                JsonElement: { type: object, properties: { x: { type: string } } }
                DateOnly: { type: object, properties: { x: { type: string } } }
                U:
                  oneOf:
                    - { type: string }
                    - { $ref: "#/components/schemas/String" }
                    - { type: integer }
                    - { $ref: "#/components/schemas/Int32" }
                    - { type: array, items: { type: string } }
                    - { $ref: "#/components/schemas/ListOfString" }
                    - { type: object, additionalProperties: { type: integer } }
                    - { $ref: "#/components/schemas/MapOfInt32" }
                    - { $ref: "#/components/schemas/JsonElement" }
                    - { type: string, format: date }
                    - { $ref: "#/components/schemas/DateOnly" }
            """,
        ["union-bodies-and-error-bodies"] = """
            paths:
              /u:
                post:
                  operationId: send
                  requestBody:
                    required: true
                    content: { application/json: { schema: { oneOf: [{ title: request, type: object, properties: { a: { type: string } } }, { type: integer }] } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { oneOf: [{ title: response, type: object, properties: { b: { type: string } } }, { type: string }] } } } }
                    "404": { description: no, content: { application/json: { schema: { anyOf: [{ type: object, properties: { c: { type: string } } }, { type: "null" }] } } } }
                    default: { description: bad, content: { application/json: { schema: { oneOf: [{ type: object, properties: { d: { type: string } } }, { type: array, items: { type: string } }] } } } }
            components:
              schemas:
                SendRequest: { type: object, properties: { x: { type: string } } }
                SendRequestRequest: { type: object, properties: { x: { type: string } } }
                SendResponseResponse: { type: object, properties: { x: { type: string } } }
                Send404Response: { type: object, properties: { x: { type: string } } }
                SendDefaultResponseOption1: { type: object, properties: { x: { type: string } } }
                HostileClientSendResponseJsonConverter: { type: object, properties: { x: { type: string } } }
            """,
        ["unions-named-like-generated-classes"] = """
            paths:
              /u: { get: { operationId: get, responses: { "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/HostileClientOptions" } } } } } } }
            components:
              schemas:
                HostileClientOptions: { oneOf: [{ type: string }, { type: object, properties: { a: { type: string } } }] }
                HostileClientJsonCollections: { oneOf: [{ type: integer }, { type: array, items: { type: string } }] }
                HostileClientServiceCollectionExtensions: { oneOf: [{ type: integer }, { type: boolean }] }
                HostileClientSessionRenewer: { oneOf: [{ type: integer }, { type: boolean }] }
                HostileClientOptionsJsonConverter: { oneOf: [{ type: integer }, { type: boolean }] }
                HostileClientOptionsOption2: { type: object, properties: { x: { type: string } } }
            """,
        ["discriminated-union-with-hostile-mapping-values"] = """
            paths: {}
            components:
              schemas:
                Cat: { type: object, required: [kind], properties: { kind: { type: string }, a: { type: string } } }
                Dog: { type: object, required: [kind], properties: { kind: { type: string }, b: { type: string } } }
                U:
                  oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }]
                  discriminator:
                    propertyName: kind
                    mapping: { "class": "#/components/schemas/Cat", "\"": "#/components/schemas/Dog", "": "#/components/schemas/Cat", "a\\b": "#/components/schemas/Dog" }
            """,
        ["many-numbered-alternatives"] = """
            paths: {}
            components:
              schemas:
                U:
                  oneOf:
                    - { title: Option11, type: object, properties: { a: { type: string } } }
                    - { type: object, properties: { b: { type: string } } }
                    - { type: object, properties: { c: { type: string } } }
                    - { type: object, properties: { d: { type: string } } }
                    - { type: object, properties: { e: { type: string } } }
                    - { type: object, properties: { f: { type: string } } }
                    - { type: object, properties: { g: { type: string } } }
                    - { type: object, properties: { h: { type: string } } }
                    - { type: object, properties: { i: { type: string } } }
                    - { type: object, properties: { j: { type: string } } }
                    - { type: object, properties: { k: { type: string } } }
                    - { title: Option1, type: object, properties: { l: { type: string } } }
                V1:
                  oneOf:
                    - { type: object, properties: { a: { type: string } } }
                    - { type: object, properties: { b: { type: string } } }
                V1Option1: { type: object, properties: { x: { type: string } } }
            """,
    };
}
