using System.Globalization;
using System.Text.Json;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Round 21's hostile-but-legal specs, aimed at the names a spec gives (<c>x-aiia-name</c>, <c>x-ms-client-name</c>,
/// <c>x-enum-varnames</c>, <c>x-enumNames</c>, <c>x-ms-enum</c>): given names equal to what generated code declares
/// (<c>UndocumentedProperties</c>, <c>EqualityContract</c>, <c>Unknown</c>, <c>cancellationToken</c>), to keywords, to
/// each other and to other wire names; on inherited, copied and discriminated properties, shared parameters, path
/// placeholders, headers, cookies, exploded objects and form fields; enum name lists beside nulls and repeated values;
/// and inline types named from given names. Each must be clean (round 14's <see cref="HostileNamesRound14Tests.AssertClean"/>).
/// </summary>
public sealed class HostileNamesRound21Tests
{
    public static TheoryData<string> Cases => new(HostileRound21Cases.All.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void AHostileSpecGeneratesAndCompilesClean(string name) =>
        HostileNamesRound14Tests.AssertClean(HostileNamesRound14Tests.Generate(HostileRound21Cases.All[name]), HostileRound21Cases.Tolerated.GetValueOrDefault(name));

    /// <summary>
    /// Finding: a later <c>allOf</c> part (or the schema's own <c>properties</c>) that redefines a property to say more of
    /// it (<c>readOnly</c>, a description) without a name dropped the name an earlier part gave: <c>Base.id</c> named
    /// <c>petId</c> became <c>Pet.Id</c> without a word. The redefinition keeps it now (and when its own cannot be used,
    /// AIIA0064 says the earlier stays); one that gives its own wins.
    /// </summary>
    [Fact]
    public void ARedefinitionWithoutANameKeepsTheNameAnEarlierPartGave()
    {
        var run = HostileNamesRound14Tests.Generate(HostileRound21Cases.All["given-names-in-allof-parts-redefined-without-one"]);

        HostileNamesRound14Tests.AssertClean(run);
        Assert.Equal("PetId,Marker,Title,UndocumentedProperties", PropertyNamesOf(run, "Pet"));

        // One that cannot be used says the earlier name stays.
        var unusable = HostileNamesRound14Tests.Generate(HostileRound21Cases.All["given-names-in-allof-parts-redefined-without-one"]
            .Replace("id: { type: string, readOnly: true }", "id: { type: string, readOnly: true, x-aiia-name: '*' }", StringComparison.Ordinal));
        var warning = Assert.Single(unusable.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("'x-aiia-name' at components.schemas.Pet.allOf[1].properties.id is not used: it has no letter or digit, so the C# name comes from the name an earlier definition gives, 'petId'. Write the C# name as text, e.g. 'x-aiia-name: petName'.", warning.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("PetId,Marker,Title,UndocumentedProperties", PropertyNamesOf(unusable, "Pet"));
    }

    /// <summary>
    /// Finding: a name a derived schema gives a property its discriminated base declares was dropped without a word (the
    /// derived record inherits the base's C# member, which it cannot rename); now AIIA0064 at it, and the base's name stays.
    /// </summary>
    [Fact]
    public void ANameGivenToAnInheritedPropertyIsAWarningAndTheBasesNameStays()
    {
        var run = HostileNamesRound14Tests.Generate(HostileRound21Cases.InheritedRenamed);

        Assert.Equal(
            [
                "AIIA0064 (25,48) 'x-aiia-name' on the inherited property 'name' at components.schemas.Dog is not used: the base schema 'Animal' names it 'Label', and C# cannot rename an inherited member. Give the name on the base schema's property 'name'.",
                "AIIA0064 (33,53) 'x-ms-client-name' on the inherited property 'kind' at components.schemas.Cat is not used: the base schema 'Animal' names it 'Kind', and C# cannot rename an inherited member. Give the name on the base schema's property 'kind'.",
            ],
            run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => $"{d.Id} {DiagnosticAssert.LineColumn(d)} {d.GetMessage(CultureInfo.InvariantCulture)}"));
        Assert.True(GeneratorHarness.Visible(run.CompilationDiagnostics).IsEmpty, GeneratorHarness.Describe(run.CompilationDiagnostics));
        Assert.Equal("Kind,Label,Legs,UndocumentedProperties", PropertyNamesOf(run, "Animal"));
        Assert.Equal("Kind,Label,Legs,UndocumentedProperties,Age,Title", PropertyNamesOf(run, "Dog", inherited: true));

        // Read through the base: the discriminator picks Dog, each value lands in its member and is written back by wire name.
        const string json = """{"kind":"Dog","name":"Rex","age":3,"legs":4,"bark":"woof"}""";
        HostileNamesRound14Tests.WithType(run, "Animal", type =>
        {
            var dog = JsonSerializer.Deserialize(json, type)!;
            var derived = dog.GetType();
            Assert.Equal("Dog", derived.Name);
            Assert.Equal(["Rex", 3, 4, "woof"], new[] { "Label", "Legs", "Age", "Title" }.Select(p => derived.GetProperty(p)!.GetValue(dog)));
            Assert.Equal(json, JsonSerializer.Serialize(dog, type));
        });
    }

    /// <summary>Properties whose given names swap their wire names read and write each value under its own wire name.</summary>
    [Fact]
    public void SwappedGivenNamesReadAndWriteTheWireNames()
    {
        var run = HostileNamesRound14Tests.Generate(HostileRound21Cases.All["property-given-names-swapped-and-shared"]);

        HostileNamesRound14Tests.AssertClean(run);
        Assert.Equal("B,A,Same,Same2,Same3,C,F,UndocumentedProperties", PropertyNamesOf(run, "Pet"));
        const string json = """{"a":"1","b":"2","c":"3","d":"4","e":"5","f":"6","same":"7"}""";
        HostileNamesRound14Tests.WithType(run, "Pet", type =>
        {
            var pet = JsonSerializer.Deserialize(json, type)!;
            Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], new[] { "B", "A", "Same", "Same2", "Same3", "C", "F" }.Select(p => type.GetProperty(p)!.GetValue(pet)));
            Assert.Equal(json, JsonSerializer.Serialize(pet, type));
        });
    }

