using Aiia.Codegen.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace Aiia.Codegen.Client.Tests;

/// <summary>A sandbox and a client registered the way an application registers it, with every log line captured.</summary>
internal sealed class SandboxFlow : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SandboxFlow(AiiaSandbox sandbox, ServiceProvider services)
    {
        Sandbox = sandbox;
        _services = services;
        Client = services.GetRequiredService<AiiaAuthenticationClient>();
        Logs = services.GetFakeLogCollector();
    }

    public AiiaSandbox Sandbox { get; }

    public AiiaAuthenticationClient Client { get; }

    public FakeLogCollector Logs { get; }

    public static async Task<SandboxFlow> StartAsync(AiiaSandboxOptions? sandboxOptions = null, Action<AiiaAuthenticationClientOptions>? configure = null)
    {
        var sandbox = await AiiaSandbox.StartAsync(sandboxOptions);
        var services = new ServiceCollection();
        services.AddFakeLogging(options => options.CollectRecordsForDisabledLogLevels = true);
        services.AddAiiaAuthenticationClient(options =>
        {
            options.BaseAddress = sandbox.BaseAddress;
            options.ClientId = sandbox.ClientId;
            options.ClientSecret = sandbox.ClientSecret;
            options.Polling.PollTimeout = TimeSpan.FromSeconds(2);
            configure?.Invoke(options);
        });
        return new SandboxFlow(sandbox, services.BuildServiceProvider());
    }

    public static InitializeRequest Login(int person = 1) => new()
    {
        UserHash = $"person-{person:D4}",
        RedirectUrl = "https://example.test/callback",
    };

    /// <summary>Every captured log line: message, structured values and exception text.</summary>
    public IEnumerable<string> LogText() => Logs.GetSnapshot().SelectMany(record =>
        new[] { record.Message, record.Exception?.ToString() ?? string.Empty }
            .Concat(record.StructuredState?.Select(pair => pair.Key + "=" + pair.Value) ?? []));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
