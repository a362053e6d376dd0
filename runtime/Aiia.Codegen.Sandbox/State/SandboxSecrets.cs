using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Aiia.Codegen.Sandbox;

/// <summary>Makes the sandbox's identifiers, codes and tokens.</summary>
internal static class SandboxSecrets
{
    // Base64 of these bytes is "+/+/": every code and token then contains '+' and '/' (and '=' padding, from the
    // lengths below), so a client that forgets to escape or unescape them fails against the sandbox, not in production.
    private static ReadOnlySpan<byte> Marker => [0xFB, 0xFF, 0xBF];

    /// <summary>A random, URL-safe session id (base64url, no padding).</summary>
    public static string NewSessionId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));

    /// <summary>An authentication code like the provider's: base64 with '+', '/' and '='.</summary>
    public static string NewCode() => NewBase64Secret(64);

    public static string NewAccessToken() => NewBase64Secret(94);

    public static string NewLoginToken() => NewBase64Secret(256);

    /// <summary>A stable id of the person at the bank: SHA-256 of userHash and provider, lower-case hex like the
    /// provider's example.</summary>
    public static string SubjectId(string userHash, string providerId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userHash + "\n" + providerId)));

    /// <summary>The login's label as the provider writes it: "DemoBank 1/23/2019 1:12:33 PM".</summary>
    public static string Label(string providerId, DateTimeOffset loggedInAt) =>
        providerId + " " + loggedInAt.UtcDateTime.ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture);

    /// <summary>Compares a submitted secret with the expected one in constant time, whatever their lengths: both
    /// are hashed first, so neither the content nor the length of the expected secret leaks through timing.</summary>
    public static bool SecretEquals(string submitted, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(submitted)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static string NewBase64Secret(int randomBytes)
    {
        // The total length is never a multiple of 3, so the text always ends with '=' padding.
        System.Diagnostics.Debug.Assert((Marker.Length + randomBytes) % 3 != 0);
        byte[] bytes = new byte[Marker.Length + randomBytes];
        Marker.CopyTo(bytes);
        RandomNumberGenerator.Fill(bytes.AsSpan(Marker.Length));
        return Convert.ToBase64String(bytes);
    }
}
