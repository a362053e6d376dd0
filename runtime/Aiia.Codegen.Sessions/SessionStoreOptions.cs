using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Sessions;

/// <summary>How a <see cref="SessionStore"/> encrypts tokens and keeps time.</summary>
public sealed class SessionStoreOptions
{
    /// <summary>The Data Protection provider whose key ring encrypts the tokens (e.g. the host's
    /// <c>IDataProtectionProvider</c>, with keys persisted and protected as the application configures). Null: a provider
    /// over <see cref="KeyDirectory"/>.</summary>
    public IDataProtectionProvider? DataProtectionProvider { get; set; }

    /// <summary>Where the key ring lives when <see cref="DataProtectionProvider"/> is null. Every instance sharing a
    /// database must share the key ring. Null: for SQLite, a folder <c>aiia-session-keys</c> beside the database file;
    /// PostgreSQL requires one of the two.</summary>
    public string? KeyDirectory { get; set; }

    /// <summary>The Data Protection application name of the provider made from <see cref="KeyDirectory"/>: instances
    /// sharing a key ring must use the same one.</summary>
    public string ApplicationName { get; set; } = "Aiia.Codegen.Sessions";

    /// <summary>The clock of the rows' update times.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Receives the store's logs (never a token); null: no logging.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
