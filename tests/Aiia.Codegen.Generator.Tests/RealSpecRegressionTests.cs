using System.Runtime.Loader;
using System.Text.Json;
using Aiia.Codegen.Generator.Tests.Infrastructure;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>Found by real public specs the generator had never seen (branch hA): each must read what the server sends as the spec means it.</summary>
public sealed class RealSpecRegressionTests
{
    [Theory]
    [InlineData("""{"id":"msg_1","type":"email","blurb":"Hi"}""", "IsMessage")]
    [InlineData("""{"id":"inb_1","name":"Support"}""", "IsInbox")]
    [InlineData("""{"id":"tea_1","type":"user","email":"a@example.com"}""", "IsTeammate")]
    public void AnObjectWhoseTagAnotherAlternativeListsIsNotReadAsARecordWithoutThatProperty(string json, string expected)
    {
        // Front's EventResponse.target.data: oneOf [TeammateResponse, InboxResponse, MessageResponse], the last two
        // requiring nothing; a message ({type: email}) was read as the InboxResponse listed before it, which has no type.
        var spec = SpecYaml.Components("""
            schemas:
              Target:
                oneOf:
                  - $ref: '#/components/schemas/Teammate'
                  - $ref: '#/components/schemas/Inbox'
                  - $ref: '#/components/schemas/Message'
              Teammate: {type: object, required: [id, email], properties: {id: {type: string}, type: {type: string, enum: [user, visitor]}, email: {type: string}}}
              Inbox: {type: object, properties: {id: {type: string}, name: {type: string}}}
              Message: {type: object, properties: {id: {type: string}, type: {type: string, enum: [email, sms]}, blurb: {type: string}}}
            """);

        Assert.Equal(expected, HeldAlternative(spec, "Contoso.Consumer.Target", json, nameof(AnObjectWhoseTagAnotherAlternativeListsIsNotReadAsARecordWithoutThatProperty)));
    }

    [Theory]
    [InlineData("""{"kty":"RSA","n":"0vx7","e":"AQAB","d":"X4cT"}""", "IsPrivateKey")]
    [InlineData("""{"kty":"RSA","n":"0vx7","e":"AQAB"}""", "IsPublicKey")]
    public void ARequiredNameTheRecordNeverListsDoesNotDecideTheAlternative(string json, string expected)
    {
        // Clerk's JWKS RSA private key requires crv, which an RSA key never has and the schema does not list: every private
        // key was read as the public key (listed after it), with d, p and q kept as undocumented properties.
        var spec = SpecYaml.Components("""
            schemas:
              Key:
                oneOf:
                  - $ref: '#/components/schemas/PrivateKey'
                  - $ref: '#/components/schemas/PublicKey'
              PrivateKey: {type: object, required: [kty, n, e, d, crv], properties: {kty: {type: string}, n: {type: string}, e: {type: string}, d: {type: string}}}
              PublicKey: {type: object, required: [kty, n, e], properties: {kty: {type: string}, n: {type: string}, e: {type: string}}}
            """);

        Assert.Equal(expected, HeldAlternative(spec, "Contoso.Consumer.Key", json, nameof(ARequiredNameTheRecordNeverListsDoesNotDecideTheAlternative)));
    }

    [Theory]
    [InlineData("""{"attribute":"state","value":"open"}""", "IsAttributeUpdated")]
    [InlineData("""{"assignee_id":"7","team":"t"}""", "IsAssigned")]
    [InlineData("""{"note":"n","author":"a","visibility":"internal"}""", "IsNoted")]
    [InlineData("""{"other":1}""", "IsAttributeUpdated")]
    public void RecordsThatNothingTellsApartAreReadAsTheOneListingTheMostOfTheObjectsNames(string json, string expected)
    {
        // Intercom's event_details: oneOf records that require nothing and carry no tag; every object was read as the
        // first (its names kept as undocumented properties). Now the one listing the most of them; none: the first.
        var spec = SpecYaml.Components("""
            schemas:
              Details:
                oneOf:
                  - $ref: '#/components/schemas/AttributeUpdated'
                  - $ref: '#/components/schemas/Assigned'
                  - $ref: '#/components/schemas/Noted'
              AttributeUpdated: {type: object, properties: {attribute: {type: string}, value: {type: string}}}
              Assigned: {type: object, properties: {assignee_id: {type: string}, team: {type: string}, value: {type: string}}}
              Noted: {type: object, properties: {note: {type: string}, author: {type: string}}}
            """);

        Assert.Equal(expected, HeldAlternative(spec, "Contoso.Consumer.Details", json, nameof(RecordsThatNothingTellsApartAreReadAsTheOneListingTheMostOfTheObjectsNames)));
    }

