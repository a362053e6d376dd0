namespace Aiia.Codegen.Sample;

/// <summary>
/// Where the sample runs: the embedded sandbox (no settings) or a real Aiia endpoint (all four settings, from the
/// environment, so secrets never sit in source or on the command line).
/// </summary>
internal sealed record SampleSettings(Uri BaseAddress, string ClientId, string ClientSecret, Uri RedirectUrl, string UserHash)
{
    public const string BaseUrlVariable = "AIIA_BASE_URL";
    public const string ClientIdVariable = "AIIA_CLIENT_ID";
    public const string ClientSecretVariable = "AIIA_CLIENT_SECRET";
    public const string RedirectUrlVariable = "AIIA_REDIRECT_URL";
    public const string UserHashVariable = "AIIA_USER_HASH";

    /// <summary>The real endpoint's settings, null when none is set (use the sandbox), or an error naming what is missing.</summary>
    public static (SampleSettings? Settings, string? Error) FromEnvironment(Func<string, string?> read)
    {
        string? baseUrl = read(BaseUrlVariable);
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return (null, null);
        }

        var missing = new[] { ClientIdVariable, ClientSecretVariable, RedirectUrlVariable }
            .Where(name => string.IsNullOrWhiteSpace(read(name)))
            .ToList();
        if (missing.Count > 0)
        {
            return (null, $"{BaseUrlVariable} is set, so the sample calls a real endpoint; it also needs {string.Join(", ", missing)}.");
        }

        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseAddress) || !Uri.TryCreate(read(RedirectUrlVariable), UriKind.Absolute, out var redirect))
        {
            return (null, $"{BaseUrlVariable} and {RedirectUrlVariable} must be absolute URLs.");
        }

        string userHash = read(UserHashVariable) is { Length: > 0 } hash ? hash : "aiia-codegen-sample-user";
        return (new SampleSettings(baseAddress, read(ClientIdVariable)!, read(ClientSecretVariable)!, redirect, userHash), null);
    }
}