    /// <summary>Placeholders whose given names swap their wire names: the path is built from each placeholder's own value.</summary>
    [Fact]
    public void SwappedPlaceholderNamesStillFillTheirOwnPlaceholders()
    {
        var run = HostileNamesRound14Tests.Generate(HostileRound21Cases.All["parameters-given-names-swapped-across-locations"]);

        HostileNamesRound14Tests.AssertClean(run);
        var client = run.SourceEndingWith(".Client.g.cs");
        // {id} is the path-level parameter named 'name', {name} the operation's named 'id' (then numbered: the header has 'id').
        Assert.Contains("Get(\"/r/\" + global::Aiia.Codegen.Runtime.ApiRequest.EscapePath(name, \"name\") + \"/\" + global::Aiia.Codegen.Runtime.ApiRequest.EscapePath(id2, \"id2\"), \"get\", \"/r/{id}/{name}\")", client, StringComparison.Ordinal);
        Assert.Contains("request.AddHeader(\"X-Name\", global::Aiia.Codegen.Runtime.ApiFormat.Format(id));", client, StringComparison.Ordinal);
        Assert.Contains("request.AddCookie(\"session\", global::Aiia.Codegen.Runtime.ApiFormat.Format(name2));", client, StringComparison.Ordinal);
        Assert.Contains("request.AddQuery(\"q\", global::Aiia.Codegen.Runtime.ApiFormat.Format(xName));", client, StringComparison.Ordinal);
        // The exploded object's properties swap their C# names, each still sent under its wire name.
        Assert.Contains("request.AddQuery(\"page\", global::Aiia.Codegen.Runtime.ApiFormat.Format(__a1.Size));", client, StringComparison.Ordinal);
        Assert.Contains("request.AddQuery(\"size\", global::Aiia.Codegen.Runtime.ApiFormat.Format(__a1.Page));", client, StringComparison.Ordinal);
    }

