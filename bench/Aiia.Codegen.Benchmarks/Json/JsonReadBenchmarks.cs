using System.Text;
using System.Text.Json;
using Aiia.Codegen.Benchmarks.Api;
using Aiia.Codegen.Benchmarks.Peers;
using Aiia.Codegen.Runtime;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NSwagDto = Aiia.Codegen.Benchmarks.Peers.NSwagGenerated;

namespace Aiia.Codegen.Benchmarks.Json;

/// <summary>
/// Table 3: reading a response body into its records. Emitted: the generated converter exactly as the generated client
/// calls it (ApiTransport.Parse: read, convert, then require nothing after the value). STJ source generation: a
/// hand-declared context over equivalent hand-written records. Newtonsoft.Json: the DTOs NSwag generates, read as
/// NSwag's client reads them (JsonSerializer over a JsonTextReader over the body stream).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonReadBenchmarks
{
    private static readonly Newtonsoft.Json.JsonSerializer NSwagSerializer = Newtonsoft.Json.JsonSerializer.Create(new Newtonsoft.Json.JsonSerializerSettings());

    [BenchmarkCategory("status"), Benchmark(Description = "Aiia.Codegen emitted converter")]
    public AuthenticationStatus Status_Emitted() => ReadEmitted(Payloads.Status, AuthenticationStatusJsonConverter.Instance);

    [BenchmarkCategory("status"), Benchmark(Baseline = true, Description = "STJ source generation")]
    public HandAuthenticationStatus Status_StjSourceGen() => JsonSerializer.Deserialize(Payloads.Status, HandJsonContext.Default.HandAuthenticationStatus)!;

    [BenchmarkCategory("status"), Benchmark(Description = "Newtonsoft.Json (NSwag DTOs)")]
    public NSwagDto.AuthenticationStatus Status_Newtonsoft() => ReadNewtonsoft<NSwagDto.AuthenticationStatus>(Payloads.Status);

    [BenchmarkCategory("tokens"), Benchmark(Description = "Aiia.Codegen emitted converter")]
    public TokensResponse Tokens_Emitted() => ReadEmitted(Payloads.Tokens, TokensResponseJsonConverter.Instance);

    [BenchmarkCategory("tokens"), Benchmark(Baseline = true, Description = "STJ source generation")]
    public HandTokensResponse Tokens_StjSourceGen() => JsonSerializer.Deserialize(Payloads.Tokens, HandJsonContext.Default.HandTokensResponse)!;

    [BenchmarkCategory("tokens"), Benchmark(Description = "Newtonsoft.Json (NSwag DTOs)")]
    public NSwagDto.TokensResponse Tokens_Newtonsoft() => ReadNewtonsoft<NSwagDto.TokensResponse>(Payloads.Tokens);

    /// <summary>What ApiTransport does with a success body.</summary>
    internal static T ReadEmitted<T>(byte[] body, System.Text.Json.Serialization.JsonConverter<T> converter)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read();
        T value = converter.Read(ref reader, typeof(T), ApiJson.SerializerOptions)!;
        while (reader.Read())
        {
        }

        return value;
    }

    /// <summary>What NSwag's generated client does with a success body (ReadResponseAsString off, its default).</summary>
    internal static T ReadNewtonsoft<T>(byte[] body)
    {
        using var stream = new MemoryStream(body, writable: false);
        using var streamReader = new StreamReader(stream, Encoding.UTF8);
        using var jsonReader = new Newtonsoft.Json.JsonTextReader(streamReader);
        return NSwagSerializer.Deserialize<T>(jsonReader)!;
    }
}
