using System.Globalization;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Aiia.Codegen.Model;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// The client's names come from the naming pass (<c>Naming/ClientNaming.cs</c>): a spec built to collide with every
/// client-member pattern (methods, waiters, request builders, credentials helpers, the waiter's own parameters, the
/// lambda parameters and locals of generated code, keywords) generates code that compiles at warning level 9999, and
/// each public name it had to change is an AIIA0014 info.
/// </summary>
public sealed class ClientNamingTests
{
    /// <summary>
    /// Client <c>MembersClient</c> (from the file name). Operation ids <c>get</c>/<c>Get</c>, <c>getAsync</c>, one
    /// named like the client, one like object members (<c>toString</c>), one like a polled operation's request builder
    /// (<c>createGetStatusRequest</c>), one like its waiter (<c>waitForStatus</c>, which keeps the name: the spec's
    /// operations win); the polled operation's parameters are named like everything generated code adds
    /// (<c>body</c>, <c>cancellationToken</c>, <c>request</c>, <c>options</c>, <c>progress</c>, <c>pollSeconds</c>,
    /// <c>response</c>, <c>state</c>, <c>item</c>, <c>present</c>) and like a keyword (<c>class</c>); a security scheme's
    /// property lands on the options class's given name (<c>MembersClientOptions2</c>, as a schema took the pattern's).
    /// <c>collideParameters</c> has parameters whose C# names collide with each other (<c>page-size</c> in the query and
    /// <c>pageSize</c> in a header, <c>v1</c> and <c>V1</c>, <c>event</c> and <c>Event</c>, <c>body</c> and
    /// <c>bodyParameter</c>), with generated code (<c>cancellationToken</c>, <c>request</c>), with keywords (<c>class</c>,
    /// <c>event</c>, <c>await</c>, <c>value</c>; <c>event2</c> after <c>Event</c> became <c>event2</c>, which C# reads
    /// as <c>@event2</c> too), with the generated temporaries (<c>__x</c>, <c>a1</c>), names without a
    /// letter (<c>$</c>, <c>-</c>), and form fields that collide with those and each other (<c>page_size</c>).
    /// </summary>
    private const string CollidingSpec = """
        openapi: 3.0.3
        info: {title: Members, version: '1'}
        security:
          - key: []
        paths:
          /a:
            get:
              operationId: get
              responses:
                '204': {description: None}
          /b:
            get:
              operationId: Get
              responses:
                '204': {description: None}
          /c:
            get:
              operationId: getAsync
              security: []
              responses:
                '204': {description: None}
          /d:
            post:
              operationId: membersClient
              security:
                - other: []
                - key: []
              responses:
                '204': {description: None}
          /e:
            delete:
              operationId: toString
              security:
                - key: []
              responses:
                '204': {description: None}
          /f:
            get:
              operationId: createGetStatusRequest
              responses:
                '204': {description: None}
          /g:
            get:
              operationId: waitForStatus
              responses:
                '204': {description: None}
          /status/{request}:
            get:
              operationId: getStatus
              x-aiia-polling:
                timeoutParameter: wait
                stateProperty: state
                terminalStates: [done]
              parameters:
                - {name: request, in: path, required: true, schema: {type: string}}
                - {name: wait, in: query, schema: {type: integer}}
                - {name: body, in: query, schema: {type: string}}
                - {name: cancellationToken, in: query, schema: {type: string}}
                - {name: options, in: query, schema: {type: string}}
                - {name: progress, in: query, schema: {type: string}}
                - {name: pollSeconds, in: query, schema: {type: string}}
                - {name: response, in: query, schema: {type: string}}
                - {name: state, in: query, schema: {type: string}}
                - {name: item, in: query, schema: {type: array, items: {type: string}}}
                - {name: present, in: header, schema: {type: string}}
                - {name: class, in: query, schema: {type: string}}
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Status'}
          /params/{id}:
            post:
              operationId: collideParameters
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: page-size, in: query, schema: {type: integer}}
                - {name: pageSize, in: header, schema: {type: integer}}
                - {name: body, in: query, schema: {type: string}}
                - {name: bodyParameter, in: query, schema: {type: string}}
                - {name: cancellationToken, in: header, schema: {type: string}}
                - {name: request, in: cookie, schema: {type: string}}
                - {name: class, in: query, schema: {type: string}}
                - {name: event, in: query, schema: {type: string}}
                - {name: Event, in: header, schema: {type: string}}
                - {name: await, in: query, schema: {type: string}}
                - {name: value, in: query, schema: {type: string}}
                - {name: '$', in: query, schema: {type: string}}
                - {name: '-', in: header, schema: {type: string}}
                - {name: v1, in: query, schema: {type: string}}
                - {name: V1, in: header, schema: {type: string}}
                - {name: __x, in: query, style: form, explode: false, schema: {type: array, items: {type: integer}}}
                - {name: a1, in: query, style: deepObject, schema: {$ref: '#/components/schemas/Status'}}
                - {name: event2, in: query, schema: {type: string}}
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      properties:
                        body: {type: string}
                        pageSize: {type: string}
                        page_size: {type: string}
                        id: {type: string}
                        item: {type: array, items: {type: string}}
                        class: {type: string}
              responses:
                '204': {description: None}
        components:
          securitySchemes:
            key: {type: apiKey, in: header, name: X-Key}
            other: {type: apiKey, in: query, name: other}
            membersClientOptions2: {type: apiKey, in: header, name: X-Third}
          schemas:
            Status:
              type: object
              required: [state]
              properties:
                state: {type: string, enum: [pending, done]}
            MembersClientOptions:
              type: object
              properties:
                retries: {type: integer}
        """;

