namespace Aiia.Codegen.Runtime.Tests;

/// <summary>The transport refuses, at construction, a base address that could not work or would leak secrets.</summary>
public sealed class ApiTransportConstructionTests
{
    [Fact]
    public void A_null_client_is_rejected() =>
        Assert.Throws<ArgumentNullException>(() => new ApiTransport(null!));

    [Fact]
    public void A_missing_base_address_says_how_to_fix_it()
    {
        using var http = new HttpClient();
        var ex = Assert.Throws<ArgumentException>(() => new ApiTransport(http));
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
        var ex = Assert.Throws<ArgumentException>(() => new ApiTransport(http));
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
        _ = new ApiTransport(http);
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
        var ex = Assert.Throws<ArgumentException>(() => new ApiTransport(http));
        Assert.Contains(expectedWords, ex.Message);
        Assert.DoesNotContain("pw", ex.Message);
    }

    [Fact]
    public void Options_default_to_the_system_clock_and_refuse_a_null_one()
    {
        var options = new ApiClientOptions();
        Assert.Same(TimeProvider.System, options.TimeProvider);
        Assert.False(options.AllowInsecureHttp);
        Assert.Null(options.LoggerFactory);
        Assert.Throws<ArgumentNullException>(() => options.TimeProvider = null!);
    }
}
