using System.Text;
using System.Text.Json;
using Aiia.Codegen.Runtime;
using static Aiia.Codegen.Client.Tests.JsonText;

namespace Aiia.Codegen.Client.Tests;

/// <summary>
/// An optional property the spec lets be null is sent as <c>null</c> when set to null, left out when never set, and a
/// <c>null</c> read is written back (finding 07): a PATCH can say "clear this". Records track which such properties
/// were set, so equality includes it. Optional properties the spec does not let be null are left out when null, as before.
/// </summary>
public sealed class ExplicitNullTests
{
    private static async Task<string> SentBody(UpdatePaymentRequest body)
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.EchoBody());
        await new PatchingClient(server.CreateClient()).UpdatePaymentAsync("tr_1", body);
        var request = Assert.Single(server.Requests);
        Assert.Equal("PATCH", request.Method);
        return Encoding.UTF8.GetString(request.Body);
    }

    [Fact]
    public async Task A_property_set_to_null_is_sent_as_null()
    {
        Assert.Equal(
            """{"description":"Order #98765","cancelUrl":null}""",
            await SentBody(new UpdatePaymentRequest { Description = "Order #98765", CancelUrl = null }));
    }

    [Fact]
    public async Task A_property_never_set_is_left_out()
    {
        Assert.Equal("""{"description":"Order #98765"}""", await SentBody(new UpdatePaymentRequest { Description = "Order #98765" }));
        Assert.Equal("{}", await SentBody(new UpdatePaymentRequest()));
    }

    [Fact]
    public async Task A_property_set_to_a_value_is_sent()
    {
        Assert.Equal(
            """{"cancelUrl":"https://shop.example/cancel","dueInDays":3,"method":"ideal","metadata":{"orderId":"o-1"}}""",
            await SentBody(new UpdatePaymentRequest
            {
                CancelUrl = "https://shop.example/cancel",
                DueInDays = 3,
                Method = PaymentMethod.Ideal,
                Metadata = new UpdatePaymentRequestMetadata { OrderId = "o-1" },
            }));
    }

    [Fact]
    public async Task Every_kind_of_property_is_sent_as_null_when_set_to_null()
    {
        Assert.Equal(
            """{"cancelUrl":null,"redirectUrl":null,"dueInDays":null,"method":null,"metadata":null}""",
            await SentBody(new UpdatePaymentRequest { CancelUrl = null, RedirectUrl = null, DueInDays = null, Method = null, Metadata = null }));
    }

    [Fact]
    public async Task With_sets_the_property_and_keeps_what_the_original_had_set()
    {
        var original = new UpdatePaymentRequest { Description = "x", RedirectUrl = null };

        Assert.Equal("""{"description":"x","cancelUrl":null,"redirectUrl":null}""", await SentBody(original with { CancelUrl = null }));
        Assert.Equal("""{"description":"x","redirectUrl":null}""", Write(original, UpdatePaymentRequestJsonConverter.Instance)); // unchanged by the copy
        Assert.Equal("""{"description":"y","redirectUrl":null}""", Write(original with { Description = "y" }, UpdatePaymentRequestJsonConverter.Instance));
    }

    [Fact]
    public void An_optional_property_the_spec_does_not_let_be_null_is_left_out_when_null()
    {
        Assert.Equal("{}", Write(new UpdatePaymentRequest { Description = null }, UpdatePaymentRequestJsonConverter.Instance));
        Assert.Equal("{}", Write(new UpdatePaymentRequestMetadata { OrderId = null }, UpdatePaymentRequestMetadataJsonConverter.Instance));
    }

    [Theory]
    [InlineData("""{"description":"x","cancelUrl":null}""")]
    [InlineData("""{"cancelUrl":null,"redirectUrl":null,"dueInDays":null,"method":null,"metadata":null}""")]
    [InlineData("""{"redirectUrl":"https://a","dueInDays":null}""")]
    [InlineData("{}")]
    public void A_null_read_is_written_back_and_an_absent_property_stays_absent(string json)
    {
        Assert.Equal(json, Write(Read(json, UpdatePaymentRequestJsonConverter.Instance), UpdatePaymentRequestJsonConverter.Instance));
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<UpdatePaymentRequest>(json)));
    }

    [Fact]
    public async Task A_null_the_server_sends_comes_back_through_the_client()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.EchoBody());
        var client = new PatchingClient(server.CreateClient());

        var echoed = await client.UpdatePaymentAsync("tr_1", new UpdatePaymentRequest { Description = "x", CancelUrl = null });

        Assert.Null(echoed.CancelUrl);
        Assert.Equal("""{"description":"x","cancelUrl":null}""", Write(echoed, UpdatePaymentRequestJsonConverter.Instance));
        Assert.Equal(new UpdatePaymentRequest { Description = "x", CancelUrl = null }, echoed);
    }

    [Fact]
    public void Records_that_would_be_written_differently_are_not_equal()
    {
        var setToNull = new UpdatePaymentRequest { CancelUrl = null };
        var neverSet = new UpdatePaymentRequest();

        Assert.NotEqual(setToNull, neverSet);
        Assert.Equal(new UpdatePaymentRequest { CancelUrl = null }, setToNull);
        Assert.Equal(new UpdatePaymentRequest { CancelUrl = null }.GetHashCode(), setToNull.GetHashCode());
        Assert.Equal(setToNull, Read("""{"cancelUrl":null}""", UpdatePaymentRequestJsonConverter.Instance));
        Assert.Equal(neverSet, Read("{}", UpdatePaymentRequestJsonConverter.Instance));
        // A value is a value, however it came.
        Assert.Equal(new UpdatePaymentRequest { CancelUrl = "u" }, Read("""{"cancelUrl":"u"}""", UpdatePaymentRequestJsonConverter.Instance));
    }

    [Fact]
    public void A_derived_record_tracks_its_own_and_its_bases_properties()
    {
        Assert.Equal("""{"kind":"car","nickname":null,"plate":null}""", Write<Vehicle>(new Car { Nickname = null, Plate = null }, VehicleJsonConverter.Instance));
        Assert.Equal("""{"kind":"car","plate":null}""", Write<Vehicle>(new Car { Plate = null }, VehicleJsonConverter.Instance));
        Assert.Equal("""{"kind":"car"}""", Write<Vehicle>(new Car { Seats = null }, VehicleJsonConverter.Instance));

        const string json = """{"kind":"car","nickname":null,"seats":2}""";
        var car = Read(json, VehicleJsonConverter.Instance);
        Assert.Equal(json, Write(car, VehicleJsonConverter.Instance));
        Assert.NotEqual<Vehicle>(new Car { Seats = 2 }, car);
        Assert.Equal<Vehicle>(new Car { Kind = "car", Nickname = null, Seats = 2 }, car);
    }

    private static JsonElement Null() => JsonDocument.Parse("null").RootElement;

    [Fact]
    public void An_undocumented_property_named_like_a_listed_one_is_refused_not_written_twice()
    {
        var undocumented = new ApiUndocumentedProperties([new("cancelUrl", Null())]);

        foreach (var request in new[]
        {
            new UpdatePaymentRequest { Description = "x", UndocumentedProperties = undocumented },
            new UpdatePaymentRequest { Description = "x", CancelUrl = "https://a", UndocumentedProperties = undocumented },
        })
        {
            var ex = Assert.Throws<ApiJsonException>(() => Write(request, UpdatePaymentRequestJsonConverter.Instance));
            Assert.Equal("$.cancelUrl", ex.JsonPath);
            Assert.Contains("UpdatePaymentRequest lists", ex.Reason, StringComparison.Ordinal);
        }

        // One the record does not list is still written after the listed ones.
        Assert.Equal(
            """{"description":"x","note":null}""",
            Write(new UpdatePaymentRequest { Description = "x", UndocumentedProperties = new([new("note", Null())]) }, UpdatePaymentRequestJsonConverter.Instance));
    }
}
