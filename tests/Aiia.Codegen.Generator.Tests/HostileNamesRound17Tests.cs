using Aiia.Codegen.Generator.Tests.Infrastructure;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Round 17's hostile-but-legal specs, aimed at the naming sources rounds 14 and 16 left alone: operation names that
/// meet after PascalCase or that the reader derives from paths, parameters named like what the client's methods declare
/// or like contextual keywords, record properties named like what the compiler writes, enum values named like what a C#
/// enum inherits, digits-only values, a client named like a schema. Each generates with nothing worse than an info,
/// compiles at warning level 9999 and is written as an assembly (round 14's check).
/// </summary>
public sealed class HostileNamesRound17Tests
{
    public static TheoryData<string> Cases => new(HostileRound17Cases.All.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void AHostileSpecGeneratesAndCompilesClean(string name) =>
        HostileNamesRound14Tests.AssertClean(HostileNamesRound14Tests.Generate(HostileRound17Cases.All[name]));

    /// <summary>
    /// A deprecated code exchange or session renewal: the code exchange's overload and the renewer call the deprecated
    /// method, without a warning (CS0618); the overload is as obsolete as the method it stands for.
    /// </summary>
    [Theory]
    [InlineData("      x-aiia-code-exchange:\n", 2)]
    [InlineData("      x-aiia-session-renewal:\n", 1)]
    public void ADeprecatedOperationTheGeneratedCodeCallsCompilesClean(string extension, int obsoleteMethods)
    {
        var aiia = SpecFile.Load(SpecFile.AiiaSpec);
        var run = GeneratorHarness.Run([SpecFile.FromText(aiia.FileName, aiia.Text.Replace(extension, "      deprecated: true\n" + extension, StringComparison.Ordinal))]);
        HostileNamesRound14Tests.AssertClean(run);
        var client = Assert.Single(run.Sources, s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal)).Text;
        Assert.Equal(obsoleteMethods, client.Split("is deprecated in the spec.").Length - 1);
    }

    /// <summary>
    /// The renewer's <c>ToSessionGrant</c> names the operations that start a session: the one marked, not an earlier
    /// one whose operationId reads the same method name (<c>startSession</c> before <c>StartSession</c>, which becomes
    /// <c>StartSession2Async</c>).
    /// </summary>
    [Fact]
    public void TheRenewerNamesTheSessionStartMarkedNotAnotherOfTheSameReadName()
    {
        var run = HostileNamesRound14Tests.Generate(HostileRound17Cases.SessionStartBesideItsNamesake);
        HostileNamesRound14Tests.AssertClean(run);
        var sessions = Assert.Single(run.Sources, s => s.HintName.EndsWith(".Sessions.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains("Turns a response of <c>StartSession2Async</c> or <c>RenewAsync</c>", sessions, StringComparison.Ordinal);
    }

    /// <summary>The client's name is the project's (<c>AiiaClientName</c>, never changed): one C# treats specially is refused or compiles.</summary>
    [Theory]
    [InlineData("file")]
    [InlineData("required")]
    [InlineData("scoped")]
    [InlineData("record")]
    [InlineData("field")]
    [InlineData("extension")]
    [InlineData("allows")]
    [InlineData("await")]
    [InlineData("async")]
    [InlineData("value")]
    [InlineData("_")]
    [InlineData("Task")]
    [InlineData("Contoso")]
    [InlineData("Consumer")]
    public void AClientNamedLikeSomethingCSharpTreatsSpeciallyCompilesOrIsRefused(string clientName)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("hostile.openapi.yaml", HostileNamesRound14Tests.Head + ClientSpec).WithClientName(clientName)]);
        if (run.GeneratorDiagnostics.Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
        {
            return;
        }

        HostileNamesRound14Tests.AssertClean(run);
    }

