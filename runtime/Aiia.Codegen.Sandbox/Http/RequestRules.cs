using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Aiia.Codegen.Sandbox;

/// <summary>The documented input rules the generated converters do not check (patterns, URI shapes, query values).</summary>
internal static class RequestRules
{
    public const string UserHashRule = "The userHash must be 8 to 64 letters, digits or dashes (^[a-zA-Z0-9-]{8,64}$).";

    /// <summary><c>^[a-zA-Z0-9-]{8,64}$</c>, checked by hand: a .NET regex's <c>$</c> would also accept a trailing newline.</summary>
    public static bool IsValidUserHash(string userHash)
    {
        if (userHash.Length is < 8 or > 64)
        {
            return false;
        }

        foreach (char c in userHash)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An absolute http or https URI, the only kind a browser can be sent to.</summary>
    public static bool TryParseRedirectUrl(string text, out Uri redirectUrl)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out Uri? uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host))
        {
            redirectUrl = uri;
            return true;
        }

        redirectUrl = null!;
        return false;
    }

    /// <summary>Reads <c>pollTimeout</c>: absent is zero (answer at once); present it must be one non-negative int32.</summary>
    public static bool TryParsePollTimeout(StringValues values, out int seconds)
    {
        seconds = 0;
        if (values.Count == 0)
        {
            return true;
        }

        // NumberStyles.None: digits only, so signs, spaces, decimals and exponents are all refused.
        return values.Count == 1
            && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out seconds);
    }
}
