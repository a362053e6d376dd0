using Aiia.Codegen.Runtime;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Aiia.Codegen.Client.Tests;

/// <summary>The non-JSON bodies of <c>Specs/bodies.openapi.yaml</c> against a real server on loopback that parses them.</summary>
public sealed class BodiesClientTests
{
    private static BodiesClient CreateClient(LoopbackServer server) => new(server.CreateClient());

    // Parses the recorded body as ASP.NET Core does (form or multipart) and answers every field, file name,
    // content type and file content as JSON: { "name": ["value", ...], "file": ["a.txt", "text/plain", "bytes"] }.
    private static Func<HttpContext, Task> EchoForm() =>
        async context =>
        {
            var recorded = (RecordedRequest)context.Items[typeof(RecordedRequest)]!;
            context.Request.Body = new MemoryStream(recorded.Body);
            var form = await context.Request.ReadFormAsync();
            var echo = new Dictionary<string, List<string>>();
            foreach (var (name, values) in form)
            {
                echo[name] = [.. values.Select(v => v ?? string.Empty)];
            }

            foreach (var file in form.Files)
            {
                using var reader = new StreamReader(file.OpenReadStream());
                var list = echo.TryGetValue(file.Name, out var existing) ? existing : echo[file.Name] = [];
                list.AddRange([file.FileName, file.ContentType, await reader.ReadToEndAsync()]);
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(echo));
        };

    [Fact]
    public async Task A_form_post_sends_fields_lists_maps_and_deep_objects_the_server_parses()
    {
        await using var server = await LoopbackServer.StartAsync(EchoForm());

        var echo = await CreateClient(server).PostFormAsync(
            "Ada Lovelace & co",
            count: 3,
            tags: ["a b", "c"],
            ids: [1, 2],
            metadata: new Dictionary<string, string> { ["k"] = "v=1" },
            address: new Address { Street = "Main St 1", City = "Århus" });

        var request = Assert.Single(server.Requests);
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal(
            "name=Ada%20Lovelace%20%26%20co&count=3&tags=a%20b&tags=c&ids=1,2&metadata%5Bk%5D=v%3D1&address%5Bstreet%5D=Main%20St%201&address%5Bcity%5D=%C3%85rhus",
            Encoding.UTF8.GetString(request.Body));
        Assert.Equal(["Ada Lovelace & co"], echo["name"]);
        Assert.Equal(["3"], echo["count"]);
        Assert.Equal(["a b", "c"], echo["tags"]);
        Assert.Equal(["1,2"], echo["ids"]);
        Assert.Equal(["v=1"], echo["metadata[k]"]);
        Assert.Equal(["Main St 1"], echo["address[street]"]);
        Assert.Equal(["Århus"], echo["address[city]"]);
    }

    [Fact]
    public async Task A_form_post_leaves_out_fields_not_given()
    {
        await using var server = await LoopbackServer.StartAsync(EchoForm());

        var echo = await CreateClient(server).PostFormAsync("x");

        Assert.Equal("name=x", Encoding.UTF8.GetString(Assert.Single(server.Requests).Body));
        Assert.Equal(["name"], echo.Keys);
    }

    /// <summary>
    /// A form whose schema is a <c>oneOf</c> (Polar's OAuth token request, one object per grant type) sent no field at
    /// all; it takes every alternative's fields, required only when all require them (<c>grant_type</c>, a different
    /// enum in each, as the text it is), and sends those given.
    /// </summary>
    [Fact]
    public async Task A_form_of_alternatives_takes_every_alternatives_fields_and_sends_those_given()
    {
        await using var server = await LoopbackServer.StartAsync(EchoForm());

        // grant_type is one enum in each alternative: one enum of both values.
        var echo = await CreateClient(server).PostTokenAsync(grantType: PostTokenGrantType.RefreshToken, clientId: "app 1", refreshToken: "r&1");

        Assert.Equal("grant_type=refresh_token&client_id=app%201&refresh_token=r%261", Encoding.UTF8.GetString(Assert.Single(server.Requests).Body));
        Assert.Equal(["r&1"], echo["refresh_token"]);
        var parameters = typeof(BodiesClient).GetMethod(nameof(BodiesClient.PostTokenAsync))!.GetParameters();
        Assert.Equal(
            ["grantType:PostTokenGrantType:required", "clientId:String:required", "code:String:optional", "refreshToken:String:optional", "scope:String:optional"],
            parameters.Where(p => p.ParameterType != typeof(CancellationToken))
                .Select(p => $"{p.Name}:{p.ParameterType.Name}:{(p.IsOptional ? "optional" : "required")}"));
        Assert.Equal(PostTokenGrantTypeKind.AuthorizationCode, new PostTokenGrantType("authorization_code").Kind);
    }

