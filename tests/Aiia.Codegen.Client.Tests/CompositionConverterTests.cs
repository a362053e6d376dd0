using System.Text.Json;
using static Aiia.Codegen.Client.Tests.JsonText;

namespace Aiia.Codegen.Client.Tests;

/// <summary>The generated composition types themselves: records with a base, the Unknown fallback, union accessors.</summary>
public sealed class CompositionConverterTests
{
    [Fact]
    public void Derived_records_keep_record_semantics()
    {
        var cat = (Cat)Read(CompositionRoundTripTests.CatJson, PetJsonConverter.Instance);
        Pet older = cat with { Lives = 8 };

        Assert.NotEqual<Pet>(cat, older);
        Assert.Equal<Pet>(cat, Read(CompositionRoundTripTests.CatJson, PetJsonConverter.Instance));
        Assert.NotEqual<Pet>(cat, new Dog { PetType = "cat", Name = "Tom" });
        Assert.Equal("""{"petType":"cat","name":"Tom","lives":8}""", Write(older, PetJsonConverter.Instance));
        Assert.StartsWith("Cat { PetType = cat, Name = Tom, Lives = 9", cat.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_a_derived_record_through_the_base_writes_the_derived_object()
    {
        Shape square = new Square { Kind = "Square", Label = "sq", Side = 3, Secret = "hidden" };

        Assert.Equal("""{"kind":"Square","label":"sq","side":3,"secret":"hidden"}""", Write(square, ShapeJsonConverter.Instance));
        Assert.DoesNotContain("hidden", square.ToString(), StringComparison.Ordinal);
        Assert.Contains("Label = sq", square.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_record_without_its_discriminator_is_written_with_the_value_naming_it()
    {
        var circle = new Circle { Radius = 2 };

        Assert.Equal("""{"kind":"Circle","radius":2}""", Write(circle, CircleJsonConverter.Instance));
        Assert.Equal("""{"kind":"Circle","radius":2}""", Write<Shape>(circle, ShapeJsonConverter.Instance));
        Assert.Equal(circle with { Kind = "Circle" }, Read(Write<Shape>(circle, ShapeJsonConverter.Instance), ShapeJsonConverter.Instance));
        Assert.Null(circle.Kind); // only the JSON gets it
        Assert.Equal("""{"kind":"round","radius":2}""", Write(circle with { Kind = "round" }, CircleJsonConverter.Instance)); // a value given is sent
    }

    [Fact]
    public void An_unknown_subtype_keeps_its_value_and_json_and_prints_neither_json_nor_secrets()
    {
        var pet = Assert.IsType<UnknownPet>(Read(CompositionRoundTripTests.ParrotJson, PetJsonConverter.Instance));

        Assert.Equal("parrot", pet.DiscriminatorValue);
        Assert.Equal(JsonValueKind.Object, pet.Json.ValueKind);
        Assert.Equal("UnknownPet { DiscriminatorValue = parrot, Json = [JSON Object] }", pet.ToString());
        Assert.Equal(pet, Read(CompositionRoundTripTests.ParrotJson, PetJsonConverter.Instance));
        Assert.Equal(pet.GetHashCode(), Read(CompositionRoundTripTests.ParrotJson, PetJsonConverter.Instance).GetHashCode());
    }

    [Fact]
    public void A_union_converts_from_each_alternative_and_tells_which_it_holds()
    {
        Anything text = "id";
        Anything number = 7L;
        Anything pair = new Pair { B = "b", C = "c" };
        var list = Anything.FromListOfString(["x"]);

        Assert.True(text.IsString);
        Assert.True(text.TryGetString(out var got) && got == "id");
        Assert.False(text.TryGetInt64(out _));
        Assert.Null(text.Int64);
        Assert.Equal(7L, number.Int64);
        Assert.Equal("b", pair.Pair!.B);
        Assert.Equal(["x"], list.ListOfString!);
        Assert.Equal(Anything.FromString("id"), text);
        Assert.NotEqual(Anything.FromString("7"), number);
        Assert.Equal("\"id\"", Write(text, AnythingJsonConverter.Instance));
        Assert.Equal("7", Write(number, AnythingJsonConverter.Instance));

        var seen = new List<string>();
        pair.Switch(_ => seen.Add("string"), _ => seen.Add("int64"), _ => seen.Add("named"), p => seen.Add(p.C), _ => seen.Add("list"), _ => seen.Add("json"));
        Assert.Equal(["c"], seen);
    }

    [Fact]
    public void A_union_fallback_keeps_the_json_and_prints_only_its_kind()
    {
        var value = Read("""{"token":"secret"}""", AnythingJsonConverter.Instance);

        Assert.True(value.IsJson);
        Assert.Equal("Anything { Json = [JSON Object] }", value.ToString());
        Assert.Equal(value, Anything.FromJson(JsonDocument.Parse("""{ "token" : "secret" }""").RootElement));
    }

    [Theory]
    [InlineData("""{"petType":"dog","name":"Rex"}""", "Dog")]
    [InlineData("""{"petType":"cat","name":"Tom"}""", "Cat")]
    [InlineData("""{"petType":"owl","name":"Hoo"}""", "Cat")] // no alternative named: the shape rule (spec order on a tie)
    public void A_discriminator_on_an_inline_oneOf_picks_the_alternative(string json, string expected)
    {
        var holder = Read("{\"pick\":" + json + "}", HolderJsonConverter.Instance);

        Assert.Equal(expected, holder.Pick!.Match(_ => "Cat", _ => "Dog", _ => "Json"));
        Assert.Equal("{\"pick\":" + json + "}", Write(holder, HolderJsonConverter.Instance));
    }

    [Theory]
    [InlineData("""{"type":"image","url":"http://x/y.png"}""", "ImagePart")]
    [InlineData("""{"type":"text","text":"hi"}""", "TextPart")]
    [InlineData("""{"type":"audio","url":"http://x/y.mp3"}""", "Json")] // a part added later: neither record lists it
    public void Records_told_apart_by_a_value_each_lists_read_as_the_one_that_lists_it(string json, string expected)
    {
        var part = Read(json, PartJsonConverter.Instance);

        Assert.Equal(expected, part.Match(_ => "TextPart", _ => "ImagePart", _ => "Json"));
        Assert.Equal(json, Write(part, PartJsonConverter.Instance));
    }

    [Theory]
    [InlineData("""{"t":"y","yv":2}""", 2)]
    [InlineData("""{"t":"x","xv":1}""", 1)]
    public void Inline_alternatives_told_apart_by_a_listed_value_read_as_the_one_that_lists_it(string json, int expected)
    {
        var holder = Read("{\"event\":" + json + "}", HolderJsonConverter.Instance);

        Assert.Equal(expected, holder.Event!.Match(_ => 1, _ => 2, _ => 0));
    }

    [Fact]
    public void A_record_alternative_that_does_not_read_falls_to_the_next_candidate()
    {
        // Pair's required properties are present, but b is not a string: Pair does not fit, Named does.
        var value = Read("""{"a":"x","b":1,"c":"y"}""", AnythingJsonConverter.Instance);

        Assert.Equal("x", value.Named!.A);
        Assert.Equal("""{"a":"x","b":1,"c":"y"}""", Write(value, AnythingJsonConverter.Instance));
    }

    [Fact]
    public void A_union_candidate_fits_only_as_the_spec_writes_it()
    {
        // Pair would take b = "1" and Named would take a = "5" by the readers' tolerance; neither fits as written, so
        // the object is kept as it arrived.
        var value = Read("""{"a":5,"b":1,"c":"y"}""", AnythingJsonConverter.Instance);

        Assert.True(value.IsJson);
        Assert.Equal("""{"a":5,"b":1,"c":"y"}""", Write(value, AnythingJsonConverter.Instance));
    }

    [Fact]
    public void The_alternative_a_discriminator_names_reads_as_any_record_does()
    {
        // The value names Dog; a name sent as a number still reads, as it does outside a union.
        var holder = Read("""{"pick":{"petType":"dog","name":7}}""", HolderJsonConverter.Instance);

        Assert.Equal("7", holder.Pick!.Match(_ => "Cat", dog => dog.Name, _ => "Json"));
    }

    [Fact]
    public void A_number_where_the_spec_says_string_reads_as_its_text_outside_a_union()
    {
        var customer = Read("""{"id":42,"email":"a@example.com"}""", CustomerJsonConverter.Instance);

        Assert.Equal("42", customer.Id);
        Assert.Equal("""{"id":"42","email":"a@example.com"}""", Write(customer, CustomerJsonConverter.Instance));
    }
}
