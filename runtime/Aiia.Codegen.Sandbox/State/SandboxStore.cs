using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Sandbox;

/// <summary>
/// The sandbox's state and rules, apart from HTTP: login sessions, issued codes and login tokens. Every rule of
/// the API that is not about the wire lives here (single-use codes, expiry, token replacement).
/// </summary>
internal sealed class SandboxStore
{
    private readonly ConcurrentDictionary<string, LoginSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IssuedCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LoginGrant> _logins = new(StringComparer.Ordinal);
    private readonly SandboxSettings _settings;
    private readonly SandboxStatistics _statistics;
    private readonly ILogger _logger;
    private long _sequence;
    private bool _stopped;

    public SandboxStore(SandboxSettings settings, SandboxStatistics statistics, ILogger logger)
    {
        _settings = settings;
        _statistics = statistics;
        _logger = logger;
    }

    private TimeProvider Time => _settings.TimeProvider;

    public IReadOnlyCollection<SandboxSession> Snapshot() =>
        [.. _sessions.Values.OrderBy(session => session.Sequence).Select(session => session.Snapshot())];

    public LoginSession? FindSession(string sessionId) => _sessions.TryGetValue(sessionId, out LoginSession? session) ? session : null;

    /// <summary>Starts a supervised login and, when configured, schedules the person's approval.</summary>
    public LoginSession Initialize(string userHash, Uri redirectUrl)
    {
        string providerId = _settings.ProviderSelector?.Invoke(userHash) ?? _settings.ProviderId;
        if (string.IsNullOrWhiteSpace(providerId))
        {
            throw new InvalidOperationException("The sandbox's ProviderSelector returned no provider id.");
        }

        var session = new LoginSession(Interlocked.Increment(ref _sequence), SandboxSecrets.NewSessionId(), userHash, redirectUrl, providerId, Time.GetUtcNow());
        _sessions[session.Id] = session;
        SandboxLog.LoginInitialized(_logger, session.Id, providerId);

        if (_settings.AutoCompleteAfter is TimeSpan delay && !Volatile.Read(ref _stopped))
        {
            // A one-shot timer of the TimeProvider, so a FakeTimeProvider's Advance is what makes the person act.
            ITimer timer = Time.CreateTimer(
                static state => ((AutoCompletion)state!).Run(),
                new AutoCompletion(this, session),
                delay,
                Timeout.InfiniteTimeSpan);
            session.SetAutoComplete(timer);
        }

        return session;
    }

    /// <summary>The public <see cref="AiiaSandbox.CompleteLogin"/>: throws for an unknown or finished session.</summary>
    public void Complete(string sessionId, SandboxLoginOutcome outcome)
    {
        LoginSession session = FindSession(sessionId)
            ?? throw new ArgumentException($"The sandbox has no login session '{sessionId}'.", nameof(sessionId));
        if (!TryComplete(session, outcome))
        {
            throw new InvalidOperationException(
                $"The login session '{sessionId}' already finished ({session.Read().State}); a login is completed once.");
        }
    }

    /// <summary>Finishes a login; a success issues its code now, by the TimeProvider.</summary>
    /// <returns>False when the login had already finished.</returns>
    public bool TryComplete(LoginSession session, SandboxLoginOutcome outcome)
    {
        SandboxSessionState state = outcome switch
        {
            SandboxLoginOutcome.Succeeded => SandboxSessionState.Succeeded,
            SandboxLoginOutcome.Failed => SandboxSessionState.Failed,
            SandboxLoginOutcome.Cancelled => SandboxSessionState.Cancelled,
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a login outcome."),
        };

        DateTimeOffset now = Time.GetUtcNow();
        string? code = null;
        if (state == SandboxSessionState.Succeeded)
        {
            code = SandboxSecrets.NewCode();
            // Registered before the session shows it, so a client that sees the code can always exchange it.
            _codes[code] = new IssuedCode(session, now);
        }

        if (!session.TryFinish(state, code, now))
        {
            if (code is not null)
            {
                _codes.TryRemove(code, out _);
            }

            return false;
        }

        SandboxLog.LoginCompleted(_logger, session.Id, state);
        return true;
    }

