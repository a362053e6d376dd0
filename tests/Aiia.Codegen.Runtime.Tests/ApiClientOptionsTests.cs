namespace Aiia.Codegen.Runtime.Tests;

/// <summary>The one options type: documented defaults, validation that says how to fix each problem, no secret in text.</summary>
public sealed class ApiClientOptionsTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = new ApiClientOptions();

        Assert.Null(options.BaseAddress);
        Assert.False(options.AllowInsecureHttp);
        Assert.Null(options.LoggerFactory);
        Assert.Same(TimeProvider.System, options.TimeProvider);
        Assert.Equal(3, options.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.RetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), options.MaxRetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(10), options.AttemptTimeout);
        Assert.Equal(8 * 1024 * 1024, options.MaxResponseBytes);
        Assert.Equal(16 * 1024, options.MaxErrorResponseBytes);
        Assert.Equal(3, options.MaxRedirects);
        Assert.Equal(TimeSpan.FromMinutes(5), options.Polling.Deadline);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Polling.PollTimeout);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Clock_and_polling_refuse_null()
    {
        var options = new ApiClientOptions();
        Assert.Throws<ArgumentNullException>(() => options.TimeProvider = null!);
        Assert.Throws<ArgumentNullException>(() => options.Polling = null!);

        var polling = new PollOptions();
        options.Polling = polling;
        Assert.Same(polling, options.Polling);
    }

    [Theory]
    [InlineData(nameof(ApiClientOptions.MaxRetries))]
    [InlineData(nameof(ApiClientOptions.RetryDelay))]
    [InlineData(nameof(ApiClientOptions.MaxRetryDelay))]
    [InlineData(nameof(ApiClientOptions.AttemptTimeout))]
    [InlineData(nameof(ApiClientOptions.MaxResponseBytes))]
    [InlineData(nameof(ApiClientOptions.MaxErrorResponseBytes))]
    [InlineData(nameof(ApiClientOptions.MaxRedirects))]
    [InlineData(nameof(ApiClientOptions.BaseAddress))]
    public void Each_bad_value_is_named(string property)
    {
        var options = new ApiClientOptions();
        switch (property)
        {
            case nameof(ApiClientOptions.MaxRetries): options.MaxRetries = -1; break;
            case nameof(ApiClientOptions.RetryDelay): options.RetryDelay = TimeSpan.Zero; break;
            case nameof(ApiClientOptions.MaxRetryDelay): options.MaxRetryDelay = TimeSpan.FromMilliseconds(100); break;
            case nameof(ApiClientOptions.AttemptTimeout): options.AttemptTimeout = TimeSpan.FromSeconds(-1); break;
            case nameof(ApiClientOptions.MaxResponseBytes): options.MaxResponseBytes = 0; break;
            case nameof(ApiClientOptions.MaxErrorResponseBytes): options.MaxErrorResponseBytes = -5; break;
            case nameof(ApiClientOptions.MaxRedirects): options.MaxRedirects = -1; break;
            case nameof(ApiClientOptions.BaseAddress): options.BaseAddress = new Uri("http://api.example.com/"); break;
        }

        string problem = Assert.Single(options.Validate());
        Assert.Contains(property, problem);
        var ex = Assert.Throws<ArgumentException>(() => options.ThrowIfInvalid("clientOptions"));
        Assert.Equal("clientOptions", ex.ParamName);
        Assert.Contains(problem, ex.Message);
    }

    [Fact]
    public void Zero_retries_and_zero_redirects_are_valid()
    {
        var options = new ApiClientOptions { MaxRetries = 0, MaxRedirects = 0, RetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(1) };
        Assert.Empty(options.Validate());
        options.ThrowIfInvalid();
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost/")]
    [InlineData("http://[::1]/")]
    [InlineData("https://api.example.com/prefix/")]
    public void Https_and_loopback_http_base_addresses_are_valid(string address) =>
        Assert.Empty(new ApiClientOptions { BaseAddress = new Uri(address) }.Validate());

    [Fact]
    public void ToString_names_the_address_and_redacts_credentials()
    {
        var options = new ApiClientOptions { BaseAddress = new Uri("https://api.example.com/") };
        Assert.Equal("ApiClientOptions { BaseAddress = https://api.example.com/, Credentials = [redacted] }", options.ToString());
    }

    [Fact]
    public void PollOptions_have_documented_defaults_and_reject_bad_values()
    {
        var options = new PollOptions();
        Assert.Equal(TimeSpan.FromMinutes(5), options.Deadline);
        Assert.Equal(TimeSpan.FromSeconds(30), options.PollTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), options.MinimumInterval);

        Assert.Throws<ArgumentOutOfRangeException>(() => options.Deadline = TimeSpan.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.PollTimeout = TimeSpan.FromSeconds(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MinimumInterval = TimeSpan.FromSeconds(-1));

        options.PollTimeout = TimeSpan.Zero;
        options.MinimumInterval = TimeSpan.Zero;
        Assert.Equal(TimeSpan.Zero, options.PollTimeout);
        Assert.Equal(TimeSpan.Zero, options.MinimumInterval);
    }

    [Fact]
    public void PollResult_flags_follow_the_outcome()
    {
        var completed = new PollResult<string>(PollOutcome.Completed, "done", 1, 0, TimeSpan.Zero);
        var deadline = new PollResult<string>(PollOutcome.DeadlineReached, null, 3, 1, TimeSpan.FromSeconds(5));

        Assert.True(completed.IsCompleted);
        Assert.False(completed.DeadlineReached);
        Assert.False(deadline.IsCompleted);
        Assert.True(deadline.DeadlineReached);
    }

    [Fact]
    public void ApiHttp_creates_clients_that_never_follow_redirects_and_have_no_client_wide_timeout()
    {
        using SocketsHttpHandler handler = ApiHttp.CreateHandler();
        Assert.False(handler.AllowAutoRedirect);
        Assert.Equal(System.Net.DecompressionMethods.None, handler.AutomaticDecompression);

        var options = new ApiClientOptions { BaseAddress = new Uri("https://api.example.com/") };
        HttpClient first = ApiHttp.CreateClient(options);
        HttpClient second = ApiHttp.CreateClient(options);
        Assert.Equal(options.BaseAddress, first.BaseAddress);
        Assert.Equal(Timeout.InfiniteTimeSpan, first.Timeout);
        Assert.NotSame(first, second);
        Assert.Empty(first.DefaultRequestHeaders);
        Assert.Throws<ArgumentNullException>(() => ApiHttp.CreateClient(null!));
    }

    [Fact]
    public void Base_address_messages_name_the_specs_own_server_and_credentials_only_when_it_has_some()
    {
        // Every client's messages named the Aiia gateway and "the client secret", whatever its spec (Spotify, Mollie).
        using var http = new HttpClient();
        string missing = Assert.Throws<ArgumentException>(() => new ApiTransport(http, new SpecOptions("https://api.spotify.com/v1/", sendsCredentials: true))).Message;
        string insecure = Assert.Throws<ArgumentException>(() => new ApiTransport(http, new SpecOptions("https://api.spotify.com/v1/", sendsCredentials: true) { BaseAddress = new Uri("http://api.spotify.com/v1/") })).Message;
        string withoutCredentials = Assert.Single(new SpecOptions(null, sendsCredentials: false) { BaseAddress = new Uri("http://api.example.org/") }.Validate());

        Assert.Contains("e.g. HttpClient.BaseAddress = new Uri(\"https://api.spotify.com/v1/\")", missing, StringComparison.Ordinal);
        Assert.Contains("http://api.spotify.com: calls carry the client's credentials and tokens", insecure, StringComparison.Ordinal);
        Assert.Contains("http://api.example.org: anyone on the way can read and change the calls", withoutCredentials, StringComparison.Ordinal);
        Assert.All([missing, insecure, withoutCredentials], m => Assert.DoesNotContain("nordicapigateway", m, StringComparison.Ordinal));
        Assert.All([missing, insecure, withoutCredentials], m => Assert.DoesNotContain("secret", m, StringComparison.Ordinal));
    }

    [Fact]
    public void Options_without_a_spec_give_a_neutral_example()
    {
        using var http = new HttpClient();
        string missing = Assert.Throws<ArgumentException>(() => new ApiTransport(http, new ApiClientOptions())).Message;

        Assert.Contains("e.g. HttpClient.BaseAddress = new Uri(\"https://api.example.com/\")", missing, StringComparison.Ordinal);
    }

    private sealed class SpecOptions(string? server, bool sendsCredentials) : ApiClientOptions(server, sendsCredentials);
}
