using System.Globalization;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Round 20's hostile-but-legal specs, aimed at what rounds 14 to 19 left alone: names the numbering rule produces
/// (<c>Pet2</c>, <c>PetV1_2</c>, <c>UOption12</c>, <c>GetPet2Async</c>) already in the spec before the collision that
/// would produce them; operationIds that differ only by an <c>Async</c> suffix; the members every generated record,
/// enum, union, converter, options class and client declares (<c>_set</c>, <c>_wireValue</c>, <c>Instance</c>,
/// <c>ReadProperties</c>, <c>UnknownMembers</c>, <c>Validate</c>, <c>_transport</c>, <c>ObtainCode</c>) used as property,
/// enum value, parameter, header, operation and security-scheme names; waiters (<c>x-aiia-polling</c>) named like
/// operations; and several specs and sibling files in one namespace, with and without
/// <see cref="SpecFile.WithShareIdenticalSchemas"/>, where a numbered name of one meets a name of another. Single specs
/// must be clean (round 14's <see cref="HostileNamesRound14Tests.AssertClean"/>), and so must several files, as none
/// asks for a name another one asks for too (that is AIIA0005 by design). Tags are not read by the generator, so they
/// name nothing.
/// </summary>
public sealed class HostileNamesRound20Tests
{
    public static TheoryData<string> Cases => new(HostileRound20Cases.All.Keys.OrderBy(k => k, StringComparer.Ordinal));

