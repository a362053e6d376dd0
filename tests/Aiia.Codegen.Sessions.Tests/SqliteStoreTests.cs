using System.Text;
using Microsoft.Data.Sqlite;

namespace Aiia.Codegen.Sessions.Tests;

/// <summary>The embedded store on a real SQLite file: round trip, schema versioning, encryption at rest.</summary>
public sealed class SqliteStoreTests
{
    [Fact]
    public async Task SavedSessionReadsBackWithEveryField()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var store = bed.Sqlite();

        var saved = await store.SaveAsync("user-1", grant);
        var found = await store.FindAsync("user-1");

        Assert.NotNull(found);
        Assert.Equal(saved.Version, found.Version);
        Assert.Equal(grant.AccessToken, found.AccessToken);
        Assert.Equal(grant.LoginToken, found.LoginToken);
        Assert.Equal(grant.AccessTokenExpires, found.AccessTokenExpires);
        Assert.Equal(grant.LoginTokenExpires, found.LoginTokenExpires);
        Assert.True(found.SupportsUnattended);
        Assert.Equal("DemoBank", found.ProviderId);
        Assert.Equal(grant.Label, found.Label);
        Assert.Equal(grant.SubjectId, found.SubjectId);
        Assert.Equal("person-0001", found.RenewalValues["userHash"]);
        Assert.Null(found.ConsentRequired);
        Assert.Null(await store.FindAsync("someone-else"));
    }

    [Fact]
    public async Task EverySaveRaisesTheVersionAndDeleteRemovesTheRow()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var store = bed.Sqlite();

        var first = await store.SaveAsync("user-1", grant);
        var second = await store.SaveAsync("user-1", grant);

        Assert.Equal(first.Version + 1, second.Version);
        Assert.True(await store.DeleteAsync("user-1"));
        Assert.False(await store.DeleteAsync("user-1"));
        Assert.Null(await store.FindAsync("user-1"));
    }

    [Fact]
    public async Task TheFileHoldsNoTokenInPlainText()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var store = bed.Sqlite();
        await store.SaveAsync("user-1", grant);
        await store.DisposeAsync();
        SqliteConnection.ClearAllPools();

        // The database and its write-ahead log, as bytes: neither token appears, in UTF-8 or UTF-16.
        var bytes = Directory.GetFiles(bed.Folder, "sessions.db*").SelectMany(File.ReadAllBytes).ToArray();
        Assert.NotEmpty(bytes);
        foreach (var token in new[] { grant.AccessToken, grant.LoginToken })
        {
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(token)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(token)));
        }
    }

    [Fact]
    public async Task SchemaIsVersionedAndMigratedOnce()
    {
        await using var bed = await Testbed.StartAsync();
        var path = Path.Combine(bed.Folder, "sessions.db");
        await bed.Own(new SqliteSessionStore(path, bed.StoreOptions())).FindAsync("user-1");
        await bed.Own(new SqliteSessionStore(path, bed.StoreOptions())).FindAsync("user-1");

        await using var connection = new SqliteConnection("Data Source=" + path);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(version) FROM aiia_session_schema";
        Assert.Equal(string.Join(",", Enumerable.Range(1, SessionStore.SchemaVersion)), (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ASchemaNewerThanTheLibraryIsRefused()
    {
        await using var bed = await Testbed.StartAsync();
        var path = Path.Combine(bed.Folder, "sessions.db");
        await bed.Own(new SqliteSessionStore(path, bed.StoreOptions())).FindAsync("user-1");
        await using (var connection = new SqliteConnection("Data Source=" + path))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO aiia_session_schema (version, applied_at) VALUES (99, 0)";
            await command.ExecuteNonQueryAsync();
        }

        var newer = bed.Own(new SqliteSessionStore(path, bed.StoreOptions()));
        var exception = await Assert.ThrowsAsync<SessionStoreException>(async () => await newer.FindAsync("user-1"));
        Assert.Contains("version 99", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARowMovedToAnotherUserOrReadWithAnotherKeyRingDoesNotDecrypt()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var store = bed.Sqlite();
        await store.SaveAsync("user-1", grant);
        await store.SaveAsync("user-2", grant);
        await using (var connection = new SqliteConnection("Data Source=" + Path.Combine(bed.Folder, "sessions.db")))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE aiia_session_tokens SET access_token = (SELECT access_token FROM aiia_session_tokens WHERE user_key = 'user-1') WHERE user_key = 'user-2'";
            await command.ExecuteNonQueryAsync();
        }

        var moved = await Assert.ThrowsAsync<SessionStoreException>(async () => await store.FindAsync("user-2"));
        Assert.DoesNotContain(grant.AccessToken, moved.ToString(), StringComparison.Ordinal);

        var otherKeys = bed.Own(new SqliteSessionStore(Path.Combine(bed.Folder, "sessions.db"), bed.StoreOptions(Path.Combine(bed.Folder, "other-keys"))));
        await Assert.ThrowsAsync<SessionStoreException>(async () => await otherKeys.FindAsync("user-1"));
    }

    [Fact]
    public async Task ToStringShowsNoToken()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var stored = await bed.Sqlite().SaveAsync("user-1", grant);

        foreach (var text in new[] { grant.ToString(), stored.ToString() })
        {
            Assert.DoesNotContain(grant.AccessToken, text, StringComparison.Ordinal);
            Assert.DoesNotContain(grant.LoginToken, text, StringComparison.Ordinal);
            Assert.Contains("[redacted]", text, StringComparison.Ordinal);
        }
    }
}
