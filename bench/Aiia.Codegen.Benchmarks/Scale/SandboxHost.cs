using System.Globalization;
using System.Text.Json;
using Aiia.Codegen.Sandbox;

namespace Aiia.Codegen.Benchmarks.Scale;

/// <summary>
/// <c>sandbox-host</c>: the sandbox alone in this process, for the two-process scale run. Prints
/// <c>READY baseAddress clientId clientSecret</c>, then obeys lines on standard input: <c>complete ID</c> (the person
/// approves), <c>stats</c> (one JSON line), <c>quit</c>. Ends when standard input closes, or after --max-seconds.
/// </summary>
internal static class SandboxHost
{
    public static async Task<int> RunAsync(Options options)
    {
        var lifetime = TimeSpan.FromSeconds(options.Int("max-seconds", 600));
        await using var sandbox = await AiiaSandbox.StartAsync(new AiiaSandboxOptions());
        await using var sampler = new ProcessSampler();
        Console.Out.Flush();
        Console.WriteLine($"READY {sandbox.BaseAddress} {sandbox.ClientId} {sandbox.ClientSecret}");
        Console.Out.Flush();
        int maxHeld = 0;
        using var heldSampler = new Timer(_ => maxHeld = Math.Max(maxHeld, sandbox.HeldStatusRequests), null, 0, 100);
        using var stop = new CancellationTokenSource(lifetime);
        while (await Console.In.ReadLineAsync(stop.Token) is { } line)
        {
            if (line.StartsWith("complete ", StringComparison.Ordinal))
            {
                sandbox.CompleteLogin(line["complete ".Length..]);
            }
            else if (line == "stats")
            {
                sampler.Sample();
                Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, long>
                {
                    ["held"] = sandbox.HeldStatusRequests,
                    ["maxHeld"] = maxHeld,
                    ["statusRequests"] = sandbox.Statistics.StatusRequests,
                    ["maxThreads"] = sampler.MaxThreads,
                    ["maxThreadPoolThreads"] = sampler.MaxThreadPoolThreads,
                    ["maxOpenFiles"] = sampler.MaxOpenFiles,
                    ["peakWorkingSet"] = sampler.PeakWorkingSet,
                }));
                Console.Out.Flush();
            }
            else if (line == "quit")
            {
                break;
            }
        }

        return 0;
    }

    internal static string Describe(long value) => value.ToString(CultureInfo.InvariantCulture);
}
