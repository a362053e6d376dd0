using System.Globalization;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// A success response whose body does not match the contract. Names the JSON path and what was expected there;
/// never the value, and has no inner exception that could quote the body (which may hold tokens).
/// </summary>
public sealed class ApiResponseFormatException : ApiException
{
    /// <summary>Creates an exception.</summary>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="method">The HTTP method (<c>GET</c>).</param>
    /// <param name="pathTemplate">The contract's path template.</param>
    /// <param name="operationId">The contract's operation id.</param>
    /// <param name="jsonPath">Where the body departs from the contract, starting with <c>$</c>.</param>
    /// <param name="reason">What was expected there, without any value from the body.</param>
    /// <exception cref="ArgumentException">A string argument is null or empty.</exception>
    public ApiResponseFormatException(int statusCode, string method, string pathTemplate, string operationId, string jsonPath, string reason)
        : base(BuildMessage(statusCode, method, pathTemplate, operationId, jsonPath, reason), statusCode, method, pathTemplate, operationId, null)
    {
        JsonPath = jsonPath;
        Reason = reason;
    }

    /// <summary>Where the body departs from the contract (<c>$.session.expires</c>).</summary>
    public string JsonPath { get; }

    /// <summary>What was expected there (<c>expected a date-time string</c>).</summary>
    public string Reason { get; }

    /// <summary>False: the same server sends the same body again.</summary>
    public override bool IsTransient => false;

    private static string BuildMessage(int statusCode, string method, string pathTemplate, string operationId, string jsonPath, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(jsonPath);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"The {statusCode} response to {method} {pathTemplate} ({operationId}) does not match the contract at {jsonPath}: {reason}.");
    }
}
