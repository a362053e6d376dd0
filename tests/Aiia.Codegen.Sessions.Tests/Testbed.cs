using Aiia.Codegen.Runtime;
using Aiia.Codegen.Sandbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Sessions.Tests;

/// <summary>A sandbox on a fake clock, a generated client and renewer, a temporary folder, and every log line
/// captured: what each sessions test starts from.</summary>
internal sealed class Testbed : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];

    private Testbed(AiiaSandbox sandbox, FakeTimeProvider time, string folder, FakeLogCollector logs, ILoggerFactory loggerFactory)
    {
        Sandbox = sandbox;
        Time = time;
        Folder = folder;
        Logs = logs;
        LoggerFactory = loggerFactory;
        Client = new AiiaAuthenticationClient(sandbox.CreateHttpClient(), new AiiaAuthenticationClientOptions
        {
            ClientId = sandbox.ClientId,
            ClientSecret = sandbox.ClientSecret,
            TimeProvider = time,
            LoggerFactory = loggerFactory,
        });
        Renewer = new AiiaAuthenticationClientSessionRenewer(Client);
    }

    public AiiaSandbox Sandbox { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>A fresh folder for database files and key rings, deleted on dispose.</summary>
    public string Folder { get; }

    public FakeLogCollector Logs { get; }

    public ILoggerFactory LoggerFactory { get; }

    public AiiaAuthenticationClient Client { get; }

    public AiiaAuthenticationClientSessionRenewer Renewer { get; }

    public long UnattendedLogins => Sandbox.Statistics.GetRequestCount(SandboxEndpointNames.Unattended);

    public static async Task<Testbed> StartAsync(TimeProvider? sandboxTime = null, Action<AiiaSandboxOptions>? configure = null)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new AiiaSandboxOptions { TimeProvider = sandboxTime ?? time };
        configure?.Invoke(options);
        var sandbox = await AiiaSandbox.StartAsync(options);
        var folder = Directory.CreateTempSubdirectory("aiia-sessions-").FullName;
        var logs = new FakeLogCollector();
        var loggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        return new Testbed(sandbox, time, folder, logs, loggerFactory);
    }

    public SessionStoreOptions StoreOptions(string? keyFolder = null) => new()
    {
        KeyDirectory = keyFolder ?? Path.Combine(Folder, "keys"),
        TimeProvider = Time,
        LoggerFactory = LoggerFactory,
    };

    public SqliteSessionStore Sqlite(string name = "sessions.db") => Own(new SqliteSessionStore(Path.Combine(Folder, name), StoreOptions()));

    public SessionKeeper Keeper(SessionStore store, TimeSpan? renewBefore = null) =>
        new(store, Renewer, new SessionKeeperOptions { TimeProvider = Time, LoggerFactory = LoggerFactory, RenewBefore = renewBefore ?? TimeSpan.FromMinutes(2) });

    public T Own<T>(T disposable)
        where T : IAsyncDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    /// <summary>The whole supervised login for one person: initialize, the person approves, the code is exchanged.</summary>
    public async Task<SessionGrant> LoginAsync(string userHash = "person-0001")
    {
        var login = await Client.InitializeAsync(new InitializeRequest { UserHash = userHash, RedirectUrl = "https://example.test/callback" });
        Sandbox.CompleteLogin(login.SessionId);
        var status = await Client.GetAuthenticationStatusAsync(login.SessionId);
        var tokens = await Client.ExchangeCodeForTokensAsync(Client.ObtainCode(status.Code!));
        return AiiaAuthenticationClientSessionRenewer.ToSessionGrant(tokens, userHash);
    }

    /// <summary>Every captured log line: message, structured values and exception text.</summary>
    public string LogText() => string.Join("\n", Logs.GetSnapshot().SelectMany(record =>
        new[] { record.Message, record.Exception?.ToString() ?? string.Empty }
            .Concat(record.StructuredState?.Select(pair => pair.Key + "=" + pair.Value) ?? [])));

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }

        LoggerFactory.Dispose();
        await Sandbox.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pool: the OS's temp cleanup takes it.
        }
    }
}
