using System.Data.Common;
using Npgsql;

namespace Aiia.Codegen.Sessions;

/// <summary>
/// The store for many instances sharing users: PostgreSQL. A renewal locks the user's row
/// (<c>SELECT … FOR UPDATE</c> in a transaction), so one instance renews while the others wait and then use its
/// tokens; migrations are serialised with an advisory lock. Every instance needs the same Data Protection key ring.
/// </summary>
public sealed class PostgresSessionStore : SessionStore
{
    // Any constant: the advisory lock every instance takes while it migrates the schema.
    private const long MigrationLockId = 0x41_69_69_61_53_65_73;
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;

    /// <summary>Opens the store over a connection string.</summary>
    /// <param name="connectionString">An Npgsql connection string (from configuration or a secret store).</param>
    /// <param name="options">Encryption keys (a <see cref="SessionStoreOptions.DataProtectionProvider"/> or a shared
    /// <see cref="SessionStoreOptions.KeyDirectory"/> is required), clock and logging.</param>
    public PostgresSessionStore(string connectionString, SessionStoreOptions options)
        : this(NpgsqlDataSource.Create(connectionString), options, ownsDataSource: true)
    {
    }

    /// <summary>Opens the store over a data source the caller owns (e.g. one registered with dependency injection).</summary>
    /// <param name="dataSource">The data source; not disposed by the store.</param>
    /// <param name="options">Encryption keys, clock and logging.</param>
    public PostgresSessionStore(NpgsqlDataSource dataSource, SessionStoreOptions options)
        : this(dataSource, options, ownsDataSource: false)
    {
    }

    private PostgresSessionStore(NpgsqlDataSource dataSource, SessionStoreOptions options, bool ownsDataSource)
        : base(options, defaultKeyDirectory: null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
    }

    private protected override string LockRowSuffix => " FOR UPDATE";

    private protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    private protected override async ValueTask<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await ((NpgsqlConnection)connection).BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);

    private protected override async ValueTask LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // Two instances starting at once: the second waits here, then finds the schema current.
        await using DbCommand command = Command(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockId})");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Disposes the data source the store created.</summary>
    /// <returns>A task that completes when the pool is closed.</returns>
    public override async ValueTask DisposeAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }
}
