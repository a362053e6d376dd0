using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary>A response as the tests look at it: status, raw text, parsed JSON (when it is JSON) and headers.</summary>
internal sealed record ApiResult(HttpStatusCode Status, string Text, JsonElement Json, HttpResponseHeaders Headers)
{
    public string Error => Json.GetProperty("error").GetString()!;

    public string Reason => Json.GetProperty("details").GetProperty("reason").GetString()!;

    public string String(string name) => Json.GetProperty(name).GetString()!;

    public bool Has(string name) => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty(name, out _);
}
