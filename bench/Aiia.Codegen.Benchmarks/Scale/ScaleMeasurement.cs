using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Aiia.Codegen.Benchmarks.Api;
using Aiia.Codegen.Runtime;
using Aiia.Codegen.Sandbox;

namespace Aiia.Codegen.Benchmarks.Scale;

/// <summary>
/// Table 6: one client process waiting on N concurrent logins (the generated WaitForAuthenticationStatusAsync, one
/// long poll per login) against the sandbox on loopback, the person approving them spread over time. The sandbox runs in
/// the same process (<c>--in-process</c>) or in a child process (<c>--split</c>, the default).
/// </summary>
internal static class ScaleMeasurement
{
    public static async Task<int> RunAsync(Options options)
    {
        int sessions = options.Int("sessions", 10_000);
        bool split = !options.Flag("in-process");
        var deadline = TimeSpan.FromSeconds(options.Double("deadline", 120));
        var pollTimeout = TimeSpan.FromSeconds(options.Double("poll-timeout", 30));
        var firstApproval = TimeSpan.FromSeconds(options.Double("first-approval", 10));
        var spread = TimeSpan.FromSeconds(options.Double("spread", 60));
        Console.Error.WriteLine($"scale: {sessions} sessions, sandbox {(split ? "in a child process" : "in this process")}, deadline {deadline.TotalSeconds} s");

        await using IScaleSandbox sandbox = split ? await ChildSandbox.StartAsync() : await InProcessSandbox.StartAsync();
        await using var sampler = new ProcessSampler();
        using var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(30),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(3),
            MaxConnectionsPerServer = int.MaxValue, // the default, stated: one connection per held long poll
        };
        using var http = new HttpClient(handler) { BaseAddress = sandbox.BaseAddress, Timeout = TimeSpan.FromSeconds(100) };
        var client = new AiiaAuthenticationClient(http, new AiiaAuthenticationClientOptions { ClientId = sandbox.ClientId, ClientSecret = sandbox.ClientSecret });

