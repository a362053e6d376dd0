namespace Aiia.Codegen.Sessions;

/// <summary>Why a session cannot be renewed without the person.</summary>
public enum SessionConsentReason
{
    /// <summary>No session is stored for the user.</summary>
    NoStoredSession = 1,

    /// <summary>The login does not support unattended renewal (<c>supportsUnattended: false</c>).</summary>
    UnattendedNotSupported = 2,

    /// <summary>The login token has expired: the consent ended.</summary>
    LoginExpired = 3,

    /// <summary>The API refused the login token (a 4xx answer to the renewal); it is not tried again.</summary>
    LoginRefused = 4,
}

/// <summary>
/// The person must log in (consent) again before the user has a session: thrown at once, never after a retry loop.
/// Holds no token.
/// </summary>
public sealed class SessionConsentRequiredException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="userKey">The partner's key of the user.</param>
    /// <param name="reason">Why.</param>
    /// <param name="innerException">The API's refusal, when that is the reason (an <c>ApiException</c>: no body, no token).</param>
    public SessionConsentRequiredException(string userKey, SessionConsentReason reason, Exception? innerException = null)
        : base(MessageOf(reason), innerException)
    {
        UserKey = userKey;
        Reason = reason;
    }

    /// <summary>The partner's key of the user.</summary>
    public string UserKey { get; }

    /// <summary>Why the person must consent again.</summary>
    public SessionConsentReason Reason { get; }

    private static string MessageOf(SessionConsentReason reason) => reason switch
    {
        SessionConsentReason.NoStoredSession => "No session is stored for this user: the person must log in.",
        SessionConsentReason.UnattendedNotSupported => "The user's login cannot be renewed without the person (unattended logins are not supported): the person must log in again.",
        SessionConsentReason.LoginExpired => "The user's login token has expired: the person must log in again.",
        SessionConsentReason.LoginRefused => "The API refused the user's login token: the person must log in again.",
        _ => "The person must log in again.",
    };
}
