namespace Aiia.Codegen.Sessions;

/// <summary>
/// The store's schema, the same SQL on SQLite and PostgreSQL, as an ordered list of migrations: version N is the first
/// N entries. A store applies the missing ones on first use, under a lock, and records each in the version table.
/// Append a migration to change the schema; never edit one that shipped.
/// </summary>
internal static class SessionSchema
{
    public const string VersionTable = "aiia_session_schema";
    public const string Table = "aiia_session_tokens";

    /// <summary>Migration i + 1 is <c>Migrations[i]</c>: its statements run in order, in one transaction.</summary>
    public static readonly IReadOnlyList<string[]> Migrations =
    [
        [
            $"""
            CREATE TABLE {Table} (
                user_key TEXT NOT NULL PRIMARY KEY,
                version BIGINT NOT NULL,
                access_token TEXT NOT NULL,
                access_expires BIGINT NOT NULL,
                login_token TEXT NULL,
                login_expires BIGINT NOT NULL,
                supports_unattended INTEGER NOT NULL,
                provider_id TEXT NULL,
                label TEXT NULL,
                subject_id TEXT NULL,
                renewal_values TEXT NOT NULL,
                consent_required INTEGER NOT NULL,
                updated_at BIGINT NOT NULL)
            """,
        ],
    ];

    public const string CreateVersionTable =
        $"CREATE TABLE IF NOT EXISTS {VersionTable} (version INTEGER NOT NULL PRIMARY KEY, applied_at BIGINT NOT NULL)";

    public const string CurrentVersion = $"SELECT COALESCE(MAX(version), 0) FROM {VersionTable}";

    public const string RecordVersion = $"INSERT INTO {VersionTable} (version, applied_at) VALUES (@version, @now)";

    public const string Columns =
        "version, access_token, access_expires, login_token, login_expires, supports_unattended, provider_id, label, subject_id, renewal_values, consent_required";

    public const string Select = $"SELECT {Columns} FROM {Table} WHERE user_key = @key";

    public const string Upsert =
        $"""
        INSERT INTO {Table} (user_key, version, access_token, access_expires, login_token, login_expires, supports_unattended,
                             provider_id, label, subject_id, renewal_values, consent_required, updated_at)
        VALUES (@key, 1, @access_token, @access_expires, @login_token, @login_expires, @supports_unattended,
                @provider_id, @label, @subject_id, @renewal_values, 0, @now)
        ON CONFLICT (user_key) DO UPDATE SET
            version = {Table}.version + 1, access_token = excluded.access_token, access_expires = excluded.access_expires,
            login_token = excluded.login_token, login_expires = excluded.login_expires,
            supports_unattended = excluded.supports_unattended, provider_id = excluded.provider_id, label = excluded.label,
            subject_id = excluded.subject_id, renewal_values = excluded.renewal_values, consent_required = 0,
            updated_at = excluded.updated_at
        RETURNING version
        """;

    /// <summary>Compare-and-swap on the version: no row comes back when another writer got there first.</summary>
    public const string Replace =
        $"""
        UPDATE {Table} SET
            version = version + 1, access_token = @access_token, access_expires = @access_expires, login_token = @login_token,
            login_expires = @login_expires, supports_unattended = @supports_unattended, provider_id = @provider_id,
            label = @label, subject_id = @subject_id, renewal_values = @renewal_values, consent_required = 0, updated_at = @now
        WHERE user_key = @key AND version = @version
        RETURNING version
        """;

    /// <summary>Drops a refused login token and records why, under the same compare-and-swap.</summary>
    public const string RequireConsent =
        $"""
        UPDATE {Table} SET version = version + 1, login_token = NULL, consent_required = @reason, updated_at = @now
        WHERE user_key = @key AND version = @version
        RETURNING version
        """;

    public const string Delete = $"DELETE FROM {Table} WHERE user_key = @key";
}
