namespace Aiia.Codegen.Sandbox.Tests;

/// <summary><see cref="SandboxFaults"/> itself: which kinds a draw can give, and the settings' defaults.</summary>
public sealed class FaultSettingsTests
{
    private static readonly SandboxFaultKinds[] Transient =
    [
        SandboxFaultKinds.Latency, SandboxFaultKinds.ServiceUnavailable, SandboxFaultKinds.TooManyRequests, SandboxFaultKinds.DroppedConnection,
        SandboxFaultKinds.InternalServerError, SandboxFaultKinds.ResetMidBody, SandboxFaultKinds.Hang,
    ];

    [Fact]
    public void All_draws_every_kind()
    {
        var faults = new SandboxFaults(seed: 7) { Rate = 1 };

        HashSet<SandboxFaultKinds> drawn = Draws(faults, 2000);

        Assert.Equal(Transient.Order(), drawn.Order());
    }

    [Fact]
    public void Reset_restores_every_setting()
    {
        var faults = new SandboxFaults(seed: 1)
        {
            Rate = 0.5,
            Kinds = SandboxFaultKinds.Hang,
            Latency = TimeSpan.Zero,
            RetryAfter = TimeSpan.FromMinutes(1),
            AppliesTo = _ => false,
        };

        faults.Reset();

        Assert.Equal(0, faults.Rate);
        Assert.Equal(SandboxFaultKinds.All, faults.Kinds);
        Assert.Equal(TimeSpan.FromMilliseconds(500), faults.Latency);
        Assert.Equal(TimeSpan.FromSeconds(1), faults.RetryAfter);
        Assert.Null(faults.AppliesTo);
    }

    private static HashSet<SandboxFaultKinds> Draws(SandboxFaults faults, int count) =>
        Enumerable.Range(0, count).Select(_ => faults.Draw(SandboxEndpointNames.Status)).ToHashSet();
}
