using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Sessions;

/// <summary>How a <see cref="SessionKeeper"/> decides when to renew.</summary>
public sealed class SessionKeeperOptions
{
    /// <summary>Renew this long before the access token expires (clock skew and the time a call takes); 2 minutes.
    /// Keep it well below the access token's lifetime.</summary>
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The clock; a fake one makes expiry testable.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Receives the keeper's logs (user keys and reasons, never a token); null: no logging.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
