using System.Text;
using System.Text.Json;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>The kept undocumented properties of a record: raw JSON in arrival order, value-equal, printed as a count.</summary>
public sealed class ApiUndocumentedPropertiesTests
{
    /// <summary>Keeps every property of a JSON object, as a generated converter keeps the ones it does not list.</summary>
    private static ApiUndocumentedProperties? KeepAll(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        ApiUndocumentedProperties? kept = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            ApiUndocumentedProperties.Keep(ref kept, name, ref reader);
        }

        return kept;
    }

    private static string WriteInObject(ApiUndocumentedProperties kept)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            kept.WriteTo(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Nothing_kept_allocates_nothing()
    {
        Assert.Null(KeepAll("{}"));
    }

    [Fact]
    public void Properties_are_kept_in_order_and_written_back_compactly()
    {
        var kept = KeepAll("""{ "b": [1, {"x": null}], "a": "t\u00e9xt", "c": 1.50e2, "b": true }""")!;

        Assert.Equal(["b", "a", "c", "b"], kept.Select(p => p.Key));
        Assert.Equal("""{"b":[1,{"x":null}],"a":"t\u00E9xt","c":1.50e2,"b":true}""", WriteInObject(kept));
        Assert.True(kept.TryGetValue("b", out var first));
        Assert.Equal(JsonValueKind.Array, first.ValueKind);
        Assert.False(kept.TryGetValue("B", out _));
    }

    [Theory]
    [InlineData("""{"a":{"x":1,"y":[true,null]}}""", """{ "a" : { "x" : 1 , "y" : [ true , null ] } }""", true)]
    [InlineData("""{"a":"\u0041"}""", """{"a":"A"}""", true)]
    [InlineData("""{"a":1}""", """{"a":1.0}""", false)]
    [InlineData("""{"a":{"x":1,"y":2}}""", """{"a":{"y":2,"x":1}}""", false)]
    [InlineData("""{"a":[1,2]}""", """{"a":[1,2,3]}""", false)]
    [InlineData("""{"a":1,"b":2}""", """{"b":2,"a":1}""", false)]
    [InlineData("""{"a":null}""", """{"a":false}""", false)]
    public void Equality_is_structural_and_ordered(string left, string right, bool equal)
    {
        var a = KeepAll(left)!;
        var b = KeepAll(right)!;

        Assert.Equal(equal, a.Equals(b));
        Assert.Equal(equal, b.Equals((object)a));
        if (equal)
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Fact]
    public void ToString_shows_only_the_count()
    {
        var kept = KeepAll("""{"accessToken":"tok-SECRET","n":1}""")!;

        Assert.Equal("[2 properties]", kept.ToString());
        Assert.Equal("[1 property]", KeepAll("""{"x":"SECRET"}""")!.ToString());
    }

    [Fact]
    public void Values_given_in_code_are_cloned_and_checked()
    {
        ApiUndocumentedProperties kept;
        using (var document = JsonDocument.Parse("""{"v":[1]}"""))
        {
            kept = new ApiUndocumentedProperties([new("extra", document.RootElement)]);
        }

        Assert.Equal("""{"extra":{"v":[1]}}""", WriteInObject(kept));
        Assert.Throws<ArgumentException>(() => new ApiUndocumentedProperties([new("undefined", default)]));
        Assert.Throws<ArgumentException>(() => new ApiUndocumentedProperties([new(null!, kept[0].Value)]));
    }
}
