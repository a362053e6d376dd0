using System.Data.Common;
using Aiia.Codegen.Runtime;

namespace Aiia.Codegen.Sessions;

/// <summary>
/// One user's row, held exclusively (from <see cref="SessionStore.LockAsync"/>) until disposed. Write the renewal's
/// result with <see cref="ReplaceAsync"/> (the new login token replaces the old one in one committed write), or record
/// that the person must consent again with <see cref="RequireConsentAsync"/>; disposing without either changes nothing.
/// </summary>
public sealed class SessionLease : IAsyncDisposable
{
    private readonly SessionStore _store;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private bool _finished;

    internal SessionLease(SessionStore store, DbConnection connection, DbTransaction transaction, string userKey, StoredSession? current)
    {
        _store = store;
        _connection = connection;
        _transaction = transaction;
        UserKey = userKey;
        Current = current;
    }

    /// <summary>The partner's key of the user.</summary>
    public string UserKey { get; }

    /// <summary>The row as read under the lock; null when no session is stored.</summary>
    public StoredSession? Current { get; }

    /// <summary>Stores the renewal's grant in place of the current one and commits, if the row's version is still the
    /// one read (compare-and-swap).</summary>
    /// <param name="grant">The new tokens.</param>
    /// <param name="cancellationToken">Cancels the write (before the commit, nothing changes).</param>
    /// <returns>The stored session, or null when the row changed or vanished (nothing was written).</returns>
    /// <exception cref="InvalidOperationException">No row was read, or the lease already wrote.</exception>
    public async ValueTask<StoredSession?> ReplaceAsync(SessionGrant grant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grant);
        long? version = await WriteAsync(SessionSchema.Replace, grant, null, cancellationToken).ConfigureAwait(false);
        return version is long stored ? new StoredSession(UserKey, stored, grant, grant.LoginToken, null) : null;
    }

    /// <summary>Drops the login token and records why the person must consent again, and commits.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether the row was still the one read (and so was changed).</returns>
    /// <exception cref="InvalidOperationException">No row was read, or the lease already wrote.</exception>
    public async ValueTask<bool> RequireConsentAsync(SessionConsentReason reason, CancellationToken cancellationToken = default) =>
        await WriteAsync(SessionSchema.RequireConsent, null, reason, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Releases the lock; an unfinished lease rolls back.</summary>
    /// <returns>A task that completes when the connection is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private async ValueTask<long?> WriteAsync(string sql, SessionGrant? grant, SessionConsentReason? reason, CancellationToken cancellationToken)
    {
        StoredSession current = Current ?? throw new InvalidOperationException("No session is stored for this user: save one first.");
        if (_finished)
        {
            throw new InvalidOperationException("The lease already wrote; take a new one.");
        }

        _finished = true;
        long? version = await _store.WriteLockedAsync(_connection, _transaction, sql, UserKey, current.Version, grant, reason, cancellationToken).ConfigureAwait(false);
        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }
}
