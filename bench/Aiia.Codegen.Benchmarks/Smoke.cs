using System.Diagnostics;
using Aiia.Codegen.Benchmarks.Api;
using Aiia.Codegen.Benchmarks.Generation;
using Aiia.Codegen.Benchmarks.Json;
using Aiia.Codegen.Benchmarks.Peers;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Aiia.Codegen.Benchmarks;

/// <summary>
/// <c>smoke</c>: every benchmark and measurement once, small and quick (CI): the peers agree on what they read, every
/// tool generates both specs, each BenchmarkDotNet benchmark runs once in process, then tiny first-call, waiting and
/// scale runs. Not a measurement: its numbers mean nothing.
/// </summary>
internal static class Smoke
{
    public static async Task<int> RunAsync()
    {
        var failures = new List<string>();
        await StepAsync("the three JSON readers agree", failures, () =>
        {
            var emitted = JsonReadBenchmarks.ReadEmitted(Payloads.Tokens, TokensResponseJsonConverter.Instance);
            var stj = new JsonReadBenchmarks().Tokens_StjSourceGen();
            var nswag = new JsonReadBenchmarks().Tokens_Newtonsoft();
            var status = new JsonReadBenchmarks().Status_Emitted();
            Check(status.State == AuthenticationState.Succeeded && status.Code == new JsonReadBenchmarks().Status_StjSourceGen().Code, "status");
            Check(emitted.Login.LoginToken == stj.Login.LoginToken && stj.Login.LoginToken == nswag.Login.LoginToken, "login token");
            Check(emitted.Session.Expires == stj.Session.Expires && emitted.Login.Expires == stj.Login.Expires, "expiry");
            Check(emitted.ProviderId == stj.ProviderId && emitted.Login.SupportsUnattended == stj.Login.SupportsUnattended, "provider");
            return Task.CompletedTask;
        });
        await StepAsync("every tool generates both specs (the large one without a diagnostic)", failures, () =>
        {
            foreach (string spec in new[] { Specs.Aiia, Specs.Large })
            {
                string text = Specs.Load(spec);
                foreach (string tool in Generators.All)
                {
                    Check(Generators.Run(tool, Specs.PathOf(spec), text) > 0, tool + " " + spec);
                }

                // The packaged copies (IL and ReadyToRun) are the same code: the same output.
                long ours = Generators.Run(Generators.Ours, Specs.PathOf(spec), text);
                Check(Generators.Run(Generators.OursIl, Specs.PathOf(spec), text) == ours, "IL copy = project build, " + spec);
                Check(Generators.Run(Generators.OursReadyToRun, Specs.PathOf(spec), text) == ours, "ReadyToRun copy = project build, " + spec);
            }

            return Task.CompletedTask;
        });
        await StepAsync("BenchmarkDotNet: each benchmark once (Dry job, in process)", failures, () =>
        {
            string artifacts = Path.Combine(Path.GetTempPath(), "aiia-bench-smoke-" + Environment.ProcessId);
            var summaries = BenchmarkSwitcher.FromAssembly(typeof(Smoke).Assembly).Run(
                ["--filter", "*", "--job", "Dry", "--inProcess", "--artifacts", artifacts, "--exporters", "github"],
                DefaultConfig.Instance);
            int reports = summaries.Sum(s => s.Reports.Length);
            Check(reports > 0 && summaries.All(s => !s.HasCriticalValidationErrors) && summaries.SelectMany(s => s.Reports).All(r => r.Success), "BenchmarkDotNet reports");
            Directory.Delete(artifacts, recursive: true);
            return Task.CompletedTask;
        });
        await StepAsync("first call in a fresh process (one process per tool)", failures, () =>
            Expect0(FirstCall.RunAllAsync(new Options(["--runs", "1", "--specs", Specs.Aiia]))));
        await StepAsync("corpus: one small real spec, ours and NSwag generated and compiled, then in fresh processes", failures, () =>
            Expect0(Corpus.CorpusMeasurement.RunAsync(new Options(["--runs", "1", "--specs", "au-cds-register", "--fresh", "1", "--fresh-spec", "au-cds-register"]))));
        await StepAsync("compile time: the Aiia spec's generated code, ours and NSwag's, compiled once", failures, () =>
            Expect0(Task.FromResult(Compilation.CompileTimeMeasurement.Run(new Options(["--runs", "1", "--specs", Specs.Aiia])))));
        await StepAsync("waiting: long poll and 2 s polling (T = 0.3 s, once)", failures, () =>
            Expect0(Waiting.WaitingMeasurement.RunAsync(new Options(["--t", "0.3", "--reps", "1", "--poll-timeout", "1", "--smoke"]))));
        await StepAsync("scale: 200 concurrent waits, sandbox in a second process", failures, () =>
            Expect0(Scale.ScaleMeasurement.RunAsync(new Options(["--sessions", "200", "--deadline", "30", "--poll-timeout", "5", "--first-approval", "1", "--spread", "2"]))));

        foreach (string failure in failures)
        {
            Console.WriteLine("bench-smoke failure: " + failure);
        }

        return failures.Count == 0 ? 0 : 1;
    }

    private static async Task Expect0(Task<int> run) => Check(await run == 0, "exit code");

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("check failed: " + what);
        }
    }

    private static async Task StepAsync(string name, List<string> failures, Func<Task> step)
    {
        Console.WriteLine($"== smoke: {name}");
        long started = Stopwatch.GetTimestamp();
        try
        {
            await step();
            Console.WriteLine($"== smoke: {name}: ok ({Report.Elapsed(started)} ms)");
        }
        catch (Exception exception)
        {
            Console.WriteLine($"== smoke: {name}: FAILED ({exception.GetType().Name}: {exception.Message})");
            failures.Add(name + ": " + exception.Message);
        }
    }
}
