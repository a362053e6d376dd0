using System.Buffers;
using System.Text.Json;
using Aiia.Codegen.Benchmarks.Api;
using Aiia.Codegen.Benchmarks.Large;
using Aiia.Codegen.Runtime;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Aiia.Codegen.Benchmarks.Json;

/// <summary>
/// Table 3b: the emitted converters alone, writing the status and tokens records and reading and writing a large object
/// (a statement of 200 nested records with enums, dates, lists and maps). These guard the converters' own cost when a
/// change (such as keeping undocumented values and properties) touches every record; no peer is measured here.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonWriteBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256 * 1024);
    private readonly Utf8JsonWriter _writer;
    private readonly AuthenticationStatus _status = JsonReadBenchmarks.ReadEmitted(Payloads.Status, AuthenticationStatusJsonConverter.Instance);
    private readonly TokensResponse _tokens = JsonReadBenchmarks.ReadEmitted(Payloads.Tokens, TokensResponseJsonConverter.Instance);
    private readonly Statement _statement = JsonReadBenchmarks.ReadEmitted(LargePayload.Statement, StatementJsonConverter.Instance);

    public JsonWriteBenchmarks() => _writer = new Utf8JsonWriter(_buffer);

    [BenchmarkCategory("status"), Benchmark(Description = "write")]
    public int Status_Write() => Write(_status, AuthenticationStatusJsonConverter.Instance);

    [BenchmarkCategory("tokens"), Benchmark(Description = "write")]
    public int Tokens_Write() => Write(_tokens, TokensResponseJsonConverter.Instance);

    [BenchmarkCategory("large"), Benchmark(Description = "read")]
    public Statement Large_Read() => JsonReadBenchmarks.ReadEmitted(LargePayload.Statement, StatementJsonConverter.Instance);

    [BenchmarkCategory("large"), Benchmark(Description = "write")]
    public int Large_Write() => Write(_statement, StatementJsonConverter.Instance);

    /// <summary>Writes into a reused buffer, as a client reuses its pooled writer: the converter's own cost.</summary>
    private int Write<T>(T value, System.Text.Json.Serialization.JsonConverter<T> converter)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        converter.Write(_writer, value, ApiJson.SerializerOptions);
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}
