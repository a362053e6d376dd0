using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Aiia.Codegen.Sessions;

/// <summary>
/// Encrypts tokens for the database with ASP.NET Core Data Protection (authenticated encryption, rotating keys). A
/// token is bound to its user and its kind: the protected text of one row moved into another does not decrypt.
/// </summary>
internal sealed class TokenProtector
{
    private const string Purpose = "Aiia.Codegen.Sessions.Tokens.v1";
    private readonly IDataProtector _accessTokens;
    private readonly IDataProtector _loginTokens;

    public TokenProtector(IDataProtectionProvider provider)
    {
        IDataProtector root = provider.CreateProtector(Purpose);
        _accessTokens = root.CreateProtector("access-token");
        _loginTokens = root.CreateProtector("login-token");
    }

    /// <summary>The provider a store makes from its options; <paramref name="owned"/> is what the store must dispose.</summary>
    public static IDataProtectionProvider ProviderFor(SessionStoreOptions options, string? defaultKeyDirectory, out IDisposable? owned)
    {
        owned = null;
        if (options.DataProtectionProvider is { } provider)
        {
            return provider;
        }

        string directory = options.KeyDirectory ?? defaultKeyDirectory
            ?? throw new ArgumentException("Give the store a DataProtectionProvider or a KeyDirectory shared by every instance.", nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ApplicationName, nameof(options.ApplicationName));
        // What DataProtectionProvider.Create(directory) does, without the extra package: keys persisted in the folder,
        // and an explicit application name, so every process sharing the folder derives the same keys.
        var services = new ServiceCollection();
        if (options.LoggerFactory is { } loggerFactory)
        {
            services.AddSingleton(loggerFactory);
        }

        services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(directory))
            .SetApplicationName(options.ApplicationName);
        ServiceProvider container = services.BuildServiceProvider();
        owned = container;
        return container.GetRequiredService<IDataProtectionProvider>();
    }

    public string ProtectAccessToken(string userKey, string token) => Protect(_accessTokens, userKey, token);

    public string ProtectLoginToken(string userKey, string token) => Protect(_loginTokens, userKey, token);

    public string UnprotectAccessToken(string userKey, string protectedText) => Unprotect(_accessTokens, userKey, protectedText);

    public string UnprotectLoginToken(string userKey, string protectedText) => Unprotect(_loginTokens, userKey, protectedText);

    private static string Protect(IDataProtector protector, string userKey, string token) =>
        protector.Protect(userKey + "\n" + token);

    private static string Unprotect(IDataProtector protector, string userKey, string protectedText)
    {
        string plain;
        try
        {
            plain = protector.Unprotect(protectedText);
        }
        catch (CryptographicException exception)
        {
            // The message of Data Protection names key ids, never plaintext; kept as the inner exception.
            throw new SessionStoreException("A stored token could not be decrypted: the key ring is not the one it was encrypted with, or the row was tampered with.", exception);
        }

        if (plain.Length <= userKey.Length || plain[userKey.Length] != '\n' || !plain.StartsWith(userKey, StringComparison.Ordinal))
        {
            throw new SessionStoreException("A stored token belongs to another user's row: the row was tampered with.");
        }

        return plain.Substring(userKey.Length + 1);
    }
}

/// <summary>The token store failed in a way retrying will not fix (a token that does not decrypt, a schema newer
/// than this version knows). Holds no token.</summary>
public sealed class SessionStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong (no token).</param>
    /// <param name="innerException">The cause, if any.</param>
    public SessionStoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
