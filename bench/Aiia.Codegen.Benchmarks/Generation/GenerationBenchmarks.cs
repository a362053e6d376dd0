using BenchmarkDotNet.Attributes;

namespace Aiia.Codegen.Benchmarks.Generation;

/// <summary>Table 1, warm: one generation of a whole document, each tool on the same text in the same process.</summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private string _path = string.Empty;
    private string _text = string.Empty;

    [Params(Specs.Aiia, Specs.Large)]
    public string Spec { get; set; } = Specs.Aiia;

    [GlobalSetup]
    public void Setup()
    {
        _path = Specs.PathOf(Spec);
        _text = Specs.Load(Spec);
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet load (floor)")]
    public long YamlDotNetLoad() => Generators.YamlDotNetLoad(_text);

    [Benchmark(Description = "YamlDotNet events only")]
    public long YamlDotNetEvents() => Generators.YamlDotNetEvents(_text);

    [Benchmark(Description = "Aiia.Codegen read+model")]
    public object AiiaCodegenParse() => Generators.AiiaCodegenParse(_path, _text);

    [Benchmark(Description = "Aiia.Codegen read+model+emit")]
    public long AiiaCodegen() => Generators.AiiaCodegen(_path, _text);

    [Benchmark(Description = "NSwag read+generate")]
    public long NSwag() => Generators.NSwagClient(_text);
}
