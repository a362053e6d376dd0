using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>The redirect gives a code (decoded once, base64 intact) or an error; never a leaked code.</summary>
public sealed class AuthorizationRedirectTests
{
    // Base64 with every character that URL decoding could damage.
    private const string Base64Code = "ab+cd/ef+SECRET/gh==";
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static AuthorizationRedirect Parse(string uri, TimeProvider? time = null) =>
        AuthorizationRedirect.Parse(new Uri(uri, UriKind.RelativeOrAbsolute), Minute, time ?? new FakeTimeProvider());

    private static string Redeem(AuthorizationRedirect redirect)
    {
        Assert.True(redirect.IsSuccess);
        Assert.NotNull(redirect.Code);
        return redirect.Code.Redeem(new FakeTimeProvider());
    }

    [Theory]
    [InlineData("https://app.example.com/callback?code=ab+cd/ef+SECRET/gh==")]
    [InlineData("https://app.example.com/callback?code=ab%2Bcd%2Fef%2BSECRET%2Fgh%3D%3D")]
    [InlineData("https://app.example.com/callback?code=ab%2bcd%2fef%2bSECRET%2fgh%3d%3d")]
    [InlineData("https://app.example.com/callback?state=x&code=ab+cd%2Fef%2BSECRET/gh%3D=&lang=en")]
    [InlineData("https://app.example.com/callback?code=ab+cd/ef+SECRET/gh==#fragment")]
    [InlineData("https://app.example.com/callback?code=ab+cd/ef+SECRET/gh==#code=other")]
    [InlineData("/callback?code=ab+cd/ef+SECRET/gh==")]
    [InlineData("/callback?code=ab%2Bcd%2Fef%2BSECRET%2Fgh%3D%3D")]
    [InlineData("/callback?code=ab+cd/ef+SECRET/gh==#fragment")]
    [InlineData("callback?lang=da&code=ab%2Bcd/ef+SECRET%2Fgh==")]
    public void A_base64_code_survives_raw_and_percent_encoded(string uri)
    {
        AuthorizationRedirect redirect = Parse(uri);

        Assert.Null(redirect.Error);
        Assert.Null(redirect.ErrorDescription);
        Assert.Equal(Base64Code, Redeem(redirect));
    }

    [Fact]
    public void A_relative_uri_made_explicitly_relative_is_read()
    {
        AuthorizationRedirect redirect = AuthorizationRedirect.Parse(
            new Uri("/callback?code=ab%2Bcd/ef+SECRET/gh%3D%3D", UriKind.Relative), Minute, new FakeTimeProvider());

        Assert.Equal(Base64Code, Redeem(redirect));
    }

    [Fact]
    public void A_code_is_decoded_exactly_once()
    {
        // %252B is an encoded "%2B": decoding once gives the literal text "%2B", not "+".
        AuthorizationRedirect redirect = Parse("https://app.example.com/cb?code=a%252Bb");

        Assert.Equal("a%2Bb", Redeem(redirect));
    }

    [Theory]
    [InlineData("https://app.example.com/cb?code=ab+cd==&error=access_denied")]
    [InlineData("https://app.example.com/cb?error=access_denied&code=ab+cd==")]
    [InlineData("https://app.example.com/cb?error=access_denied")]
    [InlineData("/cb?error=access%5Fdenied")]
    public void The_error_wins_over_a_code(string uri)
    {
        AuthorizationRedirect redirect = Parse(uri);

        Assert.False(redirect.IsSuccess);
        Assert.Null(redirect.Code);
        Assert.Equal("access_denied", redirect.Error);
        Assert.Null(redirect.ErrorDescription);
    }

    [Fact]
    public void The_error_description_is_read_and_decoded()
    {
        AuthorizationRedirect redirect = Parse("https://app.example.com/cb?error=Cancelled&error_description=The+user%20cancelled%2C%20sorry");

        Assert.Equal("Cancelled", redirect.Error);
        // Not form decoding: '+' stays '+'.
        Assert.Equal("The+user cancelled, sorry", redirect.ErrorDescription);
        Assert.Equal("AuthorizationRedirect { Error = Cancelled }", redirect.ToString());
    }

    [Fact]
    public void An_empty_error_is_still_an_error()
    {
        AuthorizationRedirect redirect = Parse("https://app.example.com/cb?error=&code=abc");

        Assert.False(redirect.IsSuccess);
        Assert.False(string.IsNullOrEmpty(redirect.Error));
    }

