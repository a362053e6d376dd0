using System.Globalization;
using Aiia.Codegen.Benchmarks.Corpus;
using Aiia.Codegen.Benchmarks.Generation;

namespace Aiia.Codegen.Benchmarks.Compilation;

/// <summary>
/// <c>compile-time [--specs large,aiia] [--runs N]</c>: what every build of a user's project pays for the generated code.
/// For each spec, our output and NSwag's (its defaults: client and DTO classes, Newtonsoft.Json) are compiled in-process
/// by the same Roslyn with the same references and options (<see cref="GeneratedCodeCompiler"/>), once to warm up and
/// then N times, alternating; the table gives the characters, the median compile (parse + bind + emit to memory), the
/// IL of the method bodies and the assembly's size, each with the ratio to NSwag.
/// </summary>
internal static class CompileTimeMeasurement
{
    public static int Run(Options options)
    {
        int runs = options.Int("runs", 5);
        string[] specs = options.List("specs", [Specs.Large, Specs.Aiia]);
        Console.WriteLine($"Compile time of the generated code, median (min–max) of {runs} alternating runs after one warm-up each. {Report.Machine()}");
        Console.WriteLine();
        Console.WriteLine("| spec | tool | characters | types | errors / warnings | compile, ms | vs NSwag | IL bytes | vs NSwag | assembly bytes |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        int failed = 0;
        foreach (string spec in specs)
        {
            string text = Specs.Load(spec);
            var ours = CorpusMeasurement.Ours(Specs.PathOf(spec), text);
            if (ours.Sources is null)
            {
                Console.WriteLine($"| {spec} | {Generators.Ours} | {ours.Refusal} | | | | | | | |");
                failed++;
                continue;
            }

            var tools = new[] { (Name: Generators.Ours, Sources: ours.Sources), (Name: "NSwag", Sources: (IReadOnlyList<string>)[Generators.NSwagClientFile(text)]) };
            var first = tools.Select(tool => GeneratedCodeCompiler.Compile(tool.Sources)).ToArray();
            var times = tools.Select(_ => new List<double>()).ToArray();
            for (int run = 0; run < runs; run++)
            {
                for (int i = 0; i < tools.Length; i++)
                {
                    times[i].Add(GeneratedCodeCompiler.Compile(tools[i].Sources).Milliseconds);
                }
            }

            double nswagMs = FirstCall.Median(times[1]);
            for (int i = 0; i < tools.Length; i++)
            {
                var result = first[i];
                double median = FirstCall.Median(times[i]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {spec} | {tools[i].Name} | {tools[i].Sources.Sum(s => (long)s.Length):N0} | {result.Types:N0} | {result.Errors} / {result.Warnings} | {median:F0} ({times[i].Min():F0}–{times[i].Max():F0}) | {median / nswagMs:F2}× | {result.IlBytes:N0} | {(double)result.IlBytes / first[1].IlBytes:F2}× | {result.AssemblyBytes:N0} |"));
                if (result.FirstError is { } error)
                {
                    Console.Error.WriteLine($"compile-time: {spec}, {tools[i].Name}: first error: {error}");
                }
            }

            failed += first[0].Errors > 0 ? 1 : 0;
        }

        return failed == 0 ? 0 : 1;
    }
}
