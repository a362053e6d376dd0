using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aiia.Codegen.Benchmarks.Peers;

// The floor of benchmarks 3 and 4: records written by hand to match the spec, read by System.Text.Json's own source
// generator (a hand-declared context), and a status call written by hand with HttpClient.

/// <summary>The session state, read by its wire name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HandAuthenticationState>))]
public enum HandAuthenticationState
{
    InProgress,
    Succeeded,
    Failed,
    NotApplicable,
    Cancelled,
}

public sealed record HandAuthenticationStatus
{
    [JsonPropertyName("state")]
    public required HandAuthenticationState State { get; init; }

    [JsonPropertyName("code")]
    public string? Code { get; init; }
}

public sealed record HandTokensResponse
{
    [JsonPropertyName("success")]
    public required bool Success { get; init; }

    [JsonPropertyName("providerId")]
    public required string ProviderId { get; init; }

    [JsonPropertyName("session")]
    public required HandSessionTokens Session { get; init; }

    [JsonPropertyName("login")]
    public required HandLogin Login { get; init; }
}

public sealed record HandSessionTokens
{
    [JsonPropertyName("expires")]
    public required DateTimeOffset Expires { get; init; }

    [JsonPropertyName("accessToken")]
    public required string AccessToken { get; init; }
}

public sealed record HandLogin
{
    [JsonPropertyName("providerId")]
    public required string ProviderId { get; init; }

    [JsonPropertyName("expires")]
    public required DateTimeOffset Expires { get; init; }

    [JsonPropertyName("loginToken")]
    public required string LoginToken { get; init; }

    [JsonPropertyName("supportsUnattended")]
    public required bool SupportsUnattended { get; init; }

    [JsonPropertyName("label")]
    public string? Label { get; init; }

    [JsonPropertyName("subjectId")]
    public string? SubjectId { get; init; }
}

/// <summary>System.Text.Json source generation over the hand-written records (metadata and fast-path serialization).</summary>
[JsonSerializable(typeof(HandAuthenticationStatus))]
[JsonSerializable(typeof(HandTokensResponse))]
public sealed partial class HandJsonContext : JsonSerializerContext;

/// <summary>A status call written by hand: the request, the two credential headers, the status check and STJ.</summary>
public sealed class HandWrittenClient(HttpClient httpClient, string clientId, string clientSecret)
{
    public async Task<HandAuthenticationStatus> GetAuthenticationStatusAsync(string sessionId, int? pollTimeout = null, CancellationToken cancellationToken = default)
    {
        string uri = "v1/authentication/" + Uri.EscapeDataString(sessionId) + "/status";
        if (pollTimeout is int seconds)
        {
            uri += "?pollTimeout=" + seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("X-Client-Id", clientId);
        request.Headers.TryAddWithoutValidation("X-Client-Secret", clientSecret);
        using HttpResponseMessage response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync(body, HandJsonContext.Default.HandAuthenticationStatus, cancellationToken).ConfigureAwait(false)
            ?? throw new JsonException("The status body was null.");
    }
}

/// <summary>Answers every request with the same canned JSON body, in memory: no sockets, no server.</summary>
public sealed class CannedHandler(byte[] body) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
