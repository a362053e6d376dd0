using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aiia.Codegen.Sandbox;

/// <summary>
/// An in-process emulator of the Aiia Enterprise authentication API on Kestrel, for samples and integration tests:
/// <code>await using var sandbox = await AiiaSandbox.StartAsync();</code>
/// It follows the documented rules (credentials, userHash pattern, long polling, single-use one-minute codes,
/// login token replacement) and reads and writes bodies with the types generated from the same spec as the clients.
/// The person at the bank is simulated by <see cref="CompleteLogin"/>, by the HTML page at a login's <c>authUrl</c>,
/// or by <see cref="AiiaSandboxOptions.AutoCompleteAfter"/>.
/// </summary>
public sealed class AiiaSandbox : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SandboxStore _store;
    private readonly HeldStatusRequestCounter _heldStatusRequests;
    private readonly CancellationTokenSource _stopping;
    private readonly SandboxSettings _settings;
    private Uri? _baseAddress;
    private int _disposed;

    private AiiaSandbox(
        WebApplication app,
        SandboxSettings settings,
        SandboxStore store,
        SandboxStatistics statistics,
        SandboxFaults faults,
        SandboxElsewhere elsewhere,
        HeldStatusRequestCounter heldStatusRequests,
        CancellationTokenSource stopping)
    {
        _app = app;
        _settings = settings;
        _store = store;
        Statistics = statistics;
        Faults = faults;
        Elsewhere = elsewhere;
        _heldStatusRequests = heldStatusRequests;
        _stopping = stopping;
    }

    /// <summary>The sandbox's address, <c>http://127.0.0.1:port/</c>: the <c>BaseAddress</c> of a generated client's
    /// <see cref="HttpClient"/>.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The sandbox has not started.");

    /// <summary>The client id the sandbox accepts.</summary>
    public string ClientId => _settings.ClientId;

    /// <summary>The client secret the sandbox accepts (a sandbox value, not a real secret).</summary>
    public string ClientSecret => _settings.ClientSecret;

    /// <summary>The sandbox's clock, as given in <see cref="AiiaSandboxOptions.TimeProvider"/>.</summary>
    public TimeProvider TimeProvider => _settings.TimeProvider;

    /// <summary>What the sandbox saw: requests, faults, code exchanges.</summary>
    public SandboxStatistics Statistics { get; }

    /// <summary>Fault injection, changeable while the sandbox runs.</summary>
    public SandboxFaults Faults { get; }

    /// <summary>Another origin of the sandbox (the same address, another port), where
    /// <see cref="SandboxFaultKinds.CrossOriginRedirect"/> sends clients, and what it received there.</summary>
    public SandboxElsewhere Elsewhere { get; }

    /// <summary>A snapshot of every login session, oldest first.</summary>
    public IReadOnlyCollection<SandboxSession> Sessions => _store.Snapshot();

    /// <summary>Status requests being held by a long poll right now.</summary>
    public int HeldStatusRequests => _heldStatusRequests.Count;

    /// <summary>Starts a sandbox on <see cref="AiiaSandboxOptions.Address"/> (loopback) and
    /// <see cref="AiiaSandboxOptions.Port"/> (a free one); dispose it to stop it.</summary>
    /// <param name="options">The sandbox's settings, read once at start; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running sandbox.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static async Task<AiiaSandbox> StartAsync(AiiaSandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AiiaSandboxOptions();
        options.Validate();
        var settings = new SandboxSettings(options);

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(AiiaSandbox).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // The host application's appsettings and ASPNETCORE_* variables (URLs, Kestrel endpoints) are not ours.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        if (options.LoggerFactory is { } loggerFactory)
        {
            // Registered after the default one, so it is the factory Kestrel and the sandbox resolve; not disposed with us.
            builder.Services.AddSingleton(loggerFactory);
        }

        builder.Services.AddSingleton<IHostLifetime, NoHostLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        // The second listener is the other origin (SandboxElsewhere); the options are kept to read the bound ports.
        ListenOptions? own = null;
        ListenOptions? other = null;
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(options.Address, options.Port, listen => own = listen);
            kestrel.Listen(options.Address, 0, listen => other = listen);
        });

        WebApplication app = builder.Build();
        ILogger logger = options.LoggerFactory?.CreateLogger("Aiia.Codegen.Sandbox") ?? NullLogger.Instance;
        var stopping = new CancellationTokenSource();
        var statistics = new SandboxStatistics();
        var faults = new SandboxFaults(options.Seed);
        var elsewhere = new SandboxElsewhere();
        var held = new HeldStatusRequestCounter();
        var store = new SandboxStore(settings, statistics, logger);
        var sandbox = new AiiaSandbox(app, settings, store, statistics, faults, elsewhere, held, stopping);
        sandbox.Configure(logger);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            // Kestrel puts the port it bound into each listener's endpoint, so port 0 reads back as the real one.
            elsewhere.Started(ToBaseAddress(options.Address, other!.IPEndPoint!.Port));
            sandbox._baseAddress = ToBaseAddress(options.Address, own!.IPEndPoint!.Port);
        }
        catch (Exception)
        {
            // The start failure (e.g. the port is taken) propagates as is, after the half-started host is cleaned up.
            await TryStopAsync(sandbox).ConfigureAwait(false);
            throw;
        }

        SandboxLog.Started(logger, sandbox.BaseAddress);
        return sandbox;
    }

    /// <summary>Creates an <see cref="HttpClient"/> whose <c>BaseAddress</c> is the sandbox, over a handler that does
    /// not follow redirects (as a generated client expects: it follows same-origin ones itself); the caller disposes
    /// it. Credentials are not added: give <see cref="ClientId"/> and <see cref="ClientSecret"/> to the generated client.</summary>
    /// <returns>The client.</returns>
    public HttpClient CreateHttpClient() => new(Aiia.Codegen.Runtime.ApiHttp.CreateHandler()) { BaseAddress = BaseAddress };

    /// <summary>The simulated person finishes the login: <see cref="SandboxLoginOutcome.Succeeded"/> issues the
    /// authentication code now (by the sandbox's clock); held status requests answer at once.</summary>
    /// <param name="sessionId">The session id from initialize.</param>
    /// <param name="outcome">How the login ends.</param>
    /// <exception cref="ArgumentException">The sandbox has no such session.</exception>
    /// <exception cref="InvalidOperationException">The login already finished.</exception>
    public void CompleteLogin(string sessionId, SandboxLoginOutcome outcome = SandboxLoginOutcome.Succeeded)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        _store.Complete(sessionId, outcome);
    }

    /// <summary>Where the person's browser is sent after the login: the session's <c>redirectUrl</c> with
    /// <c>code=...</c> (escaped) or <c>error=...</c> appended to its query.</summary>
    /// <param name="sessionId">The session id from initialize.</param>
    /// <returns>The redirect URI.</returns>
    /// <exception cref="ArgumentException">The sandbox has no such session.</exception>
    /// <exception cref="InvalidOperationException">The login is still in progress.</exception>
    public Uri GetRedirectUri(string sessionId)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        LoginSession session = _store.FindSession(sessionId)
            ?? throw new ArgumentException($"The sandbox has no login session '{sessionId}'.", nameof(sessionId));
        return RedirectUris.For(session)
            ?? throw new InvalidOperationException($"The login session '{sessionId}' is still in progress: the person has not been redirected yet.");
    }

    /// <summary>A snapshot of one login session.</summary>
    /// <param name="sessionId">The session id from initialize.</param>
    /// <returns>The snapshot, or null when the sandbox has no such session.</returns>
    public SandboxSession? GetSession(string sessionId)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        return _store.FindSession(sessionId)?.Snapshot();
    }

    /// <summary>Completes when at least <paramref name="count"/> status requests are being held by a long poll, so a
    /// test can complete the login or advance a fake clock exactly while the client is waiting.</summary>
    /// <param name="count">How many held requests to wait for (1).</param>
    /// <param name="cancellationToken">Ends the wait; use one with a generous limit as a hang guard.</param>
    /// <returns>A task that completes when the count is reached.</returns>
    public Task WaitForHeldStatusRequestsAsync(int count = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return _heldStatusRequests.WaitAsync(held => held >= count, cancellationToken);
    }

    /// <summary>Names the sandbox without its secret.</summary>
    /// <returns>The address and client id.</returns>
    public override string ToString() =>
        $"AiiaSandbox {{ BaseAddress = {_baseAddress}, ClientId = {ClientId}, ClientSecret = [redacted] }}";

    /// <summary>Stops the sandbox: held long polls answer at once, pending auto-completions are dropped, and Kestrel
    /// stops. Safe to call more than once.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _store.Stop();
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _stopping.Dispose();
        }
    }

    /// <summary>Wait for a held-count condition (also downwards, e.g. "no request held"), for tests.</summary>
    internal Task WaitForHeldStatusRequestsAsync(Func<int, bool> condition, CancellationToken cancellationToken) =>
        _heldStatusRequests.WaitAsync(condition, cancellationToken);

    /// <summary>The pipeline: the other origin apart; then count, inject faults, check credentials, then the endpoint.</summary>
    private void Configure(ILogger logger)
    {
        var responses = new ApiResponses(logger);
        var api = new AuthenticationEndpoints(_store, _settings, _heldStatusRequests, responses, () => _baseAddress, _stopping.Token);
        var pages = new LoginPages(_store);
        var hostile = new HostileResponses(Faults, Statistics, Elsewhere, _stopping.Token);
        var faults = new FaultInjectionMiddleware(Faults, Statistics, responses, hostile, _settings.TimeProvider, logger, _stopping.Token);
        var credentials = new ClientCredentialsMiddleware(_settings, Statistics, responses);
        var elsewhere = new ElsewhereOrigin(Elsewhere, _settings, logger);

        // The other origin answers everything itself: no routing, counting, faults or credentials there.
        _app.Use(elsewhere.InvokeAsync);
        _app.UseRouting();
        _app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<SandboxEndpoint>() is { } endpoint)
            {
                Statistics.CountRequest(endpoint.Name);
            }

            return next(context);
        });
        _app.Use(faults.InvokeAsync);
        _app.Use(credentials.InvokeAsync);

        // RequestDelegate overloads: no parameter binding by reflection, nothing for trimming to worry about.
        Map("POST", "/v1/authentication/initialize", SandboxEndpointNames.Initialize, isApi: true, api.InitializeAsync);
        Map("GET", "/v1/authentication/{sessionId}/status", SandboxEndpointNames.Status, isApi: true, api.StatusAsync);
        Map("POST", "/v1/authentication/tokens", SandboxEndpointNames.Tokens, isApi: true, api.TokensAsync);
        Map("POST", "/v1/authentication/unattended", SandboxEndpointNames.Unattended, isApi: true, api.UnattendedAsync);
        Map("GET", "/sandbox/login/{sessionId}", SandboxEndpointNames.LoginPage, isApi: false, pages.PageAsync);
        Map("GET", "/sandbox/login/{sessionId}/approve", SandboxEndpointNames.Approve, isApi: false, pages.ApproveAsync);
        Map("GET", "/sandbox/login/{sessionId}/reject", SandboxEndpointNames.Reject, isApi: false, pages.RejectAsync);
        Map("GET", "/sandbox/login/{sessionId}/fail", SandboxEndpointNames.Fail, isApi: false, pages.FailAsync);
    }

    private void Map(string method, string pattern, string name, bool isApi, RequestDelegate handler) =>
        _app.MapMethods(pattern, [method], handler).WithMetadata(new SandboxEndpoint(name, isApi));

    /// <summary>Cleans up after a failed start without hiding why it failed.</summary>
    private static async Task TryStopAsync(AiiaSandbox sandbox)
    {
        try
        {
            await sandbox.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The start failure is the error worth reporting; a second one from the half-started host is noise.
        }
    }

    /// <summary>A connectable address: a wildcard listener is reached through loopback.</summary>
    private static Uri ToBaseAddress(IPAddress address, int port)
    {
        IPAddress host = address.Equals(IPAddress.Any) ? IPAddress.Loopback
            : address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback
            : address;
        string hostText = host.AddressFamily == AddressFamily.InterNetworkV6 ? "[" + host + "]" : host.ToString();
        return new Uri($"http://{hostText}:{port}/");
    }
}
