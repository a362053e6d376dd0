using System.Diagnostics;
using System.Globalization;
using Aiia.Codegen.Benchmarks.Generation;

namespace Aiia.Codegen.Benchmarks.Compilation;

/// <summary>
/// <c>compile-dirs DIR... [--runs N]</c>: each folder's <c>.cs</c> files compiled as one assembly
/// (<see cref="GeneratedCodeCompiler"/>), the folders alternating run by run; prints the characters, the median wall
/// time and process CPU time (CPU time is steadier than wall time when other work shares the cores) and the IL.
/// For experiments on the shape of generated code: write the output with <c>write-generated</c>, edit a copy, compare.
/// <c>compile-dirs DIR --il-by member|type</c>: where the IL of one folder's assembly goes, the 40 largest groups.
/// </summary>
internal static class CompileDirectories
{
    public static int Run(Options options)
    {
        if (options.Get("il-by") is { } grouping)
        {
            return IlBy(options.Positional[0], grouping);
        }

        var folders = options.Positional.Select(Sources).ToArray();
        var first = folders.Select(GeneratedCodeCompiler.Compile).ToArray();
        var wall = folders.Select(_ => new List<double>()).ToArray();
        var cpu = folders.Select(_ => new List<double>()).ToArray();
        for (int run = 0; run < options.Int("runs", 2); run++)
        {
            for (int i = 0; i < folders.Length; i++)
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                wall[i].Add(GeneratedCodeCompiler.Compile(folders[i]).Milliseconds);
                cpu[i].Add((Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds);
            }
        }

        for (int i = 0; i < folders.Length; i++)
        {
            var result = first[i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{options.Positional[i]}: {folders[i].Sum(s => (long)s.Length):N0} characters, wall {FirstCall.Median(wall[i]):F0} ms ({wall[i].Min():F0}–{wall[i].Max():F0}), CPU {FirstCall.Median(cpu[i]):F0} ms ({cpu[i].Min():F0}–{cpu[i].Max():F0}), IL {result.IlBytes:N0}, {result.Errors} errors / {result.Warnings} warnings {result.FirstError ?? result.FirstWarning}"));
        }

        return first.Any(r => r.Errors > 0) ? 1 : 0;
    }

    private static string[] Sources(string folder) =>
        Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static int IlBy(string folder, string grouping)
    {
        Func<string, string, string> key = grouping == "type"
            ? (type, _) => type
            : (type, method) => Role(type) + " " + Member(method);
        foreach (var row in GeneratedCodeCompiler.IlBy(Sources(folder), key).OrderByDescending(r => r.Value).Take(40))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Value,12:N0} {row.Key}"));
        }

        return 0;
    }

    // Generated types by role: converters by their suffix, compiler-made closures and state machines by their '<'.
    private static string Role(string type) =>
        type.EndsWith("JsonConverter", StringComparison.Ordinal) ? "converter"
        : type.Contains('<', StringComparison.Ordinal) ? "compiler-generated"
        : "type";

    private static string Member(string method) =>
        method.StartsWith('<') ? "<lambda>"
        : method.StartsWith("get_", StringComparison.Ordinal) ? "get_*"
        : method.StartsWith("set_", StringComparison.Ordinal) ? "set_*"
        : method;
}
