namespace Aiia.Codegen.Runtime;

/// <summary>What went wrong below HTTP.</summary>
public enum ApiTransportFailure
{
    /// <summary>No response: the connection could not be made or broke before a status arrived (refused, reset,
    /// TLS, DNS).</summary>
    ConnectionFailed,

    /// <summary>The status and headers arrived but the body broke off (a reset mid-body).</summary>
    ResponseInterrupted,

    /// <summary>The attempt took longer than <see cref="ApiClientOptions.AttemptTimeout"/> beyond the server's hold
    /// (or than <see cref="HttpClient.Timeout"/>).</summary>
    Timeout,
}

/// <summary>
/// A call failed below HTTP: <see cref="ApiException.StatusCode"/> is the status when headers had arrived, else 0.
/// Always transient: idempotent calls were already retried (<see cref="ApiClientOptions.MaxRetries"/>) before this
/// was thrown. The inner exception, when present, comes from the network stack, never from a body.
/// </summary>
public sealed class ApiTransportException : ApiException
{
    /// <summary>Creates an exception.</summary>
    /// <param name="failure">What went wrong.</param>
    /// <param name="statusCode">The status when headers had arrived, else 0.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">The contract's path template.</param>
    /// <param name="operationId">The contract's operation id.</param>
    /// <param name="innerException">The network stack's exception, if any.</param>
    /// <exception cref="ArgumentException">A string argument is null or empty.</exception>
    public ApiTransportException(ApiTransportFailure failure, int statusCode, string method, string pathTemplate, string operationId, Exception? innerException = null)
        : base(BuildMessage(failure, method, pathTemplate, operationId), statusCode, method, pathTemplate, operationId, innerException)
    {
        Failure = failure;
    }

    /// <summary>What went wrong.</summary>
    public ApiTransportFailure Failure { get; }

    /// <summary>True: the same request may succeed when sent again.</summary>
    public override bool IsTransient => true;

    private static string BuildMessage(ApiTransportFailure failure, string method, string pathTemplate, string operationId) => failure switch
    {
        ApiTransportFailure.ConnectionFailed => $"{method} {pathTemplate} ({operationId}) failed without a response (the connection failed or was reset).",
        ApiTransportFailure.ResponseInterrupted => $"The response to {method} {pathTemplate} ({operationId}) broke off while its body was read.",
        _ => $"{method} {pathTemplate} ({operationId}) did not complete within its attempt timeout (AttemptTimeout beyond the long-poll window).",
    };
}