    /// <summary>Exchanges a code for tokens: unknown or used codes and expired codes are refused.</summary>
    public ExchangeResult Exchange(string code, out TokenGrant? grant)
    {
        grant = null;
        _statistics.CountExchangeAttempt(code);
        if (!_codes.TryGetValue(code, out IssuedCode? issued) || issued.IsUsed)
        {
            return ExchangeResult.UnknownCode;
        }

        DateTimeOffset now = Time.GetUtcNow();
        if (now >= issued.IssuedAt + _settings.CodeLifetime)
        {
            _statistics.CountExpiredExchange();
            return ExchangeResult.Expired;
        }

        if (!issued.TryUse())
        {
            // Lost a race with a concurrent exchange of the same code: single use means one winner.
            return ExchangeResult.UnknownCode;
        }

        LoginSession session = issued.Session;
        var login = new LoginGrant(session.UserHash, session.ProviderId, now, now + _settings.LoginTokenLifetime);
        grant = IssueTokens(login, now);
        _statistics.CountSuccessfulExchange();
        SandboxLog.CodeExchanged(_logger, session.Id);
        return ExchangeResult.Success;
    }

    /// <summary>Logs in again with a login token, which is replaced by a new one.</summary>
    public UnattendedResult LoginUnattended(string userHash, string loginToken, out TokenGrant? grant, out string? providerId)
    {
        grant = null;
        providerId = null;
        // A token of another person is refused like an unknown one: the answer must not confirm it exists.
        if (!_logins.TryGetValue(loginToken, out LoginGrant? login) || !string.Equals(login.UserHash, userHash, StringComparison.Ordinal))
        {
            return UnattendedResult.UnknownToken;
        }

        providerId = login.ProviderId;
        if (!_settings.SupportsUnattended(login.ProviderId))
        {
            return UnattendedResult.NotSupported;
        }

        DateTimeOffset now = Time.GetUtcNow();
        if (now >= login.Expires)
        {
            return UnattendedResult.Expired;
        }

        // Removing exactly this entry makes the replacement atomic: of two concurrent calls with one token, one wins.
        if (!_logins.TryRemove(KeyValuePair.Create(loginToken, login)))
        {
            return UnattendedResult.UnknownToken;
        }

        grant = IssueTokens(login, now);
        SandboxLog.UnattendedLogin(_logger, login.ProviderId);
        return UnattendedResult.Success;
    }

    /// <summary>Stops scheduling the person's actions; held requests are released by the sandbox.</summary>
    public void Stop()
    {
        Volatile.Write(ref _stopped, true);
        foreach (LoginSession session in _sessions.Values)
        {
            session.CancelAutoComplete();
        }
    }

    private TokenGrant IssueTokens(LoginGrant login, DateTimeOffset now)
    {
        string loginToken = SandboxSecrets.NewLoginToken();
        // A login token is always issued, even where unattended logins are not supported (as documented).
        _logins[loginToken] = login;
        return new TokenGrant
        {
            ProviderId = login.ProviderId,
            AccessToken = SandboxSecrets.NewAccessToken(),
            AccessTokenExpires = now + _settings.AccessTokenLifetime,
            LoginToken = loginToken,
            LoginExpires = login.Expires,
            SupportsUnattended = _settings.SupportsUnattended(login.ProviderId),
            Label = SandboxSecrets.Label(login.ProviderId, login.CreatedAt),
            SubjectId = SandboxSecrets.SubjectId(login.UserHash, login.ProviderId),
        };
    }

    /// <summary>The state of an auto-completion timer's callback, kept small and allocation-once.</summary>
    private sealed class AutoCompletion(SandboxStore store, LoginSession session)
    {
        public void Run()
        {
            if (!Volatile.Read(ref store._stopped))
            {
                // False when the person (CompleteLogin or the login page) was quicker: nothing to do.
                store.TryComplete(session, SandboxLoginOutcome.Succeeded);
            }
        }
    }
}
