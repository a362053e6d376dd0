using System.Text;

namespace Aiia.Codegen.Runtime.Tests;

public sealed class ApiRequestTests
{
    private static ApiRequest NewRequest(HttpMethod? method = null) =>
        new(method ?? HttpMethod.Get, "/v1/x", operationId: "op", pathTemplate: "/v1/x");

    [Theory]
    [InlineData("a/b c", "a%2Fb%20c")]
    [InlineData("abc-123_~.", "abc-123_~.")]
    [InlineData("ab+/=", "ab%2B%2F%3D")]
    [InlineData("?#%", "%3F%23%25")]
    [InlineData("æ", "%C3%A6")]
    [InlineData("...", "...")]
    [InlineData(".a", ".a")]
    public void EscapePath_escapes_one_segment(string value, string expected) =>
        Assert.Equal(expected, ApiRequest.EscapePath(value));

    [Fact]
    public void EscapePath_rejects_null_and_empty()
    {
        Assert.Throws<ArgumentNullException>(() => ApiRequest.EscapePath(null!));
        Assert.Throws<ArgumentException>(() => ApiRequest.EscapePath(""));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    public void EscapePath_refuses_what_cannot_be_one_segment_naming_the_parameter(string value)
    {
        var refused = Assert.Throws<ArgumentException>(() => ApiRequest.EscapePath(value, "paymentId"));

        Assert.Equal("paymentId", refused.ParamName);
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("HEAD", true)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    [InlineData("OPTIONS", true)]
    [InlineData("POST", false)]
    [InlineData("PATCH", false)]
    public void IsIdempotent_follows_the_method(string method, bool expected) =>
        Assert.Equal(expected, NewRequest(new HttpMethod(method)).IsIdempotent);

    [Fact]
    public void Constructor_validates_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new ApiRequest(null!, "/x", "op", "/x"));
        Assert.Throws<ArgumentNullException>(() => new ApiRequest(HttpMethod.Get, null!, "op", "/x"));
        Assert.Throws<ArgumentException>(() => new ApiRequest(HttpMethod.Get, "", "op", "/x"));
        Assert.Throws<ArgumentException>(() => new ApiRequest(HttpMethod.Get, "x", "op", "/x"));
        Assert.Throws<ArgumentException>(() => new ApiRequest(HttpMethod.Get, "/x", "", "/x"));
        Assert.Throws<ArgumentException>(() => new ApiRequest(HttpMethod.Get, "/x", "op", ""));
    }

    [Fact]
    public void The_method_factories_are_the_constructor_with_the_path_as_template_unless_given()
    {
        (ApiRequest Request, HttpMethod Method)[] made =
        [
            (ApiRequest.Get("/v1/x", "op"), HttpMethod.Get),
            (ApiRequest.Put("/v1/x", "op"), HttpMethod.Put),
            (ApiRequest.Post("/v1/x", "op"), HttpMethod.Post),
            (ApiRequest.Delete("/v1/x", "op"), HttpMethod.Delete),
            (ApiRequest.Patch("/v1/x", "op"), HttpMethod.Patch),
        ];
        foreach (var (request, method) in made)
        {
            Assert.Equal((method, "/v1/x", "op", "/v1/x"), (request.Method, request.Path, request.OperationId, request.PathTemplate));
        }

        ApiRequest valued = ApiRequest.Get("/v1/x/42", "op", "/v1/x/{id}");
        Assert.Equal(("/v1/x/42", "/v1/x/{id}"), (valued.Path, valued.PathTemplate));
        Assert.Throws<ArgumentException>(() => ApiRequest.Post("x", "op"));
        Assert.Throws<ArgumentException>(() => ApiRequest.Get("/x", ""));
    }

    [Fact]
    public void A_list_adds_a_pair_per_value_in_order_and_skips_nulls()
    {
        ApiRequest request = NewRequest();
        request.AddQueryValues("tag", ["a", null, "b"]);
        request.AddQueryValues("none", null);
        request.AddFormFieldValues("id", ["1", "2"]);

        Assert.Equal([new("tag", "a"), new("tag", "b")], request.Query);
        Assert.Equal([new("id", "1"), new("id", "2")], request.FormFields);
        Assert.Throws<ArgumentException>(() => request.AddQueryValues("", ["a"]));

        ApiRequest empty = NewRequest();
        empty.AddFormFieldValues("id", null);
        Assert.Empty(empty.FormFields);
        Assert.NotNull(empty.Body); // still a form, as when each field is null
    }

    [Fact]
    public void A_joined_query_list_is_one_pair_and_a_null_list_is_skipped()
    {
        ApiRequest request = NewRequest();
        request.AddQueryList("ids", ["a,b", null, "c"], ",");
        request.AddQueryList("none", null, ",");
        request.AddQueryList("words", ["x"], " ");

        // Query shows the values unescaped; the transport escapes each item on its own (GeneratedClientTests).
        Assert.Equal([new("ids", "a,b,,c"), new("words", "x")], request.Query);
        Assert.Throws<ArgumentException>(() => request.AddQueryList("", ["a"], ","));
        Assert.Throws<ArgumentException>(() => request.AddQueryList("ids", ["a"], ""));
    }