    /// <summary>
    /// With <c>AiiaShareIdenticalSchemas</c>, inline records and enums identical but for the names the spec gives their
    /// properties or values are different types: sharing one would lose one's names.
    /// </summary>
    [Fact]
    public void SchemasIdenticalButForGivenNamesAreNotShared()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("hostile.openapi.yaml", HostileNamesRound14Tests.Head + HostileRound21Cases.IdenticalButForNames).WithShareIdenticalSchemas()]);

        HostileNamesRound14Tests.AssertClean(run);
        Assert.Equal("Identifier,S,UndocumentedProperties", PropertyNamesOf(run, "AResponse"));
        Assert.Equal("Key,S,UndocumentedProperties", PropertyNamesOf(run, "BResponse"));
        Assert.Equal("Id,S,UndocumentedProperties", PropertyNamesOf(run, "CResponse"));
        Assert.Equal("Ex,Why", StaticNamesOf(run, "AResponseS"));
        Assert.Equal("Ecks,Wye", StaticNamesOf(run, "BResponseS"));
        Assert.Equal("X,Y", StaticNamesOf(run, "CResponseS"));
        // 'd' is alike but for nothing: it shares c's record, so sharing is on.
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.DResponse"));
    }

    private static string StaticNamesOf(GeneratorRun run, string type) =>
        string.Join(",", run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + type)!.GetMembers().OfType<IPropertySymbol>().Where(p => p.IsStatic).Select(p => p.Name));

    /// <summary>
    /// Finding: the session renewer's <c>ToSessionGrant(response, userHash)</c> named the stored value's parameter after
    /// its wire name while the body's property was named by its <c>x-aiia-name</c> (<c>CustomerId</c>); the parameter
    /// follows the given name now. The renewal still fills the properties and reads the response by their C# names.
    /// </summary>
    [Fact]
    public void AStoredValuesParameterIsNamedByThePropertysGivenName()
    {
        var spec = HostileNamesRound14Tests.RenewalBody.Replace("STORED", "[userHash]", StringComparison.Ordinal)
            .Replace("userHash: { type: string }\n        loginToken: { type: string }", "userHash: { type: string, x-aiia-name: customerId }\n        loginToken: { type: string, x-aiia-name: response }", StringComparison.Ordinal)
            .Replace("loginToken: { type: string }\n            LoginToken:", "loginToken: { type: string, x-aiia-name: refresh }\n            LoginToken:", StringComparison.Ordinal)
            .Replace("accessToken: { type: string }", "accessToken: { type: string, x-aiia-name: bearer }", StringComparison.Ordinal);
        Assert.Equal(4, spec.Split("x-aiia-name").Length - 1);
        var run = HostileNamesRound14Tests.Generate(spec);

        HostileNamesRound14Tests.AssertClean(run);
        var sessions = Assert.Single(run.Sources, s => s.HintName.EndsWith(".Sessions.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains("ToSessionGrant(global::Contoso.Consumer.Tokens response, string customerId)", sessions, StringComparison.Ordinal);
        Assert.Contains("\"userHash\", customerId", sessions, StringComparison.Ordinal);
        Assert.Contains("AccessToken = response.Session.Bearer,", sessions, StringComparison.Ordinal);
        Assert.Contains("LoginToken = response.Login.LoginToken,", sessions, StringComparison.Ordinal); // 'refresh' left it free
        Assert.Contains("Response = loginToken,", sessions, StringComparison.Ordinal); // the body's login token, by its C# name
    }

    /// <summary>A code exchange names its code property by wire name: the one given the other's name is what it fills.</summary>
    [Fact]
    public void ACodeExchangeFillsTheCodeByItsPropertysGivenName()
    {
        var run = HostileNamesRound14Tests.Generate(HostileRound21Cases.All["given-names-on-a-code-exchange"]);

        HostileNamesRound14Tests.AssertClean(run);
        var client = run.SourceEndingWith(".Client.g.cs");
        Assert.Contains("new global::Contoso.Consumer.ExchangeCodeRequest { Body = code.Redeem(_transport.TimeProvider) };", client, StringComparison.Ordinal);
    }

    /// <summary>
    /// Finding: a rename of a name the spec gives ended with "Give it an 'x-aiia-name'" (or "Name the values in
    /// 'x-enum-varnames'"), which it already has; the advice now says to give another.
    /// </summary>
    [Fact]
    public void ARenamedGivenNameIsAdvisedToBeAnotherGivenName()
    {
        var run = HostileNamesRound14Tests.Generate(HostileRound21Cases.GivenNamesTaken);

        Assert.True(GeneratorHarness.Visible(run.CompilationDiagnostics).IsEmpty, GeneratorHarness.Describe(run.CompilationDiagnostics));
        Assert.Equal(
            [
                "(20,38) The enum value 'y' at components.schemas.Pet.properties.s.enum cannot be named 'X' (the value 'x' already has that name); it is generated as 'X2'." + DiagnosticAssert.OtherValueNameAdvice,
                "(20,41) The enum value 'z' at components.schemas.Pet.properties.s.enum cannot be named 'Kind' (the generated type has a member of that name); it is generated as 'KindValue'." + DiagnosticAssert.OtherValueNameAdvice,
                "(17,9) The property 'b' at components.schemas.Pet.properties cannot be named 'Same' (the property 'a' already has that name); it is generated as 'Same2'." + DiagnosticAssert.OtherGivenNameAdvice,
                "(18,9) The property 'same' at components.schemas.Pet.properties cannot be named 'Same' (the property 'a' already has that name); it is generated as 'Same3'." + DiagnosticAssert.GiveNameAdvice,
                "(19,9) The property 'c' at components.schemas.Pet.properties cannot be named 'EqualityContract' (the generated type has a member of that name); it is generated as 'EqualityContractValue'." + DiagnosticAssert.OtherGivenNameAdvice,
                "(8,71) The parameter 'b' at paths./r.get.parameters cannot be named 'a' (the parameter 'a' already has that name); it is generated as 'a2'." + DiagnosticAssert.OtherGivenNameAdvice,
                "(8,138) The parameter 'c' at paths./r.get.parameters cannot be named 'body' (a parameter or local of every generated method already has that name); it is generated as 'bodyParameter'." + DiagnosticAssert.OtherGivenNameAdvice,
            ],
            run.GeneratorDiagnostics.Select(d => $"{DiagnosticAssert.LineColumn(d)} {d.GetMessage(CultureInfo.InvariantCulture)}"));
    }

    private static string PropertyNamesOf(GeneratorRun run, string type, bool inherited = false)
    {
        var symbol = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + type)!;
        var types = inherited && symbol.BaseType is { SpecialType: SpecialType.None } baseType && baseType.Name != "Object" ? new[] { baseType, symbol } : [symbol];
        return string.Join(",", types.SelectMany(t => t.GetMembers()).OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic && !p.IsImplicitlyDeclared && !p.IsOverride && p.DeclaredAccessibility == Accessibility.Public).Select(p => p.Name));
    }
}

