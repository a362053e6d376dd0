using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Round 18's hostile-but-legal specs, aimed at the naming sources rounds 14, 16 and 17 left alone: the names the reader
/// derives for inline things (request and error bodies, parameters' and form fields' inline types, merged lookalike
/// records) meeting components and each other across operations; Unicode that cleaning changes (normalisation forms,
/// combining marks, format characters, letters outside the BMP, full-width digits); names equal to namespaces and runtime
/// types; the code exchange's overload. Each generates with nothing worse than an info, compiles at warning level
/// 9999 and is written as an assembly (round 14's check).
/// </summary>
public sealed class HostileNamesRound18Tests
{
    public static TheoryData<string> Cases => new(HostileRound18Cases.All.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void AHostileSpecGeneratesAndCompilesClean(string name) =>
        HostileNamesRound14Tests.AssertClean(HostileNamesRound14Tests.Generate(HostileRound18Cases.All[name]));

    /// <summary>
    /// Wire names of NUL, line separators, a byte-order mark, a combining mark alone and letters outside the BMP are read
    /// into their properties and written back unchanged (compiling is not enough: the converter matches them as UTF-8).
    /// </summary>
    [Theory]
    [InlineData("wire-names-with-nul-line-separators-and-byte-order-marks", "M", """{"kind":"x\u2028","\u0000":"a","a\u2028":"b","a\u2029":"c","\uFEFF":1,"\u0085":"d"}""")]
    [InlineData("letters-and-digits-outside-the-basic-plane", "Schema2", """{"\uD801\uDC00":"a","\uD801\uDC28":"b","a\uD801\uDC00b":"c","ab":"d"}""")]
    [InlineData("combining-marks-and-format-characters-inside-words", "PeT", """{"na\u0301me":"a","na\u200Dme":"b","nam\u00ADe":"c","name":"d","\u0301":"e"}""")]
    public void AHostileWireNameSurvivesARoundTrip(string name, string type, string json)
    {
        var run = HostileNamesRound14Tests.Generate(HostileRound18Cases.All[name]);
        HostileNamesRound14Tests.AssertClean(run);
        HostileNamesRound14Tests.WithType(run, type, t =>
        {
            var value = System.Text.Json.JsonSerializer.Deserialize(json, t);
            var written = System.Text.Json.JsonSerializer.Serialize(value, t);
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(written)), written);
            Assert.Null(t.GetProperty("UndocumentedProperties")?.GetValue(value)); // each name read into its own property
        });
    }

    /// <summary>
    /// Finding: a message quoted spec names with the characters that do not print, so two names that differ only by a
    /// zero-width joiner read alike ("cannot be named 'petName' (the parameter 'petName' already has that name)"), and an
    /// escape sequence in a name reached the terminal of whoever built the project. They are shown as <c>\uXXXX</c>.
    /// </summary>
    [Fact]
    public void AMessageShowsTheCharactersOfASpecNameThatDoNotPrint()
    {
        var run = HostileNamesRound14Tests.Generate("""
            paths:
              /p:
                get:
                  operationId: get
                  parameters:
                    - { name: "pet\u200DName", in: query, schema: { type: string } }
                    - { name: petName, in: query, schema: { type: string } }
                    - { name: "\u202Eq", in: query, schema: { type: string, enum: ["\e[2J", "2J"] } }
                  responses: { "204": { description: none } }
            """);
        HostileNamesRound14Tests.AssertClean(run);

        var messages = run.GeneratorDiagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains("The parameter 'petName' at paths./p.get.parameters cannot be named 'petName' (the parameter 'pet\\u200DName' already has that name); it is generated as 'petName2'." + DiagnosticAssert.GiveNameAdvice, messages);
        Assert.Contains("The enum value '2J' at paths./p.get.parameters[2].schema.enum cannot be named '_2j' (the value '\\u001B[2J' already has that name); it is generated as '_2j2'." + DiagnosticAssert.NameValuesAdvice, messages);
        Assert.All(messages, m => Assert.DoesNotContain(m, c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format));
    }

    [Theory]
    [InlineData("plain 'Pet' at components.schemas.Pet", "plain 'Pet' at components.schemas.Pet")]
    [InlineData("a\u0000b\r\n\t", "a\\u0000b\\u000D\\u000A\\u0009")]
    [InlineData("\u2028\u2029\u00AD\uFEFF\u202E", "\\u2028\\u2029\\u00AD\\uFEFF\\u202E")]
    [InlineData("Café 名前 🐶 \U0001D49C", "Café 名前 🐶 \U0001D49C")]
    [InlineData("tag\U000E0041\U000E0042", "tag\\U000E0041\\U000E0042")]
    public void PrintableWritesWhatDoesNotPrintAsAnEscape(string text, string shown) =>
        Assert.Equal(shown, Aiia.Codegen.Diagnostics.DiagnosticInfo.Printable(text));

    /// <summary>Lone surrogates (which a theory's data would not carry through unchanged) are written as escapes.</summary>
    [Fact]
    public void PrintableWritesALoneSurrogateAsAnEscape() =>
        Assert.Equal("lone\\uD800 \\uDC00x", Aiia.Codegen.Diagnostics.DiagnosticInfo.Printable("lone\uD800 \uDC00x"));

    /// <summary>
    /// Finding: a schema without letters or digits took <c>Schema</c> ahead of a later schema the spec names
    /// <c>Schema</c>, which became <c>Schema3</c>: the stand-in now yields to the spec's own name, whatever the order.
    /// </summary>
    [Fact]
    public void ASchemaNamedSchemaKeepsItsNameFromOneWithoutLettersBeforeIt()
    {
        var run = HostileNamesRound14Tests.Generate("""
            paths: {}
            components:
              schemas:
                "--": { type: object, properties: { a: { type: string } } }
                "@": { type: object, properties: { b: { type: string } } }
                Schema: { type: object, properties: { c: { type: string } } }
                Schema2: { type: object, properties: { d: { type: string } } }
            """);
        HostileNamesRound14Tests.AssertClean(run);

        Assert.Equal(
            [
                "The schema '--' at components.schemas.-- cannot be named '--' (a C# name needs a letter or digit); it is generated as 'Schema3'. Rename it in the spec, or give it an 'x-aiia-name', to choose the name yourself.",
                "The schema '@' at components.schemas.@ cannot be named '@' (a C# name needs a letter or digit); it is generated as 'Schema4'. Rename it in the spec, or give it an 'x-aiia-name', to choose the name yourself.",
            ],
            run.GeneratorDiagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        HostileNamesRound14Tests.WithType(run, "Schema", t => Assert.NotNull(t.GetProperty("C")));
        HostileNamesRound14Tests.WithType(run, "Schema3", t => Assert.NotNull(t.GetProperty("A")));
    }

    /// <summary>Finding: a second schema without letters or digits was reported twice ('Schema' taken; no letters), each saying 'Schema2'.</summary>
    [Fact]
    public void ASecondSchemaWithoutLettersIsReportedOnce()
    {
        var run = HostileNamesRound14Tests.Generate("""
            paths: {}
            components:
              schemas:
                "--": { type: object, properties: { a: { type: string } } }
                "@": { type: object, properties: { b: { type: string } } }
            """);
        HostileNamesRound14Tests.AssertClean(run);

        Assert.Equal(
            [
                "The schema '--' at components.schemas.-- cannot be named '--' (a C# name needs a letter or digit); it is generated as 'Schema'. Rename it in the spec, or give it an 'x-aiia-name', to choose the name yourself.",
                "The schema '@' at components.schemas.@ cannot be named '@' (a C# name needs a letter or digit); it is generated as 'Schema2'. Rename it in the spec, or give it an 'x-aiia-name', to choose the name yourself.",
            ],
            run.GeneratorDiagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// Finding: C# leaves format characters out of a name, so a client named <c>Pe\u200DtClient</c> declared
    /// <c>PetClient</c>, which a schema of that name (and <c>PetClientOptions</c>) took as well: CS0101, CS0261. Such a
    /// client name is refused, saying the name C# reads.
    /// </summary>
    [Theory]
    [InlineData("Pe\u200DtClient", "Pe\\u200DtClient")]
    [InlineData("Pe\u00ADtClient", "Pe\\u00ADtClient")]
    [InlineData("PetClient\uFEFF", "PetClient\\uFEFF")]
    public void AClientNameHoldingAFormatCharacterIsRefused(string clientName, string shown)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("hostile.openapi.yaml", HostileNamesRound14Tests.Head + "paths: {}\n").WithClientName(clientName)]);

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0006", error.Id);
        Assert.Equal(
            $"The client name '{shown}' holds a format character, which C# leaves out of the name: it reads 'PetClient' at the AiiaClientName of hostile.openapi.yaml. Set AiiaClientName on the AdditionalFiles item to the name C# reads, 'PetClient', e.g. AiiaClientName=\"PetsClient\".",
            error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.Sources);
    }

    /// <summary>
    /// Finding: a header or cookie parameter whose name is not an HTTP token (a space, a colon, non-ASCII) became a
    /// method argument that failed every call giving it (the transport refuses the header, the request the cookie). It
    /// is left out, with the warning saying why.
    /// </summary>
    [Theory]
    [InlineData("header", "X Trace")]
    [InlineData("header", "X-Trace:")]
    [InlineData("header", "名前")]
    [InlineData("header", "X-H\u2028")]
    [InlineData("cookie", "a=b")]
    [InlineData("cookie", "a;b")]
    public void AHeaderOrCookieParameterWhoseNameIsNotATokenIsLeftOut(string location, string name)
    {
        var run = HostileNamesRound14Tests.Generate($$"""
            paths:
              /p:
                get:
                  operationId: get
                  parameters:
                    - { name: ok, in: query, schema: { type: string } }
                    - { name: "{{name.Replace("\u2028", "\\u2028", StringComparison.Ordinal)}}", in: {{location}}, required: true, schema: { type: string } }
                  responses: { "204": { description: none } }
            """);

        var warning = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0034", warning.Id);
        Assert.StartsWith($"The {location} parameter '{Aiia.Codegen.Diagnostics.DiagnosticInfo.Printable(name)}' at paths./p.get.parameters[1] cannot be sent and is left out of the method. A {location} name is an HTTP token", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.True(GeneratorHarness.Visible(run.CompilationDiagnostics).IsEmpty);
        var client = Assert.Single(run.Sources, s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains("GetAsync(string? ok = null, global::System.Threading.CancellationToken cancellationToken = default)", client, StringComparison.Ordinal);
    }

    /// <summary>Likewise an API key sent in a header or cookie whose name is not a token: the scheme is ignored, with the warning saying why.</summary>
    [Theory]
    [InlineData("header", "X Key")]
    [InlineData("cookie", "k\u00E9y")]
    public void AnApiKeySchemeInAHeaderOrCookieWhoseNameIsNotATokenIsIgnored(string location, string name)
    {
        var run = HostileNamesRound14Tests.Generate($$"""
            security: [{ key: [] }, { other: [] }]
            paths:
              /p: { get: { operationId: get, responses: { "204": { description: none } } } }
            components:
              securitySchemes:
                key: { type: apiKey, in: {{location}}, name: "{{name}}" }
                other: { type: apiKey, in: header, name: X-Other }
            """);

        var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "AIIA0030");
        Assert.StartsWith($"An apiKey scheme in the {location} '{name.Replace("\\u00E9", "é", StringComparison.Ordinal)}' at components.securitySchemes.key is not supported", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.True(GeneratorHarness.Visible(run.CompilationDiagnostics).IsEmpty);
        Assert.DoesNotContain(run.Sources, s => s.Text.Contains(name.Replace("\\u00E9", "é", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    /// <summary>
    /// A client (<c>AiiaClientName</c>, never changed) or namespace spelled with characters C# allows in identifiers but
    /// a spec name loses when cleaned (combining marks, format characters), beside schemas whose cleaned names read
    /// alike: refused (a located diagnostic) or compiles.
    /// </summary>
    [Theory]
    [InlineData("Pe\u200DtClient", null)]
    [InlineData("Pe\u00ADtClient", null)]
    [InlineData("Pe\u0301tClient", null)]
    [InlineData("P\u00E9tClient", null)]
    [InlineData("PetClient", "Contoso.Pe\u200Dt")]
    [InlineData("PetClient", "Contoso.Pe\u0301t")]
    [InlineData("PetClient", "Contoso.Pet\u200DClient")]
    public void AClientOrNamespaceSpelledWithMarksAndFormatCharactersIsRefusedOrCompiles(string clientName, string? generatedNamespace)
    {
        const string spec = """
            paths:
              /a: { get: { operationId: get, responses: { "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/PetClient" } } } } } } }
            components:
              schemas:
                PetClient: { type: object, properties: { a: { type: string } } }
                "Pe\u200DtClient": { type: object, properties: { b: { type: string } } }
                "Pe\u0301tClient": { type: object, properties: { c: { type: string } } }
                "P\u00E9tClient": { type: object, properties: { d: { type: string } } }
                PetClientOptions: { type: object, properties: { e: { type: string } } }
                Pet: { type: object, properties: { f: { type: string } } }
            """;
        var run = GeneratorHarness.Run([SpecFile.FromText("hostile.openapi.yaml", HostileNamesRound14Tests.Head + spec).WithClientName(clientName).WithNamespace(generatedNamespace)]);
        HostileNamesRound14Tests.AssertRefusedOrClean(run);
    }

    /// <summary>
    /// A spec file whose name gives the default client name (<c>PascalCase(file) + "Client"</c>) from nothing, a digit,
    /// a keyword, a format character, another script or a letter number: refused (a located diagnostic) or compiles.
    /// </summary>
    [Theory]
    [InlineData("-.openapi.yaml")]
    [InlineData("1.openapi.yaml")]
    [InlineData("class.openapi.yaml")]
    [InlineData("var.openapi.yaml")]
    [InlineData("a\u200Db.openapi.yaml")]
    [InlineData("\u200D.openapi.yaml")]
    [InlineData("名前.openapi.yaml")]
    [InlineData("\u216B.openapi.yaml")]
    [InlineData("pet.openapi.yaml")]
    public void ASpecFileNamedSoItsClientNameIsOddIsRefusedOrCompiles(string fileName)
    {
        var run = HostileNamesRound14Tests.Generate("""
            paths:
              /a: { get: { operationId: get, responses: { "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/PetClient" } } } } } } }
            components:
              schemas:
                PetClient: { type: object, properties: { a: { type: string } } }
                Client: { type: object, properties: { b: { type: string } } }
                _1Client: { type: object, properties: { c: { type: string } } }
                ClassClient: { type: object, properties: { d: { type: string } } }
            """, fileName);
        HostileNamesRound14Tests.AssertRefusedOrClean(run);
    }

    /// <summary>
    /// A generated namespace (<c>AiiaNamespace</c>) named like a type or namespace the generated code refers to, or one
    /// inside them, is refused (a located diagnostic) or compiles.
    /// </summary>
    [Theory]
    [InlineData("Aiia")]
    [InlineData("Aiia.Codegen")]
    [InlineData("Aiia.Codegen.Runtime.ApiJson")]
    [InlineData("Aiia.Codegen.Runtime.Generated")]
    [InlineData("System.Threading.Tasks.Task")]
    [InlineData("System.Text.Json.JsonElement")]
    [InlineData("System.Net")]
    [InlineData("Microsoft.Extensions.DependencyInjection.Extensions")]
    [InlineData("Polly.Retry")]
    [InlineData("Contoso.System.Text")]
    [InlineData("Contoso.Aiia.Codegen.Runtime")]
    [InlineData("ApiJson")]
    [InlineData("Contoso.HostileClient.HostileClient")]
    public void AGeneratedNamespaceNamedLikeWhatTheGeneratedCodeRefersToIsRefusedOrCompiles(string generatedNamespace)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("hostile.openapi.yaml", HostileNamesRound14Tests.Head + HostileRound18Cases.All["generated-namespace-named-like-runtime-and-framework-types"]).WithNamespace(generatedNamespace)]);
        HostileNamesRound14Tests.AssertRefusedOrClean(run);
    }

    /// <summary>
    /// A request body's media type holding braces (<c>{0}</c>, a lone <c>}</c>): the emitter built the body line as a
    /// format string with the media type inside, so the spec's braces threw (AIIA0011, found by a mutation run).
    /// </summary>
    [Theory]
    [InlineData("application/json#}l'", "request.SetStreamBody(present, \"application/json#}l'\");")] // not JSON: its bytes
    [InlineData("application/{0}+json", "request.SetJsonBody(present, global::Contoso.Consumer.SendRequestJsonConverter.Instance, \"application/{0}+json\");")]
    [InlineData("text/plain{0}", "request.SetTextBody(present, \"text/plain{0}\");")]
    [InlineData("application/octet-stream}", "request.SetStreamBody(present, \"application/octet-stream}\");")]
    public void ARequestBodysMediaTypeWithBracesGeneratesAndCompilesClean(string mediaType, string line)
    {
        var schema = mediaType.StartsWith("text/", StringComparison.Ordinal) ? "{ type: string }" : "{ type: object, properties: { a: { type: string } } }";
        var run = HostileNamesRound14Tests.Generate($$"""
            paths:
              /a:
                post:
                  operationId: send
                  requestBody:
                    content:
                      "{{mediaType}}":
                        schema: {{schema}}
                  responses: { "204": { description: none } }
            """);

        HostileNamesRound14Tests.AssertClean(run);
        Assert.Contains(line, Assert.Single(run.Sources, s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }
}

internal static class HostileRound18Cases
{
    public static readonly Dictionary<string, string> All = new(StringComparer.Ordinal)
    {
        ["request-and-response-bodies-named-across-operations"] = """
            paths:
              /a:
                post:
                  operationId: createPet
                  requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { b: { type: string } } } } } }
              /b:
                post:
                  operationId: createPetRequest
                  requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { c: { type: string } } } } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { d: { type: string } } } } } }
              /c:
                post:
                  operationId: create-pet
                  requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { e: { type: string } } } } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { f: { type: string } } } } } }
              /d:
                post:
                  operationId: createPetResponse
                  requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { g: { type: string } } } } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { h: { type: string } } } } } }
            components:
              schemas:
                CreatePetRequestResponse: { type: object, properties: { x: { type: string } } }
                CreatePetResponseRequest: { type: object, properties: { y: { type: string } } }
                CreatePet2Request: { type: object, properties: { z: { type: string } } }
            """,
        ["parameter-inline-types-meeting-across-operations"] = """
            paths:
              /a:
                get:
                  operationId: list
                  parameters:
                    - { name: petsStatus, in: query, schema: { type: string, enum: [a, b] } }
                    - { name: pets-status, in: header, schema: { type: string, enum: [c, d] } }
                  responses: { "204": { description: none } }
              /b:
                get:
                  operationId: listPets
                  parameters:
                    - { name: status, in: query, schema: { type: string, enum: [e, f] } }
                    - { name: statusKind, in: query, schema: { type: string, enum: [g, h] } }
                    - { name: Response, in: query, schema: { type: string, enum: [i, j] } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { k: { type: string } } } } } }
            components:
              schemas:
                ListPetsStatus: { type: string, enum: [x, y] }
                ListPetsStatusKind2: { type: object, properties: { z: { type: string } } }
            """,
        ["form-field-inline-types-meeting-bodies-and-parameters"] = """
            paths:
              /u:
                post:
                  operationId: upload
                  parameters:
                    - { name: file, in: query, schema: { type: string, enum: [a, b] } }
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            file: { type: object, properties: { name: { type: string } } }
                            request: { type: object, properties: { r: { type: string } } }
                            fileResponse: { type: string, enum: [c, d] }
                            "400Response": { type: object, properties: { q: { type: string } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { k: { type: string } } } } } }
                    "400": { description: bad, content: { application/json: { schema: { type: object, properties: { m: { type: string } } } } } }
              /v:
                post:
                  operationId: uploadFile
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                          properties:
                            response: { type: string, enum: [e, f] }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { n: { type: string } } } } } }
            """,
        ["error-bodies-of-every-code-form-meeting-each-other"] = """
            paths:
              /a:
                get:
                  operationId: get
                  parameters:
                    - { name: "4XXResponse", in: query, schema: { type: string, enum: [a, b] } }
                    - { name: defaultResponse, in: query, schema: { type: string, enum: [c, d] } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }
                    "4XX": { description: bad, content: { application/json: { schema: { type: object, properties: { b: { type: string } } } } } }
                    "404": { description: bad, content: { application/json: { schema: { type: object, properties: { c: { type: string } } } } } }
                    "5XX": { description: bad, content: { application/json: { schema: { type: object, properties: { d: { type: string } } } } } }
                    default: { description: bad, content: { application/json: { schema: { type: object, properties: { e: { type: string } } } } } }
              /b:
                get:
                  operationId: get4
                  responses:
                    "204": { description: ok }
                    "04": { description: bad, content: { application/json: { schema: { type: object, properties: { f: { type: string } } } } } }
                    "0XX": { description: bad, content: { application/json: { schema: { type: object, properties: { g: { type: string } } } } } }
              /c:
                get:
                  operationId: getDefault
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { h: { type: string } } } } } }
                    "500": { description: bad, content: { application/json: { schema: { type: object, properties: { i: { type: string } } } } } }
            components:
              schemas:
                GetResponse: { type: object, properties: { x: { type: string } } }
                Get404Response: { type: object, properties: { y: { type: string } } }
                GetDefaultResponse: { type: object, properties: { z: { type: string } } }
                GetDefault500Response: { type: object, properties: { w: { type: string } } }
            """,
        ["shared-component-bodies-named-from-their-component"] = """
            paths:
              /a:
                post:
                  operationId: a
                  requestBody: { $ref: "#/components/requestBodies/Pet" }
                  responses:
                    "200": { $ref: "#/components/responses/Pet" }
                    "400": { $ref: "#/components/responses/PetRequest" }
              /b:
                post:
                  operationId: b
                  requestBody: { $ref: "#/components/requestBodies/PetResponse" }
                  responses:
                    "200": { $ref: "#/components/responses/pet" }
            components:
              requestBodies:
                Pet: { required: true, content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }
                PetResponse: { required: true, content: { application/json: { schema: { type: object, properties: { b: { type: string } } } } } }
              responses:
                Pet: { description: p, content: { application/json: { schema: { type: object, properties: { c: { type: string } } } } } }
                pet: { description: p, content: { application/json: { schema: { type: object, properties: { d: { type: string } } } } } }
                PetRequest: { description: p, content: { application/json: { schema: { type: object, properties: { e: { type: string } } } } } }
              schemas:
                Pet: { type: object, properties: { f: { type: string } } }
                PetRequest: { type: object, properties: { g: { type: string } } }
                PetResponse: { type: object, properties: { h: { type: string } } }
            """,
        ["lookalike-records-merged-beside-components-of-their-names"] = """
            paths: {}
            components:
              schemas:
                Error:
                  type: object
                  properties:
                    details:
                      type: array
                      items:
                        anyOf:
                          - { type: object, required: [issue], properties: { issue: { type: string, enum: [A] }, field: { type: string } } }
                          - { type: object, required: [issue], properties: { issue: { type: string, enum: [B] }, field: { type: string } } }
                          - { type: object, required: [issue], properties: { issue: { type: string, enum: [C] }, field: { type: string } } }
                    other:
                      anyOf:
                        - { type: object, properties: { kind: { type: string, enum: [x] } } }
                        - { type: object, properties: { kind: { type: string, enum: [y] } } }
                ErrorDetailsItem: { type: object, properties: { a: { type: string } } }
                ErrorDetailsItemIssue: { type: string, enum: [q] }
                ErrorOther: { type: object, properties: { b: { type: string } } }
                ErrorOtherKind: { type: object, properties: { c: { type: string } } }
                ErrorOtherOption1: { type: object, properties: { d: { type: string } } }
            """,
        ["unicode-normalisation-forms-of-one-name"] = """
            paths: {}
            components:
              schemas:
                "Caf\u00E9": { type: object, properties: { "caf\u00E9": { type: string }, "cafe\u0301": { type: string }, cafe: { type: string }, "CAFE\u0301": { type: string } } }
                "Cafe\u0301": { type: object, properties: { x: { type: string } } }
                Cafe: { type: object, properties: { y: { type: string } } }
                "\u212Bngstr\u00F6m": { type: object, properties: { z: { type: string } } }
                "\u00C5ngstr\u00F6m": { type: object, properties: { w: { type: string } } }
                Choice:
                  type: string
                  enum: ["caf\u00E9", "cafe\u0301", "cafe", "\u212B", "\u00C5", "A\u030A"]
            """,
        ["combining-marks-and-format-characters-inside-words"] = """
            paths:
              /p:
                get:
                  operationId: "get\u00ADPet"
                  parameters:
                    - { name: "pet\u200DName", in: query, schema: { type: string } }
                    - { name: "pet\u00ADname", in: query, schema: { type: string } }
                    - { name: petName, in: query, schema: { type: string } }
                    - { name: "pet\u200Bname", in: query, schema: { type: string } }
                    - { name: "\uFEFFpetName", in: query, schema: { type: string } }
                  responses: { "204": { description: none } }
              /q:
                get:
                  operationId: getPet
                  responses: { "204": { description: none } }
            components:
              schemas:
                "Pe\u0301t": { type: object, properties: { "na\u0301me": { type: string }, "na\u200Dme": { type: string }, "nam\u00ADe": { type: string }, name: { type: string }, "\u0301": { type: string } } }
                "Pe\u200Dt": { type: object, properties: { a: { type: string } } }
                "\u0300\u0301": { type: object, properties: { b: { type: string } } }
                "\u200D": { type: string, enum: ["\u200D", "\u00AD", "\u0301", "a\u0301", "a"] }
            """,
        ["letters-and-digits-outside-the-basic-plane"] = """
            paths:
              "/\U00010400":
                get:
                  operationId: "\U00010400\U00010401"
                  parameters:
                    - { name: "\U00010400", in: query, schema: { type: string } }
                    - { name: "\U0001D7CE", in: query, schema: { type: string } }
                  responses: { "204": { description: none } }
              "/\U0001D7CF":
                get:
                  responses: { "204": { description: none } }
            components:
              schemas:
                "\U00010400": { type: object, properties: { "\U00010400": { type: string }, "\U00010428": { type: string }, "a\U00010400b": { type: string }, ab: { type: string } } }
                "\U00010428": { type: object, properties: { x: { type: string } } }
                "\U0001D7CE": { type: string, enum: ["\U0001D7CE", "\U0001D7CF", "\U00010400", "0"] }
                Schema: { type: object, properties: { y: { type: string } } }
            """,
        ["full-width-and-other-script-digits"] = """
            paths:
              /d:
                get:
                  operationId: "\uFF11\uFF12"
                  parameters:
                    - { name: "\uFF11", in: query, schema: { type: string } }
                    - { name: "1", in: query, schema: { type: string } }
                    - { name: "\u0661", in: query, schema: { type: string } }
                  responses: { "204": { description: none } }
            components:
              schemas:
                "\uFF11\uFF12": { type: object, properties: { "\uFF11": { type: string }, "1": { type: string }, "_1": { type: string } } }
                "12": { type: object, properties: { x: { type: string } } }
                "\uFF30\uFF45\uFF54": { type: object, properties: { "\uFF50\uFF45\uFF54": { type: string } } }
                Pet: { type: object, properties: { y: { type: string } } }
                Digits: { type: string, enum: ["\uFF11", "1", "\u0661", "\u0967", "_1", "\uFF3F1"] }
            """,
        ["names-that-clean-to-nothing-everywhere"] = """
            security: [{ "!": [] }, { "?": [] }]
            paths:
              /a/{-}:
                post:
                  operationId: "---"
                  parameters:
                    - { name: "-", in: path, required: true, schema: { type: string } }
                    - { name: "--", in: query, schema: { type: string, enum: ["-", "+"] } }
                    - { name: " ", in: query, schema: { type: object, properties: { "": { type: string } } } }
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            "*a": { type: string, enum: ["*", "/"] }
                            "/a": { type: object, properties: { "%": { type: string } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/~01" } } } }
              /b:
                get:
                  operationId: "+++"
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { "": { type: string }, "@": { type: string } } } } } }
            components:
              securitySchemes:
                "!": { type: apiKey, in: header, name: X-A }
                "?": { type: apiKey, in: header, name: X-B }
              schemas:
                "~1": { type: object, properties: { "": { type: string }, "-": { type: string }, "+": { type: object, properties: { "=": { type: string } } } } }
                "@": { type: string, enum: ["", "-", "+", "Value"] }
                "$": { oneOf: [{ type: string }, { type: object, properties: { "#": { type: string } } }] }
                Schema2: { type: object, properties: { a: { type: string } } }
                Property: { type: object, properties: { "": { type: string }, property: { type: string } } }
            """,
        ["schemas-named-like-namespaces-the-generated-code-uses"] = """
            paths:
              /a:
                get:
                  operationId: get
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/System" } } } }
            components:
              schemas:
                System: { type: object, properties: { microsoft: { $ref: "#/components/schemas/Microsoft" } } }
                Microsoft: { type: object, properties: { aiia: { $ref: "#/components/schemas/Aiia" } } }
                Aiia: { type: object, properties: { global: { type: string } } }
                global: { type: object, properties: { system: { type: string } } }
                Contoso: { type: object, properties: { consumer: { type: string } } }
                Consumer: { type: object, properties: { contoso: { type: string } } }
                Polly: { type: string, enum: [System, Microsoft, Aiia, global, Contoso] }
                Threading: { type: object, properties: { tasks: { type: string } } }
                Tasks: { type: object, properties: { task: { type: string } } }
                Text: { type: object, properties: { json: { type: string } } }
                Json: { type: object, properties: { serialization: { type: string } } }
                Codegen: { type: object, properties: { runtime: { type: string } } }
                Runtime: { type: object, properties: { codegen: { type: string } } }
            """,
        ["schemas-named-like-runtime-and-framework-types"] = """
            paths:
              /a:
                post:
                  operationId: send
                  parameters:
                    - { name: kind, in: query, schema: { $ref: "#/components/schemas/ApiRequest" } }
                  requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/HttpClient" } } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Task" } } } }
                    "400": { description: bad, content: { application/json: { schema: { $ref: "#/components/schemas/ApiException" } } } }
              /b:
                get:
                  operationId: poll
                  x-aiia-polling: { timeoutParameter: wait, stateProperty: state, terminalStates: [done] }
                  parameters:
                    - { name: wait, in: query, schema: { type: integer } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Task" } } } }
            components:
              schemas:
                Task: { type: object, required: [state], properties: { state: { type: string, enum: [running, done] }, result: { $ref: "#/components/schemas/PollResult" } } }
                HttpClient: { type: object, properties: { baseAddress: { type: string } } }
                ApiException: { type: object, properties: { statusCode: { type: integer } } }
                ApiRequest: { type: string, enum: [get, post] }
                PollResult: { type: object, properties: { value: { type: string } } }
                PollOptions: { type: object, properties: { deadline: { type: string } } }
                CancellationToken: { type: object, properties: { a: { type: string } } }
                String: { type: object, properties: { b: { type: string } } }
                Object: { type: object, properties: { c: { type: string } } }
                Guid: { type: object, properties: { d: { type: string, format: uuid } } }
                JsonElement: { type: object, properties: { e: {} } }
                JsonSerializerOptions: { type: object, properties: { f: { type: string } } }
                Utf8JsonReader: { type: object, properties: { g: { type: string } } }
                IReadOnlyList: { type: object, properties: { h: { type: array, items: { type: string } } } }
                Nullable: { type: object, properties: { i: { type: integer, nullable: true } } }
                GeneratedCode: { type: object, properties: { j: { type: string } } }
                GeneratedCodeAttribute: { type: object, properties: { k: { type: string } } }
                JsonConverter: { type: object, properties: { l: { type: string } } }
                JsonConverterAttribute: { type: object, properties: { m: { type: string } } }
                Obsolete: { type: object, deprecated: true, properties: { n: { type: string, deprecated: true } } }
                ObsoleteAttribute: { type: object, properties: { o: { type: string } } }
                NotNullWhen: { type: object, properties: { p: { type: string } } }
                IEquatable: { type: object, properties: { q: { type: string } } }
                ApiJsonObjectConverter: { type: object, properties: { r: { type: string } } }
                SingleUseCode: { type: object, properties: { s: { type: string } } }
                IServiceCollection: { type: object, properties: { t: { type: string } } }
                IHttpClientBuilder: { type: object, properties: { u: { type: string } } }
            """,
        ["schemas-named-like-converter-internals"] = """
            paths: {}
            components:
              schemas:
                Properties: { type: object, properties: { properties: { type: string }, instance: { type: string } } }
                Instance: { type: object, properties: { readProperties: { type: string } } }
                ReadProperties: { type: object, properties: { writeProperties: { type: string } } }
                WriteProperties: { type: object, properties: { a: { $ref: "#/components/schemas/Properties" } } }
                UnknownMembers: { type: object, properties: { b: { type: string } } }
                Shape:
                  type: object
                  required: [kind]
                  properties: { kind: { type: string }, properties: { $ref: "#/components/schemas/Properties" }, instance: { $ref: "#/components/schemas/Instance" } }
                  discriminator: { propertyName: kind }
                Circle:
                  allOf:
                    - { $ref: "#/components/schemas/Shape" }
                    - { type: object, properties: { unknownMembers: { $ref: "#/components/schemas/UnknownMembers" }, readProperties: { type: string } } }
                Options: { type: object, properties: { reader: { type: string }, writer: { type: string }, state: { type: string }, options: { type: string }, value: { type: string } } }
                Reader: { type: object, properties: { c: { type: string } } }
                Writer: { type: object, properties: { d: { type: string } } }
                State: { type: object, properties: { e: { type: string } } }
                Members: { type: object, properties: { f: { type: string } } }
                V0: { type: object, properties: { v0: { type: string }, v1: { type: string } } }
            """,
        ["union-internals-named-like-alternatives"] = """
            paths: {}
            components:
              schemas:
                _index: { type: object, properties: { a: { type: string } } }
                Index: { type: object, properties: { b: { type: string } } }
                Value: { type: object, properties: { c: { type: string } } }
                U:
                  oneOf:
                    - { $ref: "#/components/schemas/_index" }
                    - { $ref: "#/components/schemas/Value" }
                    - { type: object, title: json, properties: { d: { type: string } } }
                    - { type: object, title: from json, properties: { e: { type: string } } }
                    - { type: object, title: is json, properties: { f: { type: string } } }
                    - { type: object, title: u, properties: { g: { type: string } } }
                    - { type: integer }
                V:
                  anyOf:
                    - { type: object, title: value, properties: { h: { type: string } } }
                    - { type: object, title: object, properties: { i: { type: string } } }
                    - { type: object, title: index, properties: { j: { type: string } } }
                    - { type: string, enum: [try get] }
            """,
        ["record-members-the-compiler-writes-as-component-names"] = """
            paths: {}
            components:
              schemas:
                EqualityContract: { type: object, properties: { equalityContract: { type: string } } }
                PrintMembers: { type: object, properties: { printMembers: { type: string } } }
                Deconstruct: { type: object, properties: { deconstruct: { type: string } } }
                Clone: { type: object, properties: { clone: { type: string } } }
                GetHashCode: { type: string, enum: [a] }
                ToWireValue: { type: string, enum: [ToWireValue, Kind] }
                Kind: { type: string, enum: [Kind, KindKind, Value] }
                Match: { oneOf: [{ type: string }, { type: integer }] }
                Switch: { oneOf: [{ type: string }, { type: boolean }] }
                ToStringModel: { type: object, properties: { a: { type: string } } }
                Holder:
                  type: object
                  properties:
                    equalityContract: { $ref: "#/components/schemas/EqualityContract" }
                    clone: { $ref: "#/components/schemas/Clone" }
                    kind: { $ref: "#/components/schemas/Kind" }
                    match: { $ref: "#/components/schemas/Match" }
                ToString: { type: object, properties: { toString: { type: string } } }
            """,
        ["properties-named-like-their-record-in-every-spelling"] = """
            paths: {}
            components:
              schemas:
                pet-store:
                  type: object
                  required: [petStore]
                  properties:
                    petStore: { type: string }
                    pet_store: { type: string }
                    PETSTORE: { type: string }
                    PetStoreValue: { type: string }
                    "pet store": { type: string, default: x }
                    defaultPetStore: { type: string }
                PetStoreValue:
                  type: object
                  properties:
                    petStoreValue: { type: string }
                    petStoreValueValue: { type: string }
                Inline:
                  type: object
                  properties:
                    inline:
                      type: object
                      properties:
                        inlineInline: { type: string }
                        InlineInline: { type: string }
            """,
        ["enum-values-named-like-the-enum-and-its-kind-in-every-spelling"] = """
            paths: {}
            components:
              schemas:
                pet-state:
                  type: string
                  enum: [petState, PET_STATE, pet-state, PetStateKind, petStateKind, PetStateJsonConverter, Unknown, unknown, UNKNOWN, Value, value, IsKnown, isKnown]
                Holder:
                  type: object
                  properties:
                    state: { $ref: "#/components/schemas/pet-state" }
                    inline: { type: string, enum: [HolderInline, holderInline, Kind, kind, Equals, equals] }
            """,
        ["discriminator-values-that-pascal-case-alike"] = """
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  required: [petType]
                  properties:
                    petType: { type: string, enum: [a-b, a_b, A B, aB] }
                  discriminator:
                    propertyName: petType
                    mapping: { a-b: "#/components/schemas/AB", a_b: "#/components/schemas/A_B", A B: "#/components/schemas/a-b", aB: "#/components/schemas/AB" }
                AB: { allOf: [{ $ref: "#/components/schemas/Pet" }, { type: object, properties: { x: { type: string } } }] }
                A_B: { allOf: [{ $ref: "#/components/schemas/Pet" }, { type: object, properties: { y: { type: string } } }] }
                a-b: { allOf: [{ $ref: "#/components/schemas/Pet" }, { type: object, properties: { z: { type: string } } }] }
                U:
                  oneOf:
                    - { $ref: "#/components/schemas/Cat" }
                    - { $ref: "#/components/schemas/cat" }
                  discriminator: { propertyName: t, mapping: { Cat: "#/components/schemas/cat", cat: "#/components/schemas/Cat" } }
                Cat: { type: object, required: [t], properties: { t: { type: string } } }
                cat: { type: object, required: [t], properties: { t: { type: string }, w: { type: string } } }
            """,
        ["code-exchange-whose-body-names-meet-the-overload"] = """
            paths:
              /token:
                post:
                  operationId: exchange
                  x-aiia-code-exchange: { codeProperty: code, lifetimeSeconds: 60 }
                  parameters:
                    - { name: code, in: query, schema: { type: string } }
                    - { name: body, in: query, schema: { type: string } }
                    - { name: codeLifetime, in: query, schema: { type: string } }
                  requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/Code" } } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/SingleUseCode" } } } }
            components:
              schemas:
                Code:
                  type: object
                  required: [code]
                  properties:
                    code: { type: string }
                    Code: { type: string }
                    redeem: { type: string }
                SingleUseCode: { type: object, properties: { obtainCode: { type: string }, parseRedirect: { type: string } } }
            """,
        ["code-exchange-whose-code-property-is-renamed"] = """
            paths:
              /token:
                post:
                  operationId: exchangeAsync
                  x-aiia-code-exchange: { codeProperty: "-", lifetimeSeconds: 1, redirectCodeParameter: "\"", redirectErrorParameter: "\\" }
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          type: object
                          required: ["-"]
                          properties:
                            "-": { type: string }
                            property: { type: string }
                  responses: { "204": { description: none } }
            """,
        ["code-exchange-with-an-all-of-body"] = """
            paths:
              /token:
                post:
                  operationId: exchange
                  x-aiia-code-exchange: { codeProperty: code, lifetimeSeconds: 60 }
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          allOf:
                            - { $ref: "#/components/schemas/Base" }
                            - { type: object, required: [code], properties: { code: { type: string } } }
                  responses: { "204": { description: none } }
            components:
              schemas:
                Base: { type: object, properties: { exchange: { type: string }, exchangeRequest: { type: string } } }
                ExchangeRequest: { type: object, properties: { a: { type: string } } }
            """,
        ["inline-names-meeting-property-derived-names"] = """
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    tags: { type: array, items: { type: object, properties: { a: { type: string } } } }
                    tagsItem: { type: object, properties: { b: { type: string } } }
                    attrs: { type: object, additionalProperties: { type: object, properties: { c: { type: string } } } }
                    attrsValue: { type: object, properties: { d: { type: string } } }
                    kind: { oneOf: [{ type: string }, { type: object, properties: { e: { type: string } } }] }
                    kindOption2: { type: object, properties: { f: { type: string } } }
                    pet: { type: object, properties: { g: { type: string } } }
                    status: { type: string, enum: [a, b] }
                    statusKind: { type: string, enum: [c, d] }
                    statusJsonConverter: { type: object, properties: { h: { type: string } } }
                PetPet: { type: object, properties: { i: { type: string } } }
                PetTagsItem2: { type: object, properties: { j: { type: string } } }
            """,
        ["fallback-of-a-base-named-unknown"] = """
            paths: {}
            components:
              schemas:
                Unknown:
                  type: object
                  required: [kind]
                  properties: { kind: { type: string }, unknown: { type: string }, unknownUnknown: { type: string } }
                  discriminator: { propertyName: kind }
                Known:
                  allOf:
                    - { $ref: "#/components/schemas/Unknown" }
                    - { type: object, properties: { known: { type: string }, json: { type: string } } }
                UnknownUnknown: { type: object, properties: { x: { type: string } } }
                unknown-unknown: { type: object, properties: { y: { type: string } } }
                UnknownUnknownJsonConverter: { type: object, properties: { z: { type: string } } }
            """,
        ["union-alternatives-titled-like-generic-parameters-and-lambda-names"] = """
            paths: {}
            components:
              schemas:
                TResult: { type: object, properties: { a: { type: string } } }
                U:
                  oneOf:
                    - { $ref: "#/components/schemas/TResult" }
                    - { type: object, title: t, properties: { b: { type: string } } }
                    - { type: object, title: value, properties: { c: { type: string } } }
                    - { type: object, title: on json, properties: { d: { type: string } } }
                    - { type: object, title: bool, properties: { e: { type: string } } }
                    - { type: integer }
                V:
                  oneOf:
                    - { type: object, title: t result, properties: { f: { type: string } } }
                    - { type: object, title: func, properties: { g: { type: string } } }
                    - { type: object, title: action, properties: { h: { type: string } } }
                    - { type: string }
            """,
        ["polled-inline-response-with-an-inline-state-enum-named-like-components"] = """
            paths:
              /status:
                get:
                  operationId: getStatus
                  x-aiia-polling: { timeoutParameter: wait, stateProperty: state, terminalStates: [done] }
                  parameters:
                    - { name: wait, in: query, schema: { type: integer } }
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: { type: object, required: [state], properties: { state: { type: string, enum: [running, done] } } }
            components:
              schemas:
                GetStatusResponse: { type: object, properties: { a: { type: string } } }
                GetStatusResponseState: { type: string, enum: [x] }
                GetStatusResponse2State: { type: object, properties: { b: { type: string } } }
                WaitForStatus: { type: object, properties: { c: { type: string } } }
                PollResult: { type: object, properties: { d: { type: string } } }
            """,
        ["case-mappings-outside-ascii-that-camel-case-to-ascii"] = """
            paths:
              /k/{id}:
                post:
                  operationId: "\u212Aeep"
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
                    - { name: "\u0130d", in: query, schema: { type: string } }
                    - { name: "\u212Aey", in: query, schema: { type: string } }
                    - { name: key, in: query, schema: { type: string } }
                    - { name: "\u0130nt", in: query, schema: { type: string } }
                    - { name: "\u0130f", in: query, schema: { type: string } }
                    - { name: "\u0131d", in: query, schema: { type: string } }
                    - { name: "\u017Fet", in: query, schema: { type: string } }
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            "\u212Aey": { type: string }
                            "\u0130s": { type: string }
                            "is": { type: string }
                            "b\u0130ody": { type: string }
                            "\u0130tem": { type: string }
                  responses: { "204": { description: none } }
              /l:
                post:
                  operationId: keep
                  responses: { "204": { description: none } }
            components:
              schemas:
                "\u212Aey": { type: object, properties: { "\u212Aey": { type: string }, key: { type: string }, "\u0130d": { type: string }, id: { type: string }, "\u0131d": { type: string } } }
                Key: { type: object, properties: { a: { type: string } } }
                "\u01C4": { type: string, enum: ["\u01C4", "\u01C5", "\u01C6", "D\u017D", "Dz", "dz"] }
            """,
        ["inline-types-of-bodies-and-parameters-meeting-each-other"] = """
            paths:
              /a:
                post:
                  operationId: createPet
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: { type: object, properties: { status: { type: string, enum: [a, b] }, tags: { type: array, items: { type: object, properties: { t: { type: string } } } } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: array, items: { type: object, properties: { u: { type: string } } } } } } }
              /b:
                get:
                  operationId: createPetRequest
                  parameters:
                    - { name: status, in: query, schema: { type: string, enum: [c, d] } }
                    - { name: tagsItem, in: query, schema: { type: object, properties: { v: { type: string } } } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: array, items: { type: string, enum: [e, f] } } } } }
              /c:
                get:
                  operationId: createPetResponse
                  parameters:
                    - { name: item, in: query, schema: { type: string, enum: [g, h] } }
                  responses: { "204": { description: none } }
            components:
              schemas:
                CreatePetRequestStatus: { type: object, properties: { w: { type: string } } }
                CreatePetResponseItem: { type: string, enum: [i] }
            """,
        ["operations-without-ids-meeting-operations-with-them"] = """
            paths:
              /pets/{id}:
                get:
                  parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }
                    "404": { description: bad, content: { application/json: { schema: { type: object, properties: { b: { type: string } } } } } }
              /pets/by-id:
                get:
                  operationId: getPetsById
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { c: { type: string } } } } } }
                    "404": { description: bad, content: { application/json: { schema: { type: object, properties: { d: { type: string } } } } } }
              /pets:
                post:
                  requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { e: { type: string } } } } } }
                  responses: { "204": { description: none } }
                put:
                  operationId: postPets
                  requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { f: { type: string } } } } } }
                  responses: { "204": { description: none } }
            components:
              schemas:
                GetPetsByIdResponse: { type: object, properties: { g: { type: string } } }
                PostPetsRequest: { type: object, properties: { h: { type: string } } }
            """,
        ["two-polled-operations-whose-waiters-meet"] = """
            paths:
              /a:
                get:
                  operationId: getStatus
                  x-aiia-polling: { timeoutParameter: wait, stateProperty: state, terminalStates: [done] }
                  parameters: [{ name: wait, in: query, schema: { type: integer } }]
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Status" } } } }
              /b:
                get:
                  operationId: status
                  x-aiia-polling: { timeoutParameter: wait, stateProperty: state, terminalStates: [done] }
                  parameters: [{ name: wait, in: query, schema: { type: integer } }]
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Status" } } } }
              /c:
                get:
                  operationId: get-status
                  x-aiia-polling: { timeoutParameter: wait, stateProperty: state, terminalStates: [done] }
                  parameters: [{ name: wait, in: query, schema: { type: integer } }]
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Status" } } } }
              /d:
                get:
                  operationId: waitForStatus2
                  responses: { "204": { description: none } }
              /e:
                get:
                  operationId: statusAsync
                  responses: { "204": { description: none } }
            components:
              schemas:
                Status: { type: object, required: [state], properties: { state: { type: string, enum: [running, done] } } }
            """,
        ["lookalike-records-whose-merged-values-pascal-case-alike"] = """
            paths: {}
            components:
              schemas:
                Problem:
                  type: object
                  properties:
                    details:
                      type: array
                      items:
                        oneOf:
                          - { type: object, required: [issue], properties: { issue: { type: string, enum: [a-b] }, field: { type: string } } }
                          - { type: object, required: [issue], properties: { issue: { type: string, enum: [a_b, a-b] }, field: { type: string } } }
                          - { type: object, required: [issue], properties: { issue: { type: string, const: A B }, field: { type: string } } }
                          - { type: object, required: [issue], properties: { issue: { type: string, enum: [Unknown, Kind, ProblemDetailsItemIssue] }, field: { type: string } } }
            """,
        ["titled-inline-records-and-enums-named-like-their-holders"] = """
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  title: pet
                  properties:
                    owner: { type: object, title: Pet, properties: { a: { type: string } } }
                    kind: { type: string, title: PetKind, enum: [x, y] }
                    shape: { title: Pet Shape, oneOf: [{ type: string }, { type: object, title: Pet, properties: { b: { type: string } } }] }
                PetOwner: { type: object, properties: { c: { type: string } } }
            """,
        ["defaults-naming-renamed-enum-members"] = """
            paths:
              /p:
                get:
                  operationId: get
                  parameters:
                    - { name: mode, in: query, schema: { $ref: "#/components/schemas/Mode" } }
                    - { name: inline, in: query, schema: { type: string, enum: [Unknown, Kind, a-b, a_b], default: a_b } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Box" } } } }
            components:
              schemas:
                Mode: { type: string, enum: [Unknown, Kind, ToString, Equals, Mode, ModeKind, a-b, a_b, "", "-"], default: Kind }
                Box:
                  type: object
                  properties:
                    a: { $ref: "#/components/schemas/Mode" }
                    b: { allOf: [{ $ref: "#/components/schemas/Mode" }], default: Unknown }
                    c: { allOf: [{ $ref: "#/components/schemas/Mode" }], default: ToString }
                    d: { allOf: [{ $ref: "#/components/schemas/Mode" }], default: Mode }
                    e: { allOf: [{ $ref: "#/components/schemas/Mode" }], default: a_b }
                    f: { allOf: [{ $ref: "#/components/schemas/Mode" }], default: "" }
                    g: { allOf: [{ $ref: "#/components/schemas/Mode" }], default: "-" }
                    h: { type: string, enum: [Box, box, DefaultH, Unknown], default: box }
                    defaultH: { type: string }
                    box: { type: string, enum: [x, y], default: y }
            """,
        ["polled-state-on-a-record-whose-names-step-aside"] = """
            paths:
              /s:
                get:
                  operationId: getState
                  x-aiia-polling: { timeoutParameter: state, stateProperty: state, terminalStates: [Unknown, Kind, done] }
                  parameters:
                    - { name: state, in: query, schema: { type: integer } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/State" } } } }
            components:
              schemas:
                State:
                  type: object
                  required: [state]
                  properties:
                    state: { type: string, enum: [running, Unknown, Kind, done, State, StateKind] }
                    State: { type: string }
            """,
        ["descriptions-and-titles-that-break-out-of-comments"] = """
            paths:
              /d:
                get:
                  operationId: get
                  summary: "*/ class X { } /* </summary> <!-- ]]> &amp; & < > \" '"
                  description: "</remarks><summary>x</summary>\u2028line\u2029para\u0085next\r\nend"
                  parameters:
                    - { name: q, in: query, description: "</param><param name=\"cancellationToken\">", schema: { type: string } }
                  responses:
                    "200": { description: "*/", content: { application/json: { schema: { $ref: "#/components/schemas/D" } } } }
            components:
              schemas:
                D:
                  title: "*/ </summary>"
                  description: "<see cref=\"Nope\"/> <code>*/</code> ///"
                  type: object
                  properties:
                    a: { type: string, description: "</summary>\n/// <summary>", default: "*/\"\\" }
                    b: { type: string, enum: ["*/", "</c>", "\"", "\\"], description: "\u0000" }
                U:
                  description: "<typeparam name=\"TResult\">"
                  oneOf:
                    - { type: object, title: "*/ <c>", description: "</summary>", properties: { c: { type: string } } }
                    - { type: integer }
            """,
        ["generated-namespace-named-like-runtime-and-framework-types"] = """
            paths:
              /a:
                get:
                  operationId: get
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/ApiJson" } } } }
            components:
              schemas:
                ApiJson: { type: object, properties: { a: { type: string } } }
                ApiRequest: { type: object, properties: { b: { type: string } } }
                SingleUseCode: { type: object, properties: { c: { type: string } } }
                JsonElement: { type: object, properties: { d: { type: string } } }
            """,
        ["derived-properties-that-pascal-case-like-inherited-ones"] = """
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  required: [petType]
                  properties:
                    petType: { type: string }
                    name: { type: string }
                    default_color: { type: string }
                    color: { type: string, default: red }
                  discriminator: { propertyName: petType }
                Dog:
                  allOf:
                    - { $ref: "#/components/schemas/Pet" }
                    - type: object
                      properties:
                        Name: { type: string }
                        NAME: { type: integer }
                        pet_type: { type: string }
                        defaultColor: { type: string }
                        Color: { type: string, default: blue }
                U:
                  type: object
                  properties:
                    shared: { type: string }
                    kind: { type: string }
                  oneOf:
                    - { $ref: "#/components/schemas/Cat" }
                    - { $ref: "#/components/schemas/Bird" }
                  discriminator: { propertyName: kind }
                Cat: { type: object, properties: { Shared: { type: integer }, kind: { type: string }, KIND: { type: string } } }
                Bird: { type: object, properties: { shared_: { type: boolean } } }
            """,
        ["schema-pointers-into-inline-places"] = """
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters:
                    - $ref: "#/components/parameters/P"
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { type: object, properties: { a: { type: string, enum: [x, y] } } } } } }
              /other:
                get:
                  operationId: other
                  parameters:
                    - { name: p, in: query, schema: { $ref: "#/components/parameters/P/schema" } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/paths/~1pets/get/responses/200/content/application~1json/schema" } } } }
            components:
              parameters:
                P: { name: p, in: query, schema: { type: string, enum: [m, n] } }
              schemas:
                Pet:
                  type: object
                  properties:
                    tags: { type: array, items: { type: object, properties: { t: { type: string } } } }
                    status: { type: string, enum: [a, b] }
                    "/~": { type: object, properties: { u: { type: string } } }
                    "2fa": { type: object, properties: { v: { type: string } } }
                U: { oneOf: [{ type: string }, { type: object, properties: { w: { type: string } } }] }
                Holder:
                  type: object
                  properties:
                    a: { $ref: "#/components/schemas/Pet/properties/tags/items" }
                    b: { $ref: "#/components/schemas/Pet/properties/status" }
                    c: { $ref: "#/components/schemas/Pet/properties/~1~0" }
                    d: { $ref: "#/components/schemas/Pet/properties/2fa" }
                    e: { $ref: "#/components/schemas/U/oneOf/1" }
                    f: { $ref: "#/components/schemas/Pet/properties/tags" }
                    g: { $ref: "#/paths/~1pets/get/responses/200/content/application~1json/schema/properties/a" }
                    h: { $ref: "#/components/parameters/P/schema" }
                PetTagsItem: { type: object, properties: { z: { type: string } } }
                PetStatus: { type: string, enum: [q] }
                PetSchema: { type: object, properties: { z: { type: string } } }
                Pet_2fa: { type: object, properties: { z: { type: string } } }
                UOneOf_1: { type: object, properties: { z: { type: string } } }
                ParametersPSchema: { type: string, enum: [r] }
            """,
        ["wire-names-with-nul-line-separators-and-byte-order-marks"] = """
            x-aiia-error-codes: ["a\0b", "c\u2028d", "\u0085"]
            security: [{ "k\u2029": [] }]
            paths:
              "/p/{i\u2028d}":
                get:
                  operationId: "get\0Pet"
                  parameters:
                    - { name: "i\u2028d", in: path, required: true, schema: { type: string } }
                    - { name: "q\0", in: query, schema: { type: string, enum: ["\0", "\u2028", "\u0085", "\uFEFF"] } }
                    - { name: "X-H\u0085", in: query, schema: { type: string } }
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/N" } } } }
            components:
              securitySchemes:
                "k\u2029": { type: apiKey, in: header, name: "X-K" }
              schemas:
                N:
                  type: object
                  required: ["\0"]
                  properties:
                    "\0": { type: string }
                    "a\u2028": { type: string, default: "\u2028\u2029\0" }
                    "a\u2029": { type: string }
                    "\uFEFF": { type: integer }
                    kind: { type: string }
                  discriminator: { propertyName: kind, mapping: { "x\u2028": "#/components/schemas/M" } }
                M:
                  allOf:
                    - { $ref: "#/components/schemas/N" }
                    - { type: object, properties: { "\u0085": { type: string } } }
            """,
        ["path-placeholders-that-camel-case-alike"] = """
            paths:
              "/p/{a-b}/{a_b}/{a.b}/{AB}":
                get:
                  operationId: get
                  parameters:
                    - { name: a-b, in: path, required: true, schema: { type: string } }
                    - { name: a_b, in: path, required: true, schema: { type: integer } }
                    - { name: a.b, in: path, required: true, schema: { type: string, enum: [x, y] } }
                    - { name: AB, in: path, required: true, schema: { type: string } }
                    - { name: aB, in: query, schema: { type: string } }
                  responses: { "204": { description: none } }
            """,
        ["multipart-and-form-field-names-with-quotes-and-line-breaks"] = """
            paths:
              /m:
                post:
                  operationId: upload
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            "a\"b": { type: string }
                            "a\\b": { type: string }
                            "a\r\nContent-Type: text/html": { type: string, format: binary }
                            "名前": { type: string }
                            "a\tb": { type: array, items: { type: string } }
                  responses: { "204": { description: none } }
              /f:
                post:
                  operationId: form
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                          properties:
                            "a&b=c": { type: string }
                            "a b": { type: string }
                            "a\"b": { type: string }
                  responses: { "204": { description: none } }
            """,
        ["security-schemes-spelled-with-format-characters-and-marks"] = """
            security: [{ "api\u200DKey": [] }, { apiKey: [] }, { "api\u00ADkey": [] }, { "Ke\u0301y": [] }]
            paths:
              /a: { get: { operationId: get, responses: { "204": { description: none } } } }
            components:
              securitySchemes:
                "api\u200DKey": { type: apiKey, in: header, name: "X-A" }
                apiKey: { type: apiKey, in: header, name: X-B }
                "api\u00ADkey": { type: apiKey, in: query, name: "b\u00AD" }
                "Ke\u0301y": { type: http, scheme: basic }
            """,
        ["discriminated-records-named-like-converter-internals"] = """
            paths: {}
            components:
              schemas:
                Members:
                  type: object
                  required: [kind]
                  properties: { kind: { type: string }, members: { type: string }, reader: { type: string } }
                  discriminator: { propertyName: kind, mapping: { p: "#/components/schemas/Properties", i: "#/components/schemas/Instance", r: "#/components/schemas/Reader" } }
                Properties: { allOf: [{ $ref: "#/components/schemas/Members" }, { type: object, properties: { properties: { type: string } } }] }
                Instance: { allOf: [{ $ref: "#/components/schemas/Members" }, { type: object, properties: { instance: { type: string } } }] }
                Reader: { allOf: [{ $ref: "#/components/schemas/Members" }, { type: object, properties: { options: { type: string } } }] }
                ReadProperties: { allOf: [{ $ref: "#/components/schemas/Members" }, { type: object, properties: { writeProperties: { type: string } } }] }
                Options:
                  oneOf: [{ $ref: "#/components/schemas/Writer" }, { $ref: "#/components/schemas/State" }]
                  discriminator: { propertyName: type }
                Writer: { type: object, required: [type], properties: { type: { type: string }, writer: { type: string } } }
                State: { type: object, required: [type], properties: { type: { type: string }, state: { type: string } } }
            """,
        ["unions-named-like-the-type-parameter-of-their-match"] = """
            paths: {}
            components:
              schemas:
                TResult: { oneOf: [{ type: string }, { type: integer }] }
                T-Result: { anyOf: [{ type: boolean }, { type: object, properties: { a: { type: string } } }] }
                Holder:
                  type: object
                  properties:
                    r: { $ref: "#/components/schemas/TResult" }
                    t: { oneOf: [{ type: string }, { type: array, items: { type: string } }] }
            """,
    };
}
