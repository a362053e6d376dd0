using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Aiia.Codegen.Sessions;

/// <summary>
/// The embedded default: one SQLite file, no set-up. Several processes on one machine may share the file: a renewal
/// holds SQLite's write lock (<c>BEGIN IMMEDIATE</c>) so only one of them renews a session at a time, and readers
/// are not blocked (WAL mode). For instances on several machines, use <see cref="PostgresSessionStore"/>.
/// </summary>
public sealed class SqliteSessionStore : SessionStore
{
    private readonly string _connectionString;

    /// <summary>Opens (and on first use creates) the store in a file.</summary>
    /// <param name="databasePath">The SQLite file, created with its folder if missing.</param>
    /// <param name="options">Encryption keys, clock and logging; null: a key ring in <c>aiia-session-keys</c> beside the file.</param>
    public SqliteSessionStore(string databasePath, SessionStoreOptions? options = null)
        : base(options ?? new SessionStoreOptions(), DefaultKeyDirectory(databasePath))
    {
        DatabasePath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // How long a writer waits for another's lock (a renewal in another process) before failing.
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>The default store of an application: <c>aiia-sessions.db</c> in the user's local application data
    /// folder (<c>~/.local/share</c> on Linux), under <paramref name="applicationName"/>.</summary>
    /// <param name="applicationName">A folder name for the application.</param>
    /// <returns>The file path.</returns>
    public static string DefaultPath(string applicationName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(applicationName);
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), applicationName, "aiia-sessions.db");
    }

    private protected override string LockRowSuffix => string.Empty;

    private protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary><c>BEGIN IMMEDIATE</c>: the write lock is taken at once (waiting up to the timeout for another writer).</summary>
    private protected override async ValueTask<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await ((SqliteConnection)connection).BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);

    private protected override async ValueTask PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Readers go on while a renewal holds the write lock; the mode is kept in the file.
        await using DbCommand command = Command(connection, null, "PRAGMA journal_mode=WAL");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the pooled connections to the file.</summary>
    /// <returns>A completed task.</returns>
    public override ValueTask DisposeAsync()
    {
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        return base.DisposeAsync();
    }

    private static string DefaultKeyDirectory(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "aiia-session-keys");
    }
}