internal static class HostileRound21Cases
{
    private static string Answering(string schema, string components) => HostileRound20Cases.Answering(schema, components);

    /// <summary>A record <c>Pet</c> of string properties, each <c>wire: given</c>.</summary>
    private static string PetGiven(params string[] pairs) => Answering("Pet", "  schemas:\n    Pet:\n      type: object\n      properties:\n"
        + string.Concat(pairs.Select(p => p.Split(':', 2) is var kv ? $"        \"{kv[0]}\": {{ type: string, x-aiia-name: \"{kv[1].Trim()}\" }}\n" : string.Empty)));

    /// <summary>A GET <c>/r</c> with the query parameters, each <c>wire: given</c> (integers).</summary>
    private static string QueryGiven(params string[] pairs) => $$"""
        paths:
          /r:
            get:
              operationId: get
              parameters: [{{string.Join(", ", pairs.Select(p => p.Split(':', 2) is var kv ? $"{{ name: \"{kv[0]}\", in: query, x-aiia-name: \"{kv[1].Trim()}\", schema: {{ type: integer }} }}" : string.Empty))}}]
              responses: { "204": { description: none } }
        """;

    /// <summary>An enum <c>Status</c> with <paramref name="values"/> (flow list text) and the names (flow list text).</summary>
    private static string EnumNamed(string values, string names, string extension = "x-enum-varnames") =>
        Answering("Status", $"  schemas:\n    Status: {{ type: string, enum: {values}, {extension}: {names} }}\n");

    /// <summary>A discriminated base and two derived records that give its properties names of their own.</summary>
    public static readonly string InheritedRenamed = Answering("Animal", """
          schemas:
            Animal:
              type: object
              required: [kind]
              discriminator: { propertyName: kind }
              properties:
                kind: { type: string }
                name: { type: string, x-aiia-name: label }
                age: { type: integer, x-aiia-name: legs }
            Dog:
              allOf:
                - $ref: "#/components/schemas/Animal"
                - type: object
                  properties:
                    name: { type: string, x-aiia-name: title }
                    legs: { type: integer, x-aiia-name: age }
                    bark: { type: string, x-aiia-name: title }
            Cat:
              allOf:
                - $ref: "#/components/schemas/Animal"
                - type: object
                  properties:
                    kind: { type: string, x-ms-client-name: species }
                    age: { type: integer, x-aiia-name: legs }
        """);

