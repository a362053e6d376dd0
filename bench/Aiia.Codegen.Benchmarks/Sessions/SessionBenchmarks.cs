using Aiia.Codegen.Benchmarks.Api;
using Aiia.Codegen.Runtime;
using Aiia.Codegen.Sandbox;
using Aiia.Codegen.Sessions;
using BenchmarkDotNet.Attributes;

namespace Aiia.Codegen.Benchmarks.Sessions;

/// <summary>
/// The session keeper's paths: the cached token (every call of an application: must be allocation-free and well under a
/// microsecond), the embedded store's round trip (save + read, encrypted), and a whole renewal (lock the row, the
/// unattended login against the sandbox on loopback, store the rotated tokens). PostgreSQL: set AIIA_BENCH_POSTGRES to a
/// connection string and the store round trip is measured there too (docs/performance.md says how).
/// </summary>
[MemoryDiagnoser]
public class SessionBenchmarks
{
    private AiiaSandbox _sandbox = null!;
    private string _folder = null!;
    private SessionStore _store = null!;
    private SessionStore? _postgres;
    private SessionKeeper _keeper = null!;
    private SessionGrant _grant = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _sandbox = await AiiaSandbox.StartAsync();
        _folder = Directory.CreateTempSubdirectory("aiia-bench-sessions-").FullName;
        _store = new SqliteSessionStore(Path.Combine(_folder, "sessions.db"));
        if (Environment.GetEnvironmentVariable("AIIA_BENCH_POSTGRES") is { Length: > 0 } connectionString)
        {
            _postgres = new PostgresSessionStore(connectionString, new SessionStoreOptions { KeyDirectory = Path.Combine(_folder, "keys") });
        }

        var client = new AiiaAuthenticationClient(_sandbox.CreateHttpClient(), new AiiaAuthenticationClientOptions { ClientId = _sandbox.ClientId, ClientSecret = _sandbox.ClientSecret });
        var login = await client.InitializeAsync(new InitializeRequest { UserHash = "bench-user-0001", RedirectUrl = "https://example.test/cb" });
        _sandbox.CompleteLogin(login.SessionId);
        var status = await client.GetAuthenticationStatusAsync(login.SessionId);
        var tokens = await client.ExchangeCodeForTokensAsync(client.ObtainCode(status.Code!));
        _grant = AiiaAuthenticationClientSessionRenewer.ToSessionGrant(tokens, "bench-user-0001");
        _keeper = new SessionKeeper(_store, new AiiaAuthenticationClientSessionRenewer(client));
        await _keeper.StartSessionAsync("user-1", _grant);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _store.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        await _sandbox.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>What every caller pays while the token is valid.</summary>
    [Benchmark]
    public ValueTask<string> CachedAccessToken() => _keeper.GetAccessTokenAsync("user-1");

    /// <summary>Save and read back one session on the SQLite file (both tokens encrypted and decrypted).</summary>
    [Benchmark]
    public async Task<StoredSession?> SqliteRoundTrip()
    {
        await _store.SaveAsync("round-trip", _grant);
        return await _store.FindAsync("round-trip");
    }

    /// <summary>The same on PostgreSQL when AIIA_BENCH_POSTGRES is set (else it measures nothing: ignore its row).</summary>
    [Benchmark]
    public async Task<StoredSession?> PostgresRoundTrip()
    {
        if (_postgres is null)
        {
            return null;
        }

        await _postgres.SaveAsync("round-trip", _grant);
        return await _postgres.FindAsync("round-trip");
    }

    /// <summary>A whole renewal: the row locked, one unattended login over loopback, the rotated tokens stored.</summary>
    [Benchmark]
    public async Task<string> Renewal()
    {
        string current = await _keeper.GetAccessTokenAsync("user-1");
        return await _keeper.RenewAsync("user-1", current);
    }
}
