using System.Diagnostics;

namespace Aiia.Codegen.Benchmarks.Scale;

/// <summary>Samples this process every 250 ms: threads, working set, open file descriptors, thread-pool threads.</summary>
internal sealed class ProcessSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ProcessSampler() => _loop = Task.Run(LoopAsync);

    public int MaxThreads { get; private set; }

    public int MaxThreadPoolThreads { get; private set; }

    public int MaxOpenFiles { get; private set; }

    public long MaxWorkingSet { get; private set; }

    public long PeakWorkingSet
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return Math.Max(process.PeakWorkingSet64, MaxWorkingSet);
        }
    }

    public void Sample()
    {
        using var process = Process.GetCurrentProcess();
        MaxThreads = Math.Max(MaxThreads, process.Threads.Count);
        MaxWorkingSet = Math.Max(MaxWorkingSet, process.WorkingSet64);
        MaxThreadPoolThreads = Math.Max(MaxThreadPoolThreads, ThreadPool.ThreadCount);
        MaxOpenFiles = Math.Max(MaxOpenFiles, Report.OpenFileDescriptors());
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            do
            {
                Sample();
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _stop.Cancel();
        await _loop;
        Sample();
    }
}