        // 1. Start the logins (not measured as waiting): 64 at a time.
        long started = Stopwatch.GetTimestamp();
        var ids = new string[sessions];
        await Parallel.ForEachAsync(Enumerable.Range(0, sessions), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, token) =>
        {
            var login = await client.InitializeAsync(new InitializeRequest { UserHash = "person-" + i.ToString("D8", CultureInfo.InvariantCulture), RedirectUrl = "https://example.test/callback" }, token);
            ids[i] = login.SessionId;
        });
        double initializeSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.Error.WriteLine($"scale: {sessions} logins started in {initializeSeconds:F1} s");

        // 2. Every login waited on at once; the person approves them one by one from firstApproval over spread.
        var pollOptions = new PollOptions { Deadline = deadline, PollTimeout = pollTimeout };
        var changedAt = new long[sessions];
        var returnedAt = new long[sessions];
        var results = new PollResult<AuthenticationStatus>?[sessions];
        var errors = new ConcurrentDictionary<string, int>();
        long waitStarted = Stopwatch.GetTimestamp();
        var waiters = Enumerable.Range(0, sessions).Select(i => Task.Run(async () =>
        {
            try
            {
                results[i] = await client.WaitForAuthenticationStatusAsync(ids[i], pollOptions);
            }
            catch (Exception exception)
            {
                errors.AddOrUpdate(exception.GetType().Name + ": " + exception.Message, 1, (_, n) => n + 1);
            }

            returnedAt[i] = Stopwatch.GetTimestamp();
        })).ToArray();

        var person = Task.Run(async () =>
        {
            for (int i = 0; i < sessions; i++)
            {
                var due = firstApproval + (spread * i / sessions);
                var wait = due - Stopwatch.GetElapsedTime(waitStarted);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                changedAt[i] = Stopwatch.GetTimestamp();
                await sandbox.CompleteAsync(ids[i]);
            }
        });

        // 3. Watch the held requests: when every waiter has its long poll held by the server.
        double? allHeldAfter = null;
        int maxHeld = 0;
        var all = Task.WhenAll(waiters);
        while (!all.IsCompleted)
        {
            int held = await sandbox.HeldAsync();
            maxHeld = Math.Max(maxHeld, held);
            if (allHeldAfter is null && held >= sessions)
            {
                allHeldAfter = Stopwatch.GetElapsedTime(waitStarted).TotalSeconds;
            }

            await Task.WhenAny(all, Task.Delay(250));
        }

        double waitSeconds = Stopwatch.GetElapsedTime(waitStarted).TotalSeconds;
        await person;
        var sandboxStats = await sandbox.StatsAsync();
        await sampler.DisposeAsync();

        int completed = results.Count(r => r is { IsCompleted: true, Response.State.Kind: AuthenticationStateKind.Succeeded });
        int deadlineReached = results.Count(r => r is { DeadlineReached: true });
        var delays = Enumerable.Range(0, sessions).Where(i => results[i] is { IsCompleted: true }).Select(i => Stopwatch.GetElapsedTime(changedAt[i], returnedAt[i]).TotalMilliseconds).Order().ToList();
        double lastReturn = returnedAt.Max() is long last && last > 0 ? Stopwatch.GetElapsedTime(waitStarted, last).TotalSeconds : double.NaN;
        long requests = results.Sum(r => (long)(r?.Requests ?? 0));
        long failures = results.Sum(r => (long)(r?.TransientFailures ?? 0));

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"Scale: {sessions:N0} concurrent waits, sandbox {(split ? "in a second process" : "in the same process")}, deadline {deadline.TotalSeconds:0} s, pollTimeout {pollTimeout.TotalSeconds:0} s, approvals from {firstApproval.TotalSeconds:0} s over {spread.TotalSeconds:0} s. {Report.Machine()}; open-file limit {OpenFileLimit()}."));
        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("| --- | ---: |");
        Row("sessions completed (Succeeded) within the deadline", string.Create(invariant, $"{completed:N0} / {sessions:N0}"));
        Row("waits that reached the deadline / threw", string.Create(invariant, $"{deadlineReached:N0} / {errors.Values.Sum():N0}"));
        Row("logins started (initialize, 64 at a time)", string.Create(invariant, $"{initializeSeconds:F1} s"));
        Row("every long poll held by the server after", allHeldAfter is double h ? string.Create(invariant, $"{h:F1} s") : string.Create(invariant, $"never (max {maxHeld:N0} held at once)"));
        Row("last waiter returned after (approvals end at)", string.Create(invariant, $"{lastReturn:F1} s ({(firstApproval + spread).TotalSeconds:0} s)"));
        Row("detection delay p50 / p99 / max", string.Create(invariant, $"{Report.Percentile(delays, 50):F1} / {Report.Percentile(delays, 99):F1} / {(delays.Count > 0 ? delays[^1] : double.NaN):F1} ms"));
        Row("status requests (client count / server count)", string.Create(invariant, $"{requests:N0} / {sandboxStats.GetValueOrDefault("statusRequests"):N0}"));
        Row("transient failures retried by the waiters", string.Create(invariant, $"{failures:N0}"));
        Row("client process: peak working set", Report.Bytes(sampler.PeakWorkingSet));
        Row("client process: max threads (thread-pool threads)", string.Create(invariant, $"{sampler.MaxThreads} ({sampler.MaxThreadPoolThreads})"));
        Row("client process: max open file descriptors", string.Create(invariant, $"{sampler.MaxOpenFiles:N0}"));
        if (split)
        {
            Row("sandbox process: peak working set", Report.Bytes(sandboxStats.GetValueOrDefault("peakWorkingSet")));
            Row("sandbox process: max threads (thread-pool threads)", string.Create(invariant, $"{sandboxStats.GetValueOrDefault("maxThreads")} ({sandboxStats.GetValueOrDefault("maxThreadPoolThreads")})"));
            Row("sandbox process: max open file descriptors", string.Create(invariant, $"{sandboxStats.GetValueOrDefault("maxOpenFiles"):N0}"));
        }

        Row("GC collections gen0/gen1/gen2 (client process)", string.Create(invariant, $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        foreach (var (message, count) in errors.OrderByDescending(e => e.Value).Take(5))
        {
            Row("error: " + message.Replace('|', '/').ReplaceLineEndings(" "), count.ToString(invariant));
        }

        bool ok = completed == sessions && errors.IsEmpty && lastReturn <= deadline.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine($"Target (all {sessions:N0} complete within the deadline): {(ok ? "met" : "MISSED")}");
        return ok ? 0 : 1;
    }

    private static void Row(string name, string value) => Console.WriteLine($"| {name} | {value} |");

    private static string OpenFileLimit() =>
        File.Exists("/proc/self/limits")
            ? File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal))?["Max open files".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0] ?? "?"
            : "?";

    private interface IScaleSandbox : IAsyncDisposable
    {
        Uri BaseAddress { get; }

        string ClientId { get; }

        string ClientSecret { get; }

        ValueTask CompleteAsync(string sessionId);

        ValueTask<int> HeldAsync();

        ValueTask<Dictionary<string, long>> StatsAsync();
    }

    private sealed class InProcessSandbox(AiiaSandbox sandbox) : IScaleSandbox
    {
        public static async Task<IScaleSandbox> StartAsync() => new InProcessSandbox(await AiiaSandbox.StartAsync(new AiiaSandboxOptions()));

        public Uri BaseAddress => sandbox.BaseAddress;

        public string ClientId => sandbox.ClientId;

        public string ClientSecret => sandbox.ClientSecret;

        public ValueTask CompleteAsync(string sessionId)
        {
            sandbox.CompleteLogin(sessionId);
            return ValueTask.CompletedTask;
        }

        public ValueTask<int> HeldAsync() => ValueTask.FromResult(sandbox.HeldStatusRequests);

        public ValueTask<Dictionary<string, long>> StatsAsync() =>
            ValueTask.FromResult(new Dictionary<string, long> { ["statusRequests"] = sandbox.Statistics.StatusRequests });

        public ValueTask DisposeAsync() => sandbox.DisposeAsync();
    }

    private sealed class ChildSandbox : IScaleSandbox
    {
        private readonly Process _process;
        private readonly SemaphoreSlim _lock = new(1, 1);

        private ChildSandbox(Process process, Uri baseAddress, string clientId, string clientSecret)
        {
            _process = process;
            BaseAddress = baseAddress;
            ClientId = clientId;
            ClientSecret = clientSecret;
        }

        public Uri BaseAddress { get; }

        public string ClientId { get; }

        public string ClientSecret { get; }

        public static async Task<IScaleSandbox> StartAsync()
        {
            var start = new ProcessStartInfo(Self.Executable) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (string argument in Self.Arguments(["sandbox-host", "--max-seconds", "900"]))
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start)!;
            process.StandardInput.AutoFlush = true;
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("READY ", StringComparison.Ordinal))
                {
                    string[] parts = line.Split(' ');
                    return new ChildSandbox(process, new Uri(parts[1]), parts[2], parts[3]);
                }
            }

            throw new InvalidOperationException("The sandbox process ended before it was ready.");
        }

        public async ValueTask CompleteAsync(string sessionId)
        {
            await _lock.WaitAsync();
            try
            {
                await _process.StandardInput.WriteLineAsync("complete " + sessionId);
            }
            finally
            {
                _lock.Release();
            }
        }

        public async ValueTask<int> HeldAsync() => (int)(await StatsAsync()).GetValueOrDefault("held");

        public async ValueTask<Dictionary<string, long>> StatsAsync()
        {
            await _lock.WaitAsync();
            try
            {
                await _process.StandardInput.WriteLineAsync("stats");
                string line = await _process.StandardOutput.ReadLineAsync() ?? "{}";
                return JsonSerializer.Deserialize<Dictionary<string, long>>(line) ?? [];
            }
            finally
            {
                _lock.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await _process.StandardInput.WriteLineAsync("quit");
                _process.StandardInput.Close();
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
            }
            catch (Exception) when (!_process.HasExited)
            {
                _process.Kill();
            }

            _process.Dispose();
            _lock.Dispose();
        }
    }
}
