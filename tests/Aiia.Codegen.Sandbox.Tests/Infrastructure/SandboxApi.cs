using System.Net;
using System.Text;
using System.Text.Json;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary>
/// Owns a started sandbox and calls it the way the documentation shows (curl-like: raw JSON, credentials headers on each request),
/// with a hang guard on every call. Deliberately not the generated client: these tests check the API itself.
/// </summary>
internal sealed class SandboxApi(AiiaSandbox sandbox, HttpClient http) : IAsyncDisposable
{
    public const string UserHash = "user-hash-0001";
    public const string RedirectUrl = "https://client.example/callback";

    /// <summary>Generous: only ever reached when something hangs.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    public AiiaSandbox Sandbox => sandbox;

    public HttpClient Http => http;

    public static async Task<SandboxApi> StartAsync(AiiaSandboxOptions? options = null)
    {
        AiiaSandbox sandbox = await AiiaSandbox.StartAsync(options).WaitAsync(HangGuard);
        // A plain HttpClient, as a careless caller has: it follows redirects (even to another origin) on its own.
        return new SandboxApi(sandbox, new HttpClient { BaseAddress = sandbox.BaseAddress });
    }

    /// <summary>Starts a sandbox that gives every <c>/v1/</c> request a fault of <paramref name="kind"/>.</summary>
    public static async Task<SandboxApi> StartFaultingAsync(SandboxFaultKinds kind, AiiaSandboxOptions? options = null)
    {
        SandboxApi api = await StartAsync(options);
        api.Sandbox.Faults.Kinds = kind;
        api.Sandbox.Faults.Rate = 1;
        return api;
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? json = null, string? clientId = null, string? clientSecret = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Client-Id", clientId ?? sandbox.ClientId);
        request.Headers.Add("X-Client-Secret", clientSecret ?? sandbox.ClientSecret);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return request;
    }

    public async Task<ApiResult> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        using (request)
        {
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).WaitAsync(HangGuard, cancellationToken);
            string text = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonElement json = default;
            if (response.Content.Headers.ContentType?.MediaType == "application/json")
            {
                using JsonDocument document = JsonDocument.Parse(text);
                json = document.RootElement.Clone();
            }

            return new ApiResult(response.StatusCode, text, json, response.Headers);
        }
    }

    /// <summary>A client of the sandbox that does not follow redirects, for tests of the redirect itself; the caller
    /// disposes it.</summary>
    public HttpClient CreateClientWithoutRedirects() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = sandbox.BaseAddress };

    /// <summary>Sends with <paramref name="client"/> and returns as soon as the headers arrived; the caller disposes
    /// the response (and reads its body, if at all).</summary>
    public static Task<HttpResponseMessage> SendForHeadersAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken = default) =>
        client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).WaitAsync(HangGuard, cancellationToken);

    public Task<ApiResult> PostAsync(string path, string json, CancellationToken cancellationToken = default) =>
        SendAsync(Request(HttpMethod.Post, path, json), cancellationToken);

    public Task<ApiResult> InitializeRawAsync(string userHash = UserHash, string redirectUrl = RedirectUrl, CancellationToken cancellationToken = default) =>
        PostAsync("/v1/authentication/initialize", InitializeJson(userHash, redirectUrl), cancellationToken);

    /// <summary>The body of an initialize request.</summary>
    public static string InitializeJson(string userHash = UserHash, string redirectUrl = RedirectUrl) =>
        Json(new Dictionary<string, string> { ["userHash"] = userHash, ["redirectUrl"] = redirectUrl });

    /// <summary>Starts a login and returns its session id.</summary>
    public async Task<string> InitializeAsync(string userHash = UserHash, string redirectUrl = RedirectUrl)
    {
        ApiResult result = await InitializeRawAsync(userHash, redirectUrl);
        Assert.Equal(HttpStatusCode.OK, result.Status);
        return result.String("sessionId");
    }

    public Task<ApiResult> StatusAsync(string sessionId, string? pollTimeout = null, CancellationToken cancellationToken = default) =>
        SendAsync(
            Request(HttpMethod.Get, $"/v1/authentication/{Uri.EscapeDataString(sessionId)}/status" + (pollTimeout is null ? "" : "?pollTimeout=" + pollTimeout)),
            cancellationToken);

    /// <summary>Initializes, lets the person approve, and reads the code from the status operation.</summary>
    public async Task<(string SessionId, string Code)> LoginAsync(string userHash = UserHash)
    {
        string sessionId = await InitializeAsync(userHash);
        sandbox.CompleteLogin(sessionId);
        ApiResult status = await StatusAsync(sessionId);
        Assert.Equal("Succeeded", status.String("state"));
        return (sessionId, status.String("code"));
    }

    public Task<ApiResult> ExchangeAsync(string code) =>
        PostAsync("/v1/authentication/tokens", Json(new Dictionary<string, string> { ["code"] = code }));

    public Task<ApiResult> UnattendedAsync(string userHash, string loginToken) =>
        PostAsync("/v1/authentication/unattended", Json(new Dictionary<string, string> { ["userHash"] = userHash, ["loginToken"] = loginToken }));

    /// <summary>Stops the sandbox (and the client): every test does, with <c>await using</c>.</summary>
    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await sandbox.DisposeAsync();
    }

    /// <summary>A JSON object of strings, written without reflection (values may hold quotes and backslashes).</summary>
    public static string Json(IReadOnlyDictionary<string, string> properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach ((string name, string value) in properties)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
