namespace Aiia.Codegen.Sandbox.Tests;

/// <summary><see cref="SandboxFaults"/> itself: which kinds a draw can give, and the settings' bounds and defaults.</summary>
public sealed class FaultSettingsTests
{
    private static readonly SandboxFaultKinds[] Transient =
    [
        SandboxFaultKinds.Latency, SandboxFaultKinds.ServiceUnavailable, SandboxFaultKinds.TooManyRequests, SandboxFaultKinds.DroppedConnection,
        SandboxFaultKinds.InternalServerError, SandboxFaultKinds.ResetMidBody, SandboxFaultKinds.Hang,
    ];

    private static readonly SandboxFaultKinds[] Hostile =
    [
        SandboxFaultKinds.CrossOriginRedirect, SandboxFaultKinds.SameOriginRedirect, SandboxFaultKinds.HugeBody,
        SandboxFaultKinds.HugeErrorBody, SandboxFaultKinds.EchoedSecret,
    ];

    [Fact]
    public void All_draws_every_transient_kind_and_never_a_hostile_one()
    {
        var faults = new SandboxFaults(seed: 7) { Rate = 1 };

        HashSet<SandboxFaultKinds> drawn = Draws(faults, 2000);

        Assert.Equal(Transient.Order(), drawn.Order());
    }

    [Fact]
    public void Hostile_kinds_are_drawn_only_when_named_and_then_all_of_them()
    {
        var faults = new SandboxFaults(seed: 7) { Rate = 1, Kinds = SandboxFaultKinds.Hostile };

        HashSet<SandboxFaultKinds> drawn = Draws(faults, 2000);

        Assert.Equal(Hostile.Order(), drawn.Order());
        Assert.Equal(SandboxFaultKinds.None, SandboxFaultKinds.All & SandboxFaultKinds.Hostile);
    }

    [Fact]
    public void Every_kind_together_is_drawn_uniformly()
    {
        var faults = new SandboxFaults(seed: 7) { Rate = 1, Kinds = SandboxFaultKinds.All | SandboxFaultKinds.Hostile };
        const int Draws = 12_000;

        Dictionary<SandboxFaultKinds, int> counts = Enumerable.Range(0, Draws).Select(_ => faults.Draw(SandboxEndpointNames.Status))
            .GroupBy(kind => kind).ToDictionary(group => group.Key, group => group.Count());

        Assert.Equal(Transient.Length + Hostile.Length, counts.Count);
        // 1,000 expected per kind; a kind left out of the draw, or drawn twice as often, is far outside these bounds.
        Assert.All(counts.Values, count => Assert.InRange(count, 800, 1200));
    }

    [Fact]
    public void Unknown_bits_are_dropped_from_kinds()
    {
        var faults = new SandboxFaults(seed: 1) { Kinds = (SandboxFaultKinds)(1 << 20) | SandboxFaultKinds.HugeBody };

        Assert.Equal(SandboxFaultKinds.HugeBody, faults.Kinds);
    }

    [Fact]
    public void A_huge_body_is_50_MiB_with_its_length_by_default_and_at_least_1_KiB()
    {
        var faults = new SandboxFaults(seed: 1);

        Assert.Equal(50L * 1024 * 1024, faults.HugeBodyBytes);
        Assert.True(faults.HugeBodyDeclaresLength);
        Assert.Throws<ArgumentOutOfRangeException>(() => faults.HugeBodyBytes = 1023);
        faults.HugeBodyBytes = 1024;
        Assert.Equal(1024, faults.HugeBodyBytes);
    }

    [Fact]
    public void Reset_restores_every_setting()
    {
        var faults = new SandboxFaults(seed: 1)
        {
            Rate = 0.5,
            Kinds = SandboxFaultKinds.Hostile,
            Latency = TimeSpan.Zero,
            RetryAfter = TimeSpan.FromMinutes(1),
            AppliesTo = _ => false,
            HugeBodyBytes = 4096,
            HugeBodyDeclaresLength = false,
        };

        faults.Reset();

        Assert.Equal(0, faults.Rate);
        Assert.Equal(SandboxFaultKinds.All, faults.Kinds);
        Assert.Equal(TimeSpan.FromMilliseconds(500), faults.Latency);
        Assert.Equal(TimeSpan.FromSeconds(1), faults.RetryAfter);
        Assert.Null(faults.AppliesTo);
        Assert.Equal(50L * 1024 * 1024, faults.HugeBodyBytes);
        Assert.True(faults.HugeBodyDeclaresLength);
    }

    private static HashSet<SandboxFaultKinds> Draws(SandboxFaults faults, int count) =>
        Enumerable.Range(0, count).Select(_ => faults.Draw(SandboxEndpointNames.Status)).ToHashSet();
}
