namespace Aiia.Codegen.Runtime;

/// <summary>
/// The server redirected a call somewhere the runtime does not follow: to another origin (scheme, host or port other
/// than the base address's), past <see cref="ApiClientOptions.MaxRedirects"/>, or with a status that would change
/// the method. Nothing was sent to the target. Also thrown, with <see cref="FollowedByHandler"/> set, when the
/// <see cref="HttpClient"/>'s own handler followed a redirect to another origin (its response is discarded).
/// </summary>
public sealed class ApiRedirectException : ApiException
{
    /// <summary>Creates an exception.</summary>
    /// <param name="statusCode">The redirect status (3xx).</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">The contract's path template.</param>
    /// <param name="operationId">The contract's operation id.</param>
    /// <param name="targetOrigin">The target's origin (<c>https://host:port</c>, never its path or query), or null when
    /// the response named no usable target.</param>
    /// <param name="followedByHandler">Whether the <see cref="HttpClient"/>'s handler had already followed it.</param>
    /// <exception cref="ArgumentException">A string argument is null or empty.</exception>
    public ApiRedirectException(int statusCode, string method, string pathTemplate, string operationId, string? targetOrigin, bool followedByHandler = false)
        : base(BuildMessage(statusCode, method, pathTemplate, operationId, targetOrigin, followedByHandler), statusCode, method, pathTemplate, operationId, null)
    {
        TargetOrigin = targetOrigin;
        FollowedByHandler = followedByHandler;
    }

    /// <summary>The redirect target's origin, <c>scheme://host:port</c>; never a path or query (they may hold values).</summary>
    public string? TargetOrigin { get; }

    /// <summary>True when the <see cref="HttpClient"/>'s handler followed the redirect on its own, before the runtime
    /// saw it (create that client with <c>AllowAutoRedirect = false</c>, or let the client build its own).</summary>
    public bool FollowedByHandler { get; }

    /// <summary>False: the server will redirect again.</summary>
    public override bool IsTransient => false;

    private static string BuildMessage(int statusCode, string method, string pathTemplate, string operationId, string? targetOrigin, bool followedByHandler)
    {
        string call = $"{method} {pathTemplate} ({operationId})";
        string target = targetOrigin ?? "no usable target";
        return followedByHandler
            ? $"{call} was redirected to another origin ({target}) by the HttpClient's own handler, and its response was discarded. Credentials may have reached that origin: create the HttpClient with AllowAutoRedirect = false (as AddXxxClient and the options-only constructor do)."
            : $"{call} answered {DescribeStatus(statusCode)} to {target}; it was not followed: requests, credentials and bodies go only to the base address's origin (same-origin 307/308, and 301/302/303 for GET, are followed up to MaxRedirects).";
    }
}
