using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Sandbox;

/// <summary>The sandbox's log messages. By design none takes a secret, code or token: only ids, names and states.</summary>
internal static partial class SandboxLog
{
    [LoggerMessage(1, LogLevel.Information, "Aiia sandbox listening on {BaseAddress}")]
    public static partial void Started(ILogger logger, Uri baseAddress);

    [LoggerMessage(2, LogLevel.Information, "Login {SessionId} initialized at {ProviderId}")]
    public static partial void LoginInitialized(ILogger logger, string sessionId, string providerId);

    [LoggerMessage(3, LogLevel.Information, "Login {SessionId} finished: {State}")]
    public static partial void LoginCompleted(ILogger logger, string sessionId, SandboxSessionState state);

    [LoggerMessage(4, LogLevel.Information, "The code of login {SessionId} was exchanged for tokens")]
    public static partial void CodeExchanged(ILogger logger, string sessionId);

    [LoggerMessage(5, LogLevel.Information, "Unattended login at {ProviderId}; its login token was replaced")]
    public static partial void UnattendedLogin(ILogger logger, string providerId);

    [LoggerMessage(6, LogLevel.Information, "Refused {Endpoint} with {StatusCode} {Error}: {Reason}")]
    public static partial void Refused(ILogger logger, string endpoint, int statusCode, string error, string reason);

    [LoggerMessage(7, LogLevel.Information, "Injected fault {Kind} into {Endpoint}")]
    public static partial void FaultInjected(ILogger logger, SandboxFaultKinds kind, string endpoint);

    [LoggerMessage(8, LogLevel.Information, "The other origin answered a {Method} request for {Operation}")]
    public static partial void ElsewhereAnswered(ILogger logger, string method, string operation);
}