    /// <summary>Four operations answering inline records alike but for the names given their property (the last two give none).</summary>
    public static readonly string IdenticalButForNames = """
        paths:
          /a: { get: { operationId: a, responses: { "200": { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string, x-aiia-name: identifier }, s: { type: string, enum: [x, y], x-enum-varnames: [Ex, Why] } } } } } } } } }
          /b: { get: { operationId: b, responses: { "200": { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string, x-aiia-name: key }, s: { type: string, enum: [x, y], x-enum-varnames: [Ecks, Wye] } } } } } } } } }
          /c: { get: { operationId: c, responses: { "200": { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string }, s: { type: string, enum: [x, y] } } } } } } } } }
          /d: { get: { operationId: d, responses: { "200": { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string }, s: { type: string, enum: [x, y] } } } } } } } } }
        """;

    /// <summary>Given names taken by another given name, a wire name, a generated member, and a method's own name.</summary>
    public static readonly string GivenNamesTaken = $$"""
        paths:
          /r:
            get:
              operationId: get
              parameters: [{ name: a, in: query, schema: { type: integer } }, { name: b, in: query, x-aiia-name: a, schema: { type: integer } }, { name: c, in: query, x-aiia-name: body, schema: { type: integer } }]
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Pet" } } } }
        components:
          schemas:
            Pet:
              type: object
              properties:
                a: { type: string, x-aiia-name: same }
                b: { type: string, x-aiia-name: Same }
                same: { type: string }
                c: { type: string, x-aiia-name: EqualityContract }
                s: { type: string, enum: [x, y, z], x-enum-varnames: [X, x, Kind] }
        """;

    /// <summary>The warnings a case is built to draw, which a real spec may keep.</summary>
    public static readonly Dictionary<string, ISet<string>> Tolerated = new(StringComparer.Ordinal)
    {
        ["enum-names-beside-a-repeated-value"] = new HashSet<string>(StringComparer.Ordinal) { "AIIA0057" },
    };

