using System.Text.Json;
using Aiia.Codegen.Runtime;
using static Aiia.Codegen.Client.Tests.JsonText;

namespace Aiia.Codegen.Client.Tests;

/// <summary>
/// A record keeps the JSON properties its schema does not list, in order, at every depth (nested records, arrays,
/// maps, allOf), writes them back after the listed ones, and counts them in equality but not in <c>ToString()</c>.
/// </summary>
public sealed class UndocumentedPropertyTests
{
    /// <summary>An order with undocumented properties (and values) at every depth, listed properties first.</summary>
    internal const string OrderWithUnknowns = """
        {
          "createdBy": "clerk-7",
          "id": "o-1",
          "status": "returned",
          "history": ["placed", "lost-in-transit"],
          "byWarehouse": { "aarhus": "on-hold" },
          "lines": [ { "sku": "A-1", "status": "backordered", "weight": { "kg": 1.5, "exact": false } } ],
          "linesByName": { "spare": { "sku": "B-2", "status": "shipped", "giftWrap": true } },
          "shipping": { "carrier": "PostNord", "pin": "4711", "eta": "2025-01-02", "notes": null },
          "priority": 3,
          "channel": { "name": "web", "tags": ["a", "b"] },
          "flags": [1, "two", null]
        }
        """;

    [Fact]
    public void Undocumented_properties_at_every_depth_are_written_back_after_the_listed_ones()
    {
        var order = Read(OrderWithUnknowns, OrderJsonConverter.Instance);

        Assert.Equal(Compact(OrderWithUnknowns), Write(order, OrderJsonConverter.Instance));
    }

    [Fact]
    public void Kept_properties_are_raw_JSON_in_arrival_order()
    {
        var order = Read(OrderWithUnknowns, OrderJsonConverter.Instance);

        Assert.Equal(["priority", "channel", "flags"], order.UndocumentedProperties!.Select(p => p.Key));
        Assert.Equal(3, order.UndocumentedProperties![0].Value.GetInt32());
        Assert.True(order.UndocumentedProperties.TryGetValue("channel", out var channel));
        Assert.Equal("web", channel.GetProperty("name").GetString());
        Assert.Equal(["eta", "notes"], order.Shipping!.UndocumentedProperties!.Select(p => p.Key));
        Assert.Equal("weight", Assert.Single(order.Lines![0].UndocumentedProperties!).Key);
        Assert.Equal("giftWrap", Assert.Single(order.LinesByName!["spare"].UndocumentedProperties!).Key);
    }

    [Fact]
    public void A_record_without_undocumented_properties_keeps_none()
    {
        var order = Read("""{"id":"o-1","status":"placed"}""", OrderJsonConverter.Instance);

        Assert.Null(order.UndocumentedProperties);
        Assert.Equal("""{"id":"o-1","status":"placed"}""", Write(order, OrderJsonConverter.Instance));
    }

    [Fact]
    public void Equality_includes_kept_properties_by_value()
    {
        // (Records holding lists or maps compare those by reference, as C# records do: compare their items.)
        var order = Read(OrderWithUnknowns, OrderJsonConverter.Instance);
        var again = Read(Write(order, OrderJsonConverter.Instance), OrderJsonConverter.Instance);
        var changed = Read(OrderWithUnknowns.Replace("\"priority\": 3", "\"priority\": 4", StringComparison.Ordinal), OrderJsonConverter.Instance);
        var nestedChanged = Read(OrderWithUnknowns.Replace("\"kg\": 1.5", "\"kg\": 2.5", StringComparison.Ordinal), OrderJsonConverter.Instance);

        Assert.Equal(order.Shipping, again.Shipping);
        Assert.Equal(order.Lines![0], again.Lines![0]);
        Assert.Equal(order.Lines[0].GetHashCode(), again.Lines[0].GetHashCode());
        Assert.Equal(order.UndocumentedProperties, again.UndocumentedProperties);
        Assert.NotEqual(order.UndocumentedProperties, changed.UndocumentedProperties);
        Assert.NotEqual(order.Lines[0], nestedChanged.Lines![0]);
        Assert.Equal(order, order with { });
        Assert.NotEqual(order, order with { UndocumentedProperties = null });
    }

    [Fact]
    public void Kept_values_compare_as_JSON_not_as_text()
    {
        var compact = Read("""{"sku":"A-1","status":"placed","w":{"kg":1.5,"s":"\u0041"}}""", LineJsonConverter.Instance);
        var spaced = Read("""{ "sku": "A-1", "status": "placed", "w": { "kg": 1.5, "s": "A" } }""", LineJsonConverter.Instance);
        var reordered = Read("""{"sku":"A-1","status":"placed","w":{"s":"A","kg":1.5}}""", LineJsonConverter.Instance);

        Assert.Equal(compact, spaced);
        Assert.NotEqual(compact, reordered);
    }

