using System.Text;
using System.Text.Json.Serialization;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>The form, multipart, stream and text bodies and the cookie header: exact bytes, and what a real server sees.</summary>
public sealed class ApiRequestBodyTests
{
    private static ApiRequest NewRequest(HttpMethod? method = null) => new(method ?? HttpMethod.Post, "/v1/x", "op", "/v1/x");

    private static async Task<string> WrittenAsync(ApiRequest request)
    {
        using HttpContent content = request.Body!.CreateContent();
        return Encoding.UTF8.GetString(await content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void The_form_encoding_escapes_names_and_values_as_uri_data_in_order()
    {
        var fields = new ApiPairList();
        fields.Add("name", "Ada Lovelace & co");
        fields.Add("a[b]", "x=1+2");
        fields.Add("empty", "");
        fields.Add("name", "æ/✓");
        byte[] bytes = ApiFormEncoding.Encode(fields);

        Assert.Equal("name=Ada%20Lovelace%20%26%20co&a%5Bb%5D=x%3D1%2B2&empty=&name=%C3%A6%2F%E2%9C%93", Encoding.ASCII.GetString(bytes));
    }

    [Fact]
    public async Task A_form_body_skips_null_fields_and_an_empty_form_is_still_a_form()
    {
        ApiRequest request = NewRequest();
        request.SetFormBody();
        using (HttpContent empty = request.Body!.CreateContent())
        {
            Assert.Equal("application/x-www-form-urlencoded", empty.Headers.ContentType!.ToString());
            Assert.Empty(await empty.ReadAsByteArrayAsync());
        }

        request.AddFormField("a", "1");
        request.AddFormField("b", null);
        request.AddFormField("c", "2");

        Assert.Equal("a=1&c=2", await WrittenAsync(request));
        Assert.True(request.IsRepeatable);
        Assert.Throws<ArgumentException>(() => request.AddFormField("", "x"));
    }

    [Fact]
    public async Task A_joined_form_field_keeps_its_commas_and_escapes_each_item()
    {
        // Found by specs built to break the toolkit: ["a,b", "c"] and ["a", "b", "c"] were both ids=a%2Cb%2Cc.
        ApiRequest request = NewRequest();
        request.AddFormFieldList("ids", ["a,b", "c"], ",");
        request.AddFormFieldList("words", ["x y", "z"], " ");
        request.AddFormFieldList("none", null, ",");

        Assert.Equal("ids=a%2Cb,c&words=x%20y%20z", await WrittenAsync(request));
        Assert.Equal([new("ids", "a,b,c"), new("words", "x y z")], request.FormFields);
        Assert.Throws<ArgumentException>(() => request.AddFormFieldList("ids", ["a"], ""));
    }

    [Fact]
    public async Task A_multipart_body_writes_text_json_and_file_parts_exactly()
    {
        ApiRequest request = NewRequest();
        request.Multipart(boundary: "b0undary");
        request.AddMultipartText("description", "Hej \"verden\"");
        request.AddMultipartText("skipped", null);
        request.AddMultipartJson("address", new Dictionary<string, int> { ["n"] = 1 }, new CountsConverter());
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("file bytes"));
        request.AddMultipartFile("file", new ApiFile(file, "a \"b\".txt", "text/plain"));
        request.AddMultipartFile("none", null);

        string expected =
            "--b0undary\r\n" +
            "Content-Type: text/plain; charset=utf-8\r\n" +
            "Content-Disposition: form-data; name=\"description\"\r\n\r\n" +
            "Hej \"verden\"\r\n" +
            "--b0undary\r\n" +
            "Content-Type: application/json\r\n" +
            "Content-Disposition: form-data; name=\"address\"\r\n\r\n" +
            "{\"n\":1}\r\n" +
            "--b0undary\r\n" +
            "Content-Type: text/plain\r\n" +
            "Content-Disposition: form-data; name=\"file\"; filename=\"a _b_.txt\"\r\n\r\n" +
            "file bytes\r\n" +
            "--b0undary--\r\n";
        Assert.Equal(expected, await WrittenAsync(request));
        Assert.False(request.IsRepeatable, "a file part reads the caller's stream once");
        Assert.True(file.CanRead, "the caller's stream stays open");
    }

    /// <summary>
    /// Found by hostile names round 18: a field named 名前 was sent as name="=?utf-8?B?5ZCN5YmN?=" (an RFC 2047 word,
    /// which RFC 7578 forbids), so the server saw another field; names and file names that are not ASCII are UTF-8.
    /// </summary>
    [Fact]
    public async Task A_multipart_part_named_outside_ascii_is_named_in_utf8()
    {
        ApiRequest request = NewRequest();
        request.Multipart(boundary: "b");
        request.AddMultipartText("名前", "x");
        using var file = new MemoryStream([1]);
        request.AddMultipartFile("é", new ApiFile(file, "résumé \"1\".pdf", "application/pdf"));

        string expected =
            "--b\r\n" +
            "Content-Type: text/plain; charset=utf-8\r\n" +
            "Content-Disposition: form-data; name=\"名前\"\r\n\r\n" +
            "x\r\n" +
            "--b\r\n" +
            "Content-Type: application/pdf\r\n" +
            "Content-Disposition: form-data; name=\"é\"; filename=\"résumé _1_.pdf\"\r\n\r\n" +
            "\u0001\r\n" +
            "--b--\r\n";
        Assert.Equal(expected, await WrittenAsync(request));
    }

    [Fact]
    public async Task Text_and_stream_bodies_carry_their_media_types()
    {
        ApiRequest text = NewRequest();
        text.SetTextBody("Hej ✓", "text/csv");
        using (HttpContent content = text.Body!.CreateContent())
        {
            Assert.Equal("text/csv; charset=utf-8", content.Headers.ContentType!.ToString());
            Assert.Equal("Hej ✓", Encoding.UTF8.GetString(await content.ReadAsByteArrayAsync()));
        }

        ApiRequest stream = NewRequest();
        using var bytes = new MemoryStream([1, 2, 3]);
        stream.SetStreamBody(bytes, "image/png");
        using (HttpContent content = stream.Body!.CreateContent())
        {
            Assert.Equal("image/png", content.Headers.ContentType!.ToString());
            Assert.Equal(3, content.Headers.ContentLength);
            Assert.Equal([1, 2, 3], await content.ReadAsByteArrayAsync());
        }

        Assert.False(stream.IsRepeatable);
        Assert.True(bytes.CanRead);
    }

    [Fact]
    public void Cookies_are_one_header_with_escaped_values()
    {
        ApiRequest request = NewRequest();
        request.AddCookie("session", "a b;c");
        request.AddCookie("skipped", null);
        request.AddCookie("theme", "dark");

        Assert.Equal(new ApiHeader("Cookie", "session=a%20b%3Bc; theme=dark", Sensitive: true), Assert.Single(request.Headers));
    }

    [Fact]
    public async Task A_stream_body_is_sent_once_even_when_the_method_would_be_retried()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Replies.Status(503));
        using HttpClient http = server.CreateClient();
        var transport = new ApiTransport(http, new ApiClientOptions { MaxRetries = 3 });
        ApiRequest request = NewRequest(HttpMethod.Put);
        request.SetStreamBody(new MemoryStream([7, 8]), "application/octet-stream");

