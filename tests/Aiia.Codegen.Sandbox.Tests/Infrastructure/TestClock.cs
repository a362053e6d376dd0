using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary>A fake clock at the seed example's moment, so labels and expiries are predictable.</summary>
internal static class TestClock
{
    public static readonly DateTimeOffset Start = new(2019, 1, 23, 13, 12, 33, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);
}
