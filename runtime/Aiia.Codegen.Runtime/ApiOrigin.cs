namespace Aiia.Codegen.Runtime;

/// <summary>Origins (scheme, host, port) for the redirect rule: requests, credentials and bodies go to one origin only.</summary>
internal static class ApiOrigin
{
    /// <summary>Whether two absolute URIs share scheme, host and port (an https → http downgrade is another origin).</summary>
    public static bool Same(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;

    /// <summary><c>scheme://host:port</c>: no user info, path or query, which may hold values.</summary>
    public static string Of(Uri uri) => $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}";

    /// <summary>Whether following the redirect keeps the method and body: 307 and 308 always; 301, 302 and 303 turn
    /// anything but GET and HEAD into a GET, so they are followed only for those.</summary>
    public static bool KeepsMethod(int status, HttpMethod method) => status switch
    {
        307 or 308 => true,
        301 or 302 or 303 => method == HttpMethod.Get || method == HttpMethod.Head,
        _ => false,
    };
}
