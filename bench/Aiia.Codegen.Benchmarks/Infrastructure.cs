using System.Diagnostics;
using System.Globalization;

namespace Aiia.Codegen.Benchmarks;

/// <summary>How to start this program again in a fresh process.</summary>
internal static class Self
{
    private static readonly string AppHost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Aiia.Codegen.Benchmarks.exe" : "Aiia.Codegen.Benchmarks");

    public static string Executable => File.Exists(AppHost) ? AppHost : "dotnet";

    public static IEnumerable<string> Arguments(IEnumerable<string> arguments) =>
        File.Exists(AppHost) ? arguments : new[] { typeof(Self).Assembly.Location }.Concat(arguments);
}

/// <summary><c>--name value</c> options of a subcommand.</summary>
internal sealed class Options(string[] arguments)
{
    public string[] Positional { get; } = arguments.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !arguments[i - 1].StartsWith("--", StringComparison.Ordinal) || IsFlag(arguments[i - 1]))).ToArray();

    public bool Flag(string name) => arguments.Contains("--" + name);

    public string? Get(string name)
    {
        int index = Array.IndexOf(arguments, "--" + name);
        return index >= 0 && index + 1 < arguments.Length ? arguments[index + 1] : null;
    }

    public int Int(string name, int fallback) => Get(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) => Get(name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public string[] List(string name, string[] fallback) => Get(name) is { } value ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : fallback;

    private static bool IsFlag(string argument) => argument is "--smoke" or "--split" or "--in-process" or "--generate-only" or "--warnings" or "--share-identical-schemas";
}

/// <summary>Formatting and process figures shared by the measurement programs.</summary>
internal static class Report
{
    public static string Bytes(double bytes) => bytes switch
    {
        >= 1024 * 1024 * 1024 => (bytes / (1024.0 * 1024 * 1024)).ToString("F2", CultureInfo.InvariantCulture) + " GiB",
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("F1", CultureInfo.InvariantCulture) + " MiB",
        >= 1024 => (bytes / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " KiB",
        _ => bytes.ToString("F0", CultureInfo.InvariantCulture) + " B",
    };

    public static string Ms(double milliseconds) => milliseconds.ToString("F1", CultureInfo.InvariantCulture);

    public static string Machine()
    {
        string load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):F0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {load}");
    }

    public static int OpenFileDescriptors() => Directory.Exists("/proc/self/fd") ? Directory.GetFileSystemEntries("/proc/self/fd").Length : -1;

    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        int index = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }

    public static string Elapsed(long started) => Ms(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
