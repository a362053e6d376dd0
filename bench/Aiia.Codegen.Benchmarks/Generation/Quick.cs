using System.Diagnostics;
using System.Globalization;

namespace Aiia.Codegen.Benchmarks.Generation;

/// <summary><c>quick SPEC [--runs N]</c>: a rough warm timing of each stage (minimum of N runs after two warm-ups),
/// for profiling between BenchmarkDotNet runs. <c>quick SPEC --tools a,b [--runs N]</c>: the whole warm generation of
/// each tool (e.g. two <c>aiia-codegen-dir=DIR</c> builds, before and after a change), the tools alternating run by run
/// so both see the same machine.</summary>
internal static class Quick
{
    public static int Compare(string spec, string[] tools, int runs)
    {
        string path = Specs.PathOf(spec);
        string text = Specs.Load(spec);
        var times = tools.Select(_ => new List<double>()).ToArray();
        for (int i = -2; i < runs; i++)
        {
            for (int t = 0; t < tools.Length; t++)
            {
                long started = Stopwatch.GetTimestamp();
                Generators.Run(tools[t], path, text);
                if (i >= 0)
                {
                    times[t].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }

        double first = FirstCall.Median(times[0]);
        for (int t = 0; t < tools.Length; t++)
        {
            double median = FirstCall.Median(times[t]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tools[t]}: median {median:F2} ms, min {times[t].Min():F2} ms, {median / first:F3}× the first tool"));
        }

        return 0;
    }

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
        var times = new List<double>();
        TimeSpan paused = TimeSpan.Zero;
        int gen2 = 0;
        for (int i = 0; i < runs; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            TimeSpan pausedBefore = GC.GetTotalPauseDuration();
            int gen2Before = GC.CollectionCount(2);
            long started = Stopwatch.GetTimestamp();
            run();
            double elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            times.Add(elapsed);
            best = Math.Min(best, elapsed);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            paused += GC.GetTotalPauseDuration() - pausedBefore;
            gen2 += GC.CollectionCount(2) - gen2Before;
        }

        times.Sort();
        double median = times[times.Count / 2];
        // Minimum and median of the runs, then what each run allocated and the GC's share (pause time, gen-2 collections).
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20} {best,10:F2} ms  median {median,8:F2} ms {Report.Bytes(allocated),12}  GC pauses {paused.TotalMilliseconds / runs,7:F2} ms/run, gen2 {(double)gen2 / runs:F1}/run"));
    }
}
