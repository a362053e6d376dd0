using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Aiia.Codegen.Sessions.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests, started by the fixture itself: a temporary folder owned by
/// <c>postgres</c>, a free loopback port, <c>initdb</c> and <c>pg_ctl</c> (through <c>su postgres</c> when the tests
/// run as root, since the server refuses to run as root); stopped and deleted on dispose. The binaries come from PATH
/// or from Debian's <c>/usr/lib/postgresql/*/bin</c>; <c>.ci/run</c> installs them where they are missing.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private string _folder = string.Empty;
    private string _bin = string.Empty;
    private int _databases;

    public int Port { get; private set; }

    private string DataDirectory => Path.Combine(_folder, "data");

    public async Task InitializeAsync()
    {
        _bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL's initdb and pg_ctl were found neither on PATH nor under /usr/lib/postgresql/*/bin: install PostgreSQL (apt-get install -y postgresql).");
        _folder = Directory.CreateTempSubdirectory("aiia-pg-").FullName;
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", $"postgres {_folder}");
        }

        await RunAsPostgresAsync($"'{_bin}/initdb' -D '{DataDirectory}' -A trust -U postgres --no-sync");

        // The free port is only free until the server binds it, and the other test projects running beside this one
        // open loopback sockets all the time: a port taken in between fails the start, so another port is tried.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            try
            {
                await RunAsPostgresAsync($"'{_bin}/pg_ctl' -D '{DataDirectory}' -w -o \"-p {Port} -k '{_folder}' -c listen_addresses=127.0.0.1 -c fsync=off\" -l '{_folder}/log' start");
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // The port was taken meanwhile: another one.
            }
        }
    }

    /// <summary>A new, empty database of its own for one test.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "aiia_test_" + Interlocked.Increment(ref _databases);
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_bin.Length > 0 && Directory.Exists(DataDirectory))
        {
            await RunAsPostgresAsync($"'{_bin}/pg_ctl' -D '{DataDirectory}' -m immediate -w stop");
        }

        if (_folder.Length > 0)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=120";

    private static string? FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .FirstOrDefault(directory => directory.Length > 0 && File.Exists(Path.Combine(directory, "initdb")));
        if (onPath is not null)
        {
            return onPath;
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb"))).OrderDescending(StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsPostgresAsync(string command) =>
        Environment.UserName == "root"
            ? RunAsync("su", ["postgres", "-s", "/bin/sh", "-c", command])
            : RunAsync("/bin/sh", ["-c", command]);

    private static Task RunAsync(string file, string arguments) => RunAsync(file, arguments.Split(' '));

    private static async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