    /// <summary>A generated namespace (<c>AiiaNamespace</c>) of segments C# treats specially is refused or compiles.</summary>
    [Theory]
    [InlineData("global")]
    [InlineData("Contoso.global")]
    [InlineData("var")]
    [InlineData("Contoso.var")]
    [InlineData("record.file")]
    [InlineData("Contoso.required.scoped")]
    [InlineData("Contoso.await.async")]
    [InlineData("Contoso.dynamic")]
    [InlineData("Contoso.value.field")]
    [InlineData("Contoso.System")]
    [InlineData("Contoso.HostileClient")]
    [InlineData("Contoso.Pet")]
    [InlineData("Contoso.Consumer.Pet")]
    [InlineData("Contoso.nameof")]
    [InlineData("nameof.Contoso")]
    [InlineData("Contoso._")]
    [InlineData("Contoso.Properties")]
    [InlineData("Contoso.request")]
    [InlineData("Contoso.Kind")]
    public void AGeneratedNamespaceOfSegmentsCSharpTreatsSpeciallyCompilesOrIsRefused(string generatedNamespace)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("hostile.openapi.yaml", HostileNamesRound14Tests.Head + ClientSpec).WithNamespace(generatedNamespace)]);
        if (run.GeneratorDiagnostics.Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
        {
            return;
        }

        HostileNamesRound14Tests.AssertClean(run);
    }

    /// <summary>A second spec in the namespace whose client (named by the project, never changed) is named like a
    /// class the first spec derives: refused (a diagnostic) or compiles.</summary>
    [Theory]
    [InlineData("HostileClientOptions")]
    [InlineData("HostileClientJsonCollections")]
    [InlineData("HostileClientServiceCollectionExtensions")]
    [InlineData("PetJsonConverter")]
    [InlineData("ColorKind")]
    [InlineData("UnknownAnimal")]
    [InlineData("Pet")]
    [InlineData("HostileClientListOfPetJsonConverter")]
    public void ASecondSpecsClientNamedLikeAClassTheFirstDerivesIsRefusedOrCompiles(string clientName)
    {
        var run = GeneratorHarness.Run([
            SpecFile.FromText("hostile.openapi.yaml", HostileNamesRound14Tests.Head + ClientSpec),
            SpecFile.FromText("other.openapi.yaml", HostileNamesRound14Tests.Head + "paths: {}\n").WithClientName(clientName)]);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile) + string.Join("\n", run.GeneratorDiagnostics));
    }

    /// <summary>
    /// The project's own code declares, in a namespace enclosing the generated one, a name C# reads specially in the
    /// generated methods: the generated files compile (the project's own warnings about its names are its own).
    /// </summary>
    [Theory]
    [InlineData("namespace Contoso.nameof { public class X { } }")]
    [InlineData("namespace Contoso { public class nameof { } }")]
    [InlineData("namespace Contoso { public class dynamic { } }")]
    [InlineData("namespace Contoso { public class _ { } }")]
    [InlineData("namespace Contoso { public class value { } }")]
    [InlineData("namespace Contoso.request { public class X { } }")]
    [InlineData("namespace Contoso { public class Properties { } }")]
    [InlineData("namespace Contoso { public class HostileClient { } }")]
    [InlineData("namespace Contoso { public static class Extensions { public static void ConfigureAwait(this object o, bool b) { } } }")]
    public void ProjectCodeEnclosingTheGeneratedNamespaceLeavesTheGeneratedFilesCompiling(string projectCode)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("hostile.openapi.yaml", HostileNamesRound14Tests.Head + ClientSpec)], [projectCode]);
        var generated = GeneratorHarness.Visible(run.CompilationDiagnostics).Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true).ToList();
        Assert.True(generated.Count == 0, GeneratorHarness.Describe(generated));
    }

    /// <summary>
    /// The project's own type named <c>var</c>, in the generated namespace or one it is in: every <c>var</c> local of the
    /// generated code would declare one (CS0029, CS1061 in every file), so the spec is refused, as a client named
    /// <c>var</c> is; a generic <c>var&lt;T&gt;</c> or one in a namespace beside it changes nothing.
    /// </summary>
    [Theory]
    [InlineData("namespace Contoso { public class var { } }", "Contoso.var")]
    [InlineData("public class var { }", "var")]
    [InlineData("namespace Contoso.Consumer { internal struct var { } }", "Contoso.Consumer.var")]
    [InlineData("namespace Contoso { public class var<T> { } }", null)]
    [InlineData("namespace Contoso.Other { public class var { } }", null)]
    public void AProjectTypeNamedVarThatTheGeneratedCodeSeesIsRefused(string projectCode, string? seen)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("hostile.openapi.yaml", HostileNamesRound14Tests.Head + ClientSpec)], [projectCode]);
        var generated = GeneratorHarness.Visible(run.CompilationDiagnostics).Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true).ToList();
        Assert.True(generated.Count == 0, GeneratorHarness.Describe(generated));
        var errors = run.GeneratorDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        if (seen is null)
        {
            Assert.Empty(errors);
            return;
        }

        var error = Assert.Single(errors);
        Assert.Equal("AIIA0006", error.Id);
        Assert.StartsWith($"The namespace 'Contoso.Consumer' sees the type '{seen}' of the project's own code, which would change what 'var' means in the generated code", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>A client named like a schema, or like what derives from a schema's name: the schemas step aside.</summary>
    [Theory]
    [InlineData("Pet")]
    [InlineData("PetJsonConverter")]
    [InlineData("ColorKind")]
    [InlineData("Status")]
    [InlineData("UnknownAnimal")]
    [InlineData("ListOfPet")]
    public void AClientNamedLikeASchemaOrItsDerivedNamesCompiles(string clientName) =>
        HostileNamesRound14Tests.AssertClean(GeneratorHarness.Run([SpecFile.FromText("hostile.openapi.yaml", HostileNamesRound14Tests.Head + ClientSpec).WithClientName(clientName)]));

    /// <summary>A spec with an operation of every kind the client emits something for, and the schemas a client name may meet.</summary>
    private const string ClientSpec = """
        security: [{ key: [] }, { basic: [] }]
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - { name: color, in: query, required: true, schema: { $ref: "#/components/schemas/Color" } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/Pet" } } } } }
          /status/{id}:
            get:
              operationId: getStatus
              x-aiia-polling: { timeoutParameter: wait, stateProperty: state, terminalStates: [done] }
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
                - { name: wait, in: query, schema: { type: integer } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Status" } } } }
        components:
          securitySchemes:
            key: { type: apiKey, in: header, name: X-Key }
            basic: { type: http, scheme: basic }
          schemas:
            Pet: { type: object, properties: { color: { $ref: "#/components/schemas/Color" } } }
            Color: { type: string, enum: [red, green] }
            Status: { type: object, required: [state], properties: { state: { type: string, enum: [running, done] } } }
            Animal:
              type: object
              required: [kind]
              properties: { kind: { type: string } }
              discriminator: { propertyName: kind, mapping: { pet: "#/components/schemas/Dog" } }
            Dog:
              allOf:
                - { $ref: "#/components/schemas/Animal" }
                - { type: object, properties: { bark: { type: string } } }
        """;
}

