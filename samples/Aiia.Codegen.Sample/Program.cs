using Aiia.Codegen.Runtime;
using Aiia.Codegen.Sample;
using Aiia.Codegen.Sandbox;
using Aiia.Codegen.Sessions;
using Microsoft.Extensions.DependencyInjection;

// The whole flow against the embedded sandbox (default), or against a real Aiia endpoint when AIIA_BASE_URL,
// AIIA_CLIENT_ID, AIIA_CLIENT_SECRET and AIIA_REDIRECT_URL are set.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var (settings, error) = SampleSettings.FromEnvironment(Environment.GetEnvironmentVariable);
if (error is not null)
{
    Console.Error.WriteLine(error);
    return 2;
}

try
{
    return settings is null
        ? await RunAgainstSandboxAsync(cancellation.Token)
        : await RunAgainstRealEndpointAsync(settings, cancellation.Token);
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}
catch (ApiException exception)
{
    // The message names the call, the status and the API's error code; never a body, a secret or a token.
    Console.Error.WriteLine(exception.Message);
    return 1;
}

static async Task<int> RunAgainstSandboxAsync(CancellationToken cancellationToken)
{
    await using var sandbox = await AiiaSandbox.StartAsync(cancellationToken: cancellationToken);
    Console.WriteLine($"Embedded Aiia sandbox listening on {sandbox.BaseAddress}");

    await using var services = CreateServices(sandbox.BaseAddress, sandbox.ClientId, sandbox.ClientSecret);
    // The embedded session store: a SQLite file, created on first use (a temporary one for the sandbox's made-up logins).
    await using var store = new SqliteSessionStore(Path.Combine(Path.GetTempPath(), "aiia-codegen-sample", "sessions.db"));
    var flow = new LoginFlow(services.GetRequiredService<AiiaAuthenticationClient>(), store, Console.Out);

    // The sandbox's simulated person approves the login after a short while.
    async Task PlayThePerson(InitializeResponse login, CancellationToken token)
    {
        await Task.Delay(TimeSpan.FromSeconds(2), token);
        Console.WriteLine("   (the simulated person approves the login at the bank)");
        sandbox.CompleteLogin(login.SessionId);
    }

    return await flow.RunAsync(
        "sample-user-0001",
        new Uri("https://example.test/aiia/callback"),
        PlayThePerson,
        new PollOptions { PollTimeout = TimeSpan.FromSeconds(10), Deadline = TimeSpan.FromMinutes(1) },
        cancellationToken);
}

static async Task<int> RunAgainstRealEndpointAsync(SampleSettings settings, CancellationToken cancellationToken)
{
    Console.WriteLine($"Calling {settings.BaseAddress}");
    await using var services = CreateServices(settings.BaseAddress, settings.ClientId, settings.ClientSecret);
    await using var store = new SqliteSessionStore(SqliteSessionStore.DefaultPath("Aiia.Codegen.Sample"));
    var flow = new LoginFlow(services.GetRequiredService<AiiaAuthenticationClient>(), store, Console.Out);

    Task OpenTheUrl(InitializeResponse login, CancellationToken token)
    {
        Console.WriteLine($"   Open this URL in a browser and log in: {login.AuthUrl}");
        return Task.CompletedTask;
    }

    return await flow.RunAsync(
        settings.UserHash,
        settings.RedirectUrl,
        OpenTheUrl,
        new PollOptions { PollTimeout = TimeSpan.FromSeconds(30), Deadline = TimeSpan.FromMinutes(5) },
        cancellationToken);
}

static ServiceProvider CreateServices(Uri baseAddress, string clientId, string clientSecret)
{
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddAiiaAuthenticationClient(options =>
    {
        options.BaseAddress = baseAddress;
        options.ClientId = clientId;
        options.ClientSecret = clientSecret;
    });
    return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}
