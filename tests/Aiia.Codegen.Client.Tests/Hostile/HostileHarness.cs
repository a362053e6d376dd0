using Aiia.Codegen.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Client.Tests.Hostile;

/// <summary>The sandbox playing a hostile or failing server, and a client built one of the two ways, every log entry
/// of every category recorded at trace level.</summary>
internal sealed class HostileHarness : IAsyncDisposable
{
    private readonly ServiceProvider? _services;
    private readonly ILoggerFactory? _loggerFactory;

    private HostileHarness(AiiaSandbox sandbox, RecordingLoggerProvider logs, AiiaAuthenticationClient client, ServiceProvider? services, ILoggerFactory? loggerFactory)
    {
        Sandbox = sandbox;
        Logs = logs;
        Client = client;
        _services = services;
        _loggerFactory = loggerFactory;
    }

    public AiiaSandbox Sandbox { get; }

    public RecordingLoggerProvider Logs { get; }

    public AiiaAuthenticationClient Client { get; }

    public static async Task<HostileHarness> StartAsync(ClientPath path, Action<AiiaAuthenticationClientOptions>? configure = null, int seed = 20261130)
    {
        var sandbox = await AiiaSandbox.StartAsync(new AiiaSandboxOptions { Seed = seed });
        var logs = new RecordingLoggerProvider();
        void Configure(AiiaAuthenticationClientOptions options)
        {
            options.BaseAddress = sandbox.BaseAddress;
            options.ClientId = sandbox.ClientId;
            options.ClientSecret = sandbox.ClientSecret;
            configure?.Invoke(options);
        }

        if (path == ClientPath.Constructor)
        {
            var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
            var options = new AiiaAuthenticationClientOptions { LoggerFactory = loggerFactory };
            Configure(options);
            return new HostileHarness(sandbox, logs, new AiiaAuthenticationClient(options), null, loggerFactory);
        }

        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddAiiaAuthenticationClient(Configure);
        var provider = services.BuildServiceProvider();
        return new HostileHarness(sandbox, logs, provider.GetRequiredService<AiiaAuthenticationClient>(), provider, null);
    }

    /// <summary>Starts a login and has the person approve it at once; returns its session id.</summary>
    public async Task<string> ApprovedLoginAsync(int person = 1)
    {
        var login = await Client.InitializeAsync(SandboxFlow.Login(person));
        Sandbox.CompleteLogin(login.SessionId);
        return login.SessionId;
    }

    /// <summary>Faults every request to <paramref name="endpoint"/> with <paramref name="kinds"/>.</summary>
    public void Fault(SandboxFaultKinds kinds, string endpoint, double rate = 1)
    {
        Sandbox.Faults.Kinds = kinds;
        Sandbox.Faults.AppliesTo = name => name == endpoint;
        Sandbox.Faults.Rate = rate;
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _loggerFactory?.Dispose();
        await Sandbox.DisposeAsync();
    }
}
