using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Round 14's hostile-but-legal specs, built to collide with the names generated code writes: each generates with
/// nothing worse than an info and compiles at warning level 9999.
/// </summary>
public sealed class HostileNamesRound14Tests
{
    internal const string Head = """
        openapi: 3.0.3
        info: { title: Hostile, version: "1" }
        servers: [{ url: "https://api.example.com" }]

        """;

    /// <summary>Generates the spec <paramref name="spec"/> (after a common head) as the client <c>HostileClient</c>.</summary>
    internal static GeneratorRun Generate(string spec, string fileName = "hostile.openapi.yaml") =>
        GeneratorHarness.Run([SpecFile.FromText(fileName, Head + spec)]);

    /// <summary>
    /// Nothing worse than an info from the generator (but a warning of <paramref name="toleratedWarnings"/>, which a real
    /// spec may have of itself), and no visible diagnostic from compiling and writing the assembly (some limits, a name's
    /// 1,023 UTF-8 bytes of metadata, CS7013, are checked only when it is written: <see cref="GeneratorRun.CompilationDiagnostics"/>).
    /// </summary>
    internal static void AssertClean(GeneratorRun run, ISet<string>? toleratedWarnings = null)
    {
        var problems = Problems(run, toleratedWarnings);
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems));
    }

    /// <summary>What keeps <paramref name="run"/> from being clean, as <see cref="AssertClean"/> says.</summary>
    internal static List<Diagnostic> Problems(GeneratorRun run, ISet<string>? toleratedWarnings = null) =>
        run.GeneratorDiagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && toleratedWarnings?.Contains(d.Id) != true))
            .Concat(GeneratorHarness.Visible(run.CompilationDiagnostics))
            .ToList();

    /// <summary>A spec refused (each diagnostic located, so the user sees where) or generated clean (<see cref="AssertClean"/>).</summary>
    internal static void AssertRefusedOrClean(GeneratorRun run)
    {
        if (run.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            Assert.All(run.GeneratorDiagnostics, d => Assert.NotEqual(Location.None, d.Location));
            return;
        }

        AssertClean(run);
    }

    public static TheoryData<string> Cases => new(HostileCases.All.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void AHostileSpecGeneratesAndCompilesClean(string name)
    {
        var run = Generate(HostileCases.All[name]);
        AssertClean(run);
    }

    internal const string RenewalBody = """
        paths:
          /login:
            post:
              operationId: login
              requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/RenewBody" } } } }
              responses:
                "200": { description: Tokens, content: { application/json: { schema: { $ref: "#/components/schemas/Tokens" } } } }
          /renew:
            post:
              operationId: renew
              x-aiia-session-renewal:
                loginTokenProperty: loginToken
                storedProperties: STORED
                accessToken: session.accessToken
                accessTokenExpires: session.expires
                loginToken: login.LoginToken
                loginTokenExpires: login.expires
                supportsUnattended: login.supportsUnattended
              requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/RenewBody" } } } }
              responses:
                "200": { description: Tokens, content: { application/json: { schema: { $ref: "#/components/schemas/Tokens" } } } }
        components:
          schemas:
            RenewBody:
              type: object
              required: [userHash, loginToken]
              properties:
                userHash: { type: string }
                loginToken: { type: string }
            Tokens:
              type: object
              required: [session, login]
              properties:
                session:
                  type: object
                  required: [accessToken, expires]
                  properties:
                    accessToken: { type: string }
                    expires: { type: string, format: date-time }
                login:
                  type: object
                  required: [loginToken, LoginToken, expires, supportsUnattended]
                  properties:
                    loginToken: { type: string }
                    LoginToken: { type: string }
                    expires: { type: string, format: date-time }
                    supportsUnattended: { type: boolean }
        """;

    /// <summary>Finding 1: <c>ThrowIfDefault(status, nameof(status))</c> bound <c>nameof</c> to the parameter (CS0149).</summary>
    [Fact]
    public void AParameterNamedNameofBesideAnEnumParameterCompiles()
    {
        var run = Generate(NameofSpec);
        AssertClean(run);
        var client = Assert.Single(run.Sources, s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains("string? nameofParameter = null", client, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    public void AFormFieldNamedNameofBesideAnEnumFieldCompiles(string mediaType) => AssertClean(Generate($$"""
        paths:
          /p:
            post:
              operationId: send
              requestBody:
                required: true
                content:
                  {{mediaType}}:
                    schema:
                      type: object
                      required: [status]
                      properties:
                        status: { type: string, enum: [a, b] }
                        kind: { type: string, enum: [c, d] }
                        nameof: { type: string }
              responses: { "204": { description: none } }
        """));

    [Fact]
    public void APolledOperationWithAParameterNamedNameofCompiles() => AssertClean(Generate("""
        paths:
          /status/{id}:
            get:
              operationId: getStatus
              x-aiia-polling: { timeoutParameter: wait, stateProperty: state, terminalStates: [done] }
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
                - { name: wait, in: query, schema: { type: integer } }
                - { name: mode, in: query, schema: { type: string, enum: [x, y] } }
                - { name: nameof, in: query, schema: { type: string } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Status" } } } }
        components:
          schemas:
            Status:
              type: object
              required: [state]
              properties:
                state: { type: string, enum: [running, done] }
        """));

    private const string NameofSpec = """
        paths:
          /p:
            get:
              operationId: list
              parameters:
                - { name: status, in: query, schema: { type: string, enum: [a, b] } }
                - { name: nameof, in: query, schema: { type: string } }
              responses: { "204": { description: none } }
        """;

    [Fact]
    public void AnOperationParameterOverridesThePathItemsOfTheSameNameAndPlace()
    {
        var run = Generate("""
            paths:
              /p:
                parameters:
                  - { name: limit, in: query, schema: { type: integer } }
                get:
                  operationId: list
                  parameters:
                    - { name: limit, in: query, schema: { type: string } }
                  responses: { "204": { description: none } }
            """);
        var client = Assert.Single(run.Sources, s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal)).Text;
        AssertClean(run);
        Assert.Contains("ListAsync(string? limit = null, global::System.Threading.CancellationToken cancellationToken = default)", client, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"a","Name":"b","NAME":"c"}""")]
    [InlineData("""{"id":1,"ID":2,"Id":"three","iD":4}""")]
    public void UndocumentedPropertiesThatDifferFromListedOnesOnlyByCaseSurviveARoundTrip(string json)
    {
        var run = Generate("""
            paths: {}
            components:
              schemas:
                R:
                  type: object
                  properties:
                    name: { type: string }
                    id: { type: integer }
                    ID: { type: integer }
            """);
        AssertClean(run);
        WithType(run, "R", type => Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonSerializer.Deserialize(json, type), type)));
    }

    /// <summary>Writes the generated assembly, loads it on its own and hands <paramref name="use"/> its type <paramref name="name"/>.</summary>
    internal static void WithType(GeneratorRun run, string name, Action<Type> use)
    {
        using var pe = new MemoryStream();
        Assert.True(run.OutputCompilation.Emit(pe).Success);
        pe.Position = 0;
        var context = new System.Runtime.Loader.AssemblyLoadContext("hostile", isCollectible: true);
        try
        {
            use(context.LoadFromStream(pe).GetType("Contoso.Consumer." + name)!);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Finding 2: the renewer called the first operation with the renewal's body and response types, not the one marked.</summary>
    [Fact]
    public void TheRenewerCallsTheOperationThatCarriesTheRenewalExtension()
    {
        var run = Generate(RenewalBody.Replace("STORED", "[userHash]", StringComparison.Ordinal));
        AssertClean(run);
        var sessions = Assert.Single(run.Sources, s => s.HintName.EndsWith(".Sessions.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains("await _client.RenewAsync(body", sessions, StringComparison.Ordinal);
        Assert.Contains("LoginToken = response.Login.LoginToken2,", sessions, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[userHash, userHash]")]
    [InlineData("[userHash, loginToken]")]
    public void AStoredPropertyListedTwiceOrAlsoTheLoginTokenIsReportedOrCompiles(string stored)
    {
        var run = Generate(RenewalBody.Replace("STORED", stored, StringComparison.Ordinal));
        AssertRefusedOrClean(run);
    }

    [Theory]
    [InlineData("var")]
    [InlineData("nameof")]
    [InlineData("dynamic")]
    public void AClientNamedLikeAContextualKeywordCompilesOrIsRefused(string clientName)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("hostile.openapi.yaml", Head + NameofSpec.Replace("nameof", "other", StringComparison.Ordinal)).WithClientName(clientName)]);
        AssertRefusedOrClean(run);
    }

    /// <summary>A spec of one operation and one schema named <paramref name="schema"/>.</summary>
    private static string OneSchemaSpec(string schema) => Head + $$"""
        paths:
          /a: { get: { operationId: get, responses: { "204": { description: none } } } }
        components:
          schemas:
            {{schema}}: { type: object, properties: { a: { type: string } } }
        """;

    [Theory]
    [InlineData("Pet", "PetJsonConverter")]
    [InlineData("Color: { type: string, enum: [a] }\n    X", "ColorKind")]
    [InlineData("X", "BClient")]
    [InlineData("X", "BClientOptions")]
    [InlineData("X", "BClientJsonCollections")]
    [InlineData("X", "BClientServiceCollectionExtensions")]
    [InlineData("Y", "XJsonConverter")]
    public void TwoSpecsInOneNamespaceWhoseTypesCollideAreRefusedOrCompile(string inA, string inB)
    {
        var run = GeneratorHarness.Run([
            SpecFile.FromText("a.openapi.yaml", OneSchemaSpec(inA)),
            SpecFile.FromText("b.openapi.yaml", OneSchemaSpec(inB))]);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile) + string.Join("\n", run.GeneratorDiagnostics));
    }

    [Theory]
    [InlineData("Pets", null, "Contoso.Consumer.Pets")]
    [InlineData("Pets", "Contoso.Consumer.Pets", null)]
    [InlineData("X", null, "Contoso.Consumer.AClient")]
    [InlineData("X", null, "Contoso.Consumer.X.Y")]
    public void ASpecsTypeNamedLikeAnotherSpecsNamespaceIsRefusedOrCompiles(string schemaInA, string? namespaceOfA, string? namespaceOfB)
    {
        var run = GeneratorHarness.Run([
            SpecFile.FromText("a.openapi.yaml", OneSchemaSpec(schemaInA)).WithNamespace(namespaceOfA),
            SpecFile.FromText("b.openapi.yaml", OneSchemaSpec("Other")).WithNamespace(namespaceOfB)]);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile) + string.Join("\n", run.GeneratorDiagnostics));
    }

    [Fact]
    public void TwoSpecFilesWhoseClientNamesPascalCaseAlikeAreRefusedOrCompile()
    {
        const string spec = """
            paths:
              /a: { get: { operationId: get, responses: { "204": { description: none } } } }
            """;
        var run = GeneratorHarness.Run([SpecFile.FromText("a-b.openapi.yaml", Head + spec), SpecFile.FromText("a_b.openapi.yaml", Head + spec), SpecFile.FromText("A B.openapi.yaml", Head + spec)]);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }
}

internal static class HostileCases
{
    public static readonly Dictionary<string, string> All = new(StringComparer.Ordinal)
    {
        ["one-parameter-name-in-path-query-header-cookie"] = """
            paths:
              /p/{id}:
                post:
                  operationId: send
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
                    - { name: id, in: query, required: true, schema: { type: string } }
                    - { name: id, in: header, schema: { type: string } }
                    - { name: id, in: cookie, schema: { type: string } }
                    - { name: Id, in: query, schema: { type: string } }
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema: { type: object, properties: { id: { type: string }, idParameter: { type: string }, idField: { type: string } } }
                  responses: { "204": { description: none } }
            """,
        ["enum-values-that-pascal-case-alike"] = """
            paths: {}
            components:
              schemas:
                Mode:
                  type: string
                  enum: [a-b, a_b, aB, A B, ab, AB, Ab, "a.b", A_B_, Mode, ModeKind, mode, Unknown, UNKNOWN, unknown_, Kind, ToString, _wireValue, wireValue, kind]
            """,
        ["security-schemes-with-colliding-names"] = """
            security: [{ api-key: [] }, { api_key: [] }, { ApiKey: [] }, { baseAddress: [] }, { x: [] }, { xUserName: [] }, { tokenSource: [] }]
            paths:
              /p:
                get:
                  operationId: get
                  responses: { "204": { description: none } }
            components:
              securitySchemes:
                api-key: { type: apiKey, in: header, name: X-A }
                api_key: { type: apiKey, in: query, name: a }
                ApiKey: { type: apiKey, in: cookie, name: A }
                baseAddress: { type: apiKey, in: header, name: X-B }
                x: { type: http, scheme: basic }
                xUserName: { type: apiKey, in: header, name: X-U }
                tokenSource: { type: apiKey, in: header, name: X-T }
            """,
        ["operation-ids-like-object-members-and-async-twins"] = """
            paths:
              /a: { get: { operationId: getPet, responses: { "204": { description: none } } } }
              /b: { get: { operationId: getPetAsync, responses: { "204": { description: none } } } }
              /c: { get: { operationId: GetType, responses: { "204": { description: none } } } }
              /d: { get: { operationId: MemberwiseClone, responses: { "204": { description: none } } } }
              /e: { get: { operationId: Finalize, responses: { "204": { description: none } } } }
              /f: { get: { operationId: authorize, responses: { "204": { description: none } } } }
              /g: { get: { operationId: Authorize, responses: { "204": { description: none } } } }
              /h: { get: { operationId: getHashCode, responses: { "204": { description: none } } } }
              /i: { get: { operationId: ParseRedirect, responses: { "204": { description: none } } } }
              /j: { get: { operationId: _transport, responses: { "204": { description: none } } } }
            """,
        ["defaults-named-like-properties"] = """
            paths: {}
            components:
              schemas:
                Box:
                  type: object
                  properties:
                    count: { type: integer, default: 3 }
                    defaultCount: { type: integer, default: 4 }
                    defaultCountValue: { type: integer }
                    defaultDefaultCount: { type: string }
                    color: { type: string, enum: [red, green], default: green }
                    defaultColor: { type: string }
                    box: { type: string, default: b }
                    defaultBox: { type: string }
            """,
        ["digit-names-and-their-backing-fields"] = """
            paths: {}
            components:
              schemas:
                "2fa":
                  type: object
                  properties:
                    "2fa": { type: string, nullable: true }
                    "_2fa": { type: string, nullable: true }
                    "2fa2": { type: string, nullable: true }
                    "2fa_2": { type: string, nullable: true }
                    "2fa 2": { type: string, nullable: true }
                "_2fa": { type: object, properties: { a: { type: string } } }
                "2fa_2": { type: object, properties: { a: { type: string } } }
                "٣": { type: object, properties: { "٣": { type: string, nullable: true } } }
            """,
        ["json-collection-helpers-colliding"] = """
            paths: {}
            components:
              schemas:
                Pet: { type: object, properties: { a: { type: string } } }
                ListOfPet: { type: object, properties: { b: { type: string } } }
                MapOfPet: { type: object, properties: { c: { type: string } } }
                String: { type: object, properties: { d: { type: string } } }
                Holder:
                  type: object
                  properties:
                    a: { type: array, items: { $ref: "#/components/schemas/ListOfPet" } }
                    b: { type: array, items: { type: array, items: { $ref: "#/components/schemas/Pet" } } }
                    c: { type: array, items: { type: string } }
                    d: { type: array, items: { $ref: "#/components/schemas/String" } }
                    e: { type: object, additionalProperties: { $ref: "#/components/schemas/Pet" } }
                    f: { type: array, items: { $ref: "#/components/schemas/MapOfPet" } }
                    g: { type: array, items: { type: object, additionalProperties: { $ref: "#/components/schemas/Pet" } } }
                    h: { type: array, items: { type: string, nullable: true } }
                    i: { type: array, items: { $ref: "#/components/schemas/ListOfNullableString" } }
                ListOfNullableString: { type: object, properties: { e: { type: string } } }
            """,
        ["inline-types-named-like-components"] = """
            paths:
              /pets:
                post:
                  operationId: createPet
                  requestBody: { content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { b: { type: string } } } } } }
                    "400": { description: bad, content: { application/json: { schema: { type: object, properties: { c: { type: string } } } } } }
                    default: { description: bad, content: { application/json: { schema: { type: object, properties: { d: { type: string } } } } } }
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    status: { type: string, enum: [a, b] }
                    tags: { type: array, items: { type: object, properties: { x: { type: string } } } }
                    attrs: { type: object, additionalProperties: { type: object, properties: { y: { type: string } } } }
                    kind: { oneOf: [{ type: string }, { type: object, properties: { z: { type: string } } }] }
                PetStatusKind: { type: object, properties: { s: { type: string } } }
                PetTagsItem: { type: object, properties: { t: { type: string } } }
                PetAttrsValue: { type: object, properties: { u: { type: string } } }
                PetKindOption2: { type: object, properties: { v: { type: string } } }
                PetKind: { type: object, properties: { w: { type: string } } }
                CreatePetRequest: { type: object, properties: { q: { type: string } } }
                CreatePetResponse: { type: object, properties: { r: { type: string } } }
                CreatePet400Response: { type: object, properties: { r: { type: string } } }
                CreatePetDefaultResponse: { type: object, properties: { r: { type: string } } }
            """,
        ["unicode-and-emoji-names"] = """
            paths: {}
            components:
              schemas:
                "Ünïcödé": { type: object, properties: { "名前": { type: string }, "名前2": { type: string }, "🐶": { type: string }, "🐱": { type: string }, "é": { type: string }, "É": { type: string } } }
                "ünïcödé": { type: object, properties: { x: { type: string } } }
                "🐶": { type: object, properties: { x: { type: string } } }
                "🐱": { type: object, properties: { x: { type: string } } }
                "𝒜bc": { type: object, properties: { "𝒜": { type: string }, "x𝒜": { type: string } } }
                "ǅungla": { type: object, properties: { x: { type: string } } }
                "ǆungla": { type: object, properties: { x: { type: string } } }
                "Ⅻ": { type: object, properties: { "Ⅻ": { type: string } } }
                "İstanbul": { type: object, properties: { "ıi": { type: string }, "Iİ": { type: string } } }
                "Emoji":
                  type: string
                  enum: ["🐶", "🐱", "", "👍🏽", "é", "É"]
            """,
        ["keywords-everywhere"] = """
            paths:
              /class/{class}:
                get:
                  operationId: class
                  parameters:
                    - { name: class, in: path, required: true, schema: { type: string } }
                    - { name: "@class", in: query, schema: { type: string } }
                    - { name: value, in: query, schema: { type: string } }
                    - { name: var, in: query, schema: { type: string } }
                    - { name: await, in: query, schema: { type: string } }
                    - { name: field, in: query, schema: { type: string } }
                    - { name: global, in: query, schema: { type: string } }
                    - { name: dynamic, in: query, schema: { type: string } }
                    - { name: _, in: query, schema: { type: string } }
                    - { name: this, in: header, schema: { type: string } }
                    - { name: base, in: header, schema: { type: string } }
                    - { name: scoped, in: header, schema: { type: string } }
                    - { name: file, in: header, schema: { type: string } }
                    - { name: record, in: header, schema: { type: string } }
                    - { name: async, in: header, schema: { type: string } }
                  responses: { "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/class" } } } } }
            components:
              schemas:
                class: { type: object, properties: { class: { type: string }, field: { type: string, nullable: true }, value: { type: string, nullable: true }, var: { type: string } } }
                "@class": { type: object, properties: { x: { type: string } } }
                field: { type: object, properties: { field: { type: string, nullable: true } } }
                var: { type: string, enum: [var, value, field, class] }
            """,
        ["polled-state-property-that-differs-from-another-only-by-case"] = """
            paths:
              /status/{id}:
                get:
                  operationId: getStatus
                  x-aiia-polling: { timeoutParameter: wait, stateProperty: State, terminalStates: [done] }
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
                    - { name: wait, in: query, schema: { type: integer } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Status" } } } }
            components:
              schemas:
                Status:
                  type: object
                  required: [state, State]
                  properties:
                    state: { type: string }
                    State: { type: string, enum: [running, done] }
            """,
        ["long-type-name-in-nested-collections"] = """
            paths:
              /l:
                get:
                  operationId: list
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: array, items: { type: array, items: { type: array, items: { type: array, items: { type: array, items: { type: array, items: { type: array, items: { type: array, items: { type: object, additionalProperties: { type: array, items: { $ref: "#/components/schemas/LONG" } } } } } } } } } } } } } }
            components:
              schemas:
                LONG: { type: object, properties: { a: { type: string } } }
                Holder:
                  type: object
                  properties:
                    a: { type: array, items: { type: array, items: { type: array, items: { type: array, items: { type: array, items: { type: array, items: { type: array, items: { type: array, items: { type: object, additionalProperties: { type: array, items: { $ref: "#/components/schemas/LONG" } } } } } } } } } } }
            """.Replace("LONG", "L" + new string('o', 1000), StringComparison.Ordinal),
        ["control-characters-in-names-and-descriptions"] = """
            paths:
              /c:
                get:
                  operationId: get
                  description: "a\x01b\x7Fc"
                  parameters:
                    - { name: "q\x01", in: query, description: "d\x02", schema: { type: string, enum: ["\x01", "\x7F", "a\x1Bb"] } }
                  responses: { "204": { description: "none\x03" } }
            components:
              schemas:
                "Ctl\x01":
                  description: "x\x04y"
                  type: object
                  properties:
                    "\x05a": { type: string, description: "z\x06" }
                    "b\x07": { type: string, default: "\x08" }
            """,
        ["headers-the-client-sets-itself"] = """
            security: [{ bearer: [] }]
            paths:
              /h:
                post:
                  operationId: post
                  parameters:
                    - { name: Accept, in: header, schema: { type: string } }
                    - { name: Content-Type, in: header, schema: { type: string } }
                    - { name: Authorization, in: header, schema: { type: string } }
                  requestBody: { content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }
                  responses: { "204": { description: none } }
            components:
              securitySchemes:
                bearer: { type: http, scheme: bearer }
            """,
    };
}
