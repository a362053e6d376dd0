using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Aiia.Codegen.Benchmarks.Generation;

/// <summary>
/// Table 1, first call: each run is a fresh process that reads the spec text, then times its first generation
/// (assembly loading, JIT and type initialisation included) and a second one, and prints one JSON line.
/// <c>first-calls</c> starts those processes round-robin and prints the medians.
/// </summary>
internal static class FirstCall
{
    internal sealed record Run(string Tool, string Spec, double FirstMs, double SecondMs, long FirstAllocatedBytes, long OutputChars, double ProcessMs);

    /// <summary><c>first-call TOOL SPEC</c>: one measurement in this (fresh) process.</summary>
    public static int Measure(string tool, string spec)
    {
        string path = Specs.PathOf(spec);
        string text = Specs.Load(spec);

        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        long methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        long started = Stopwatch.GetTimestamp();
        long output = Generators.Run(tool, path, text);
        double firstMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        double jitMs = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds;
        long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        started = Stopwatch.GetTimestamp();
        Generators.Run(tool, path, text);
        double secondMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["tool"] = tool, ["spec"] = spec, ["firstMs"] = firstMs, ["secondMs"] = secondMs,
            ["firstAllocatedBytes"] = allocated, ["outputChars"] = output, ["jitMs"] = jitMs, ["jitMethods"] = jitMethods,
        }));
        return 0;
    }

    /// <summary><c>first-calls [--runs N] [--specs aiia,large] [--tools ...]</c>: N fresh processes per tool and spec.</summary>
    public static async Task<int> RunAllAsync(Options options)
    {
        int runs = options.Int("runs", 10);
        string[] specs = options.List("specs", [Specs.Aiia, Specs.Large]);
        string[] tools = options.List("tools", Generators.All);
        foreach (string spec in specs)
        {
            Specs.Load(spec); // writes the large spec once, before any timed process
        }

        var results = new List<Run>();
        for (int i = 0; i < runs; i++)
        {
            foreach (string spec in specs)
            {
                foreach (string tool in tools)
                {
                    results.Add(await StartAsync(tool, spec));
                }
            }

            Console.Error.WriteLine($"first-calls: run {i + 1}/{runs} done");
        }

        Console.WriteLine($"First call in a fresh process: median (min–max) of {runs} processes per row, each reading the spec then timing its first and second generation.");
        Console.WriteLine();
        Console.WriteLine("| spec | tool | first call, ms | second call, ms | allocated by the first call | output chars | whole process, ms | first call vs Aiia.Codegen |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (string spec in specs)
        {
            double ours = Median(results.Where(r => r.Spec == spec && r.Tool == Generators.Ours).Select(r => r.FirstMs));
            foreach (string tool in tools)
            {
                var rows = results.Where(r => r.Spec == spec && r.Tool == tool).ToList();
                double first = Median(rows.Select(r => r.FirstMs));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {spec} | {tool} | {first:F1} ({rows.Min(r => r.FirstMs):F1}–{rows.Max(r => r.FirstMs):F1}) | {Median(rows.Select(r => r.SecondMs)):F1} | {Report.Bytes(Median(rows.Select(r => (double)r.FirstAllocatedBytes)))} | {rows[0].OutputChars:N0} | {Median(rows.Select(r => r.ProcessMs)):F0} | {(double.IsNaN(ours) ? "" : (first / ours).ToString("F1", CultureInfo.InvariantCulture) + "×")} |"));
            }
        }

        return 0;
    }

    internal static async Task<Run> StartAsync(string tool, string spec)
    {
        var start = new ProcessStartInfo(Self.Executable) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in Self.Arguments(["first-call", tool, spec]))
        {
            start.ArgumentList.Add(argument);
        }

        long started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start)!;
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        double processMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"first-call {tool} {spec} exited with {process.ExitCode}: {output}");
        }

        using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var root = json.RootElement;
        return new Run(tool, spec, root.GetProperty("firstMs").GetDouble(), root.GetProperty("secondMs").GetDouble(),
            root.GetProperty("firstAllocatedBytes").GetInt64(), root.GetProperty("outputChars").GetInt64(), processMs);
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary><c>first-call-breakdown SPEC</c>: the stages of our first call, one after another in a fresh process,
/// each with the JIT time it caused (the evidence behind the first-call reading in docs/performance.md).</summary>
internal static class FirstCallBreakdown
{
    public static int Measure(string spec)
    {
        string path = Specs.PathOf(spec);
        string text = Specs.Load(spec);
        Stage("YamlDotNet event pass (scanner + parser)", () => Generators.YamlDotNetEvents(text));
        Stage("YamlDotNet representation model load", () => Generators.YamlDotNetLoad(text));
        Model.ApiSpec? model = null;
        Stage("Aiia.Codegen read + model (SpecCompiler.Parse)", () => { model = Generators.AiiaCodegenParse(path, text); return 0; });
        Stage("Aiia.Codegen emit (SpecCompiler.Emit)", () => SpecCompiler.Emit(model!).Sources.Count);
        Stage("Aiia.Codegen read + model + emit, second time", () => Generators.AiiaCodegen(path, text));
        return 0;
    }

    private static void Stage(string name, Func<long> run)
    {
        TimeSpan jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        long methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long started = Stopwatch.GetTimestamp();
        run();
        double ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {ms:F1} | {(System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds:F1} | {System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore} | {Report.Bytes(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore)} |"));
    }
}
