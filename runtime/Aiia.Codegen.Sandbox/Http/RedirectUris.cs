namespace Aiia.Codegen.Sandbox;

/// <summary>Where the person's browser is sent after a login: the session's redirect URL with <c>code</c> or
/// <c>error</c> appended to its query (an existing query and fragment are kept).</summary>
internal static class RedirectUris
{
    /// <summary>The redirect of a finished session; null while it is in progress.</summary>
    public static Uri? For(LoginSession session)
    {
        (SandboxSessionState state, string? code) = session.Read();
        return state switch
        {
            SandboxSessionState.InProgress => null,
            SandboxSessionState.Succeeded => Append(session.RedirectUrl, "code", code!),
            // The provider documents only that failures carry an error parameter; the state's name is our value.
            _ => Append(session.RedirectUrl, "error", state.ToString()),
        };
    }

    private static Uri Append(Uri redirectUrl, string name, string value)
    {
        var builder = new UriBuilder(redirectUrl);
        // Query includes its leading '?'; the setter adds it back. Base64 '+', '/' and '=' become %2B, %2F and %3D.
        string existing = builder.Query.Length > 1 ? builder.Query[1..] + "&" : string.Empty;
        builder.Query = existing + name + "=" + Uri.EscapeDataString(value);
        return builder.Uri;
    }
}
