namespace Aiia.Codegen.Runtime.Tests;

/// <summary>The transport refuses, at construction, a base address that could not work or would leak secrets.</summary>
public sealed class ApiTransportConstructionTests
{
    [Fact]
    public void A_null_client_is_rejected() =>
        Assert.Throws<ArgumentNullException>(() => new ApiTransport(null!, new ApiClientOptions()));

    [Fact]
    public void A_missing_base_address_says_how_to_fix_it()
    {
        using var http = new HttpClient();
        var ex = Assert.Throws<ArgumentException>(() => new ApiTransport(http, new ApiClientOptions()));
        Assert.Equal("httpClient", ex.ParamName);
        Assert.Contains("BaseAddress is not set", ex.Message);
        Assert.Contains("https://", ex.Message);
    }

    [Theory]
    [InlineData("http://api.example.com/")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("http://localhost.example.com/")]
    public void Plain_http_is_refused_off_loopback(string address)
    {
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var ex = Assert.Throws<ArgumentException>(() => new ApiTransport(http, new ApiClientOptions()));
        Assert.Contains("https", ex.Message);
        Assert.Contains(nameof(ApiClientOptions.AllowInsecureHttp), ex.Message);
    }

    [Theory]
    [InlineData("https://api.example.com/")]
    [InlineData("https://api.example.com/prefix/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://127.10.20.30/")]
    [InlineData("http://[::1]:8080/")]
    [InlineData("http://localhost:8080/")]
    [InlineData("http://LOCALHOST/")]
    public void Https_and_loopback_http_are_accepted(string address)
    {
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        _ = new ApiTransport(http, new ApiClientOptions());
    }

    [Fact]
    public void Plain_http_off_loopback_is_accepted_when_explicitly_allowed()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://sandbox.internal/") };
        _ = new ApiTransport(http, new ApiClientOptions { AllowInsecureHttp = true });
    }

    [Theory]
    [InlineData("ftp://api.example.com/", "ftp")]
    [InlineData("https://api.example.com/?key=1", "query")]
    [InlineData("https://user:pw@api.example.com/", "user info")]
    public void Other_unusable_base_addresses_are_refused(string address, string expectedWords)
    {
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var ex = Assert.Throws<ArgumentException>(() => new ApiTransport(http, new ApiClientOptions()));
        Assert.Contains(expectedWords, ex.Message);
        Assert.DoesNotContain("pw", ex.Message);
    }

    [Fact]
    public void Null_options_are_rejected()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://api.example.com/") };
        var ex = Assert.Throws<ArgumentNullException>(() => new ApiTransport(http, null!));
        Assert.Equal("options", ex.ParamName);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_every_problem()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://api.example.com/") };
        var ex = Assert.Throws<ArgumentException>(() => new ApiTransport(http, new ApiClientOptions { MaxRetries = -1, AttemptTimeout = TimeSpan.Zero }));
        Assert.Equal("options", ex.ParamName);
        Assert.Contains(nameof(ApiClientOptions.MaxRetries), ex.Message);
        Assert.Contains(nameof(ApiClientOptions.AttemptTimeout), ex.Message);
    }

    [Fact]
    public async Task Without_an_HttpClient_base_address_the_options_address_is_used()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        using var http = new HttpClient();

        await new ApiTransport(http, new ApiClientOptions { BaseAddress = new Uri(server.BaseAddress, "prefix/") })
            .SendAsync(new ApiRequest(HttpMethod.Get, "/v1/x", "op", "/v1/x"));

        Assert.Equal("/prefix/v1/x", Assert.Single(server.Requests).RawTarget);
    }

    [Fact]
    public async Task The_HttpClient_base_address_wins_over_the_options_address()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        using HttpClient http = server.CreateClient("client/");

        await new ApiTransport(http, new ApiClientOptions { BaseAddress = new Uri("https://elsewhere.example.com/") })
            .SendAsync(new ApiRequest(HttpMethod.Get, "/v1/x", "op", "/v1/x"));

        Assert.Equal("/client/v1/x", Assert.Single(server.Requests).RawTarget);
    }

    [Fact]
    public void An_options_address_over_plain_http_off_loopback_is_refused_too()
    {
        using var http = new HttpClient();
        var ex = Assert.Throws<ArgumentException>(() => new ApiTransport(http, new ApiClientOptions { BaseAddress = new Uri("http://api.example.com/") }));
        Assert.Contains(nameof(ApiClientOptions.AllowInsecureHttp), ex.Message);
    }
}
