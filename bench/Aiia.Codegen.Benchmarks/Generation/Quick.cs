using System.Diagnostics;
using System.Globalization;

namespace Aiia.Codegen.Benchmarks.Generation;

/// <summary><c>quick SPEC [--runs N]</c>: a rough warm timing of each stage (minimum of N runs after two warm-ups),
/// for profiling between BenchmarkDotNet runs.</summary>
internal static class Quick
{
    public static int Measure(string spec, int runs)
    {
        string path = Specs.PathOf(spec);
        string text = Specs.Load(spec);
        var model = Generators.AiiaCodegenParse(path, text);
        Time("YamlDotNet events", () => Generators.YamlDotNetEvents(text), runs);
        Time("YamlDotNet load", () => Generators.YamlDotNetLoad(text), runs);
        Time("read+model", () => { Generators.AiiaCodegenParse(path, text); return 0; }, runs);
        Time("emit", () => SpecCompiler.Emit(model).Sources.Count, runs);
        Time("read+model+emit", () => Generators.AiiaCodegen(path, text), runs);
        return 0;
    }

    private static void Time(string name, Func<long> run, int runs)
    {
        run();
        run();
        double best = double.MaxValue;
        long allocated = 0;
        for (int i = 0; i < runs; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            long started = Stopwatch.GetTimestamp();
            run();
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20} {best,10:F2} ms {Report.Bytes(allocated),12}"));
    }
}