    [Theory]
    [InlineData("https://app.example.com/cb")]
    [InlineData("https://app.example.com/cb?")]
    [InlineData("https://app.example.com/cb?state=VALUE-SECRET-1&session=VALUE-SECRET-2")]
    [InlineData("https://app.example.com/cb?codes=VALUE-SECRET-1&Code=VALUE-SECRET-2")]
    [InlineData("https://app.example.com/cb#code=VALUE-SECRET-1")]
    [InlineData("/cb?state=VALUE-SECRET-1")]
    [InlineData("/cb#code=VALUE-SECRET-1")]
    [InlineData("/cb#fragment?code=VALUE-SECRET-1")]
    public void Neither_parameter_is_a_FormatException_without_values(string uri)
    {
        var ex = Assert.Throws<FormatException>(() => Parse(uri));

        Assert.Contains("'code'", ex.Message);
        Assert.Contains("'error'", ex.Message);
        Assert.DoesNotContain("VALUE", ex.ToString());
        Assert.DoesNotContain("SECRET", ex.ToString());
    }

    [Theory]
    [InlineData("https://app.example.com/cb?code=")]
    [InlineData("https://app.example.com/cb?code")]
    [InlineData("/cb?state=VALUE-SECRET-1&code=")]
    public void An_empty_code_is_a_FormatException(string uri)
    {
        var ex = Assert.Throws<FormatException>(() => Parse(uri));

        Assert.Contains("empty", ex.Message);
        Assert.DoesNotContain("SECRET", ex.ToString());
    }

    [Theory]
    [InlineData("https://app.example.com/cb?code=VALUE-SECRET-1&code=VALUE-SECRET-2", "code")]
    [InlineData("https://app.example.com/cb?code=VALUE-SECRET-1&code=VALUE-SECRET-1", "code")]
    [InlineData("https://app.example.com/cb?code=VALUE-SECRET-1&%63ode=VALUE-SECRET-2", "code")]
    [InlineData("/cb?error=VALUE-SECRET-1&error=VALUE-SECRET-2", "error")]
    public void A_parameter_given_twice_is_a_FormatException_without_values(string uri, string name)
    {
        var ex = Assert.Throws<FormatException>(() => Parse(uri));

        Assert.Contains($"'{name}'", ex.Message);
        Assert.Contains("twice", ex.Message);
        Assert.DoesNotContain("VALUE", ex.ToString());
    }

    [Fact]
    public void The_code_is_a_SingleUseCode_stamped_by_the_given_clock_and_lifetime()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        AuthorizationRedirect redirect = AuthorizationRedirect.Parse(
            new Uri("https://app.example.com/cb?code=abc"), TimeSpan.FromSeconds(45), time);

        SingleUseCode code = Assert.IsType<SingleUseCode>(redirect.Code);
        Assert.Equal(time.GetUtcNow(), code.ObtainedAt);
        Assert.Equal(TimeSpan.FromSeconds(45), code.Lifetime);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromSeconds(45), code.ExpiresAt);
        Assert.False(code.IsRedeemed);

        time.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal(SingleUseCodeProblem.Expired, Assert.Throws<SingleUseCodeException>(() => code.Redeem(time)).Problem);
    }

    [Fact]
    public void Custom_parameter_names_are_honoured()
    {
        var time = new FakeTimeProvider();
        AuthorizationRedirect ok = AuthorizationRedirect.Parse(
            new Uri("https://app.example.com/cb?code=ignored&auth_code=x%2By"), Minute, time, codeParameter: "auth_code", errorParameter: "failure");
        AuthorizationRedirect failed = AuthorizationRedirect.Parse(
            new Uri("https://app.example.com/cb?failure=denied&failure_description=no&error=ignored"), Minute, time, codeParameter: "auth_code", errorParameter: "failure");

        Assert.Equal("x+y", Redeem(ok));
        Assert.Equal("denied", failed.Error);
        Assert.Equal("no", failed.ErrorDescription);
    }

    [Fact]
    public void ToString_redacts_the_code()
    {
        AuthorizationRedirect redirect = Parse("https://app.example.com/cb?code=ab+cd/ef+SECRET/gh==");

        Assert.Equal("AuthorizationRedirect { Code = [redacted] }", redirect.ToString());
        Assert.DoesNotContain("SECRET", redirect.ToString());
        Assert.DoesNotContain("SECRET", redirect.Code!.ToString());
    }

    [Fact]
    public void Arguments_are_validated()
    {
        var uri = new Uri("https://app.example.com/cb?code=abc");
        var time = new FakeTimeProvider();

        Assert.Throws<ArgumentNullException>(() => AuthorizationRedirect.Parse(null!, Minute, time));
        Assert.Throws<ArgumentNullException>(() => AuthorizationRedirect.Parse(uri, Minute, null!));
        Assert.ThrowsAny<ArgumentException>(() => AuthorizationRedirect.Parse(uri, Minute, time, codeParameter: ""));
        Assert.ThrowsAny<ArgumentException>(() => AuthorizationRedirect.Parse(uri, Minute, time, errorParameter: null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => AuthorizationRedirect.Parse(uri, TimeSpan.Zero, time));
    }
}