internal static class HostileRound17Cases
{
    /// <summary>Parameters named like what a client method declares or uses: its locals, its lambdas' and waiter's parameters, the client's fields.</summary>
    private const string LocalsParameters = """
                - { name: request, in: path, required: true, schema: { type: string } }
                - { name: cancellationToken, in: query, schema: { type: string } }
                - { name: response, in: query, schema: { type: string } }
                - { name: body, in: query, schema: { type: string } }
                - { name: content, in: query, schema: { type: string } }
                - { name: query, in: query, schema: { type: string } }
                - { name: path, in: query, schema: { type: string } }
                - { name: headers, in: query, schema: { type: string } }
                - { name: options, in: query, schema: { type: string } }
                - { name: progress, in: query, schema: { type: string } }
                - { name: pollSeconds, in: query, schema: { type: string } }
                - { name: state, in: query, schema: { type: string } }
                - { name: client, in: query, schema: { type: string } }
                - { name: value, in: header, schema: { type: string } }
                - { name: result, in: header, schema: { type: string } }
                - { name: item, in: header, schema: { type: array, items: { type: string } } }
                - { name: present, in: header, schema: { type: string } }
                - { name: httpClient, in: header, schema: { type: string } }
                - { name: _transport, in: cookie, schema: { type: string } }
                - { name: _options, in: cookie, schema: { type: string } }
                - { name: "options2", in: cookie, schema: { type: string } }
                - { name: "response-value", in: cookie, schema: { type: string } }

        """;

