namespace Aiia.Codegen.Sandbox.Tests;

/// <summary>Bounded polling for what the sandbox does on its own threads: never a fixed sleep, never an endless wait.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(20);

    /// <summary>Waits until <paramref name="condition"/> holds; fails the test after <see cref="SandboxApi.HangGuard"/>.</summary>
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        DateTime deadline = DateTime.UtcNow + SandboxApi.HangGuard;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(Step);
        }
    }

    /// <summary>Waits until <paramref name="read"/> gives the same value several reads in a row, and returns it.</summary>
    public static async Task<long> SettledAsync(Func<long> read)
    {
        const int SameReadsNeeded = 5;
        DateTime deadline = DateTime.UtcNow + SandboxApi.HangGuard;
        long value = read();
        for (int same = 0; same < SameReadsNeeded; )
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the value to settle.");
            await Task.Delay(Step);
            long next = read();
            same = next == value ? same + 1 : 0;
            value = next;
        }

        return value;
    }
}