    public static readonly Dictionary<string, string> All = new(StringComparer.Ordinal)
    {
        ["property-given-the-names-every-record-declares"] = PetGiven(
            "a: UndocumentedProperties", "b: EqualityContract", "c: ToString", "d: Clone", "e: Pet", "f: GetHashCode", "g: Equals",
            "h: PrintMembers", "i: Deconstruct", "j: GetType", "k: MemberwiseClone", "l: Finalize", "m: <Clone>$", "n: ReferenceEquals", "o: _set", "p: Json"),
        ["property-given-the-default-member-of-another"] = Answering("Pet", """
              schemas:
                Pet:
                  type: object
                  properties:
                    a: { type: string, x-aiia-name: DefaultColor }
                    colour: { type: string, default: red, x-aiia-name: color }
                    b: { type: string, x-aiia-name: DefaultB }
                    c: { type: integer, default: 3, x-aiia-name: b }
            """),
        ["property-given-names-swapped-and-shared"] = PetGiven("a: b", "b: a", "c: same", "d: Same", "e: SAME", "f: c", "same: f"),
        ["property-given-keywords-digits-and-odd-characters"] = PetGiven(
            "a: class", "b: event", "c: @class", "d: v1", "e: 1st", "f: a\u200Db", "g: e\u0301", "h: __arglist", "i: value", "k: \u200D\u200Dz",
            "l: \u0660\u0661", "m: int", "n: System", "o: Contoso", "p: global", "q: " + new string('\u00e9', 1100), "r: " + new string('x', 1100) + "y", "s: " + new string('x', 1100) + "z"),
        ["inline-types-named-from-given-names-meet-components"] = Answering("Pet", """
              schemas:
                Pet:
                  type: object
                  properties:
                    x: { type: object, x-aiia-name: tag, properties: { a: { type: string } } }
                    y: { type: object, x-aiia-name: Tag, properties: { b: { type: string } } }
                    z: { type: string, enum: [a, b], x-aiia-name: kind }
                    w: { type: string, enum: [c, d], x-aiia-name: tagKind }
                    v: { oneOf: [{ type: string }, { type: integer }], x-aiia-name: tag_json_converter }
                    t: { $ref: "#/components/schemas/PetTag" }
                PetTag: { type: object, properties: { c: { type: string } } }
                PetKind: { type: string, enum: [e] }
            """),
        ["given-names-on-inherited-and-discriminated-properties"] = Answering("Animal", """
              schemas:
                Animal:
                  type: object
                  required: [kind]
                  discriminator: { propertyName: kind }
                  properties:
                    kind: { type: string, x-aiia-name: DiscriminatorValue }
                    name: { type: string, x-aiia-name: json }
                    age: { type: integer, x-aiia-name: legs }
                Dog:
                  allOf:
                    - $ref: "#/components/schemas/Animal"
                    - type: object
                      properties:
                        name: { type: string, description: The dog's name. }
                        legs: { type: integer, x-aiia-name: age }
                        bark: { type: string, x-aiia-name: name }
                Cat:
                  allOf:
                    - $ref: "#/components/schemas/Animal"
                    - type: object
                      properties:
                        kind: { type: string, x-aiia-name: DiscriminatorValue }
                        meow: { type: string, x-aiia-name: UndocumentedProperties }
            """),
        ["given-names-on-allof-copied-properties"] = Answering("Both", """
              schemas:
                Named: { type: object, properties: { name: { type: string, x-aiia-name: label }, id: { type: string, x-aiia-name: key } } }
                Tagged: { type: object, properties: { label: { type: string, x-aiia-name: name }, key: { type: string } } }
                Both:
                  allOf:
                    - $ref: "#/components/schemas/Named"
                    - $ref: "#/components/schemas/Tagged"
                    - type: object
                      properties:
                        id: { type: string, x-aiia-name: other }
            """),
        ["parameters-given-the-names-every-method-has"] = QueryGiven(
            "a: cancellationToken", "b: body", "c: options", "d: request", "e: class", "f: @class", "g: response", "h: content", "i: url", "j: this", "k: a", "cancellationToken: k"),
        ["parameters-given-names-swapped-across-locations"] = """
            paths:
              /r/{id}/{name}:
                parameters:
                  - { name: id, in: path, required: true, x-aiia-name: name, schema: { type: string } }
                  - { name: X-Name, in: header, x-aiia-name: id, schema: { type: string } }
                get:
                  operationId: get
                  parameters:
                    - { name: name, in: path, required: true, x-aiia-name: id, schema: { type: string } }
                    - { name: session, in: cookie, x-aiia-name: name, schema: { type: string } }
                    - { $ref: "#/components/parameters/Shared" }
                    - { name: paging, in: query, x-aiia-name: page, schema: { type: object, properties: { page: { type: integer, x-aiia-name: size }, size: { type: integer, x-aiia-name: page } } } }
                    - { name: filter, in: query, style: deepObject, x-aiia-name: cancellationToken, schema: { type: object, properties: { q: { type: string, x-aiia-name: filter } } } }
                  responses: { "204": { description: none } }
            components:
              parameters:
                Shared: { name: q, in: query, x-aiia-name: X-Name, schema: { type: string } }
            """,
        ["form-fields-given-the-names-of-parameters-and-method-locals"] = """
            paths:
              /r:
                post:
                  operationId: post
                  parameters:
                    - { name: limit, in: query, x-aiia-name: grant, schema: { type: integer } }
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                          properties:
                            grant_type: { type: string, x-aiia-name: grant }
                            a: { type: string, x-aiia-name: cancellationToken }
                            b: { type: string, x-aiia-name: content }
                            c: { type: string, x-aiia-name: limit }
                            d: { type: string, x-aiia-name: class }
                            e: { type: object, x-aiia-name: nested, properties: { f: { type: string } } }
                  responses: { "204": { description: none } }
              /m:
                post:
                  operationId: upload
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            file: { type: string, format: binary, x-aiia-name: body }
                            name: { type: string, x-aiia-name: file }
                            "?": { type: string, x-aiia-name: fileName }
                  responses: { "204": { description: none } }
            """,
        ["enum-names-equal-to-each-other-and-to-generated-members"] = EnumNamed("[a, b, c, d, e, f, g, h, i, j]", "[Unknown, Kind, Status, StatusKind, ToWireValue, Equals, ToString, unknown, a, A]"),
        ["enum-names-beside-a-null-value"] = Answering("Holder", """
              schemas:
                Holder: { type: object, properties: { s: { $ref: "#/components/schemas/Status" } } }
                Status: { type: string, nullable: true, enum: [a, null, b], x-enum-varnames: [First, Nothing, Second] }
            """),
        ["enum-names-beside-a-repeated-value"] = EnumNamed("[a, a, b]", "[First, Again, Second]"),
        ["enum-names-from-x-ms-enum-with-repeated-values"] = EnumNamed("[a, b]", "{ name: Status, values: [{ value: a, name: Kind }, { value: a, name: Other }, { value: b, name: Unknown }, { value: b }, { name: Lost }] }", "x-ms-enum"),
        ["enum-names-on-numbers-and-booleans"] = Answering("Holder", """
              schemas:
                Holder:
                  type: object
                  properties:
                    n: { type: integer, enum: [1, 2], x-enum-varnames: [One] }
                    b: { type: boolean, enum: [true, false], x-enumNames: Yes }
                    d: { type: number, enum: [1.5], x-ms-enum: { values: [{ value: 1.5, name: OneAndAHalf }] } }
            """),
        ["enum-names-inside-a-union-and-a-parameter"] = """
            paths:
              /r:
                get:
                  operationId: get
                  parameters:
                    - { name: mode, in: query, x-aiia-name: kind, schema: { type: string, enum: [x, y], x-enum-varnames: [Unknown, Mode] } }
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            oneOf:
                              - { type: string, enum: [p, q], x-enum-varnames: [IsString, TryGetString] }
                              - { type: object, properties: { v: { type: integer, x-aiia-name: IsString } } }
            """,
        ["enum-names-on-consts-open-enums-and-long-names"] = Answering("Holder", $$"""
              schemas:
                Holder:
                  type: object
                  properties:
                    c: { type: string, const: fixed, x-enum-varnames: [Kind] }
                    o: { anyOf: [{ type: string, enum: [a, b], x-enum-varnames: [Unknown, "{{new string('\u00e9', 600)}}"] }, { type: string }] }
                    l: { type: string, enum: [x, y], x-enumNames: ["{{new string('x', 1100)}}a", "{{new string('x', 1100)}}b"] }
                    z: { type: string, enum: [p, q, r, s, t], x-enum-varnames: ["a\u200Db", "a\u200Cb", "\u0660\u0661", "\u00ad1", "ǅx"] }
            """),
        ["parameters-given-long-and-format-character-names"] = QueryGiven(
            "a: " + new string('x', 1100) + "1", "b: " + new string('x', 1100) + "2", "c: a\u200Db", "d: ab", "e: \u0915\u094D\u0937", "f: \u00c5ngstr\u00f6m", "g: \u212Bngstr\u00f6m", "h: \u0660\u0661", "i: \u00ad1", "j: ǅx", "k: 5"),
        ["given-names-on-a-code-exchange"] = """
            paths:
              /tokens:
                post:
                  operationId: exchangeCode
                  x-aiia-code-exchange: { codeProperty: code, lifetimeSeconds: 60 }
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          type: object
                          required: [code]
                          properties:
                            code: { type: string, x-aiia-name: body }
                            body: { type: string, x-aiia-name: code }
                  responses: { "204": { description: none } }
            """,
        ["given-names-on-a-polled-operation-and-its-state"] = """
            paths:
              /r:
                get:
                  operationId: get
                  x-aiia-polling: { timeoutParameter: wait, stateProperty: state, terminalStates: [done] }
                  parameters:
                    - { name: wait, in: query, x-aiia-name: cancellationToken, schema: { type: integer } }
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [state]
                            properties:
                              state: { type: string, enum: [running, done], x-enum-varnames: [Done, Running], x-aiia-name: result }
                              result: { type: string, x-aiia-name: state }
            """,
        ["given-names-in-allof-parts-redefined-without-one"] = Answering("Pet", """
              schemas:
                Base: { type: object, properties: { id: { type: string, x-aiia-name: petId }, tag: { type: string, x-aiia-name: label } } }
                Pet:
                  allOf:
                    - $ref: "#/components/schemas/Base"
                    - type: object
                      required: [id]
                      properties:
                        id: { type: string, readOnly: true }
                    - type: object
                      properties:
                        name: { type: string, x-aiia-name: title }
                    - type: object
                      properties:
                        name: { type: string, description: The name. }
                        tag: { type: string, x-aiia-name: marker }
            """),
        ["given-name-on-a-referenced-schema"] = Answering("Pet", """
              schemas:
                PetId: { type: string, x-aiia-name: identifier }
                Pet: { type: object, properties: { id: { $ref: "#/components/schemas/PetId" } } }
            """),
    };
}
