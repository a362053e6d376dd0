using Aiia.Codegen.Benchmarks.Api;
using Aiia.Codegen.Benchmarks.Json;
using Aiia.Codegen.Benchmarks.Peers;
using BenchmarkDotNet.Attributes;
using NSwagDto = Aiia.Codegen.Benchmarks.Peers.NSwagGenerated;

namespace Aiia.Codegen.Benchmarks.Client;

/// <summary>
/// Table 4: one status call over an in-memory handler (no sockets), so only the client's own work is measured: the
/// generated client vs a call written by hand with HttpClient and STJ source generation (the floor), and NSwag's client.
/// </summary>
[MemoryDiagnoser]
public class ClientBenchmarks
{
    private const string SessionId = "3f0c5b1e-2a64-4a53-9d43-1f6f0c2d7b10";
    private HttpClient _http = null!;
    private AiiaAuthenticationClient _generated = null!;
    private HandWrittenClient _handWritten = null!;
    private NSwagDto.NSwagAiiaClient _nswag = null!;

    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient(new CannedHandler(Payloads.Status)) { BaseAddress = new Uri("https://api.example.test/") };
        _generated = new AiiaAuthenticationClient(_http, new AiiaAuthenticationClientOptions { ClientId = "client-id", ClientSecret = "client-secret" });
        _handWritten = new HandWrittenClient(_http, "client-id", "client-secret");
        _nswag = new NSwagDto.NSwagAiiaClient(_http) { BaseUrl = "https://api.example.test/" };
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark(Baseline = true, Description = "hand-written HttpClient + STJ source gen (floor)")]
    public Task<HandAuthenticationStatus> HandWritten() => _handWritten.GetAuthenticationStatusAsync(SessionId);

    [Benchmark(Description = "Aiia.Codegen generated client")]
    public Task<AuthenticationStatus> Generated() => _generated.GetAuthenticationStatusAsync(SessionId);

    [Benchmark(Description = "NSwag generated client (Newtonsoft.Json)")]
    public Task<NSwagDto.AuthenticationStatus> NSwag() => _nswag.GetAuthenticationStatusAsync(SessionId, null);
}
