using System.Data.Common;
using Aiia.Codegen.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aiia.Codegen.Sessions;

/// <summary>
/// Stores each user's session tokens in a database, encrypted with ASP.NET Core Data Protection (the database never
/// holds a token in plain text), keyed by the partner's own user key, with the expiries, the provider, the non-secret
/// values the renewal needs and a version for optimistic concurrency. The schema is created and migrated on first use.
/// Two implementations: <see cref="SqliteSessionStore"/> (embedded, the default) and <see cref="PostgresSessionStore"/>
/// (many instances sharing users). Thread-safe.
/// </summary>
public abstract class SessionStore : IAsyncDisposable
{
    private readonly TokenProtector _protector;
    private readonly IDisposable? _ownedProtection;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    private protected SessionStore(SessionStoreOptions options, string? defaultKeyDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options.TimeProvider));
        _protector = new TokenProtector(TokenProtector.ProviderFor(options, defaultKeyDirectory, out _ownedProtection));
        TimeProvider = options.TimeProvider;
        Logger = options.LoggerFactory?.CreateLogger("Aiia.Codegen.Sessions.SessionStore") ?? NullLogger.Instance;
    }

    /// <summary>The schema version this library writes: the number of migrations it knows.</summary>
    public static int SchemaVersion => SessionSchema.Migrations.Count;

    private protected TimeProvider TimeProvider { get; }

    private protected ILogger Logger { get; }

    /// <summary>Reads the user's session.</summary>
    /// <param name="userKey">The partner's key of the user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The session, or null when none is stored.</returns>
    /// <exception cref="SessionStoreException">A token does not decrypt with this key ring.</exception>
    public async ValueTask<StoredSession?> FindAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        await using DbConnection connection = await OpenReadyAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, null, userKey, lockRow: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores a new session for the user (after the person logged in), replacing any stored one.</summary>
    /// <param name="userKey">The partner's key of the user.</param>
    /// <param name="grant">The tokens, e.g. from the generated <c>{Client}SessionRenewer.ToSessionGrant</c>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored session.</returns>
    public async ValueTask<StoredSession> SaveAsync(string userKey, SessionGrant grant, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        ArgumentNullException.ThrowIfNull(grant);
        await using DbConnection connection = await OpenReadyAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = Command(connection, null, SessionSchema.Upsert);
        AddGrant(command, userKey, grant);
        long version = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        SessionStoreLog.Saved(Logger, userKey, version);
        return new StoredSession(userKey, version, grant, grant.LoginToken, null);
    }

    /// <summary>Deletes the user's session (the person withdrew consent, or the partner forgets the user).</summary>
    /// <param name="userKey">The partner's key of the user.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether a session was stored.</returns>
    public async ValueTask<bool> DeleteAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        await using DbConnection connection = await OpenReadyAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = Command(connection, null, SessionSchema.Delete);
        Add(command, "@key", userKey);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>
    /// Takes the user's row exclusively, across threads and processes sharing the database (PostgreSQL: a transaction
    /// and <c>SELECT … FOR UPDATE</c>; SQLite: <c>BEGIN IMMEDIATE</c>), and reads it again under the lock, so a renewal
    /// another process finished meanwhile is seen. Dispose the lease to release the lock (uncommitted: nothing changes).
    /// </summary>
    /// <param name="userKey">The partner's key of the user.</param>
    /// <param name="cancellationToken">Cancels the wait for the lock.</param>
    /// <returns>The lease, whose <see cref="SessionLease.Current"/> is the row as it is now.</returns>
    public async ValueTask<SessionLease> LockAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        DbConnection connection = await OpenReadyAsync(cancellationToken).ConfigureAwait(false);
        DbTransaction? transaction = null;
        try
        {
            transaction = await BeginExclusiveAsync(connection, cancellationToken).ConfigureAwait(false);
            StoredSession? current = await ReadAsync(connection, transaction, userKey, lockRow: true, cancellationToken).ConfigureAwait(false);
            return new SessionLease(this, connection, transaction, userKey, current);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }

            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Releases what the store holds (connection pools stay the provider's).</summary>
    /// <returns>A completed task.</returns>
    public virtual ValueTask DisposeAsync()
    {
        _schemaGate.Dispose();
        _ownedProtection?.Dispose();
        GC.SuppressFinalize(this);
        return default;
    }

    /// <summary>Opens a connection to the database.</summary>
    private protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that holds the write lock a renewal needs (SQLite: <c>BEGIN IMMEDIATE</c>).</summary>
    private protected abstract ValueTask<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>What follows a SELECT to lock its row until the transaction ends (PostgreSQL: <c> FOR UPDATE</c>).</summary>
    private protected abstract string LockRowSuffix { get; }

    /// <summary>Runs once per store before the migrations, outside a transaction (SQLite: WAL mode).</summary>
    private protected virtual ValueTask PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => default;

    /// <summary>Serialises migrations between processes inside the migration transaction (PostgreSQL: an advisory lock).</summary>
    private protected virtual ValueTask LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => default;

    internal async ValueTask<long?> WriteLockedAsync(DbConnection connection, DbTransaction transaction, string sql, string userKey, long version, SessionGrant? grant, SessionConsentReason? reason, CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(connection, transaction, sql);
        if (grant is not null)
        {
            AddGrant(command, userKey, grant);
        }
        else
        {
            Add(command, "@key", userKey);
            Add(command, "@now", TimeProvider.GetUtcNow().UtcTicks);
            Add(command, "@reason", (int)reason.GetValueOrDefault());
        }

        Add(command, "@version", version);
        object? result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async ValueTask<DbConnection> OpenReadyAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_schemaReady)
            {
                await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates or upgrades the schema: once per store, under a lock between processes.</summary>
    private async ValueTask MigrateAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            await PrepareDatabaseAsync(connection, cancellationToken).ConfigureAwait(false);
            await using DbTransaction transaction = await BeginExclusiveAsync(connection, cancellationToken).ConfigureAwait(false);
            await LockMigrationsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, SessionSchema.CreateVersionTable, cancellationToken).ConfigureAwait(false);
            await using (DbCommand read = Command(connection, transaction, SessionSchema.CurrentVersion))
            {
                int current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
                if (current > SchemaVersion)
                {
                    throw new SessionStoreException($"The database's session schema is version {current}, newer than this library's {SchemaVersion}: upgrade Aiia.Codegen.Sessions.");
                }

                for (int version = current + 1; version <= SchemaVersion; version++)
                {
                    foreach (string statement in SessionSchema.Migrations[version - 1])
                    {
                        await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
                    }

                    await using DbCommand record = Command(connection, transaction, SessionSchema.RecordVersion);
                    Add(record, "@version", version);
                    Add(record, "@now", TimeProvider.GetUtcNow().UtcTicks);
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    SessionStoreLog.Migrated(Logger, version);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    private async ValueTask<StoredSession?> ReadAsync(DbConnection connection, DbTransaction? transaction, string userKey, bool lockRow, CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(connection, transaction, lockRow ? SessionSchema.Select + LockRowSuffix : SessionSchema.Select);
        Add(command, "@key", userKey);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        string? protectedLogin = reader.IsDBNull(3) ? null : reader.GetString(3);
        string? loginToken = protectedLogin is null ? null : _protector.UnprotectLoginToken(userKey, protectedLogin);
        var grant = new SessionGrant
        {
            AccessToken = _protector.UnprotectAccessToken(userKey, reader.GetString(1)),
            AccessTokenExpires = FromTicks(reader.GetInt64(2)),
            LoginToken = loginToken ?? string.Empty,
            LoginTokenExpires = FromTicks(reader.GetInt64(4)),
            SupportsUnattended = reader.GetInt32(5) != 0,
            ProviderId = reader.IsDBNull(6) ? null : reader.GetString(6),
            Label = reader.IsDBNull(7) ? null : reader.GetString(7),
            SubjectId = reader.IsDBNull(8) ? null : reader.GetString(8),
            RenewalValues = RenewalValuesJson.Read(reader.GetString(9)),
        };
        int consent = reader.GetInt32(10);
        return new StoredSession(userKey, reader.GetInt64(0), grant, loginToken, consent == 0 ? null : (SessionConsentReason)consent);
    }

    private void AddGrant(DbCommand command, string userKey, SessionGrant grant)
    {
        ArgumentException.ThrowIfNullOrEmpty(grant.AccessToken, nameof(grant.AccessToken));
        ArgumentException.ThrowIfNullOrEmpty(grant.LoginToken, nameof(grant.LoginToken));
        Add(command, "@key", userKey);
        Add(command, "@access_token", _protector.ProtectAccessToken(userKey, grant.AccessToken));
        Add(command, "@access_expires", grant.AccessTokenExpires.UtcTicks);
        Add(command, "@login_token", _protector.ProtectLoginToken(userKey, grant.LoginToken));
        Add(command, "@login_expires", grant.LoginTokenExpires.UtcTicks);
        Add(command, "@supports_unattended", grant.SupportsUnattended ? 1 : 0);
        Add(command, "@provider_id", grant.ProviderId);
        Add(command, "@label", grant.Label);
        Add(command, "@subject_id", grant.SubjectId);
        Add(command, "@renewal_values", RenewalValuesJson.Write(grant.RenewalValues));
        Add(command, "@now", TimeProvider.GetUtcNow().UtcTicks);
    }

    private static DateTimeOffset FromTicks(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    private static async ValueTask ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (value is null)
        {
            parameter.DbType = System.Data.DbType.String;
        }

        command.Parameters.Add(parameter);
    }
}
