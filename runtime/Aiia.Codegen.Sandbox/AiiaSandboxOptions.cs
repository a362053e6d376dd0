using System.Net;
using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Sandbox;

/// <summary>How <see cref="AiiaSandbox.StartAsync"/> sets up the sandbox. Every property has a working default.</summary>
public sealed class AiiaSandboxOptions
{
    /// <summary>The client id the sandbox accepts in <c>X-Client-Id</c>.</summary>
    public string ClientId { get; set; } = "sandbox-client-id";

    /// <summary>The client secret the sandbox accepts in <c>X-Client-Secret</c>.</summary>
    public string ClientSecret { get; set; } = "sandbox-client-secret";

    /// <summary>The clock of code expiry, token lifetimes, long polls, auto-completion and latency faults; a
    /// <c>FakeTimeProvider</c> makes them testable without waiting.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Null (the default): the person never acts unless <see cref="AiiaSandbox.CompleteLogin"/> (or the
    /// login page) finishes the login. Otherwise every supervised login succeeds this long after initialize, timed
    /// by <see cref="TimeProvider"/>.</summary>
    public TimeSpan? AutoCompleteAfter { get; set; }

    /// <summary>The longest the status operation holds a request, whatever <c>pollTimeout</c> asks (60 s).</summary>
    public TimeSpan MaxPollTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an authentication code can be exchanged after it is issued (1 minute, as documented).</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The lifetime of an access token (<c>session.expires</c>; 1 hour).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The lifetime of a login token (<c>login.expires</c>; 180 days, the typical consent).</summary>
    public TimeSpan LoginTokenLifetime { get; set; } = TimeSpan.FromDays(180);

    /// <summary>The bank every login happens at unless <see cref="ProviderSelector"/> says otherwise.</summary>
    public string ProviderId { get; set; } = "DemoBank";

    /// <summary>Chooses the bank of a login from its <c>userHash</c>; null: every login at <see cref="ProviderId"/>.</summary>
    public Func<string, string>? ProviderSelector { get; set; }

    /// <summary>Banks that do not support unattended logins: their logins get <c>supportsUnattended: false</c> and the
    /// unattended operation refuses their login tokens.</summary>
    public IReadOnlyCollection<string> ProvidersWithoutUnattended { get; set; } = ["NoUnattendedBank"];

    /// <summary>The port to listen on; 0 (the default) lets the operating system choose a free one.</summary>
    public int Port { get; set; }

    /// <summary>The address to listen on (<see cref="IPAddress.Loopback"/>).</summary>
    public IPAddress Address { get; set; } = IPAddress.Loopback;

    /// <summary>Seeds the random generator of fault injection, for reproducible runs; null: a random seed.</summary>
    public int? Seed { get; set; }

    /// <summary>Receives the sandbox's and Kestrel's logs (never secrets, codes or tokens); null: no logging.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// How long stopping the sandbox waits for requests in flight before it drops their connections (5 seconds). A long
    /// poll, a hang or a slow body the sandbox holds ends at the stop without waiting for it.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Checks every value, so a mistake surfaces at start rather than as odd behaviour mid-test.</summary>
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ClientId, nameof(ClientId));
        ArgumentException.ThrowIfNullOrWhiteSpace(ClientSecret, nameof(ClientSecret));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        if (AutoCompleteAfter is TimeSpan autoComplete)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(autoComplete, TimeSpan.Zero, nameof(AutoCompleteAfter));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPollTimeout, TimeSpan.Zero, nameof(MaxPollTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(CodeLifetime, TimeSpan.Zero, nameof(CodeLifetime));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AccessTokenLifetime, TimeSpan.Zero, nameof(AccessTokenLifetime));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LoginTokenLifetime, TimeSpan.Zero, nameof(LoginTokenLifetime));
        ArgumentException.ThrowIfNullOrWhiteSpace(ProviderId, nameof(ProviderId));
        ArgumentNullException.ThrowIfNull(ProvidersWithoutUnattended, nameof(ProvidersWithoutUnattended));
        ArgumentOutOfRangeException.ThrowIfNegative(Port, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, IPEndPoint.MaxPort, nameof(Port));
        ArgumentNullException.ThrowIfNull(Address, nameof(Address));
        ArgumentOutOfRangeException.ThrowIfLessThan(ShutdownTimeout, TimeSpan.Zero, nameof(ShutdownTimeout));
    }
}
