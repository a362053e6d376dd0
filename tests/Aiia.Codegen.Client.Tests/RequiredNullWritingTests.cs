using System.Text.Json;
using Aiia.Codegen.Runtime;
using static Aiia.Codegen.Client.Tests.JsonText;

namespace Aiia.Codegen.Client.Tests;

/// <summary>
/// A record whose required, non-nullable property holds null (<c>required</c> is only checked by object initializers:
/// <c>null!</c>, a mapper or configuration binding get past it) is not written: one <see cref="ApiJsonException"/>
/// located at the property and naming it and its record, whatever the property's kind, before anything is sent. So is
/// an enum's <c>default</c> (the struct's zero value: a field never set), which has no wire value, and
/// <c>default(JsonElement)</c>, which holds no JSON value.
/// </summary>
public sealed class RequiredNullWritingTests
{
    private static RemittanceAmount Amount() => new() { Currency = "EUR", Value = "1.00" };

    private static Remittance Valid() => new()
    {
        Amount = Amount(),
        Description = "rent",
        Note = null,
        References = ["r-1"],
        Parts = [Amount()],
        Method = RemittanceMethod.Sepa,
    };

    private static ApiJsonException WriteFails(Remittance remittance) =>
        Assert.Throws<ApiJsonException>(() => Write(remittance, RemittanceJsonConverter.Instance));

    [Fact]
    public void A_complete_record_is_written_and_a_required_nullable_property_as_null()
    {
        Assert.Equal(
            """{"amount":{"currency":"EUR","value":"1.00"},"description":"rent","note":null,"references":["r-1"],"parts":[{"currency":"EUR","value":"1.00"}],"method":"sepa"}""",
            Write(Valid(), RemittanceJsonConverter.Instance));
    }

    [Fact]
    public void A_null_required_string_fails_naming_the_property_and_the_record()
    {
        ApiJsonException ex = WriteFails(Valid() with { Description = null! });

        Assert.Equal("$.description", ex.JsonPath);
        Assert.Equal("$.description: property 'description' of Remittance is null, and the contract requires a value", ex.Message);
    }

    [Theory]
    [InlineData("amount")]
    [InlineData("references")]
    [InlineData("parts")]
    public void A_null_required_object_or_list_fails_the_same_way(string property)
    {
        Remittance remittance = property switch
        {
            "amount" => Valid() with { Amount = null! },
            "references" => Valid() with { References = null! },
            _ => Valid() with { Parts = null! },
        };

        ApiJsonException ex = WriteFails(remittance);

        Assert.Equal("$." + property, ex.JsonPath);
        Assert.Equal($"property '{property}' of Remittance is null, and the contract requires a value", ex.Reason);
    }

    [Fact]
    public void A_null_inside_a_nested_record_list_or_map_is_located_by_its_json_path()
    {
        Assert.Equal(
            "$.amount.currency: property 'currency' of RemittanceAmount is null, and the contract requires a value",
            WriteFails(Valid() with { Amount = Amount() with { Currency = null! } }).Message);
        Assert.Equal("$.parts[1].value", WriteFails(Valid() with { Parts = [Amount(), Amount() with { Value = null! }] }).JsonPath);
        Assert.Equal("$.references[1]: the item is null, and the contract requires a value", WriteFails(Valid() with { References = ["r-1", null!] }).Message);
        Assert.Equal("$.parts[0]", WriteFails(Valid() with { Parts = [null!] }).JsonPath);
        Assert.Equal(
            "$.labels.k: the value is null, and the contract requires a value",
            WriteFails(Valid() with { Labels = new Dictionary<string, string> { ["k"] = null! } }).Message);
    }

    [Fact]
    public void A_default_enum_fails_naming_what_holds_it()
    {
        Assert.Equal(
            "$.method: property 'method' of Remittance is default(RemittanceMethod), which has no wire value",
            WriteFails(Valid() with { Method = default }).Message);
        Assert.Equal(
            "$.channels[1]: the item is default(RemittanceChannelsItem), which has no wire value",
            WriteFails(Valid() with { Channels = [RemittanceChannelsItem.Email, default] }).Message);
        Assert.Equal(
            "$: default(RemittanceMethod) has no wire value",
            Assert.Throws<ApiJsonException>(() => JsonSerializer.Serialize(default(RemittanceMethod))).Message);
    }

    [Fact]
    public void A_default_json_element_fails_naming_what_holds_it()
    {
        Assert.Equal(
            "$.context: property 'context' of Remittance is default(JsonElement), which has no wire value",
            WriteFails(Valid() with { Context = default(JsonElement) }).Message);
        Assert.Equal(
            "$.attachments[1]: the item is default(JsonElement), which has no wire value",
            WriteFails(Valid() with { Attachments = [JsonDocument.Parse("1").RootElement, default(JsonElement)] }).Message);
        Assert.Equal(
            """{"amount":{"currency":"EUR","value":"1.00"},"description":"rent","note":null,"references":["r-1"],"parts":[{"currency":"EUR","value":"1.00"}],"method":"sepa","context":{"a":[1]},"attachments":[null]}""",
            Write(Valid() with { Context = JsonDocument.Parse("""{"a":[1]}""").RootElement, Attachments = [JsonDocument.Parse("null").RootElement] }, RemittanceJsonConverter.Instance));
    }

    [Fact]
    public void JsonSerializer_reports_the_same_error()
    {
        var ex = Assert.Throws<ApiJsonException>(() => JsonSerializer.Serialize(Valid() with { Amount = Amount() with { Currency = null! } }));

        Assert.Equal("$.amount.currency", ex.JsonPath);
    }

    [Fact]
    public async Task The_client_fails_before_sending_anything()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var client = new WritingClient(server.CreateClient());

        var ex = await Assert.ThrowsAsync<ApiJsonException>(() => client.CreateRemittanceAsync(Valid() with { Amount = null! }));

        Assert.Equal("$.amount", ex.JsonPath);
        Assert.Empty(server.Requests);
        ex = await Assert.ThrowsAsync<ApiJsonException>(() => client.CreateRemittanceAsync(Valid() with { Method = default }));
        Assert.Equal("$.method", ex.JsonPath);
        Assert.Empty(server.Requests);
    }
}
