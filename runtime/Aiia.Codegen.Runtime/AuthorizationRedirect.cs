namespace Aiia.Codegen.Runtime;

/// <summary>
/// The result of a login, read from the URL the person was redirected to: either a code (<c>?code=...</c>) or
/// an error (<c>?error=...</c>). Values are URL-decoded exactly once and without form semantics, so the
/// <c>+</c>, <c>/</c> and <c>=</c> of a base64 code survive. <see cref="ToString"/> never shows the code.
/// </summary>
public sealed class AuthorizationRedirect
{
    private AuthorizationRedirect(SingleUseCode? code, string? error, string? errorDescription)
    {
        Code = code;
        Error = error;
        ErrorDescription = errorDescription;
    }

    /// <summary>Whether the redirect carries a code.</summary>
    public bool IsSuccess => Code is not null;

    /// <summary>The code, when the login succeeded.</summary>
    public SingleUseCode? Code { get; }

    /// <summary>The error, when it did not.</summary>
    public string? Error { get; }

    /// <summary>The <c>error_description</c> parameter, if the server sent one.</summary>
    public string? ErrorDescription { get; }

    /// <summary>Reads a redirect URL.</summary>
    /// <param name="redirectUri">The full URL the person's browser was sent to (absolute, or just a path and query).</param>
    /// <param name="codeLifetime">How long the code lives after it is obtained.</param>
    /// <param name="timeProvider">The clock that stamps when the code was obtained.</param>
    /// <param name="codeParameter">The query parameter of the code.</param>
    /// <param name="errorParameter">The query parameter of the error.</param>
    /// <returns>The code or the error.</returns>
    /// <exception cref="FormatException">The URL has neither parameter, an empty one, or one twice. The message
    /// never holds the code.</exception>
    public static AuthorizationRedirect Parse(
        Uri redirectUri,
        TimeSpan codeLifetime,
        TimeProvider timeProvider,
        string codeParameter = "code",
        string errorParameter = "error")
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentException.ThrowIfNullOrEmpty(codeParameter);
        ArgumentException.ThrowIfNullOrEmpty(errorParameter);

        string? code = null;
        string? error = null;
        string? errorDescription = null;
        foreach ((string name, string value) in QueryParameters(redirectUri))
        {
            if (name == codeParameter)
            {
                code = code is null ? value : throw new FormatException($"The redirect has the '{codeParameter}' parameter twice.");
            }
            else if (name == errorParameter)
            {
                error = error is null ? value : throw new FormatException($"The redirect has the '{errorParameter}' parameter twice.");
            }
            else if (name == errorParameter + "_description")
            {
                errorDescription = value;
            }
        }

        if (error is not null)
        {
            // A login that failed may still carry an (unusable) code; the error decides.
            return new AuthorizationRedirect(null, error.Length == 0 ? "(empty)" : error, errorDescription);
        }

        if (string.IsNullOrEmpty(code))
        {
            throw new FormatException(code is null
                ? $"The redirect has neither a '{codeParameter}' nor an '{errorParameter}' query parameter."
                : $"The redirect's '{codeParameter}' parameter is empty.");
        }

        return new AuthorizationRedirect(SingleUseCode.Obtained(code, codeLifetime, timeProvider), null, null);
    }

    /// <summary>Describes the result without the code.</summary>
    /// <returns>Success with the code redacted, or the error.</returns>
    public override string ToString() => IsSuccess
        ? "AuthorizationRedirect { Code = [redacted] }"
        : $"AuthorizationRedirect {{ Error = {Error} }}";

    private static IEnumerable<(string Name, string Value)> QueryParameters(Uri uri)
    {
        string text = uri.IsAbsoluteUri ? uri.Query : uri.OriginalString;
        // The fragment goes first: a '?' inside it (/cb#x?code=...) does not start a query.
        int hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            text = text[..hash];
        }

        int question = text.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            text = text[(question + 1)..];
        }

        foreach (string pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? pair : pair[..equals];
            string value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            // Data-string unescaping: %2B is '+', and a literal '+' stays '+' (it is base64, not a space).
            yield return (Uri.UnescapeDataString(name), Uri.UnescapeDataString(value));
        }
    }
}
