using System.Globalization;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// A success body is larger than <see cref="ApiClientOptions.MaxResponseBytes"/>: the call ended without reading
/// further (as soon as <c>Content-Length</c> said so, or when the limit was passed). Not transient.
/// </summary>
public sealed class ApiResponseTooLargeException : ApiException
{
    /// <summary>Creates an exception.</summary>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">The contract's path template.</param>
    /// <param name="operationId">The contract's operation id.</param>
    /// <param name="limit">The limit in bytes.</param>
    /// <exception cref="ArgumentException">A string argument is null or empty.</exception>
    public ApiResponseTooLargeException(int statusCode, string method, string pathTemplate, string operationId, long limit)
        : base(
            string.Create(CultureInfo.InvariantCulture, $"The {statusCode} response to {method} {pathTemplate} ({operationId}) is larger than {limit} bytes (MaxResponseBytes); it was not read further."),
            statusCode, method, pathTemplate, operationId, null)
    {
        Limit = limit;
    }

    /// <summary>The limit that was passed, in bytes.</summary>
    public long Limit { get; }

    /// <summary>False: the same server sends the same body again.</summary>
    public override bool IsTransient => false;
}
