using System.Collections.Concurrent;
using Aiia.Codegen.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aiia.Codegen.Sessions;

/// <summary>
/// "Give me a valid access token for this user": serves the cached token while it is valid, and renews the session
/// through the spec's renewal operation (a generated <c>{Client}SessionRenewer</c>) shortly before it expires —
/// exactly one renewal per user at a time, across threads (one renewal in flight per user, the others wait for it)
/// and across processes sharing the store (the user's row is locked and read again, so a renewal another process
/// finished is used, not repeated). The rotated login token is stored in the same committed write that drops the old
/// one. A login that cannot be renewed gives <see cref="SessionConsentRequiredException"/> at once, never a retry
/// loop; a transient failure surfaces as the runtime's <see cref="ApiException"/> (the client already retried what it
/// may). Thread-safe; one per application (it caches tokens in memory).
/// </summary>
public sealed class SessionKeeper
{
    private readonly SessionStore _store;
    private readonly ISessionRenewer _renewer;
    private readonly TimeProvider _time;
    private readonly TimeSpan _renewBefore;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, CachedToken> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<string>> _flights = new(StringComparer.Ordinal);

    /// <summary>Creates a keeper.</summary>
    /// <param name="store">Where the sessions are.</param>
    /// <param name="renewer">The generated renewer, e.g. <c>new AiiaAuthenticationClientSessionRenewer(client)</c>.</param>
    /// <param name="options">Renewal margin, clock, logging; null for the defaults.</param>
    public SessionKeeper(SessionStore store, ISessionRenewer renewer, SessionKeeperOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(renewer);
        options ??= new SessionKeeperOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options.TimeProvider));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RenewBefore, TimeSpan.Zero, nameof(options.RenewBefore));
        _store = store;
        _renewer = renewer;
        _time = options.TimeProvider;
        _renewBefore = options.RenewBefore;
        _logger = options.LoggerFactory?.CreateLogger("Aiia.Codegen.Sessions.SessionKeeper") ?? NullLogger.Instance;
    }

    /// <summary>A valid access token for the user: the cached one while it has more than
    /// <see cref="SessionKeeperOptions.RenewBefore"/> to live (no allocation, no I/O), else the stored one, else a new one
    /// from one renewal.</summary>
    /// <param name="userKey">The partner's key of the user.</param>
    /// <param name="cancellationToken">Stops this caller's wait (a renewal in flight goes on for the others).</param>
    /// <returns>The access token.</returns>
    /// <exception cref="SessionConsentRequiredException">The person must log in again (no session, not renewable,
    /// expired or refused login token).</exception>
    /// <exception cref="ApiException">The renewal failed for another reason (the stored tokens are kept).</exception>
    public ValueTask<string> GetAccessTokenAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        if (_cache.TryGetValue(userKey, out CachedToken? cached) && _time.GetUtcNow() < cached.RenewAt)
        {
            return new ValueTask<string>(cached.AccessToken);
        }

        return new ValueTask<string>(JoinFlightAsync(userKey, rejectedAccessToken: null, cancellationToken));
    }

    /// <summary>A server refused <paramref name="rejectedAccessToken"/> (a 401) before it expired: renews the session once,
    /// unless another caller already replaced that token, and returns the new access token.</summary>
    /// <param name="userKey">The partner's key of the user.</param>
    /// <param name="rejectedAccessToken">The token the server refused.</param>
    /// <param name="cancellationToken">Stops this caller's wait.</param>
    /// <returns>An access token other than the refused one.</returns>
    /// <exception cref="SessionConsentRequiredException">The person must log in again.</exception>
    /// <exception cref="ApiException">The renewal failed for another reason.</exception>
    public async ValueTask<string> RenewAsync(string userKey, string rejectedAccessToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        ArgumentNullException.ThrowIfNull(rejectedAccessToken);
        SessionStoreLog.AccessTokenRejected(_logger, userKey);
        if (_cache.TryGetValue(userKey, out CachedToken? cached) && cached.AccessToken == rejectedAccessToken)
        {
            _cache.TryRemove(KeyValuePair.Create(userKey, cached));
        }

        string token = await JoinFlightAsync(userKey, rejectedAccessToken, cancellationToken).ConfigureAwait(false);
        // A flight that started before the refusal may have brought back the refused token: one more, forced, flight.
        return token == rejectedAccessToken
            ? await JoinFlightAsync(userKey, rejectedAccessToken, cancellationToken).ConfigureAwait(false)
            : token;
    }

    /// <summary>Stores the session of a login the person just completed (e.g. the code exchange's response through
    /// <c>{Client}SessionRenewer.ToSessionGrant</c>) and serves its access token from now on.</summary>
    /// <param name="userKey">The partner's key of the user.</param>
    /// <param name="grant">The tokens.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored session.</returns>
    public async ValueTask<StoredSession> StartSessionAsync(string userKey, SessionGrant grant, CancellationToken cancellationToken = default)
    {
        StoredSession stored = await _store.SaveAsync(userKey, grant, cancellationToken).ConfigureAwait(false);
        Cache(stored);
        return stored;
    }

    /// <summary>Forgets the user: deletes the stored session and the cached token.</summary>
    /// <param name="userKey">The partner's key of the user.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether a session was stored.</returns>
    public async ValueTask<bool> ForgetAsync(string userKey, CancellationToken cancellationToken = default)
    {
        _cache.TryRemove(userKey, out _);
        return await _store.DeleteAsync(userKey, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One flight per user: the first caller starts it, the others wait for the same task.</summary>
    private Task<string> JoinFlightAsync(string userKey, string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        TaskCompletionSource<string>? mine = null;
        Task<string> flight;
        lock (_flights)
        {
            if (!_flights.TryGetValue(userKey, out flight!))
            {
                mine = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
                flight = mine.Task;
                _flights.Add(userKey, flight);
            }
        }

        if (mine is not null)
        {
            _ = FlyAsync(userKey, rejectedAccessToken, mine);
        }

        return flight.WaitAsync(cancellationToken);
    }

    private async Task FlyAsync(string userKey, string? rejectedAccessToken, TaskCompletionSource<string> flight)
    {
        try
        {
            // Not the caller's token: the renewal, once sent, is finished and stored for everyone waiting.
            StoredSession session = await EnsureFreshAsync(userKey, rejectedAccessToken, CancellationToken.None).ConfigureAwait(false);
            Cache(session);
            Land(userKey);
            flight.SetResult(session.AccessToken);
        }
        catch (Exception exception)
        {
            Land(userKey);
            flight.SetException(exception);
        }
    }

    private void Land(string userKey)
    {
        lock (_flights)
        {
            _flights.Remove(userKey);
        }
    }

    private async ValueTask<StoredSession> EnsureFreshAsync(string userKey, string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        // Without a lock first: usually another process renewed already, or the process just started.
        StoredSession? stored = await _store.FindAsync(userKey, cancellationToken).ConfigureAwait(false);
        if (IsFresh(stored, rejectedAccessToken))
        {
            return stored!;
        }

        ThrowIfConsentRequired(userKey, stored);
        await using SessionLease lease = await _store.LockAsync(userKey, cancellationToken).ConfigureAwait(false);
        StoredSession? current = lease.Current;
        if (IsFresh(current, rejectedAccessToken) || (current is not null && stored is not null && current.Version != stored.Version && current.ConsentRequired is null))
        {
            // Another caller or process renewed while we waited for the lock: use its tokens, never renew again.
            SessionStoreLog.RenewedElsewhere(_logger, userKey);
            return current!;
        }

        ThrowIfConsentRequired(userKey, current);
        SessionGrant grant;
        try
        {
            grant = await _renewer.RenewAsync(current!.LoginToken!, current.RenewalValues, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException exception) when (exception.StatusCode is >= 400 and < 500 and not 401 and not 403 && !exception.IsTransient)
        {
            // The login token was refused: record it, so no instance sends it again, and ask for consent. (401 and 403
            // refuse the partner's own credentials, not the person's login: the login token is kept for when they are fixed.)
            await lease.RequireConsentAsync(SessionConsentReason.LoginRefused, cancellationToken).ConfigureAwait(false);
            SessionStoreLog.ConsentRequired(_logger, userKey, SessionConsentReason.LoginRefused);
            throw new SessionConsentRequiredException(userKey, SessionConsentReason.LoginRefused, exception);
        }
        catch (ApiException exception)
        {
            SessionStoreLog.RenewalFailed(_logger, userKey, exception.StatusCode);
            throw;
        }

        StoredSession renewed = await lease.ReplaceAsync(grant, cancellationToken).ConfigureAwait(false)
            ?? throw new SessionStoreException("The session row changed while it was locked: the database does not honour the renewal lock.");
        SessionStoreLog.Renewed(_logger, userKey, renewed.Version, renewed.AccessTokenExpires);
        return renewed;
    }

    /// <summary>A stored access token that lives longer than the margin and is not the one a server refused.</summary>
    private bool IsFresh(StoredSession? session, string? rejectedAccessToken) =>
        session is not null
        && _time.GetUtcNow() < session.AccessTokenExpires - _renewBefore
        && !string.Equals(session.AccessToken, rejectedAccessToken, StringComparison.Ordinal);

    private void ThrowIfConsentRequired(string userKey, StoredSession? session)
    {
        SessionConsentReason? reason = session switch
        {
            null => SessionConsentReason.NoStoredSession,
            { ConsentRequired: { } recorded } => recorded,
            { LoginToken: null } => SessionConsentReason.LoginRefused,
            { SupportsUnattended: false } => SessionConsentReason.UnattendedNotSupported,
            _ when _time.GetUtcNow() >= session.LoginTokenExpires => SessionConsentReason.LoginExpired,
            _ => null,
        };
        if (reason is { } required)
        {
            SessionStoreLog.ConsentRequired(_logger, userKey, required);
            throw new SessionConsentRequiredException(userKey, required);
        }
    }

    private void Cache(StoredSession session) =>
        _cache[session.UserKey] = new CachedToken(session.AccessToken, session.AccessTokenExpires - _renewBefore);

    /// <summary>A token and when to stop serving it from memory.</summary>
    private sealed record CachedToken(string AccessToken, DateTimeOffset RenewAt)
    {
        public override string ToString() => $"CachedToken {{ AccessToken = [redacted], RenewAt = {RenewAt:O} }}";
    }
}