    /// <summary>Two operations that read the method name StartSession; the second starts a session.</summary>
    public const string SessionStartBesideItsNamesake = """
        paths:
          /a:
            post:
              operationId: startSession
              requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/RenewBody" } } } }
              responses:
                "200": { description: Tokens, content: { application/json: { schema: { $ref: "#/components/schemas/Tokens" } } } }
          /b:
            post:
              operationId: StartSession
              x-aiia-session-start: true
              requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/RenewBody" } } } }
              responses:
                "200": { description: Tokens, content: { application/json: { schema: { $ref: "#/components/schemas/Tokens" } } } }
          /renew:
            post:
              operationId: renew
              x-aiia-session-renewal:
                loginTokenProperty: loginToken
                storedProperties: [userHash]
                accessToken: accessToken
                accessTokenExpires: expires
                loginToken: loginToken
                loginTokenExpires: expires
                supportsUnattended: supportsUnattended
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
              required: [accessToken, expires, loginToken, supportsUnattended]
              properties:
                accessToken: { type: string }
                expires: { type: string, format: date-time }
                loginToken: { type: string }
                supportsUnattended: { type: boolean }
        """;

    public static readonly Dictionary<string, string> All = new(StringComparer.Ordinal)
    {
        ["operation-ids-that-pascal-case-alike"] = """
            paths:
              /a: { get: { operationId: get-pet, responses: { "204": { description: none } } } }
              /b: { get: { operationId: get_pet, responses: { "204": { description: none } } } }
              /c: { get: { operationId: getPet, responses: { "204": { description: none } } } }
              /d: { get: { operationId: GetPet, responses: { "204": { description: none } } } }
              /e: { get: { operationId: GET_PET, responses: { "204": { description: none } } } }
              /f: { get: { operationId: "get pet", responses: { "204": { description: none } } } }
              /g: { get: { operationId: getPet2, responses: { "204": { description: none } } } }
              /h: { get: { operationId: "get.pet", responses: { "204": { description: none } } } }
            """,
        ["derived-method-names-that-meet"] = """
            paths:
              /pets: { get: { responses: { "204": { description: none } } } }
              /Pets: { get: { responses: { "204": { description: none } } } }
              /pets/: { get: { responses: { "204": { description: none } } } }
              /pet-s: { get: { operationId: getPets, responses: { "204": { description: none } } } }
              /pets/{id}: { get: { parameters: [{ name: id, in: path, required: true, schema: { type: string } }], responses: { "204": { description: none } } } }
              /pets/by-id: { get: { responses: { "204": { description: none } } } }
              /pets/{Id}/x: { get: { parameters: [{ name: Id, in: path, required: true, schema: { type: string } }], responses: { "204": { description: none } } } }
              /pets/{id}-x: { get: { parameters: [{ name: id, in: path, required: true, schema: { type: string } }], responses: { "204": { description: none } } } }
              /2fa: { get: { responses: { "204": { description: none } } } }
              /: { get: { responses: { "204": { description: none } } }, post: { operationId: "--", responses: { "204": { description: none } } } }
            """,
        ["operations-named-like-client-members"] = """
            security: [{ key: [] }]
            paths:
              /a: { get: { operationId: Dispose, responses: { "204": { description: none } } } }
              /b: { get: { operationId: DisposeAsync, responses: { "204": { description: none } } } }
              /c: { get: { operationId: HostileClient, responses: { "204": { description: none } } } }
              /d: { get: { operationId: HostileClientOptions, responses: { "204": { description: none } } } }
              /e: { get: { operationId: ObtainCode, responses: { "204": { description: none } } } }
              /f: { get: { operationId: codeLifetime, responses: { "204": { description: none } } } }
              /g: { get: { operationId: DocumentedErrorCodes, responses: { "204": { description: none } } } }
              /h: { get: { operationId: waitForStatus, responses: { "204": { description: none } } } }
              /i: { get: { operationId: createGetStatusRequest, responses: { "204": { description: none } } } }
              /j: { get: { operationId: getAwaiter, responses: { "204": { description: none } } } }
              /k: { get: { operationId: authorizeAsync, responses: { "204": { description: none } } } }
              /l: { get: { operationId: _options, responses: { "204": { description: none } } } }
              /m: { get: { operationId: waitForStatusAsync, responses: { "204": { description: none } } } }
              /status/{id}:
                get:
                  operationId: getStatus
                  x-aiia-polling: { timeoutParameter: wait, stateProperty: state, terminalStates: [done] }
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
                    - { name: wait, in: query, schema: { type: integer } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Status" } } } }
                    "400": { description: bad, content: { application/json: { schema: { $ref: "#/components/schemas/Error" } } } }
            components:
              securitySchemes:
                key: { type: apiKey, in: header, name: X-Key }
              schemas:
                Status: { type: object, required: [state], properties: { state: { type: string, enum: [running, done] } } }
                Error: { type: object, properties: { code: { type: string, enum: [E1, E2] } } }
            """,
        ["parameters-named-like-method-locals"] = """
            security: [{ key: [] }]
            paths:
              /status/{request}:
                get:
                  operationId: getStatus
                  x-aiia-polling: { timeoutParameter: wait, stateProperty: state, terminalStates: [done] }
                  parameters:
                    - { name: wait, in: query, schema: { type: integer } }
            LOCALS
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Status" } } } }
                post:
                  operationId: send
                  parameters:
            LOCALS
                  requestBody: { content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Status" } } } }
            components:
              securitySchemes:
                key: { type: apiKey, in: header, name: X-Key }
              schemas:
                Status: { type: object, required: [state], properties: { state: { type: string, enum: [running, done] } } }
            """.Replace("LOCALS\n", LocalsParameters, StringComparison.Ordinal),
        ["parameters-named-like-contextual-keywords"] = """
            paths:
              /k/{await}/{async}:
                get:
                  operationId: keywords
                  parameters:
                    - { name: await, in: path, required: true, schema: { type: string } }
                    - { name: async, in: path, required: true, schema: { type: string, enum: [a, b] } }
                    - { name: var, in: query, required: true, schema: { type: string } }
                    - { name: nameof, in: query, schema: { type: string, enum: [c, d] } }
                    - { name: global, in: query, schema: { type: string } }
                    - { name: record, in: query, schema: { type: string } }
                    - { name: init, in: query, schema: { type: string } }
                    - { name: required, in: query, schema: { type: string } }
                    - { name: file, in: query, schema: { type: string } }
                    - { name: scoped, in: query, schema: { type: string } }
                    - { name: field, in: query, schema: { type: string } }
                    - { name: yield, in: query, schema: { type: string } }
                    - { name: get, in: query, schema: { type: string } }
                    - { name: set, in: query, schema: { type: string } }
                    - { name: when, in: query, schema: { type: string } }
                    - { name: with, in: query, schema: { type: string } }
                    - { name: and, in: query, schema: { type: string } }
                    - { name: or, in: query, schema: { type: string } }
                    - { name: not, in: query, schema: { type: string } }
                    - { name: unmanaged, in: query, schema: { type: string } }
                    - { name: notnull, in: query, schema: { type: string } }
                    - { name: args, in: query, schema: { type: string } }
                    - { name: partial, in: query, schema: { type: string } }
                    - { name: nint, in: query, schema: { type: string } }
                    - { name: from, in: query, schema: { type: string } }
                    - { name: select, in: query, schema: { type: string } }
                    - { name: __arglist, in: query, schema: { type: string } }
                    - { name: __makeref, in: query, schema: { type: string } }
                    - { name: allows, in: query, schema: { type: string } }
                    - { name: extension, in: query, schema: { type: string } }
                  responses: { "204": { description: none } }
              /f:
                post:
                  operationId: form
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          required: [await, var]
                          properties:
                            await: { type: string }
                            var: { type: string }
                            async: { type: array, items: { type: string } }
                            nameof: { type: string, enum: [x, y] }
                            global: { type: object, properties: { a: { type: string } } }
                            item: { type: array, items: { type: string, format: binary } }
                            value: { type: string, format: binary }
                  responses: { "204": { description: none } }
            """,
        ["record-properties-named-like-compiler-members"] = """
            paths: {}
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    thing: { type: string, nullable: true }
                    equalityContract: { type: string }
                    printMembers: { type: string, nullable: true }
                    deconstruct: { type: string }
                    "<Clone>$": { type: string }
                    clone: { type: string }
                    Clone: { type: string }
                    undocumentedProperties: { type: string, nullable: true }
                    set: { type: string, nullable: true }
                    _set: { type: string, nullable: true }
                    instance: { type: string, default: x }
                    defaultInstance: { type: string }
                    properties: { type: string }
                    readProperties: { type: string }
                    writeProperties: { type: string }
                    op_Equality: { type: string }
                    get_Thing: { type: string }
                    value: { type: string }
                    builder: { type: string }
                Thing2:
                  type: object
                  additionalProperties: true
                  properties:
                    thing2: { type: string }
                    Thing2: { type: string }
                    UndocumentedProperties: { type: string }
                    UndocumentedPropertiesValue: { type: string }
            """,
        ["enum-values-named-like-system-enum-members"] = """
            paths: {}
            components:
              schemas:
                Flag:
                  type: string
                  enum: [HasFlag, CompareTo, GetTypeCode, Parse, TryParse, IsDefined, GetName, GetNames, GetValues, Format, ToObject, value__, Value, IsKnown, ToWireValue, wireValue, _wireValue, kind, Kind, Flag, FlagKind, FlagJsonConverter, Unknown, Equals, ReferenceEquals, op_Equality, Deconstruct, EqualityContract]
            """,
        ["enum-values-of-digits-space-and-symbols"] = """
            paths: {}
            components:
              schemas:
                Digits:
                  type: string
                  enum: ["1", "01", "1.0", "10", "1_0", "-1", "+1", "_1", "", " ", "  ", "true", "false", "null", "1e3", "1E3", "٣", "١٠", "Ⅻ", "½", "²"]
                Mixed:
                  type: string
                  enum: ["<", "<=", "Lt", "LtEq", "lt", "=", "Eq", "Value", "!", "Not", "\t"]
            """,
        ["discriminated-base-beside-its-fallback-names"] = """
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  required: [petType]
                  properties:
                    petType: { type: string }
                    unknownPet: { type: string }
                    json: { type: string }
                  discriminator: { propertyName: petType, mapping: { dog: "#/components/schemas/Dog", unknown: "#/components/schemas/UnknownPet" } }
                Dog:
                  allOf:
                    - { $ref: "#/components/schemas/Pet" }
                    - type: object
                      properties:
                        discriminatorValue: { type: string }
                        json: { type: string }
                        dog: { type: string }
                UnknownPet:
                  allOf:
                    - { $ref: "#/components/schemas/Pet" }
                    - type: object
                      properties:
                        u: { type: string }
                UnknownPet2: { type: object, properties: { x: { type: string } } }
            """,
        ["enum-value-named-like-its-numbered-kind-enum"] = """
            paths: {}
            components:
              schemas:
                ColorKind: { type: object, properties: { a: { type: string } } }
                Color: { type: string, enum: [red, ColorKind2, ColorKind, colorKind3] }
            """,
        ["long-paths-without-operation-ids"] = """
            paths:
              ? /A/B
              : get:
                  parameters: [{ name: wait, in: query, schema: { type: integer } }]
                  x-aiia-polling: { timeoutParameter: wait, stateProperty: state, terminalStates: [done] }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, required: [state], properties: { state: { type: string } } } } } }
              ? /A/B/{C}
              : get:
                  parameters: [{ name: C, in: path, required: true, schema: { type: string } }]
                  responses: { "204": { description: none } }
            """.Replace("A", new string('a', 600), StringComparison.Ordinal).Replace("B", new string('b', 600), StringComparison.Ordinal).Replace("C", new string('c', 600), StringComparison.Ordinal),
        ["enum-values-that-yaml-reads-as-numbers-booleans-and-null"] = """
            paths: {}
            components:
              schemas:
                Plain:
                  type: string
                  enum: [1, 01, 1.0, 0x1, 1e3, true, True, yes, ~, null, .inf, -.inf, .nan, 2024-01-01, "12:30"]
                Count: { type: integer, enum: [1, 2, 3], x-enum-varnames: [One, Two, Three], x-enumNames: [One, Two, Three] }
                Holder:
                  type: object
                  properties:
                    plain: { $ref: "#/components/schemas/Plain" }
                    count: { $ref: "#/components/schemas/Count" }
            """,
        ["security-schemes-named-like-operations-and-helpers"] = """
            paths:
              /a: { get: { operationId: authorizeKey, security: [{ key: [] }], responses: { "204": { description: none } } } }
              /b: { get: { operationId: authorizeKeyOrBasic, security: [{ key: [] }, { basic: [] }], responses: { "204": { description: none } } } }
              /c: { get: { operationId: c, security: [{ key: [], basic: [] }], responses: { "204": { description: none } } } }
              /d: { get: { operationId: d, security: [{ keyAndBasic: [] }], responses: { "204": { description: none } } } }
              /e: { get: { operationId: e, security: [{ "key-and-basic": [] }, { "": [] }], responses: { "204": { description: none } } } }
              /f: { get: { operationId: f, security: [{ authorize: [] }], responses: { "204": { description: none } } } }
              /g: { get: { operationId: g, security: [{ Authorize: [] }, { key: [] }], responses: { "204": { description: none } } } }
            components:
              securitySchemes:
                key: { type: apiKey, in: header, name: X-Key }
                basic: { type: http, scheme: basic }
                keyAndBasic: { type: apiKey, in: query, name: kb }
                "key-and-basic": { type: apiKey, in: cookie, name: kb }
                "": { type: apiKey, in: header, name: X-Empty }
                authorize: { type: http, scheme: bearer }
                Authorize: { type: apiKey, in: header, name: X-Authorize }
            """,
        ["error-bodies-named-like-schemas-and-each-other"] = """
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    "204": { description: ok }
                    "404": { $ref: "#/components/responses/Pet" }
                    "409": { $ref: "#/components/responses/pet" }
                    "4XX": { description: bad, content: { application/json: { schema: { type: object, properties: { m: { type: string } } } } } }
                    "4xx": { description: bad, content: { application/json: { schema: { type: object, properties: { n: { type: string } } } } } }
                    "500": { $ref: "#/components/responses/PetJsonConverter" }
                    default: { description: other, content: { application/json: { schema: { type: object, properties: { t: { type: string } } } } } }
              /b:
                get:
                  operationId: getA4XX
                  responses:
                    "204": { description: ok }
                    default: { description: other, content: { application/json: { schema: { type: object, properties: { u: { type: string } } } } } }
            components:
              responses:
                Pet: { description: p, content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }
                pet: { description: p, content: { application/json: { schema: { type: object, properties: { b: { type: string } } } } } }
                PetJsonConverter: { description: p, content: { application/json: { schema: { type: object, properties: { c: { type: string } } } } } }
              schemas:
                Pet: { type: object, properties: { d: { type: string } } }
                GetA4XXResponse: { type: object, properties: { e: { type: string } } }
                GetADefaultResponse: { type: object, properties: { f: { type: string } } }
            """,
        ["polled-operation-whose-timeout-is-named-like-the-waiters-own-names"] = """
            paths:
              /status/{state}:
                get:
                  operationId: getStatus
                  x-aiia-polling: { timeoutParameter: pollSeconds, stateProperty: response, terminalStates: [done, Kind, Unknown] }
                  parameters:
                    - { name: state, in: path, required: true, schema: { type: string } }
                    - { name: pollSeconds, in: query, schema: { type: integer } }
                    - { name: response, in: query, schema: { type: string, enum: [a, b] } }
                    - { name: options, in: query, schema: { type: string } }
                    - { name: options2, in: query, schema: { type: string } }
                    - { name: progress, in: header, required: true, schema: { type: string } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Response" } } } }
              /wait-for-status:
                get:
                  operationId: waitForStatus
                  x-aiia-polling: { timeoutParameter: request, stateProperty: Response, terminalStates: ["true"] }
                  parameters:
                    - { name: request, in: query, schema: { type: integer } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Response" } } } }
            components:
              schemas:
                Response:
                  type: object
                  required: [response, Response]
                  properties:
                    response: { type: string, enum: [running, done, Kind, Unknown, unknown] }
                    Response: { type: string }
            """,
        ["inherited-and-copied-properties-named-like-the-record-that-gets-them"] = """
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  required: [petType]
                  properties:
                    petType: { type: string }
                    dog: { type: string, nullable: true }
                    cat: { type: string, default: c }
                    defaultDog: { type: string }
                  discriminator: { propertyName: petType, mapping: { dog: "#/components/schemas/Dog", cat: "#/components/schemas/Cat" } }
                Dog:
                  allOf:
                    - { $ref: "#/components/schemas/Pet" }
                    - { type: object, properties: { defaultCat: { type: string }, undocumentedProperties: { type: string } } }
                Cat:
                  allOf:
                    - { $ref: "#/components/schemas/Pet" }
                    - { type: object, properties: { pet: { type: string } } }
                Named: { type: object, properties: { copy: { type: string }, Copy2: { type: string } } }
                Copy:
                  allOf:
                    - { $ref: "#/components/schemas/Named" }
                    - { type: object, properties: { named: { type: string } } }
                Holder:
                  type: object
                  properties:
                    pet: { $ref: "#/components/schemas/Pet" }
                    copy: { $ref: "#/components/schemas/Copy" }
            """,
        ["session-renewal-whose-names-meet-the-renewers-own"] = """
            paths:
              /login:
                post:
                  operationId: renewAsync
                  x-aiia-session-start: true
                  requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/Body" } } } }
                  responses:
                    "200": { description: Tokens, content: { application/json: { schema: { $ref: "#/components/schemas/Response" } } } }
              /renew:
                post:
                  operationId: toSessionGrant
                  x-aiia-session-renewal:
                    loginTokenProperty: body
                    storedProperties: [renewalValues, loginToken, cancellationToken, client, response, responseValue, createGrant]
                    accessToken: response.response
                    accessTokenExpires: response.body
                    loginToken: body.response
                    loginTokenExpires: body.body
                    supportsUnattended: body.client
                  requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/Body" } } } }
                  responses:
                    "200": { description: Tokens, content: { application/json: { schema: { $ref: "#/components/schemas/Response" } } } }
            components:
              schemas:
                Body:
                  type: object
                  required: [body, renewalValues, loginToken, cancellationToken, client, response, responseValue, createGrant]
                  properties:
                    body: { type: string }
                    renewalValues: { type: string }
                    loginToken: { type: string }
                    cancellationToken: { type: string }
                    client: { type: string }
                    response: { type: string }
                    responseValue: { type: string }
                    createGrant: { type: string }
                Response:
                  type: object
                  required: [response, body]
                  properties:
                    response:
                      type: object
                      required: [response, body]
                      properties: { response: { type: string }, body: { type: string, format: date-time } }
                    body:
                      type: object
                      required: [response, body, client]
                      properties: { response: { type: string }, body: { type: string, format: date-time }, client: { type: boolean } }
            """,
        ["parameters-and-fields-that-meet-their-step-aside-names"] = """
            paths:
              /p/{body}:
                post:
                  operationId: send
                  parameters:
                    - { name: body, in: path, required: true, schema: { type: string } }
                    - { name: Body, in: query, schema: { type: string } }
                    - { name: body-parameter, in: query, schema: { type: string } }
                    - { name: bodyParameter, in: header, schema: { type: string } }
                    - { name: BODY, in: cookie, schema: { type: string } }
                    - { name: bodyParameter2, in: query, schema: { type: string } }
                    - { name: item, in: query, schema: { type: string, enum: [a, b] } }
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          required: [body]
                          properties:
                            body: { type: string }
                            bodyField: { type: array, items: { type: string } }
                            bodyParameter: { type: string, format: binary }
                            item: { type: array, items: { type: string, format: binary } }
                            itemField: { type: object, properties: { a: { type: string } } }
                            present: { type: string, enum: [x, y] }
                  responses: { "204": { description: none } }
            """,
    };
}