    public static TheoryData<string> FileCases => new(HostileRound20Cases.Files.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void AHostileSpecGeneratesAndCompilesClean(string name) =>
        HostileNamesRound14Tests.AssertClean(HostileNamesRound14Tests.Generate(HostileRound20Cases.All[name]));

    /// <summary>Several specs and sibling files in one project, no two of which ask for one name of their own: clean.</summary>
    [Theory]
    [MemberData(nameof(FileCases))]
    public void HostileFilesOfOneProjectGenerateClean(string name) =>
        HostileNamesRound14Tests.AssertClean(Generate(HostileRound20Cases.Files[name]));

    /// <summary>
    /// Finding (the round 19 "left alone" list, fixed this round): a schema named like another spec's client was
    /// refused with AIIA0005 on whichever spec came second; it steps aside now, and a numbered form the spec already has
    /// is skipped (<c>BClient3</c> beside a schema <c>BClient2</c>).
    /// </summary>
    [Fact]
    public void ASchemaNamedLikeAnotherSpecsClientStepsAsidePastItsOwnNumberedForm()
    {
        var run = Generate(HostileRound20Cases.Files["a-schema-named-like-the-other-specs-client-beside-its-numbered-form"]);

        HostileNamesRound14Tests.AssertClean(run);
        Assert.Contains(run.GeneratorDiagnostics, d => Message(d).Contains("cannot be named 'BClient' (the client class 'BClient' of the spec 'b.openapi.yaml' already has that name); it is generated as 'BClient3'.", StringComparison.Ordinal));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.BClient2"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.BClient3"));
    }

    /// <summary>
    /// Finding: an exploded object's property and a parameter of the same name were both sent (<c>?page=1&amp;page=2</c>)
    /// without a word; now AIIA0063 at the later parameter, and the spec still generates.
    /// </summary>
    [Fact]
    public void QueryNamesSentTwiceAreWarnedAtTheLaterParameter()
    {
        var run = HostileNamesRound14Tests.Generate(HostileRound20Cases.WireDuplicates);

        var warnings = run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        // 'other' sends size as 'paging' does, 'page' as 'paging' does, 'filter[size]' as 'filter' (deepObject) does.
        Assert.Equal(["AIIA0063", "AIIA0063", "AIIA0063"], warnings.Select(d => d.Id));
        Assert.Equal([11, 12, 13], warnings.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.True(GeneratorHarness.Visible(run.CompilationDiagnostics).IsEmpty, GeneratorHarness.Describe(run.CompilationDiagnostics));
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorRun Generate(IEnumerable<SpecFile> files) => HostileNamesRound19Tests.GenerateFiles(files);
}

internal static class HostileRound20Cases
{
    private static SpecFile F(string name, string text) => SpecFile.FromText(name, text);

    /// <summary>One GET answering <paramref name="schema"/> (a component's name), then <paramref name="components"/> (the
    /// entries of <c>components</c>, one per line, flow style).</summary>
    internal static string Answering(string schema, string components) => $$"""
        paths:
          /r:
            get:
              operationId: get
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/{{schema}}" } } } }
        components:
        {{components}}
        """;

    /// <summary>A record <c>Holder</c> whose properties name each of <paramref name="schemas"/>, so each is generated, then the schemas.</summary>
    private static string Holding(params string[] schemas) => HoldingIn("Holder", schemas);

    /// <summary>As <see cref="Holding"/>, the record named <paramref name="holder"/> (one spec's types must not be another's).</summary>
    private static string HoldingIn(string holder, params string[] schemas) => Answering(
        holder,
        $"  schemas:\n    {holder}: {{ type: object, properties: {{ " + string.Join(", ", schemas.Select((s, i) => $"p{i}: {{ $ref: '#/components/schemas/{s.Split(':')[0].Trim()}' }}")) + " } }\n"
        + string.Concat(schemas.Select(s => "    " + s + "\n")));

    /// <summary>A record whose properties are named <paramref name="names"/> (strings).</summary>
    private static string RecordWith(string record, params string[] names) =>
        $"{record}: {{ type: object, properties: {{ {string.Join(", ", names.Select(n => $"\"{n}\": {{ type: string }}"))} }} }}";

    /// <summary>One GET <c>/r</c> with the query parameters <paramref name="names"/> (integers).</summary>
    private static string QueryParameters(params string[] names) => $$"""
        paths:
          /r:
            get:
              operationId: get
              parameters: [{{string.Join(", ", names.Select(n => $"{{ name: \"{n}\", in: query, schema: {{ type: integer }} }}"))}}]
              responses: { "204": { description: none } }
        """;

    /// <summary>Operations of the given ids, each a GET of its own path.</summary>
    private static string Operations(params string[] ids) =>
        "paths:\n" + string.Concat(ids.Select((id, i) => $"  /o{i}:\n    get: {{ operationId: \"{id}\", responses: {{ \"204\": {{ description: none }} }} }}\n"));

    private const string Obj = "{ type: object, properties: { x: { type: string } } }";

    public static readonly string WireDuplicates = """
        paths:
          /r:
            get:
              operationId: get
              parameters:
                - { name: paging, in: query, schema: { type: object, properties: { page: { type: integer }, size: { type: integer } } } }
                - { name: filter, in: query, style: deepObject, schema: { type: object, properties: { size: { type: integer } } } }
                - { name: other, in: query, schema: { type: object, properties: { limit: { type: integer }, size: { type: integer } } } }
                - { name: page, in: query, schema: { type: integer } }
                - { name: "filter[size]", in: query, schema: { type: integer } }
              responses: { "204": { description: none } }
        """;

    public static readonly Dictionary<string, string> All = new(StringComparer.Ordinal)
    {
        // Numbered forms present before the collision that would produce them.
        ["a-numbered-schema-before-the-two-it-would-number"] = Holding("Pet2: " + Obj, "pet: " + Obj, "Pet: " + Obj, "PET: " + Obj),
        ["numbered-converters-before-the-record"] = Holding("PetJsonConverter2: " + Obj, "PetJsonConverter: " + Obj, "Pet: " + Obj, "PetJsonConverter3: " + Obj),
        ["digit-ending-names-numbered-after-an-underscore-already-taken"] = Holding("PetV1_2: " + Obj, "Pet-v1: " + Obj, "PetV1: " + Obj, "petV1: " + Obj, "PetV12: " + Obj),
        ["union-alternatives-numbered-onto-components"] = Answering("U", """
              schemas:
                UOption12: { type: object, properties: { a: { type: string } } }
                UOption1: { type: object, properties: { b: { type: string } } }
                UOption2: { type: object, properties: { c: { type: string } } }
                UOption1_2: { type: object, properties: { d: { type: string } } }
                U: { oneOf: [{ type: object, properties: { e: { type: string } } }, { type: object, properties: { f: { type: integer } } }, { type: object, properties: { g: { type: boolean } } }, { $ref: "#/components/schemas/UOption12" }, { $ref: "#/components/schemas/UOption1" }] }
            """),
        ["kind-enums-numbered-before-their-enum"] = Holding("PetKind2: { type: string, enum: [a] }", "PetKind: { type: string, enum: [b] }", "Pet: { type: string, enum: [c, C] }", "PetKind3: { type: string, enum: [d] }"),
        ["unknown-fallbacks-numbered-before-their-base"] = Answering("Pet", """
              schemas:
                UnknownPet2: { type: object, properties: { a: { type: string } } }
                UnknownPet: { type: object, properties: { b: { type: string } } }
                Pet: { type: object, required: [kind], properties: { kind: { type: string } }, discriminator: { propertyName: kind } }
                Dog: { allOf: [{ $ref: "#/components/schemas/Pet" }, { type: object, properties: { bark: { type: string } } }] }
                UnknownPet3: { type: object, properties: { c: { type: string } } }
            """),
        ["inline-types-numbered-onto-components-named-after-them"] = Answering("Pet", """
              schemas:
                PetCategory2: { type: object, properties: { a: { type: string } } }
                Pet: { type: object, properties: { category: { type: object, properties: { b: { type: string } } }, Category: { type: object, properties: { c: { type: string } } }, two: { $ref: "#/components/schemas/PetCategory2" }, three: { $ref: "#/components/schemas/PetCategory3" } } }
                PetCategory: { type: object, properties: { d: { type: string } } }
                PetCategory3: { type: object, properties: { e: { type: string } } }
            """),
        ["numbered-properties-before-the-ones-they-would-number"] = Answering("Pet", "  schemas:\n    " + RecordWith("Pet", "id2", "id", "Id", "ID", "id_2", "Id2_2", "id3")),
        ["digit-ending-properties-numbered"] = Answering("Pet", "  schemas:\n    " + RecordWith("Pet", "v1_2", "v1", "V1", "v-1", "v12", "V1_3")),
        ["numbered-parameters-before-the-ones-they-would-number"] = QueryParameters("id2", "id", "ID", "Id", "id_2", "v1_2", "v1", "V1"),
        ["numbered-operation-ids-before-the-ones-they-would-number"] = Operations("getPet2", "getPet", "GetPet", "get_pet", "getPet3", "getPet2Async"),
        ["operation-ids-differing-only-by-an-async-suffix"] = Operations("getPet", "getPetAsync", "GetPetAsync", "getPetAsyncAsync", "get-pet-async", "Async", "async", "ASYNC"),
        ["operation-ids-ending-in-digits-and-async"] = Operations("getV1", "getV1Async", "getV1_2", "getV1_2Async", "GetV12"),
        ["numbered-enum-values-before-the-ones-they-would-number"] = Holding("E: { type: string, enum: [V1_2, v1, V1, v-1, V1_3, a2, a, A, A_2] }"),
        ["waiters-named-like-operations-and-their-numbered-forms"] = """
            paths:
              /a:
                get:
                  operationId: getStatus
                  x-aiia-polling: { timeoutParameter: wait, stateProperty: state, terminalStates: [done] }
                  parameters: [{ name: wait, in: query, schema: { type: integer } }]
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/S" } } } }
              /b: { get: { operationId: waitForGetStatus, responses: { "204": { description: none } } } }
              /c: { get: { operationId: waitForGetStatus2, responses: { "204": { description: none } } } }
              /d: { get: { operationId: getStatusAsync, responses: { "204": { description: none } } } }
              /e: { get: { operationId: WaitForGetStatusAsync, responses: { "204": { description: none } } } }
            components:
              schemas:
                S: { type: object, required: [state], properties: { state: { type: string, enum: [running, done] } } }
            """,

        // The members generated types declare, as names of the spec.
        ["record-properties-named-like-generated-record-and-converter-members"] = Answering("Pet", "  schemas:\n    " + RecordWith(
            "Pet", "_set", "set", "Set", "_Set", "_id", "id", "UndocumentedProperties", "undocumentedProperties", "Instance", "ReadProperties",
            "WriteProperties", "Read", "Write", "UnknownMembers", "EqualityContract", "PrintMembers", "Deconstruct", "Clone", "DefaultId", "defaultId")),
        ["properties-with-defaults-named-like-their-default-members"] = Answering("Pet", """
              schemas:
                Pet: { type: object, properties: { count: { type: integer, default: 3 }, DefaultCount: { type: integer, default: 4 }, defaultCountValue: { type: string, default: x }, Count2: { type: integer, default: 1 }, count2: { type: integer } } }
            """),
        ["enum-values-named-like-generated-enum-members"] = Holding("E: { type: string, enum: [_wireValue, wireValue, WireValue, Kind, kind, ToWireValue, Instance, Unknown, unknown, Read, Write, EKind, E, ToString, PrintMembers, Clone, value__] }"),
        ["discriminated-records-named-like-converter-members"] = Answering("Base", """
              schemas:
                Base: { type: object, required: [type], properties: { type: { type: string }, UnknownMembers: { type: string }, Instance: { type: string } }, discriminator: { propertyName: type, mapping: { UnknownMembers: "#/components/schemas/UnknownMembers", Instance: "#/components/schemas/Instance" } } }
                UnknownMembers: { allOf: [{ $ref: "#/components/schemas/Base" }, { type: object, properties: { a: { type: string } } }] }
                Instance: { allOf: [{ $ref: "#/components/schemas/Base" }, { type: object, properties: { b: { type: string } } }] }
                UnknownBase: { type: object, properties: { c: { type: string } } }
            """),
        ["a-discriminator-property-named-like-the-presence-field"] = Answering("Base", """
              schemas:
                Base: { type: object, required: [_set], properties: { _set: { type: string }, set: { type: string, nullable: true } }, discriminator: { propertyName: _set } }
                Child: { allOf: [{ $ref: "#/components/schemas/Base" }, { type: object, properties: { _Set: { type: string, nullable: true } } }] }
            """),
        ["union-alternatives-named-like-union-members"] = Answering("U", """
              schemas:
                Match: { type: object, properties: { a: { type: string } } }
                Switch: { type: object, properties: { b: { type: string } } }
                Index: { type: object, properties: { c: { type: string } } }
                IsMatch: { type: object, properties: { d: { type: string } } }
                TryGetIndex: { type: object, properties: { e: { type: string } } }
                U: { oneOf: [{ $ref: "#/components/schemas/Match" }, { $ref: "#/components/schemas/Switch" }, { $ref: "#/components/schemas/Index" }, { $ref: "#/components/schemas/IsMatch" }, { $ref: "#/components/schemas/TryGetIndex" }] }
            """),
        ["parameters-named-like-client-fields-and-temporaries"] = QueryParameters(
            "_transport", "transport", "_options", "options", "documentedErrorCodes", "DocumentedErrorCodes", "codeLifetime", "obtainCode",
            "parseRedirect", "__a1", "__x", "_a1", "a1", "__", "requestBuilder", "nameof", "@nameof"),
        ["header-parameters-named-like-generated-members"] = """
            paths:
              /r:
                post:
                  operationId: post
                  parameters:
                    - { name: Instance, in: header, schema: { type: string } }
                    - { name: Validate, in: header, schema: { type: string } }
                    - { name: _transport, in: header, schema: { type: string } }
                    - { name: Request, in: header, schema: { type: string } }
                    - { name: request, in: query, schema: { type: string } }
                    - { name: Body, in: cookie, schema: { type: string } }
                  requestBody: { content: { application/json: { schema: { type: object, properties: { request: { type: string } } } } } }
                  responses:
                    "200":
                      description: ok
                      headers: { Instance: { schema: { type: string } }, Read: { schema: { type: integer } }, _options: { schema: { type: string } } }
                      content: { application/json: { schema: { type: object, properties: { instance: { type: string } } } } }
            """,
        ["security-schemes-named-like-options-members"] = """
            security: [{ Validate: [], ThrowIfInvalid: [], TokenSource: [], MaxRetries: [], Instance: [], BaseAddressValue: [], _options: [], LoggerFactory: [] }]
            paths:
              /r: { get: { operationId: get, responses: { "204": { description: none } } } }
            components:
              securitySchemes:
                Validate: { type: apiKey, in: header, name: X-Validate }
                ThrowIfInvalid: { type: apiKey, in: query, name: Validate }
                TokenSource: { type: http, scheme: bearer }
                MaxRetries: { type: apiKey, in: cookie, name: MaxRetries }
                Instance: { type: http, scheme: basic }
                BaseAddressValue: { type: apiKey, in: header, name: X-Base }
                _options: { type: apiKey, in: header, name: X-Options }
                LoggerFactory: { type: apiKey, in: header, name: X-Logger }
            """,
        ["operations-named-like-client-members"] = Operations("ObtainCode", "parseRedirect", "CodeLifetime", "DocumentedErrorCodes", "Validate", "Instance", "_transport", "Dispose", "GetType", "MemberwiseClone"),
        ["schemas-named-like-the-client-and-the-converter-nested-class"] = Holding("UnknownMembers: " + Obj, "HostileClientJsonCollections2: " + Obj, "HostileClientOptions2: " + Obj, "HostileClient2: " + Obj, "Instance: " + Obj, "ApiJsonObjectConverter: " + Obj),
        ["a-form-body-whose-fields-are-named-like-generated-members"] = """
            paths:
              /r:
                post:
                  operationId: post
                  parameters: [{ name: body, in: query, schema: { type: string } }, { name: bodyParameter, in: query, schema: { type: string } }]
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema: { type: object, properties: { body: { type: string }, bodyField: { type: string }, bodyParameter: { type: string }, request: { type: string }, __a1: { type: string }, cancellationToken: { type: string } } }
                  responses: { "204": { description: none } }
            """,
        ["x-extensions-named-like-generated-names"] = Answering("Pet", """
              schemas:
                Pet: { type: object, x-Pet: 1, x-PetJsonConverter: { x: 1 }, x-aiia-unknown: true, properties: { x-name: { type: string }, x-: { type: string } } }
              x-schemas: { Pet: { type: object } }
            """),
    };

    public static readonly Dictionary<string, SpecFile[]> Files = new(StringComparer.Ordinal)
    {
        ["a-schema-named-like-the-other-specs-client-beside-its-numbered-form"] =
        [
            F("a.openapi.yaml", HoldingIn("AHolder", "BClient2: " + Obj, "BClient: " + Obj)),
            F("b.openapi.yaml", HoldingIn("BHolder", "Dog: " + Obj)),
        ],
        ["a-client-named-like-the-other-specs-options-beside-its-numbered-form"] =
        [
            F("a.openapi.yaml", HoldingIn("AHolder", "Cat: " + Obj)).WithClientName("BClientOptions"),
            F("b.openapi.yaml", HoldingIn("BHolder", "BClientOptions2: " + Obj, "Dog: " + Obj)),
        ],
        ["a-schema-stepping-aside-from-its-own-client-onto-the-other-client"] =
        [
            F("a.openapi.yaml", HoldingIn("AHolder", "AClient: " + Obj)),
            F("b.openapi.yaml", HoldingIn("BHolder", "Dog: " + Obj)).WithClientName("AClient2"),
        ],
        ["a-derived-class-stepping-aside-onto-the-other-specs-client"] =
        [
            F("a.openapi.yaml", HoldingIn("AHolder", "AClientOptions: " + Obj)),
            F("b.openapi.yaml", HoldingIn("BHolder", "Dog: " + Obj)).WithClientName("AClientOptions2"),
        ],
        ["three-specs-whose-clients-name-each-others-classes"] =
        [
            F("a.openapi.yaml", HoldingIn("AHolder", "Cat: " + Obj)).WithClientName("Shop"),
            F("b.openapi.yaml", HoldingIn("BHolder", "Dog: " + Obj)).WithClientName("ShopOptions"),
            F("c.openapi.yaml", HoldingIn("CHolder", "Eel: " + Obj, "ShopOptionsOptions: " + Obj, "ShopServiceCollectionExtensions: " + Obj)).WithClientName("ShopOptionsServiceCollectionExtensions"),
        ],
        ["two-specs-sharing-identical-inline-schemas-in-one-namespace"] =
        [
            F("a.openapi.yaml", Answering("Pet", "  schemas:\n    Pet: { type: object, properties: { tag: { type: object, properties: { x: { type: string } } }, label: { type: object, properties: { x: { type: string } } } } }\n")).WithShareIdenticalSchemas(),
            F("b.openapi.yaml", Answering("Dog", "  schemas:\n    Dog: { type: object, properties: { tag: { type: object, properties: { x: { type: string } } }, label: { type: object, properties: { x: { type: string } } } } }\n")).WithShareIdenticalSchemas(),
        ],
        ["sibling-schemas-and-their-numbered-forms-with-sharing"] =
        [
            F("main.openapi.yaml", """
                paths:
                  /r:
                    get:
                      operationId: get
                      responses:
                        "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Holder" } } } }
                components:
                  schemas:
                    Holder: { type: object, properties: { a: { $ref: "#/components/schemas/Pet" }, b: { $ref: "common.yaml#/components/schemas/Pet" }, c: { $ref: "common.yaml#/components/schemas/Pet2" }, d: { $ref: "#/components/schemas/Pet2" }, e: { type: object, properties: { x: { type: string } } } } }
                    Pet: { type: object, properties: { tag: { type: object, properties: { x: { type: string } } } } }
                    Pet2: { type: object, properties: { tag: { type: object, properties: { x: { type: string } } } } }
                """).WithShareIdenticalSchemas(),
            F("common.yaml", """
                components:
                  schemas:
                    Pet: { type: object, properties: { tag: { type: object, properties: { x: { type: string } } }, e: { type: object, properties: { x: { type: string } } } } }
                    Pet2: { type: object, properties: { tag: { type: object, properties: { x: { type: string } } }, pet: { $ref: "#/components/schemas/Pet" } } }
                    Pet3: { type: string, enum: [a] }
                """),
        ],
        ["two-siblings-defining-the-same-names-with-sharing"] =
        [
            F("main.openapi.yaml", """
                paths:
                  /r:
                    get:
                      operationId: get
                      responses:
                        "200": { description: ok, content: { application/json: { schema: { type: object, properties: { a: { $ref: "a.yaml#/components/schemas/Pet" }, b: { $ref: "b.yaml#/components/schemas/Pet" }, a2: { $ref: "a.yaml#/components/schemas/Pet2" }, b2: { $ref: "b.yaml#/components/schemas/Pet2" }, k: { $ref: "a.yaml#/components/schemas/Kind" }, l: { $ref: "b.yaml#/components/schemas/Kind" } } } } } }
                """).WithShareIdenticalSchemas(),
            F("a.yaml", """
                components:
                  schemas:
                    Pet: { type: object, properties: { kind: { type: string, enum: [x, y] }, inner: { type: object, properties: { v: { type: integer } } } } }
                    Pet2: { type: object, properties: { kind: { type: string, enum: [x, y] } } }
                    Kind: { type: string, enum: [x, y] }
                """),
            F("b.yaml", """
                components:
                  schemas:
                    Pet: { type: object, properties: { kind: { type: string, enum: [x, y] }, inner: { type: object, properties: { v: { type: integer } } } } }
                    Pet2: { type: object, properties: { kind: { type: string, enum: [y, x] } } }
                    Kind: { type: string, enum: [x, y] }
                """),
        ],
        ["a-sibling-schema-named-like-another-specs-client"] =
        [
            F("a.openapi.yaml", Answering("Pet", "  schemas:\n    Pet: { type: object, properties: { b: { $ref: 'common.yaml#/components/schemas/BClient' }, o: { $ref: 'common.yaml#/components/schemas/BClientOptions' } } }\n")),
            F("common.yaml", "components:\n  schemas:\n    BClient: { type: object, properties: { x: { type: string } } }\n    BClientOptions: { type: string, enum: [a] }\n"),
            F("b.openapi.yaml", HoldingIn("BHolder", "Dog: " + Obj)),
        ],
        ["a-spec-whose-client-is-named-like-the-other-specs-numbered-type"] =
        [
            F("a.openapi.yaml", HoldingIn("AHolder", "pet: " + Obj, "Pet: " + Obj)),
            F("b.openapi.yaml", HoldingIn("BHolder", "Dog: " + Obj)).WithClientName("Pet2"),
        ],
    };
}