    [Theory]
    [InlineData("""{"type":"bodyHash","operator":"md5","target":"abc"}""", "IsBodyHash")]
    [InlineData("""{"type":"body","operator":"validatesJSONPath","target":{"jsonPath":"$.a"}}""", "IsJsonPath")]
    [InlineData("""{"type":"statusCode","operator":"is","target":200}""", "IsTarget")]
    [InlineData("""{"type":"mcpServerCapabilities","operator":"contains","target":["tools"]}""", "IsCapabilities")]
    [InlineData("""{"type":"newKind","operator":"newOperator","target":"x"}""", "IsTarget")]
    public void AnObjectWhoseTagValueAnotherAlternativeClaimsIsNotReadAsARecordThatListsOtherValues(string json, string expected)
    {
        // Datadog's SyntheticsAssertion: oneOf [Target, BodyHash, JSONPath, MCPServerCapabilities...], Target listing
        // 'type' with the values of JSONPath's and 'operator' with those of the capabilities assertion's (so neither is
        // its tag). A body hash assertion ({type: bodyHash, operator: md5}), whose values only BodyHash lists, was read
        // as the Target listed before it, both values unknown; a value no alternative lists still reads as Target.
        var spec = SpecYaml.Components("""
            schemas:
              Assertion:
                oneOf:
                  - $ref: '#/components/schemas/Target'
                  - $ref: '#/components/schemas/BodyHash'
                  - $ref: '#/components/schemas/JsonPath'
                  - $ref: '#/components/schemas/Capabilities'
              Kind: {type: string, enum: [body, header, statusCode]}
              Operator: {type: string, enum: [contains, is, validates]}
              Target:
                type: object
                required: [type, operator, target]
                properties:
                  type: {$ref: '#/components/schemas/Kind'}
                  operator: {$ref: '#/components/schemas/Operator'}
                  target: {}
              Capabilities:
                type: object
                required: [type, operator, target]
                properties:
                  type: {type: string, enum: [mcpServerCapabilities]}
                  operator: {$ref: '#/components/schemas/Operator'}
                  target: {type: array, items: {type: string}}
              BodyHash:
                type: object
                required: [type, operator, target]
                properties:
                  type: {type: string, enum: [bodyHash]}
                  operator: {type: string, enum: [md5, sha1]}
                  target: {type: string}
              JsonPath:
                type: object
                required: [type, operator]
                properties:
                  type: {$ref: '#/components/schemas/Kind'}
                  operator: {type: string, enum: [validatesJSONPath]}
                  target: {type: object, properties: {jsonPath: {type: string}}}
            """);

        Assert.Equal(expected, HeldAlternative(spec, "Contoso.Consumer.Assertion", json, nameof(AnObjectWhoseTagValueAnotherAlternativeClaimsIsNotReadAsARecordThatListsOtherValues)));
    }

    private static string? HeldAlternative(string spec, string unionType, string json, string context)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("union.openapi.yaml", spec)]);
        Assert.Empty(GeneratorHarness.Visible(run.CompilationDiagnostics));
        using var pe = new MemoryStream();
        Assert.True(run.OutputCompilation.Emit(pe).Success);
        pe.Position = 0;
        var loadContext = new AssemblyLoadContext(context, isCollectible: true);
        try
        {
            var type = loadContext.LoadFromStream(pe).GetType(unionType)!;
            var value = JsonSerializer.Deserialize(json, type)!;
            Assert.Equal(json, JsonSerializer.Serialize(value, type));
            return type.GetProperties().Where(p => p.Name.StartsWith("Is", StringComparison.Ordinal) && (bool)p.GetValue(value)!).Select(p => p.Name).SingleOrDefault();
        }
        finally
        {
            loadContext.Unload();
        }
    }

    [Fact]
    public void AnIntegerOfAnUnknownFormatStillHoldsTheValuesItsSchemaGives()
    {
        // An unknown format says nothing of size: the bounds and the schema's own values do (an integer without a format
        // is long past int), and the format is reported.
        var run = GeneratorHarness.Run([SpecFile.FromText("counts.openapi.yaml", SpecYaml.Components("""
            schemas:
              Counts:
                type: object
                properties:
                  small: {type: integer, format: counter, example: 1663597223}
                  big: {type: integer, format: counter, example: 1663597223000}
                  bounded: {type: integer, format: counter, maximum: 253402300799999}
            """))]);

        Assert.Empty(GeneratorHarness.Visible(run.CompilationDiagnostics));
        Assert.Equal(3, run.GeneratorDiagnostics.Count(d => d.Id == "AIIA0008"));
        Assert.Contains(run.GeneratorDiagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("generated as long", StringComparison.Ordinal));
        var type = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Counts")!;
        Assert.Equal(
            ["int?", "long?", "long?"],
            new[] { "Small", "Big", "Bounded" }.Select(p => ((Microsoft.CodeAnalysis.IPropertySymbol)type.GetMembers(p).Single()).Type.ToDisplayString()));
    }

    [Fact]
    public void AHeadOperationReturnsNoBodyWhateverItsResponseSays()
    {
        // Radarr (ASP.NET) lists 'HEAD /ping' with the GET's 200 JSON schema, OpenSearch its 'exists' HEADs with a JSON
        // media type and no schema (AIIA0033): a HEAD response never has a body, so reading one always failed.
        var spec = SpecYaml.Paths("""
            /ping:
              get:
                operationId: getPing
                responses:
                  '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Ping'}}}}
              head:
                operationId: headPing
                responses:
                  '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Ping'}}}}
            /{index}:
              head:
                operationId: exists
                parameters: [{name: index, in: path, required: true, schema: {type: string}}]
                responses:
                  '200': {description: exists, content: {application/json: {}}}
            """, """
            schemas:
              Ping: {type: object, properties: {status: {type: string}}}
            """);

        var run = GeneratorHarness.Run([SpecFile.FromText("radarr.openapi.yaml", spec)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var client = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.RadarrClient")!;
        string Returned(string method) => ((Microsoft.CodeAnalysis.IMethodSymbol)client.GetMembers(method).Single()).ReturnType.ToDisplayString();
        Assert.Equal("System.Threading.Tasks.Task<Contoso.Consumer.Ping>", Returned("GetPingAsync"));
        Assert.Equal("System.Threading.Tasks.Task", Returned("HeadPingAsync"));
        Assert.Equal("System.Threading.Tasks.Task", Returned("ExistsAsync"));
    }
}
