using System.Text;
using System.Text.Json;
using Aiia.Codegen.Runtime;
using static Aiia.Codegen.Client.Tests.JsonText;

namespace Aiia.Codegen.Client.Tests;

/// <summary>
/// oneOf/anyOf/discriminator (Specs/composition.openapi.yaml) through a generated client and a loopback server that
/// echoes the request body: every subtype of a discriminated base, an unknown subtype, and every form of a union are
/// read, written back unchanged, and read again equal.
/// </summary>
public sealed class CompositionRoundTripTests
{
    public const string CatJson = """{"petType":"cat","name":"Tom","lives":9}""";
    public const string DogJson = """{"petType":"dog","name":"Rex","goodBoy":true,"toy":"ball"}""";
    public const string ParrotJson = """{"petType":"parrot","name":"Polly","words":["hello",1,{"deep":null}]}""";

    public static TheoryData<string, Type> Pets => new()
    {
        { CatJson, typeof(Cat) },
        { DogJson, typeof(Dog) },
        { ParrotJson, typeof(UnknownPet) },
        { """{"name":"no discriminator"}""", typeof(UnknownPet) },
        { """{"petType":7,"name":"not a string"}""", typeof(UnknownPet) },
    };

    [Theory]
    [MemberData(nameof(Pets))]
    public async Task A_pet_of_every_subtype_comes_back_unchanged(string json, Type expected)
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.EchoBody());
        var client = new CompositionClient(server.CreateClient());
        var pet = Read(json, PetJsonConverter.Instance);

        var echoed = await client.EchoPetAsync(pet);

        Assert.IsType(expected, pet);
        Assert.Equal(Compact(json), Encoding.UTF8.GetString(Assert.Single(server.Requests).Body));
        Assert.Equal(pet, echoed);
        Assert.Equal(Compact(json), Write(echoed, PetJsonConverter.Instance));
    }

    // An unknown subtype keeps its JSON whole and writes it back, as UnknownShape does, and has the base's members too.
    public static TheoryData<string, Type, string?> Keys => new()
    {
        { """{"alg":"RS256","use":"sig","kty":"RSA","n":"0vx7"}""", typeof(RsaKey), "RS256" },
        { """{"alg":"ES256","kty":"EC","x":"f83O"}""", typeof(EcKey), "ES256" },
        { """{"alg":"EdDSA","kty":"OKP","crv":"Ed25519"}""", typeof(UnknownSigningKey), "EdDSA" },
        { """{"kty":"OKP","crv":"Ed25519"}""", typeof(UnknownSigningKey), null },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task A_discriminated_oneOf_keeps_the_properties_of_its_own_in_every_subtype(string json, Type expected, string? alg)
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.EchoBody());
        var client = new CompositionClient(server.CreateClient());
        var key = Read(json, SigningKeyJsonConverter.Instance);

        var echoed = await client.EchoKeyAsync(key);

        Assert.IsType(expected, key);
        Assert.Equal(alg, key.Alg); // read into the base's member, whichever subtype
        Assert.Equal(Compact(json), Encoding.UTF8.GetString(Assert.Single(server.Requests).Body));
        Assert.Equal(key, echoed);
    }

    [Fact]
    public void A_subtype_of_a_discriminated_oneOf_is_built_with_the_base_properties()
    {
        SigningKey key = new RsaKey { Kty = "RSA", N = "0vx7", Alg = "RS256", Use = SigningKeyUse.Sig };

        Assert.Equal("""{"alg":"RS256","use":"sig","kty":"RSA","n":"0vx7"}""", Write(key, SigningKeyJsonConverter.Instance));
    }

    public static TheoryData<string, Type> Shapes => new()
    {
        { """{"kind":"Circle","label":"c","radius":1.5}""", typeof(Circle) },
        { """{"kind":"Square","side":2,"secret":"s3cr3t","extra":[1]}""", typeof(Square) },
        { """{"kind":"Triangle","label":"t","sides":[3,4,5]}""", typeof(UnknownShape) },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_shape_of_every_subtype_comes_back_unchanged(string json, Type expected)
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.EchoBody());
        var client = new CompositionClient(server.CreateClient());
        var shape = Read(json, ShapeJsonConverter.Instance);

        var echoed = await client.EchoShapeAsync(shape);

        Assert.IsType(expected, shape);
        Assert.Equal(Compact(json), Encoding.UTF8.GetString(Assert.Single(server.Requests).Body));
        Assert.Equal(shape, echoed);
    }

    [Fact]
    public void An_unknown_shape_has_the_base_members_its_JSON_holds_and_still_writes_the_JSON_unchanged()
    {
        const string Json = """{"kind":"Triangle","sides":[3,4,5],"label":"t"}""";

        var shape = Assert.IsType<UnknownShape>(Read(Json, ShapeJsonConverter.Instance));

        Assert.Equal("Triangle", shape.Kind);
        Assert.Equal("t", shape.Label);
        Assert.Equal("Triangle", shape.DiscriminatorValue);
        Assert.Null(shape.UndocumentedProperties); // the whole object is the Json; nothing is kept twice
        Assert.Equal(Json, Write(shape, ShapeJsonConverter.Instance));
    }

    [Fact]
    public void A_base_member_of_an_unknown_shape_that_has_the_wrong_type_fails_where_it_is()
    {
        var error = Assert.Throws<ApiJsonException>(() => Read("""{"kind":"Triangle","label":[5]}""", ShapeJsonConverter.Instance));

        Assert.Equal("$.label", error.JsonPath);
    }

    public static TheoryData<string, string> AnythingForms => new()
    {
        { "\"an id\"", nameof(Anything.String) },
        { "42", nameof(Anything.Int64) },
        { """{"a":"one"}""", nameof(Anything.Named) },
        { """{"b":"two","c":"three"}""", nameof(Anything.Pair) },
        { """{"b":"two","c":"three","a":"one"}""", nameof(Anything.Pair) }, // most required properties first
        { """["x","y"]""", nameof(Anything.ListOfString) },
        { "1.5", nameof(Anything.Json) }, // not an int64
        { "true", nameof(Anything.Json) },
        { """{"z":1}""", nameof(Anything.Json) },
        { """[1,2]""", nameof(Anything.Json) },
        { "null", nameof(Anything.Json) },
    };

    [Theory]
    [MemberData(nameof(AnythingForms))]
    public async Task A_union_in_each_of_its_forms_comes_back_unchanged(string json, string form)
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.EchoBody());
        var client = new CompositionClient(server.CreateClient());
        var value = Read(json, AnythingJsonConverter.Instance);

        var echoed = await client.EchoAnythingAsync(value);

        Assert.Equal(form, Form(value));
        Assert.Equal(Compact(json), Encoding.UTF8.GetString(Assert.Single(server.Requests).Body));
        Assert.Equal(form, Form(echoed));
        Assert.Equal(Compact(json), Write(echoed, AnythingJsonConverter.Instance));
        if (!value.IsListOfString)
        {
            Assert.Equal(value, echoed); // A list compares by reference, as in records (see README).
        }
    }

    [Fact]
    public async Task An_expandable_field_reads_the_id_and_the_expanded_object()
    {
        const string json = """
            {"customer":"cus_1","maybeCat":null,"legacyCat":{"petType":"cat","name":"Old"},"onlyDog":{"petType":"dog","name":"Solo"},
             "pets":[{"petType":"cat","name":"Tom"},{"petType":"dog","name":"Rex"},{"petType":"owl","name":"Hoo"}],
             "shapes":[{"kind":"Circle","radius":1}]}
            """;
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.EchoBody());
        var client = new CompositionClient(server.CreateClient());
        var holder = Read(json, HolderJsonConverter.Instance);
        var expanded = holder with { Customer = new Customer { Id = "cus_1", Email = "a@example.com" } };

        var echoedId = await client.EchoHolderAsync(holder);
        var echoedObject = await client.EchoHolderAsync(expanded);

        Assert.Equal("cus_1", echoedId.Customer!.String);
        Assert.Equal("a@example.com", echoedObject.Customer!.Customer!.Email);
        Assert.Null(echoedId.MaybeCat);
        Assert.Equal("Old", echoedId.LegacyCat!.Name);
        Assert.Equal("Solo", echoedId.OnlyDog!.Name);
        Assert.Collection(
            echoedId.Pets!,
            pet => Assert.Equal("Tom", Assert.IsType<Cat>(pet).Name),
            pet => Assert.Equal("Rex", Assert.IsType<Dog>(pet).Name),
            pet => Assert.Equal("owl", Assert.IsType<UnknownPet>(pet).DiscriminatorValue));
        Assert.Equal(Write(holder, HolderJsonConverter.Instance), Write(echoedId, HolderJsonConverter.Instance));
        Assert.Equal(Write(expanded, HolderJsonConverter.Instance), Write(echoedObject, HolderJsonConverter.Instance));
        Assert.Contains("\"customer\":{\"id\":\"cus_1\",\"email\":\"a@example.com\"}", Encoding.UTF8.GetString(server.Requests[1].Body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-05-01T12:00:00.000+00:00", "2024-05-01T12:00:00Z")]
    [InlineData("2024-05-01T12:00:00.250Z", "2024-05-01T12:00:00.25Z")]
    [InlineData("2024-05-01T14:00:00+02:00", "2024-05-01T14:00:00+02:00")]
    public void A_date_time_alternative_is_written_as_RFC_3339_with_Z_for_UTC(string sent, string written)
    {
        var holder = Read($$"""{"expires":"{{sent}}"}""", HolderJsonConverter.Instance);

        Assert.Equal(DateTimeOffset.Parse(sent, System.Globalization.CultureInfo.InvariantCulture), holder.Expires!.DateTimeOffset);
        Assert.Equal($$"""{"expires":"{{written}}"}""", Write(holder, HolderJsonConverter.Instance));
    }

    // Svix's sinks: the properties listed beside the oneOf are every alternative's, a component alternative's too.
    public static TheoryData<string, string> Sinks => new()
    {
        { """{"uid":"u1","status":"enabled","type":"http","url":"https://example.com/hook"}""", nameof(Sink.SinkHttp) },
        { """{"uid":"u2","type":"eventStream"}""", nameof(Sink.SinkEventStream) },
        { """{"uid":"u3","status":"paused","id":"cus_1","email":"a@example.com"}""", nameof(Sink.SinkCustomer) },
    };

    [Theory]
    [MemberData(nameof(Sinks))]
    public async Task Properties_beside_a_oneOf_are_read_and_written_in_every_alternative(string json, string form)
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.EchoBody());
        var client = new CompositionClient(server.CreateClient());
        var sink = Read(json, SinkJsonConverter.Instance);

        var echoed = await client.EchoSinkAsync(sink);

        var (actual, uid, status) = echoed.Match<(string, string?, SinkStatus?)>(
            http => (nameof(Sink.SinkHttp), http.Uid, http.Status),
            stream => (nameof(Sink.SinkEventStream), stream.Uid, stream.Status),
            customer => (nameof(Sink.SinkCustomer), customer.Uid, customer.Status),
            _ => (nameof(Sink.Json), null, null));
        using var document = JsonDocument.Parse(json);
        Assert.Equal(form, actual);
        Assert.Equal(document.RootElement.GetProperty("uid").GetString(), uid);
        Assert.Equal(document.RootElement.TryGetProperty("status", out var sent) ? sent.GetString() : null, status?.ToWireValue());
        Assert.Equal(Compact(json), Encoding.UTF8.GetString(Assert.Single(server.Requests).Body));
        Assert.Equal(sink, echoed);
    }

    [Fact]
    public void A_oneOf_alternative_is_built_with_the_properties_listed_beside_it_and_requires_what_they_require()
    {
        Sink sink = new SinkHttp { Uid = "u1", Status = SinkStatus.Disabled, Type = SinkHttpType.Http, Url = "https://example.com" };

        Assert.Equal("""{"uid":"u1","status":"disabled","type":"http","url":"https://example.com"}""", Write(sink, SinkJsonConverter.Instance));
        var missing = Assert.Throws<ApiJsonException>(() => Read("""{"type":"http","url":"https://example.com"}""", SinkHttpJsonConverter.Instance));
        Assert.Contains("uid", missing.Message, StringComparison.Ordinal);
    }

    private static string Form(Anything value) => value.Match(
        _ => nameof(Anything.String),
        _ => nameof(Anything.Int64),
        _ => nameof(Anything.Named),
        _ => nameof(Anything.Pair),
        _ => nameof(Anything.ListOfString),
        _ => nameof(Anything.Json));
}
