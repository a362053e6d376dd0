namespace Aiia.Codegen.Benchmarks.Peers.NSwagGenerated;

/// <summary>NSwag does not turn API-key security schemes into anything; its documented hook adds the two headers, so
/// every client in benchmark 4 sends the same request.</summary>
public partial class NSwagAiiaClient
{
    public string ClientId { get; set; } = "client-id";

    public string ClientSecret { get; set; } = "client-secret";

    partial void PrepareRequest(System.Net.Http.HttpClient client, System.Net.Http.HttpRequestMessage request, string url)
    {
        request.Headers.TryAddWithoutValidation("X-Client-Id", ClientId);
        request.Headers.TryAddWithoutValidation("X-Client-Secret", ClientSecret);
    }
}
