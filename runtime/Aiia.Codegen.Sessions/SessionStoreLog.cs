using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Sessions;

/// <summary>The sessions' log events (source-generated): user keys, versions, reasons and counts, never a token.</summary>
internal static partial class SessionStoreLog
{
    [LoggerMessage(EventId = 41, Level = LogLevel.Information, Message = "Session schema migrated to version {SchemaVersion}")]
    public static partial void Migrated(ILogger logger, int schemaVersion);

    [LoggerMessage(EventId = 42, Level = LogLevel.Debug, Message = "Session of {UserKey} stored (version {Version})")]
    public static partial void Saved(ILogger logger, string userKey, long version);

    [LoggerMessage(EventId = 43, Level = LogLevel.Information, Message = "Session of {UserKey} renewed (version {Version}); access token expires at {Expires:O}")]
    public static partial void Renewed(ILogger logger, string userKey, long version, DateTimeOffset expires);

    [LoggerMessage(EventId = 44, Level = LogLevel.Debug, Message = "Session of {UserKey} was renewed by another caller or process; its tokens are used")]
    public static partial void RenewedElsewhere(ILogger logger, string userKey);

    [LoggerMessage(EventId = 45, Level = LogLevel.Warning, Message = "Session of {UserKey} needs the person's consent again: {Reason}")]
    public static partial void ConsentRequired(ILogger logger, string userKey, SessionConsentReason reason);

    [LoggerMessage(EventId = 46, Level = LogLevel.Warning, Message = "Renewal of the session of {UserKey} failed (status {StatusCode}); the stored tokens are kept")]
    public static partial void RenewalFailed(ILogger logger, string userKey, int statusCode);

    [LoggerMessage(EventId = 47, Level = LogLevel.Debug, Message = "Access token of {UserKey} was refused by a server (401); renewing once")]
    public static partial void AccessTokenRejected(ILogger logger, string userKey);
}
