namespace Aiia.Codegen.Sandbox;

/// <summary>
/// Fault injection, changeable while the sandbox runs (thread-safe). At <see cref="Rate"/>, a <c>/v1/</c> request
/// whose endpoint passes <see cref="AppliesTo"/> gets one of the enabled <see cref="Kinds"/> before the endpoint
/// does anything, so a faulted code exchange does not consume the code. Draws come from a random generator seeded
/// with <see cref="AiiaSandboxOptions.Seed"/>, so a run with the same seed and request order is reproducible.
/// </summary>
public sealed class SandboxFaults
{
    /// <summary>The query parameter a <see cref="SandboxFaultKinds.SameOriginRedirect"/> adds (<c>sandbox-redirected=1</c>);
    /// a request carrying it never gets a fault.</summary>
    public const string RedirectMarker = "sandbox-redirected";

    /// <summary>The smallest <see cref="HugeBodyBytes"/>: room for the JSON around the padding.</summary>
    public const long MinHugeBodyBytes = 1024;

    private const long DefaultHugeBodyBytes = 50L * 1024 * 1024;
    private const SandboxFaultKinds Known = SandboxFaultKinds.All | SandboxFaultKinds.Hostile;

    // The order of the first four is that of the earliest sandbox, so a seed draws the same kinds it always did.
    private static readonly SandboxFaultKinds[] Drawable =
    [
        SandboxFaultKinds.Latency, SandboxFaultKinds.ServiceUnavailable, SandboxFaultKinds.TooManyRequests, SandboxFaultKinds.DroppedConnection,
        SandboxFaultKinds.InternalServerError, SandboxFaultKinds.ResetMidBody, SandboxFaultKinds.Hang,
        SandboxFaultKinds.CrossOriginRedirect, SandboxFaultKinds.SameOriginRedirect, SandboxFaultKinds.HugeBody,
        SandboxFaultKinds.HugeErrorBody, SandboxFaultKinds.EchoedSecret,
    ];

    private readonly object _gate = new();
    private readonly Random _random;
    private double _rate;
    private SandboxFaultKinds _kinds = SandboxFaultKinds.All;
    private TimeSpan _latency = TimeSpan.FromMilliseconds(500);
    private TimeSpan _retryAfter = TimeSpan.FromSeconds(1);
    private Func<string, bool>? _appliesTo;
    private long _hugeBodyBytes = DefaultHugeBodyBytes;
    private bool _hugeBodyDeclaresLength = true;

    internal SandboxFaults(int? seed) => _random = seed is int value ? new Random(value) : new Random();

    /// <summary>The share of eligible requests that get a fault, from 0 (none, the default) to 1 (every one).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..1 or not a number.</exception>
    public double Rate
    {
        get { lock (_gate) { return _rate; } }
        set
        {
            if (!(value >= 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The fault rate is a share from 0 to 1.");
            }

            lock (_gate) { _rate = value; }
        }
    }

    /// <summary>The kinds of fault to choose from; <see cref="SandboxFaultKinds.All"/> (the transient ones) by
    /// default. The <see cref="SandboxFaultKinds.Hostile"/> kinds apply only when named here.</summary>
    public SandboxFaultKinds Kinds
    {
        get { lock (_gate) { return _kinds; } }
        set { lock (_gate) { _kinds = value & Known; } }
    }

    /// <summary>How long a <see cref="SandboxFaultKinds.Latency"/> fault delays the request (500 ms by default),
    /// timed by the sandbox's <see cref="TimeProvider"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan Latency
    {
        get { lock (_gate) { return _latency; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_gate) { _latency = value; }
        }
    }

    /// <summary>The <c>Retry-After</c> sent with 503 and 429 faults, as whole seconds rounded up and at least 1
    /// (1 s by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan RetryAfter
    {
        get { lock (_gate) { return _retryAfter; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_gate) { _retryAfter = value; }
        }
    }

    /// <summary>Chooses the endpoints that get faults, by name: <c>initialize</c>, <c>status</c>, <c>tokens</c>,
    /// <c>unattended</c>. Null (the default) means all of them.</summary>
    public Func<string, bool>? AppliesTo
    {
        get { lock (_gate) { return _appliesTo; } }
        set { lock (_gate) { _appliesTo = value; } }
    }

    /// <summary>The size of a <see cref="SandboxFaultKinds.HugeBody"/> or <see cref="SandboxFaultKinds.HugeErrorBody"/>
    /// body in bytes (50 MiB by default, at least <see cref="MinHugeBodyBytes"/>); it is streamed, never held in memory.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below <see cref="MinHugeBodyBytes"/>.</exception>
    public long HugeBodyBytes
    {
        get { lock (_gate) { return _hugeBodyBytes; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, MinHugeBodyBytes);
            lock (_gate) { _hugeBodyBytes = value; }
        }
    }

    /// <summary>Whether a huge body is announced by its <c>Content-Length</c> (true, the default) or sent chunked with
    /// no length.</summary>
    public bool HugeBodyDeclaresLength
    {
        get { lock (_gate) { return _hugeBodyDeclaresLength; } }
        set { lock (_gate) { _hugeBodyDeclaresLength = value; } }
    }

    /// <summary>Turns fault injection off and restores every setting's default (the random generator keeps its
    /// sequence).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _rate = 0;
            _kinds = SandboxFaultKinds.All;
            _latency = TimeSpan.FromMilliseconds(500);
            _retryAfter = TimeSpan.FromSeconds(1);
            _appliesTo = null;
            _hugeBodyBytes = DefaultHugeBodyBytes;
            _hugeBodyDeclaresLength = true;
        }
    }

    /// <summary>Decides whether a request to <paramref name="endpoint"/> gets a fault, and which.</summary>
    internal SandboxFaultKinds Draw(string endpoint)
    {
        Func<string, bool>? appliesTo = AppliesTo;
        // User code runs outside the lock, so a filter that touches the sandbox cannot deadlock it.
        if (appliesTo is not null && !appliesTo(endpoint))
        {
            return SandboxFaultKinds.None;
        }

        lock (_gate)
        {
            if (_rate <= 0 || _kinds == SandboxFaultKinds.None || _random.NextDouble() >= _rate)
            {
                return SandboxFaultKinds.None;
            }

            // One enabled kind, uniformly: the flags are few, so counting them is simpler than a table.
            Span<SandboxFaultKinds> enabled = stackalloc SandboxFaultKinds[Drawable.Length];
            int count = 0;
            foreach (SandboxFaultKinds kind in Drawable)
            {
                if ((_kinds & kind) != 0)
                {
                    enabled[count++] = kind;
                }
            }

            return enabled[_random.Next(count)];
        }
    }

    /// <summary>The <c>Retry-After</c> header value: delta-seconds, rounded up, at least 1.</summary>
    internal int RetryAfterSeconds()
    {
        double seconds = Math.Ceiling(RetryAfter.TotalSeconds);
        return seconds < 1 ? 1 : seconds > int.MaxValue ? int.MaxValue : (int)seconds;
    }
}
