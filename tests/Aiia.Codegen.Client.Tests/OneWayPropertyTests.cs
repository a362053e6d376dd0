using static Aiia.Codegen.Client.Tests.JsonText;

namespace Aiia.Codegen.Client.Tests;

/// <summary>
/// A required <c>readOnly</c> property is absent from requests and a required <c>writeOnly</c> one from responses, so
/// neither is a <c>required</c> member: a request can be built without the first, a response read without the second,
/// and each round-trips unchanged.
/// </summary>
public sealed class OneWayPropertyTests
{
    [Fact]
    public void A_request_without_the_read_only_property_is_built_and_written_without_it()
    {
        var request = new Account { Name = "ada", Password = "secret" };

        Assert.Equal("""{"name":"ada","password":"secret"}""", Write(request, AccountJsonConverter.Instance));
        Assert.Equal(request, Read(Write(request, AccountJsonConverter.Instance), AccountJsonConverter.Instance));
    }

    [Fact]
    public void A_response_without_the_write_only_property_is_read_and_written_back_unchanged()
    {
        const string response = """{"id":"a-1","name":"ada"}""";

        var account = Read(response, AccountJsonConverter.Instance);

        Assert.Equal("a-1", account.Id);
        Assert.Null(account.Password);
        Assert.Equal(response, Write(account, AccountJsonConverter.Instance));
    }

    [Fact]
    public void The_property_required_both_ways_is_still_required()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => Read("""{"id":"a-1"}""", AccountJsonConverter.Instance));
    }
}