        var failure = await Assert.ThrowsAsync<ApiException>(() => transport.SendAsync(request));

        Assert.Equal(503, failure.StatusCode);
        RecordedRequest seen = Assert.Single(server.Requests);
        Assert.Equal([7, 8], seen.Body);
    }

    [Fact]
    public async Task A_redirect_that_is_the_answer_is_returned_and_not_followed()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Replies.Redirect(302, "/elsewhere"));
        using var http = new HttpClient(ApiHttp.CreateHandler()) { BaseAddress = server.BaseAddress };
        var transport = new ApiTransport(http, new ApiClientOptions());
        ApiRequest request = NewRequest(HttpMethod.Get);
        request.SetRedirectIsAnswer();

        await transport.SendAsync(request);

        Assert.Equal("/v1/x", Assert.Single(server.Requests).RawTarget);
    }

    [Fact]
    public async Task A_text_response_is_read_as_utf8()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, "æ ✓", "text/plain"));
        using HttpClient http = server.CreateClient();

        string text = await new ApiTransport(http, new ApiClientOptions()).SendForTextAsync(NewRequest(HttpMethod.Get));

        Assert.Equal("æ ✓", text);
    }

    [Fact]
    public async Task A_text_response_is_bounded_by_MaxResponseBytes()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, new string('x', 2000), "text/plain"));
        using HttpClient http = server.CreateClient();
        var transport = new ApiTransport(http, new ApiClientOptions { MaxResponseBytes = 1000 });

        await Assert.ThrowsAsync<ApiResponseTooLargeException>(() => transport.SendForTextAsync(NewRequest(HttpMethod.Get)));
    }

    [Fact]
    public async Task A_download_owns_the_response_until_disposed()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, "PDF", "application/pdf", r => r.ContentLength = 3));
        using HttpClient http = server.CreateClient();

        ApiBinaryResponse response = await new ApiTransport(http, new ApiClientOptions()).SendForStreamAsync(NewRequest(HttpMethod.Get));
        Assert.Equal("application/pdf", response.ContentType);
        Assert.Equal(3, response.ContentLength);
        Assert.Equal("ApiBinaryResponse { StatusCode = 200, ContentType = application/pdf, ContentLength = 3 }", response.ToString());
        Assert.Equal("PDF", Encoding.UTF8.GetString(await response.ReadAllBytesAsync()));
        response.Dispose();

        Assert.False(response.Content.CanRead);
    }

    [Fact]
    public void An_ApiFile_prints_no_bytes()
    {
        Assert.Equal("ApiFile { FileName = a.txt, ContentType = application/octet-stream }", new ApiFile(new MemoryStream(), "a.txt").ToString());
        Assert.Throws<ArgumentNullException>(() => new ApiFile(null!));
    }

    private sealed class CountsConverter : JsonConverter<Dictionary<string, int>>
    {
        public override Dictionary<string, int> Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(System.Text.Json.Utf8JsonWriter writer, Dictionary<string, int> value, System.Text.Json.JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach ((string key, int count) in value)
            {
                writer.WriteNumber(key, count);
            }

            writer.WriteEndObject();
        }
    }
}
