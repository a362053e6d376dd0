using System.Text;
using Aiia.Codegen.Runtime;
using Microsoft.AspNetCore.Http;

namespace Aiia.Codegen.Client.Tests;

/// <summary>
/// The response headers <c>Specs/headers.openapi.yaml</c> declares (UK Open Banking's required
/// <c>x-jws-signature</c> and <c>x-fapi-interaction-id</c>, a 201's <c>Location</c>) read through an
/// <see cref="ApiResponseCapture"/> around a generated call, against a real server on loopback.
/// </summary>
public sealed class ResponseHeadersClientTests
{
    private const string Signature = "eyJhbGciOiJQUzI1NiIsImtpZCI6IjEifQ..c2lnbmF0dXJl";
    private const string Created = """{"consentId":"c-42"}""";

    private static Func<HttpContext, Task> Respond(int status, string body) => async context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers["x-fapi-interaction-id"] = "93bac548-d2de-4546-b106-880a5018460d";
        if (status == 201)
        {
            context.Response.Headers["x-jws-signature"] = Signature;
            context.Response.Headers.Location = "/domestic-payment-consents/c-42";
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    };

    [Fact]
    public async Task A_generated_call_inside_a_capture_scope_gives_the_declared_headers_and_the_signed_bytes()
    {
        await using var server = await LoopbackServer.StartAsync(Respond(201, Created));
        var client = new HeadersClient(server.CreateClient());

        using var response = ApiResponseCapture.Begin(captureBody: true);
        var consent = await client.CreateDomesticPaymentConsentsAsync(new CreateDomesticPaymentConsentsRequest { Amount = "10.00" });

        Assert.Equal("c-42", consent.ConsentId);
        Assert.Equal(201, response.StatusCode);
        Assert.Equal(Signature, response.Headers?.GetValueOrDefault("x-jws-signature"));
        Assert.Equal("93bac548-d2de-4546-b106-880a5018460d", response.Headers?.GetValueOrDefault("X-FAPI-Interaction-ID"));
        Assert.Equal("/domestic-payment-consents/c-42", response.Headers?.GetValueOrDefault("Location"));
        Assert.Equal(Created, Encoding.UTF8.GetString(response.Body!.Value.Span));
    }

    [Fact]
    public async Task A_rejected_call_still_gives_the_interaction_id_to_quote_to_the_bank()
    {
        await using var server = await LoopbackServer.StartAsync(Respond(400, """{"code":"UK.OBIE.Field.Invalid"}"""));
        var client = new HeadersClient(server.CreateClient());

        using var response = ApiResponseCapture.Begin();
        var ex = await Assert.ThrowsAsync<ApiException>(() => client.CreateDomesticPaymentConsentsAsync(new CreateDomesticPaymentConsentsRequest { Amount = "-1" }));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal(400, response.StatusCode);
        Assert.Equal("93bac548-d2de-4546-b106-880a5018460d", response.Headers?["x-fapi-interaction-id"]);
    }
}