    [Fact]
    public async Task A_multipart_upload_sends_files_with_names_and_types_text_fields_and_json_parts()
    {
        await using var server = await LoopbackServer.StartAsync(EchoForm());
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("hello file"));
        using var second = new MemoryStream(Encoding.UTF8.GetBytes("{}"));

        var echo = await CreateClient(server).UploadAsync(
            new ApiFile(file, "hëllo ✓.txt", "text/plain"), // sent in UTF-8, as ASP.NET Core reads it
            attachments: [new ApiFile(second, "empty.json", "application/json")],
            description: "Greetings, æøå",
            address: new Address { City = "Oslo" });

        Assert.StartsWith("multipart/form-data; boundary=", Assert.Single(server.Requests).ContentType);
        Assert.Equal(["hëllo ✓.txt", "text/plain", "hello file"], echo["file"]);
        Assert.Equal(["empty.json", "application/json", "{}"], echo["attachments"]);
        Assert.Equal(["Greetings, æøå"], echo["description"]);
        Assert.Equal(["""{"city":"Oslo"}"""], echo["address"]);
        Assert.True(file.CanRead, "the caller's stream stays open");
    }

    [Fact]
    public async Task A_binary_upload_streams_the_bytes_with_the_spec_media_type()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        using var stream = new MemoryStream(bytes);

        await CreateClient(server).PutBlobAsync("a b", stream);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/blobs/a%20b", request.RawTarget);
        Assert.Equal("application/octet-stream", request.ContentType);
        Assert.Equal(bytes, request.Body);
    }

    [Fact]
    public async Task A_binary_download_hands_over_the_stream_with_its_content_type_length_and_file_name()
    {
        var bytes = Enumerable.Range(0, 100_000).Select(i => (byte)(i % 251)).ToArray();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/pdf";
            context.Response.ContentLength = bytes.Length;
            context.Response.Headers.ContentDisposition = "attachment; filename=\"report.pdf\"";
            await context.Response.Body.WriteAsync(bytes);
        });

        byte[] read;
        var response = await CreateClient(server).GetBlobAsync("report");
        await using (response)
        {
            Assert.Equal(200, response.StatusCode);
            Assert.Equal("application/pdf", response.ContentType);
            Assert.Equal(bytes.Length, response.ContentLength);
            Assert.Equal("report.pdf", response.FileName);
            read = await response.ReadAllBytesAsync();
        }

        Assert.Equal(bytes, read);
        Assert.False(response.Content.CanRead, "disposing the response closes its stream");
    }

    [Fact]
    public async Task A_binary_download_is_not_bounded_by_MaxResponseBytes()
    {
        var bytes = new byte[64 * 1024];
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/pdf";
            await context.Response.Body.WriteAsync(bytes);
        });
        var client = new BodiesClient(server.CreateClient(), new BodiesClientOptions { MaxResponseBytes = 1024 });

        await using var response = await client.GetBlobAsync("big");

        Assert.Equal(bytes.Length, (await response.ReadAllBytesAsync()).Length);
    }

    [Fact]
    public async Task A_failed_download_still_throws_ApiException_whose_error_body_reads_typed()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(404, """{"error":"NotFound","street":"Nowhere"}"""));

        var exception = await Assert.ThrowsAsync<ApiException>(() => CreateClient(server).GetBlobAsync("missing"));

        Assert.Equal(404, exception.StatusCode);
        Assert.Equal("NotFound", exception.ErrorCode);
        Assert.True(exception.TryGetError(AddressJsonConverter.Instance, out var error));
        Assert.Equal("Nowhere", error.Street);
    }

    [Fact]
    public async Task Text_goes_out_as_utf8_text_and_comes_back_as_a_string()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.EchoBody());

        var text = await CreateClient(server).PostNoteAsync("Hej, verden ✓");

        Assert.Equal("text/plain; charset=utf-8", Assert.Single(server.Requests).ContentType);
        Assert.Equal("Hej, verden ✓", text);
    }

    [Fact]
    public async Task A_plus_json_body_is_sent_with_its_media_type_and_a_plus_json_answer_is_read()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200, """{"street":"Elm 2"}""", "application/hal+json"));

        var address = await CreateClient(server).PatchAddressAsync(new Address { City = "Bergen" });

        var request = Assert.Single(server.Requests);
        Assert.Equal("application/merge-patch+json", request.ContentType);
        Assert.Equal("""{"city":"Bergen"}""", Encoding.UTF8.GetString(request.Body));
        Assert.Equal("Elm 2", address.Street);
    }

    [Fact]
    public async Task Object_query_parameters_follow_their_style_and_the_cookie_is_sent()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(204));

        await CreateClient(server).SearchAsync(
            filter: new Filter { Color = "red", Size = 2 },
            page: new Filter { Color = "blue" },
            range: new Filter { Color = "a,b", Size = 9 },
            labels: new Dictionary<string, string> { ["env"] = "prod" },
            ids: [4, 5],
            session: "s 1;x");

        var request = Assert.Single(server.Requests);
        Assert.Equal(
            "/search?color=red&size=2&page%5Bcolor%5D=blue&range=color,a%2Cb,size,9&labels%5Benv%5D=prod&ids=4,5",
            request.RawTarget);
        Assert.Equal("session=s%201%3Bx", request.Headers["Cookie"]);
    }

    // The server answers the bodiless status first, then the status with the address: null, then the address.
    private static async Task AssertNullThenBody(int bodiless, int withBody, Func<BodiesClient, Task<Address?>> call)
    {
        var status = bodiless;
        await using var server = await LoopbackServer.StartAsync(context => LoopbackServer.Respond(status, status == withBody ? """{"street":"Elm 2"}""" : null)(context));
        var client = CreateClient(server);

        Assert.Null(await call(client));
        status = withBody;
        Assert.Equal("Elm 2", (await call(client))!.Street);
    }

    [Fact]
    public Task A_204_documented_beside_a_json_200_returns_null_and_a_200_still_returns_its_body() =>
        AssertNullThenBody(204, 200, client => client.GetPlaybackAsync());

    [Fact]
    public async Task An_empty_200_beside_a_documented_204_is_still_a_body_that_does_not_match()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Respond(200));

        var exception = await Assert.ThrowsAsync<ApiResponseFormatException>(() => CreateClient(server).GetPlaybackAsync());

        Assert.Equal(200, exception.StatusCode);
    }

    [Fact]
    public Task A_bodiless_200_listed_before_a_json_201_returns_null_and_the_201_its_body() =>
        AssertNullThenBody(200, 201, client => client.QueueTrackAsync());

    [Fact]
    public async Task A_bodiless_202_beside_a_number_returns_null_rather_than_zero()
    {
        var status = 202;
        await using var server = await LoopbackServer.StartAsync(context => LoopbackServer.Respond(status, status == 200 ? "7" : null)(context));
        var client = CreateClient(server);

        Assert.Equal((int?)null, await client.GetVolumeAsync());
        status = 200;
        Assert.Equal(7, await client.GetVolumeAsync());
    }

    [Fact]
    public async Task Accept_names_the_media_types_of_the_documented_answers_the_client_reads()
    {
        // As a negotiating server does: the vendor type only when asked for, else HTML.
        await using var server = await LoopbackServer.StartAsync(context => context.Request.Path.StartsWithSegments("/repos")
            ? context.Request.Headers.Accept.ToString().Contains("vnd.github", StringComparison.Ordinal)
                ? LoopbackServer.Respond(200, """{"street":"Elm 2"}""", "application/vnd.github+json")(context)
                : LoopbackServer.Respond(200, "<html></html>", "text/html")(context)
            : LoopbackServer.Respond(context.Request.Path.StartsWithSegments("/player") ? 204 : 200)(context));
        var client = CreateClient(server);

        Assert.Equal("Elm 2", (await client.GetRepoAsync("aiia")).Street);
        await client.GetPlaybackAsync();
        await using (await client.GetBlobAsync("report"))
        {
        }

        // The JSON answer's types, not the XML one the client cannot read; an error's JSON type, not its HTML one.
        Assert.Equal(
            ["application/vnd.github+json", "application/json, application/problem+json", "application/pdf"],
            server.Requests.Select(r => r.Headers["Accept"]));
    }

    [Fact]
    public void Option_messages_name_the_specs_server_and_no_credentials_it_does_not_have()
    {
        // They named the Aiia gateway and "the client secret" for every spec.
        var missing = Assert.Throws<ArgumentException>(() => new BodiesClient(new BodiesClientOptions())).Message;
        var insecure = Assert.Single(new BodiesClientOptions { BaseAddress = new Uri("http://bodies.example.net/v1/") }.Validate());

        Assert.Contains("new Uri(\"https://bodies.example.net/v1/\")", missing, StringComparison.Ordinal);
        Assert.Contains("anyone on the way can read and change the calls", insecure, StringComparison.Ordinal);
        Assert.DoesNotContain("nordicapigateway", missing + insecure, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", missing + insecure, StringComparison.Ordinal);
        var aiia = Assert.Throws<ArgumentException>(() => new AiiaAuthenticationClient(new AiiaAuthenticationClientOptions { ClientId = "id", ClientSecret = "s" })).Message;
        Assert.Contains("new Uri(\"https://api.nordicapigateway.com/\")", aiia, StringComparison.Ordinal);
    }
}

