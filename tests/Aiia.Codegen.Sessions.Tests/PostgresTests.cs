using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Aiia.Codegen.Runtime;
using Npgsql;

namespace Aiia.Codegen.Sessions.Tests;

/// <summary>The PostgreSQL store on a real cluster: round trip, encryption at rest, and two processes × 50 callers
/// renewing one user's session at once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTests(PostgresCluster cluster)
{
    [Fact]
    public async Task SavedSessionReadsBackAndTheTableHoldsNoToken()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var connectionString = await cluster.CreateDatabaseAsync();
        var store = bed.Own(new PostgresSessionStore(connectionString, bed.StoreOptions()));

        var saved = await store.SaveAsync("user-1", grant);
        var found = await store.FindAsync("user-1");

        Assert.Equal(saved.Version, found!.Version);
        Assert.Equal(grant.AccessToken, found.AccessToken);
        Assert.Equal(grant.LoginToken, found.LoginToken);
        Assert.Equal(grant.AccessTokenExpires, found.AccessTokenExpires);
        Assert.Equal("person-0001", found.RenewalValues["userHash"]);

        var table = await ReadAllAsync(connectionString, "SELECT * FROM aiia_session_tokens");
        Assert.Contains("person-0001", table, StringComparison.Ordinal);
        Assert.DoesNotContain(grant.AccessToken, table, StringComparison.Ordinal);
        Assert.DoesNotContain(grant.LoginToken, table, StringComparison.Ordinal);
        Assert.Equal(string.Join(",", Enumerable.Range(1, SessionStore.SchemaVersion)), (await ReadAllAsync(connectionString, "SELECT version FROM aiia_session_schema ORDER BY version")).Trim(','));
    }

    [Fact]
    public async Task RenewalUnderTheRowLockRotatesTheLoginToken()
    {
        await using var bed = await Testbed.StartAsync();
        var grant = await bed.LoginAsync();
        var store = bed.Own(new PostgresSessionStore(await cluster.CreateDatabaseAsync(), bed.StoreOptions()));
        var keeper = bed.Keeper(store);
        await keeper.StartSessionAsync("user-1", grant);

        for (var i = 0; i < 2; i++)
        {
            bed.Time.Advance(TimeSpan.FromMinutes(59));
            await keeper.GetAccessTokenAsync("user-1");
        }

        Assert.Equal(2, bed.UnattendedLogins);
        Assert.NotEqual(grant.LoginToken, (await store.FindAsync("user-1"))!.LoginToken);
    }

    [Fact]
    public async Task TwoProcessesWithFiftyCallersEachRenewOnce()
    {
        // Real time on both sides: the sandbox, this process's keeper and the probe's keeper.
        await using var bed = await Testbed.StartAsync(sandboxTime: TimeProvider.System);
        var connectionString = await cluster.CreateDatabaseAsync();
        var keyFolder = Path.Combine(bed.Folder, "shared-keys");
        var store = bed.Own(new PostgresSessionStore(connectionString, bed.StoreOptions(keyFolder)));
        var grant = await bed.LoginAsync();
        // The session expires in 20 seconds: inside the keepers' one-minute margin, so the first caller renews.
        await store.SaveAsync("user-1", new SessionGrant
        {
            AccessToken = grant.AccessToken, AccessTokenExpires = DateTimeOffset.UtcNow.AddSeconds(20), LoginToken = grant.LoginToken,
            LoginTokenExpires = grant.LoginTokenExpires, SupportsUnattended = true, RenewalValues = grant.RenewalValues,
        });
        var keeper = new SessionKeeper(store, bed.Renewer, new SessionKeeperOptions { RenewBefore = TimeSpan.FromMinutes(1) });

        using var probe = StartProbe(connectionString, keyFolder, bed, "user-1", callers: 50);
        Assert.Equal("ready", await probe.StandardOutput.ReadLineAsync());
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ours = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            return Hash(await keeper.GetAccessTokenAsync("user-1"));
        })).ToArray();
        await probe.StandardInput.WriteLineAsync();
        await probe.StandardInput.FlushAsync();
        go.SetResult();

        var theirs = (await probe.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await probe.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var all = (await Task.WhenAll(ours)).Concat(theirs).ToList();

        Assert.Equal(0, probe.ExitCode);
        Assert.Equal(100, all.Count);
        Assert.Equal(1, bed.UnattendedLogins);
        var renewed = Assert.Single(all.Distinct());
        Assert.NotEqual(Hash(grant.AccessToken), renewed);
        Assert.Equal(Hash((await store.FindAsync("user-1"))!.AccessToken), renewed);
    }

    private static Process StartProbe(string connectionString, string keyFolder, Testbed bed, string userKey, int callers)
    {
        var probe = typeof(PostgresTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProbePath").Value!;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { probe, connectionString, keyFolder, bed.Sandbox.BaseAddress.ToString(), bed.Sandbox.ClientId, bed.Sandbox.ClientSecret, userKey, callers.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static async Task<string> ReadAllAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var text = new StringBuilder();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                text.Append(reader.GetValue(i)).Append(',');
            }
        }

        return text.ToString();
    }
}