    private static SpecFile Spec() => SpecFile.FromText("members.openapi.yaml", CollidingSpec);

    [Fact]
    public void ASpecCollidingWithEveryClientMemberPatternCompilesWithoutWarnings()
    {
        const string consumer = """
            namespace Contoso.Consumer;

            internal static class Usage
            {
                internal static async System.Threading.Tasks.Task Use(System.Net.Http.HttpClient http)
                {
                    var client = new MembersClient(http, new MembersClientOptions2 { Key = "k", MembersClientOptions2Value = "t" });
                    await client.GetAsync();
                    await client.Get2Async();
                    await client.GetAsyncAsync();
                    await client.MembersClientAsync();
                    await client.ToStringAsync();
                    await client.CreateGetStatusRequestAsync();
                    await client.WaitForStatusAsync();
                    Status status = await client.GetStatusAsync("r", wait: 1, bodyParameter: "b", cancellationTokenParameter: "c", options: "o", progress: "p",
                        pollSeconds: "s", response: "r", state: "s", itemParameter: ["i"], presentParameter: "p", @class: "c");
                    var result = await client.WaitForStatus2Async("r", bodyParameter: "b", options: "o", progress: "p", options2: null, progress2: null);
                    await client.CollideParametersAsync(
                        "i", pageSize: 1, pageSize2: 2, bodyParameter: "b", bodyParameter2: "b2", cancellationTokenParameter: "c", requestParameter: "r",
                        @class: "c", @event: "e", event2: "E", @await: "a", value: "v", parameter: "$", parameter2: "-", v1: "1", v1_2: "2", x: [1, 2],
                        a1: new Status { State = StatusState.Done }, event2_2: "e2",
                        bodyField: "b", pageSizeField: "p", pageSizeField2: "q", idField: "i", itemField: ["i"], classField: "c");
                    _ = (status, result);
                }
            }
            """;

        var run = GeneratorHarness.Run([Spec()], [consumer]);

        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(("AIIA0014", DiagnosticSeverity.Info), (d.Id, d.Severity)));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var client = run.SourceEndingWith(".Client.g.cs");
        // Lambda parameters are plain names, numbered past the spec's parameters; credentials are added once per security.
        Assert.Contains("pollSeconds2 => CreateGetStatusRequest(", client, StringComparison.Ordinal);
        Assert.Contains("static response2 => response2.State", client, StringComparison.Ordinal);
        Assert.Contains("static state2 => state2.Kind is", client, StringComparison.Ordinal);
        Assert.DoesNotContain(" _pollSeconds", client, StringComparison.Ordinal);
        Assert.Contains("private global::Aiia.Codegen.Runtime.ApiRequest AuthorizeKey(global::Aiia.Codegen.Runtime.ApiRequest request)", client, StringComparison.Ordinal);
        Assert.Contains("private global::Aiia.Codegen.Runtime.ApiRequest AuthorizeOtherOrKey(global::Aiia.Codegen.Runtime.ApiRequest request)", client, StringComparison.Ordinal);
        // Five operations send the key: it is written once in each of the two helpers.
        Assert.Equal(2, client.Split("request.AddHeader(\"X-Key\"").Length - 1);
    }

    [Fact]
    public void EachPublicRenameIsAnInfoSayingWhatItBecame()
    {
        var run = GeneratorHarness.Run([Spec()]);

        var reported = run.GeneratorDiagnostics
            .Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, Message: d.GetMessage(CultureInfo.InvariantCulture)))
            .Select(r => $"({r.Line.ToString(CultureInfo.InvariantCulture)}) {r.Message}")
            .ToList();

        Assert.Contains("(13) The operation 'Get' at paths./b.get cannot be named 'GetAsync' (the operation 'get' already has that name); it is generated as 'Get2Async'." + DiagnosticAssert.OperationAdvice, reported);
        Assert.Contains("(49) The waiter of the operation 'getStatus' at paths./status/{request}.get cannot be named 'WaitForStatusAsync' (the operation 'waitForStatus' already has that name); it is generated as 'WaitForStatus2Async'." + DiagnosticAssert.DerivedAdvice, reported);
        Assert.Contains("(49) The options parameter of the waiter of 'getStatus' at paths./status/{request}.get cannot be named 'options' (the parameter 'options' already has that name); it is generated as 'options2'." + DiagnosticAssert.DerivedAdvice, reported);
        Assert.Contains("(49) The progress parameter of the waiter of 'getStatus' at paths./status/{request}.get cannot be named 'progress' (the parameter 'progress' already has that name); it is generated as 'progress2'." + DiagnosticAssert.DerivedAdvice, reported);
        Assert.Contains(reported, r => r.Contains("The options property of the security scheme 'membersClientOptions2'", StringComparison.Ordinal) && r.EndsWith("it is generated as 'MembersClientOptions2Value'." + DiagnosticAssert.RenameAdvice, StringComparison.Ordinal));
        // Parameters and fields, each at its own entry.
        Assert.Contains("(79) The parameter 'pageSize' at paths./params/{id}.post.parameters cannot be named 'pageSize' (the parameter 'page-size' already has that name); it is generated as 'pageSize2'." + DiagnosticAssert.GiveNameAdvice, reported);
        Assert.Contains("(81) The parameter 'bodyParameter' at paths./params/{id}.post.parameters cannot be named 'bodyParameter' (the parameter 'body' already has that name); it is generated as 'bodyParameter2'." + DiagnosticAssert.GiveNameAdvice, reported);
        Assert.Contains("(86) The parameter 'Event' at paths./params/{id}.post.parameters cannot be named '@event' (the parameter 'event' already has that name); it is generated as 'event2'." + DiagnosticAssert.GiveNameAdvice, reported);
        Assert.Contains("(89) The parameter '$' at paths./params/{id}.post.parameters[12] cannot be named '$' (a C# name needs a letter or digit); it is generated as 'parameter'." + DiagnosticAssert.GiveNameAdvice, reported);
        Assert.Contains("(90) The parameter '-' at paths./params/{id}.post.parameters cannot be named 'parameter' (the parameter '$' already has that name); it is generated as 'parameter2'." + DiagnosticAssert.GiveNameAdvice, reported);
        Assert.Contains("(92) The parameter 'V1' at paths./params/{id}.post.parameters cannot be named 'v1' (the parameter 'v1' already has that name); it is generated as 'v1_2'." + DiagnosticAssert.GiveNameAdvice, reported);
        // One report per rename, with the final name: page_size steps aside from the parameter, then is numbered.
        Assert.Contains(reported, r => r.StartsWith("(104) The field 'page_size' at", StringComparison.Ordinal) && r.EndsWith("it is generated as 'pageSizeField2'." + DiagnosticAssert.GiveNameAdvice, StringComparison.Ordinal));
        Assert.Single(reported, r => r.StartsWith("(104) ", StringComparison.Ordinal));
        Assert.Contains(reported, r => r.Contains("The parameter 'event2'", StringComparison.Ordinal) && r.EndsWith("(the parameter 'Event' already has that name); it is generated as 'event2_2'." + DiagnosticAssert.GiveNameAdvice, StringComparison.Ordinal));
        // Stepping aside from the method's own names (its body, its cancellation token, its locals) is reported too.
        const string Own = "(a parameter or local of every generated method already has that name)";
        Assert.Contains($"(80) The parameter 'body' at paths./params/{{id}}.post.parameters cannot be named 'body' {Own}; it is generated as 'bodyParameter'." + DiagnosticAssert.GiveNameAdvice, reported);
        Assert.Contains($"(82) The parameter 'cancellationToken' at paths./params/{{id}}.post.parameters cannot be named 'cancellationToken' {Own}; it is generated as 'cancellationTokenParameter'." + DiagnosticAssert.GiveNameAdvice, reported);
        Assert.Contains($"(58) The parameter 'cancellationToken' at paths./status/{{request}}.get.parameters cannot be named 'cancellationToken' {Own}; it is generated as 'cancellationTokenParameter'." + DiagnosticAssert.GiveNameAdvice, reported);
        Assert.Contains($"(102) The field 'body' at paths./params/{{id}}.post.requestBody.content.application/x-www-form-urlencoded.schema.properties cannot be named 'body' {Own}; it is generated as 'bodyField'." + DiagnosticAssert.GiveNameAdvice, reported);
        Assert.Contains("(107) The field 'class' at paths./params/{id}.post.requestBody.content.application/x-www-form-urlencoded.schema.properties cannot be named '@class' (the parameter 'class' already has that name); it is generated as 'classField'." + DiagnosticAssert.GiveNameAdvice, reported);
    }

    [Fact]
    public void TheModelHoldsEveryClientName()
    {
        var spec = SpecCompiler.Parse(new SpecInput("/specs/members.openapi.yaml", CollidingSpec, "Contoso.Consumer", null, null)).Spec!;

        Assert.Equal(
            ["Get", "Get2", "GetAsync", "MembersClient", "ToString", "CreateGetStatusRequest", "WaitForStatus", "GetStatus", "CollideParameters"],
            spec.Operations.Select(o => o.MethodName));
        // Parameters are named in document order, then the required ones come first; the waiter's timeout by its C# name.
        var collide = spec.Operations.Single(o => o.MethodName == "CollideParameters");
        Assert.Equal(
            ["id", "pageSize", "pageSize2", "bodyParameter", "bodyParameter2", "cancellationTokenParameter", "requestParameter", "@class", "@event", "event2", "await", "value", "parameter", "parameter2", "v1", "v1_2", "x", "a1", "event2_2"],
            collide.Parameters.Select(p => p.Name));
        Assert.Equal(["bodyField", "pageSizeField", "pageSizeField2", "idField", "itemField", "classField"], collide.Body!.Fields.Select(f => f.Name));
        Assert.Equal("wait", spec.Operations.Single(o => o.MethodName == "GetStatus").Polling!.TimeoutParameter);
        var polled = spec.Operations.Single(o => o.Polling is not null);
        Assert.Equal("WaitForStatus2", polled.Polling!.WaiterName);
        Assert.Equal(new OperationNames("CreateGetStatusRequest", "AuthorizeKey", "request", "options2", "progress2", "pollSeconds2", "response2", "state2"), polled.Names);
        Assert.Equal(["AuthorizeKey", "AuthorizeOtherOrKey"], spec.GeneratedNames.Credentials.Select(c => c.Name));
        Assert.Null(spec.Operations.Single(o => o.MethodName == "GetAsync").GeneratedNames.Credentials);
        Assert.Equal("AuthorizeOtherOrKey", spec.Operations.Single(o => o.MethodName == "MembersClient").GeneratedNames.Credentials);
        // The same security, written again on an operation, shares the helper.
        Assert.Equal("AuthorizeKey", spec.Operations.Single(o => o.MethodName == "ToString").GeneratedNames.Credentials);
    }

    [Theory]
    [InlineData("__x")]
    [InlineData("__a1")]
    [InlineData("_")]
    [InlineData("__2")]
    [InlineData("_2fa")]
    [InlineData("@__a")]
    [InlineData("__")]
    public void NoParameterNameStartsWithTheTemporariesPrefix(string wireName)
    {
        // Generated code's temporaries (__a1, __x: Emitting/PairsEmitter.cs) need no claim: every parameter, field and
        // local the naming pass allocates is a camel-case name, which never starts with two underscores
        // (ReservedNames.TemporaryPrefix).
        Assert.False(Identifiers.ToCamelCase(wireName).StartsWith("__", StringComparison.Ordinal));
        var spec = SpecCompiler.Parse(new SpecInput("/specs/members.openapi.yaml", CollidingSpec, "Contoso.Consumer", null, null)).Spec!;
        Assert.DoesNotContain(spec.Operations.SelectMany(o => o.Parameters.Select(p => p.Name).Concat(o.Body?.Fields.Select(f => f.Name) ?? [])), n => n.StartsWith("__", StringComparison.Ordinal));
    }

    private const string SameShapeSpec = """
        openapi: 3.0.3
        info: {title: Shapes, version: '1'}
        paths:
          /a:
            get:
              operationId: listA
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/ListOfPet'}}
          /b:
            get:
              operationId: listB
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {type: array, items: {type: array, items: {$ref: '#/components/schemas/Pet'}}}
        components:
          schemas:
            Pet: {type: object, properties: {name: {type: string}}}
            ListOfPet: {type: object, properties: {pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}
        """;

    [Fact]
    public void TwoBodyShapesThatSpellTheSameNameGetConvertersOfTheirOwn()
    {
        // A list of the record 'ListOfPet' and a list of lists of Pet both spell 'ListOfListOfPet'.
        var spec = SpecCompiler.Parse(new SpecInput("/specs/shapes.openapi.yaml", SameShapeSpec, "Contoso.Consumer", null, null)).Spec!;

        var names = spec.GeneratedNames;
        Assert.Equal("ShapesClientListOfListOfPetJsonConverter", names.ShapeConverterOf(spec.Operations[0].Response!));
        Assert.Equal("ShapesClientListOfListOfPetJsonConverter2", names.ShapeConverterOf(spec.Operations[1].Response!));
        // And fields of their own in the JSON collections class, so the client compiles.
        Assert.Equal("ListOfListOfPet", names.CollectionFieldOf(spec.Operations[0].Response!));
        Assert.Equal("ListOfListOfPet2", names.CollectionFieldOf(spec.Operations[1].Response!));
        var run = GeneratorHarness.Run([SpecFile.FromText("shapes.openapi.yaml", SameShapeSpec)]);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }

    [Fact]
    public void ACollectionFieldSpelledLikeItsClassIsNumbered()
    {
        // Found by specs built to break the generator: the client ListOfClient's JSON collections class
        // (ListOfClientJsonCollections) had a field for a list of the schema ClientJsonCollections of that same name (CS0542).
        var run = GeneratorHarness.Run([SpecFile.FromText("list-of.openapi.yaml", """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                ClientJsonCollections: {type: object, properties: {a: {type: string}}}
                Holder: {type: object, properties: {items: {type: array, items: {$ref: '#/components/schemas/ClientJsonCollections'}}}}
            """)]);

        DiagnosticAssert.CompilesAndReports(run);
        var collections = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.ListOfClientJsonCollections")!;
        Assert.Equal(["ListOfClientJsonCollections2"], collections.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name));
    }

    [Fact]
    public void AMultipartPartNamedLikeATemporaryKeepsTheMethodCompiling()
    {
        // Found by specs built to break the generator: a JSON part 'a1' was held in '__a1', the temporary of the query
        // object before it (CS0128). Every temporary of a method now comes from one counter.
        var run = GeneratorHarness.Run([SpecFile.FromText("upload.openapi.yaml", """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /x:
                post:
                  operationId: upload
                  parameters:
                    - {name: filter, in: query, schema: {type: object, properties: {color: {type: string}}}}
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            a1: {type: object, properties: {street: {type: string}}}
                            __a2: {type: object, properties: {street: {type: string}}}
                  responses:
                    '204': {description: ok}
            """)]);

        DiagnosticAssert.CompilesAndReports(run);
        Assert.Contains("request.AddMultipartJson(\"a1\", __a2,", run.SourceEndingWith(".Client.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void AFieldThatStepsAsideAndIsNumberedIsReportedOnceWithItsFinalName()
    {
        // Found by specs built to break the generator: 'Id' after the parameter 'id' and the field 'id' was reported
        // twice, first as generated 'idField' (it is idField2); and a scheme named '' got 'Credential' unreported.
        var run = GeneratorHarness.Run([SpecFile.FromText("u.openapi.yaml", """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            security: [{'': []}]
            paths:
              /u/{id}:
                post:
                  operationId: u
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  requestBody:
                    content:
                      multipart/form-data:
                        schema: {type: object, properties: {id: {type: string}, Id: {type: integer}}}
                  responses: {'204': {description: ok}}
            components:
              securitySchemes:
                '': {type: apiKey, in: header, name: X-Key}
            """)]);

        DiagnosticAssert.CompilesAndReports(run);
        var messages = run.GeneratorDiagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.StartsWith("The field 'id' at", StringComparison.Ordinal) && m.Contains("it is generated as 'idField'.", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("The field 'Id' at", StringComparison.Ordinal) && m.Contains("cannot be named 'id' (the parameter 'id' already has that name); it is generated as 'idField2'.", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("The options property of the security scheme ''", StringComparison.Ordinal) && m.Contains("(a C# name needs a letter or digit); it is generated as 'Credential'.", StringComparison.Ordinal));
    }

    [Fact]
    public void ARenamedInlineTypeIsReported()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("pets.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths: {}
            components:
              schemas:
                PetOwner: {type: object, properties: {id: {type: string}}}
                Pet:
                  type: object
                  properties:
                    owner:
                      type: object
                      properties:
                        name: {type: string}
            """)]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("AIIA0014", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("The inline schema at components.schemas.Pet.properties.owner cannot be named 'PetOwner' (the schema 'PetOwner' already has that name); it is generated as 'PetOwner2'.", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
