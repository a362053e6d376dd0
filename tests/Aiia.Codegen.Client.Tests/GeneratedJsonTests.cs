using System.Text.Json;
using Aiia.Codegen.Runtime;
using static Aiia.Codegen.Client.Tests.JsonText;

namespace Aiia.Codegen.Client.Tests;

/// <summary>The generated types and converters against the seed page's examples.</summary>
public sealed class GeneratedJsonTests
{
    [Fact]
    public void The_status_example_reads_with_exact_values()
    {
        var status = Read(SeedExamples.StatusResponse, AuthenticationStatusJsonConverter.Instance);

        Assert.Equal(AuthenticationState.Succeeded, status.State);
        Assert.Equal(SeedExamples.Code, status.Code);
    }

    [Fact]
    public void The_tokens_example_reads_with_exact_values()
    {
        var tokens = Read(SeedExamples.TokensResponse, TokensResponseJsonConverter.Instance);

        Assert.True(tokens.Success);
        Assert.Equal("DemoBank", tokens.ProviderId);
        Assert.Equal(new DateTimeOffset(2019, 1, 23, 13, 30, 7, TimeSpan.Zero).AddTicks(1389724), tokens.Session.Expires);
        Assert.Equal(TimeSpan.Zero, tokens.Session.Expires.Offset);
        Assert.Equal(SeedExamples.AccessToken, tokens.Session.AccessToken);
        Assert.Equal("DemoBank", tokens.Login.ProviderId);
        Assert.Equal(new DateTimeOffset(2019, 7, 25, 13, 20, 7, TimeSpan.Zero).AddTicks(1419710), tokens.Login.Expires);
        Assert.Equal(SeedExamples.LoginToken, tokens.Login.LoginToken);
        Assert.Equal(1386, tokens.Login.LoginToken.Length);
        Assert.True(tokens.Login.SupportsUnattended);
        Assert.Equal("DemoBank 1/23/2019 1:12:33 PM", tokens.Login.Label);
        Assert.Equal("dc757223d2afb208283aee8bdc58976233fdc6cd259874a231875d8e9c7ae03a", tokens.Login.SubjectId);
    }

    [Fact]
    public void A_plain_JsonSerializer_call_uses_the_generated_converter()
    {
        var tokens = JsonSerializer.Deserialize<TokensResponse>(SeedExamples.TokensResponse);

        Assert.NotNull(tokens);
        Assert.Equal(SeedExamples.LoginToken, tokens.Login.LoginToken);
    }

    [Fact]
    public void Writing_keeps_wire_names_and_leaves_out_absent_optional_properties()
    {
        var json = Write(new InitializeRequest { UserHash = "user-0001", RedirectUrl = "https://example.test/back" }, InitializeRequestJsonConverter.Instance);

        Assert.Equal("""{"userHash":"user-0001","redirectUrl":"https://example.test/back"}""", json);
    }

    [Fact]
    public void Writing_then_reading_round_trips_the_tokens_example()
    {
        var tokens = Read(SeedExamples.TokensResponse, TokensResponseJsonConverter.Instance);

        var again = Read(Write(tokens, TokensResponseJsonConverter.Instance), TokensResponseJsonConverter.Instance);

        Assert.Equal(tokens.Session, again.Session);
        Assert.Equal(tokens.Login, again.Login);
        Assert.Equal(tokens.Success, again.Success);
    }

    [Fact]
    public void ToString_of_a_tokens_response_shows_neither_token()
    {
        var tokens = Read(SeedExamples.TokensResponse, TokensResponseJsonConverter.Instance);

        var text = tokens.ToString();

        Assert.DoesNotContain(SeedExamples.AccessToken, text);
        Assert.DoesNotContain(SeedExamples.LoginToken, text);
        Assert.Contains("AccessToken = [redacted]", text);
        Assert.Contains("LoginToken = [redacted]", text);
        Assert.Contains("ProviderId = DemoBank", text);
        Assert.Contains("SupportsUnattended = True", text);
    }

    [Fact]
    public void ToString_of_codes_and_credentials_shows_no_secret()
    {
        var status = Read(SeedExamples.StatusResponse, AuthenticationStatusJsonConverter.Instance);
        var credentials = new AiiaAuthenticationClientOptions { ClientId = "client-id-value", ClientSecret = "client-secret-value" };

        Assert.DoesNotContain(SeedExamples.Code, status.ToString());
        Assert.DoesNotContain(SeedExamples.Code, new TokensRequest { Code = SeedExamples.Code }.ToString());
        Assert.DoesNotContain("client-secret-value", credentials.ToString());
        Assert.Contains("State = Succeeded", status.ToString());
    }

    [Fact]
    public void A_missing_required_property_is_reported_by_its_path()
    {
        var exception = Assert.Throws<ApiJsonException>(() =>
            Read("""{"success":true,"providerId":"DemoBank","session":{"expires":"2019-01-23T13:30:07Z"},"login":{}}""", TokensResponseJsonConverter.Instance));

        Assert.Equal("$.session", exception.JsonPath);
        Assert.Contains("accessToken", exception.Message);
    }

    [Fact]
    public void A_wrong_type_is_reported_by_its_path_without_the_value()
    {
        var exception = Assert.Throws<ApiJsonException>(() =>
            Read("""{"state":"Succeeded","code":[12345678]}""", AuthenticationStatusJsonConverter.Instance));

        Assert.Equal("$.code", exception.JsonPath);
        Assert.DoesNotContain("12345678", exception.ToString());
    }
}