    [Fact]
    public void ToString_shows_kept_properties_only_as_a_count()
    {
        var order = Read(OrderWithUnknowns, OrderJsonConverter.Instance);

        var text = order.ToString();
        var shipping = order.Shipping!.ToString();

        Assert.Contains("UndocumentedProperties = [3 properties]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("web", text, StringComparison.Ordinal);
        Assert.DoesNotContain("priority", text, StringComparison.Ordinal);
        Assert.Contains("Pin = [redacted]", shipping, StringComparison.Ordinal);
        Assert.Contains("UndocumentedProperties = [2 properties]", shipping, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-01-02", shipping, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_set_in_code_are_written_after_the_listed_ones()
    {
        using var extra = JsonDocument.Parse("""{"v":[1,2]}""");
        var line = new Line
        {
            Sku = "A-1",
            Status = OrderStatus.Placed,
            UndocumentedProperties = new ApiUndocumentedProperties([new("note", extra.RootElement)]),
        };

        Assert.Equal("""{"sku":"A-1","status":"placed","note":{"v":[1,2]}}""", Write(line, LineJsonConverter.Instance));
    }

    [Fact]
    public void A_schema_with_additionalProperties_false_skips_undocumented_properties()
    {
        var strict = Read("""{"id":"s-1","extra":{"deep":[1]}}""", StrictJsonConverter.Instance);

        Assert.Equal("s-1", strict.Id);
        Assert.Equal("""{"id":"s-1"}""", Write(strict, StrictJsonConverter.Instance));
        Assert.Null(typeof(Strict).GetProperty("UndocumentedProperties"));
    }

    [Fact]
    public void A_schema_that_says_error_reports_an_undocumented_property_by_its_path()
    {
        var error = Assert.Throws<ApiJsonException>(() => Read("""{"id":"c-1","inner":{"id":"c-2","surprise":"s3cret"}}""", ClosedJsonConverter.Instance));

        Assert.Equal("$.inner.surprise", error.JsonPath);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_strict_union_alternative_reports_its_undocumented_property_instead_of_becoming_raw_json()
    {
        var error = Assert.Throws<ApiJsonException>(() => Read("""{"name":"ann","nickname":"s3cret"}""", OwnerJsonConverter.Instance));
        Assert.Equal("$.nickname", error.JsonPath);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);

        var inList = Assert.Throws<ApiJsonException>(() => Read("""{"owners":["bob",{"name":"n","z":1}]}""", OwnershipJsonConverter.Instance));
        Assert.Equal("$.owners[1].z", inList.JsonPath);

        Assert.Equal("ann", Read("""{"name":"ann"}""", OwnerJsonConverter.Instance).Member!.Name);
        Assert.True(Read("""{"nickname":"a"}""", OwnerJsonConverter.Instance).IsJson); // fits no alternative at all
    }

    [Fact]
    public void An_alternative_that_fits_wins_over_a_strict_one_that_rejected_the_object()
    {
        var ownership = Read("""{"holder":{"name":"ann","nickname":"a"}}""", OwnershipJsonConverter.Instance);

        Assert.Equal("a", ownership.Holder!.Alias!.Nickname);
    }

    [Fact]
    public void A_lone_surrogate_read_into_a_kept_or_free_form_value_fails_located_when_written_back()
    {
        // JSON's "\ud800" is legal and reads; no writer can write it back. Was a bare InvalidOperationException.
        var order = Read("""{"id":"o-1","status":"placed","note":"\ud800"}""", OrderJsonConverter.Instance);
        var remittance = Read("""{"amount":{"currency":"EUR","value":"1"},"description":"d","note":null,"references":[],"parts":[],"method":"sepa","context":"\ud800","attachments":[1,"\udc00"]}""", RemittanceJsonConverter.Instance);

        Assert.Equal("$.note", Assert.Throws<ApiJsonException>(() => Write(order, OrderJsonConverter.Instance)).JsonPath);
        Assert.Equal(
            "$.context: the value holds text that is not valid UTF-16 (a lone surrogate), which cannot be written",
            Assert.Throws<ApiJsonException>(() => Write(remittance, RemittanceJsonConverter.Instance)).Message);
        Assert.Equal("$.attachments[1]", Assert.Throws<ApiJsonException>(() => Write(remittance with { Context = null }, RemittanceJsonConverter.Instance)).JsonPath);
    }

    [Fact]
    public void A_lone_surrogate_in_a_property_name_fails_reading_located_at_the_object_that_holds_it()
    {
        // A name cannot be kept (nor matched) as text; it was a bare JsonException naming nothing.
        var top = Assert.Throws<ApiJsonException>(() => Read("""{"id":"o-1","status":"placed","\ud800x":1}""", OrderJsonConverter.Instance));
        var nested = Assert.Throws<ApiJsonException>(() => Read("""{"amount":{"currency":"EUR","\udc00":"1"}}""", RemittanceJsonConverter.Instance));

        var mapKey = Assert.Throws<ApiJsonException>(() => Read("""{"id":"o-1","status":"placed","byWarehouse":{"\ud800":"placed"}}""", OrderJsonConverter.Instance));
        var discriminated = Assert.Throws<ApiJsonException>(() => Read("""{"\ud800":1,"kind":"Circle","radius":1}""", ShapeJsonConverter.Instance));

        Assert.Equal("$: a property name is not valid UTF-16 text (a lone surrogate)", top.Message);
        Assert.Equal("$.amount", nested.JsonPath);
        Assert.Equal("$.byWarehouse", mapKey.JsonPath);
        Assert.Equal("$", discriminated.JsonPath);
    }
}