    [Fact]
    public void Cookies_share_one_sensitive_header_and_values_that_would_break_it_are_percent_encoded()
    {
        ApiRequest request = NewRequest();
        request.AddCookie("a", "1");
        request.AddCookie("b", null);
        request.AddCookie("c", "x-3+/=");
        request.AddCookie("d", "v;w v,w\r\nX: y%æ");

        ApiHeader cookie = Assert.Single(request.Headers);
        Assert.Equal(new ApiHeader("Cookie", "a=1; c=x-3+/=; d=v%3Bw%20v%2Cw%0D%0AX:%20y%25%C3%A6", Sensitive: true), cookie);
        var ex = Assert.Throws<ArgumentException>(() => request.AddCookie("k=v", "1"));
        Assert.Contains("k=v", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Basic_authorization_needs_both_parts_and_a_user_name_without_a_colon()
    {
        ApiRequest request = NewRequest();
        request.AddBasicAuthorization(null, "password");
        request.AddBasicAuthorization("user", null);
        Assert.Empty(request.Headers);

        var ex = Assert.Throws<ArgumentException>(() => request.AddBasicAuthorization("us:er", "secret-pw"));
        Assert.DoesNotContain("us:er", ex.Message, StringComparison.Ordinal);
        request.AddBasicAuthorization("user", "p:w");
        Assert.Equal(new ApiHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:p:w")), Sensitive: true), Assert.Single(request.Headers));
    }

    [Fact]
    public async Task A_token_with_a_line_break_is_refused_naming_the_scheme_not_the_token()
    {
        ApiRequest request = NewRequest();
        request.AddBearerToken(null, "skipped");
        request.AddBearerToken(ApiTokenSource.Create(_ => ValueTask.FromResult("tok\r\nX-Injected: 1")), "oauth");
        using var transport = new TestTransport(new Uri("http://127.0.0.1:1/"));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => transport.SendAsync(request));

        Assert.Contains("'oauth'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tok", ex.Message.Replace("token", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Null_query_and_header_values_are_skipped_and_empty_names_rejected()
    {
        ApiRequest request = NewRequest();
        request.AddQuery("a", null);
        request.AddQuery("b", "1");
        request.AddHeader("X-A", null);
        request.AddHeader("X-B", "2", sensitive: true);

        Assert.Equal([new KeyValuePair<string, string>("b", "1")], request.Query);
        Assert.Equal([new ApiHeader("X-B", "2", true)], request.Headers);
        Assert.Throws<ArgumentException>(() => request.AddQuery("", "1"));
        Assert.Throws<ArgumentException>(() => request.AddHeader("", "1"));
        Assert.Throws<ArgumentNullException>(() => request.AddHeader(null!, "1"));
    }

    [Fact]
    public void Header_values_with_line_breaks_are_rejected_without_echoing_the_value()
    {
        ApiRequest request = NewRequest();
        var ex = Assert.Throws<ArgumentException>(() => request.AddHeader("X-Client-Secret", "s3cret-value\r\nX-Evil: 1", sensitive: true));
        Assert.Contains("X-Client-Secret", ex.Message);
        Assert.DoesNotContain("s3cret-value", ex.Message);
        Assert.Empty(request.Headers);
    }

    [Fact]
    public void Header_values_outside_ascii_are_rejected_without_echoing_the_value()
    {
        // HttpClient would fail the send as if the connection had broken; the caller is told what is wrong instead.
        ApiRequest request = NewRequest();
        var ex = Assert.Throws<ArgumentException>(() => request.AddHeader("X-Region", "Århus"));
        Assert.Contains("'X-Region' contains a character outside ASCII", ex.Message);
        Assert.DoesNotContain("rhus", ex.Message);
        Assert.Empty(request.Headers);
    }

    [Fact]
    public void Header_ToString_never_shows_the_value()
    {
        var header = new ApiHeader("X-Client-Secret", "s3cret-value", Sensitive: true);
        Assert.DoesNotContain("s3cret-value", header.ToString());
        Assert.Contains("X-Client-Secret", header.ToString());
    }

    [Fact]
    public void SetJsonBody_writes_with_the_converter()
    {
        ApiRequest request = NewRequest(HttpMethod.Post);
        Assert.Null(request.JsonBody);

        request.SetJsonBody(new InitializeRequest("hash-1234", "https://app/cb", new DateOnly(2024, 2, 29)), InitializeRequestJsonConverter.Instance);

        Assert.Equal(
            """{"userHash":"hash-1234","redirectUrl":"https://app/cb","since":"2024-02-29"}""",
            Encoding.UTF8.GetString(request.JsonBody!.Value.Span));
        Assert.Throws<ArgumentNullException>(() => request.SetJsonBody(null!, InitializeRequestJsonConverter.Instance));
        Assert.Throws<ArgumentNullException>(() => request.SetJsonBody(new InitializeRequest("a", "b", null), null!));
    }
}
