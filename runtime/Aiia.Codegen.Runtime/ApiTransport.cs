using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Sends <see cref="ApiRequest"/>s through an <see cref="HttpClient"/> and turns responses into values or
/// exceptions: <see cref="ApiException"/> for a non-success status, <see cref="ApiResponseFormatException"/> for
/// a success body that does not match the contract, <see cref="TimeoutException"/> for
/// <see cref="HttpClient.Timeout"/>. The caller's cancellation stays an <see cref="OperationCanceledException"/>,
/// and <see cref="HttpRequestException"/> (no response at all) propagates unchanged.
/// </summary>
public sealed class ApiTransport
{
    private readonly HttpClient _httpClient;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ILogger _pollLogger;
    private readonly PollOptions _defaultPollOptions;
    private readonly string _baseUri;

    /// <summary>Creates a transport over <paramref name="httpClient"/>, whose <see cref="HttpClient.BaseAddress"/>
    /// is the server (a path prefix such as <c>https://host/prefix/</c> is kept).</summary>
    /// <param name="httpClient">The client; it is not disposed by the transport (it may come from <c>IHttpClientFactory</c>).</param>
    /// <param name="options">Logging, clock and the insecure-HTTP switch; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> is null.</exception>
    /// <exception cref="ArgumentException">The base address is missing, relative, has a query, fragment or user
    /// info, or is plain HTTP on a host that is not loopback while <see cref="ApiClientOptions.AllowInsecureHttp"/> is off.</exception>
    public ApiTransport(HttpClient httpClient, ApiClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        options ??= new ApiClientOptions();

        _baseUri = ValidateBaseAddress(httpClient.BaseAddress, options.AllowInsecureHttp);
        _httpClient = httpClient;
        _timeProvider = options.TimeProvider;
        _defaultPollOptions = options.PollOptions;
        _logger = options.LoggerFactory?.CreateLogger(ApiTransportLog.Category) ?? NullLogger.Instance;
        _pollLogger = options.LoggerFactory?.CreateLogger("Aiia.Codegen.Runtime.LongPoller") ?? NullLogger.Instance;
    }

    /// <summary>Sends the request and reads the success body with <paramref name="converter"/>.</summary>
    /// <typeparam name="T">The response type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="converter">The generated converter for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the call; its cancellation propagates as is.</param>
    /// <returns>The response value.</returns>
    /// <exception cref="ApiException">The status is not 2xx.</exception>
    /// <exception cref="ApiResponseFormatException">The 2xx body is empty, not JSON, or does not match the contract.</exception>
    /// <exception cref="TimeoutException"><see cref="HttpClient.Timeout"/> elapsed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="HttpRequestException">No response (connection, TLS, DNS).</exception>
    public async Task<T> SendAsync<T>(ApiRequest request, JsonConverter<T> converter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(converter);

        (int status, byte[] body, int length) = await SendCoreAsync(request, readSuccessBody: true, cancellationToken).ConfigureAwait(false);
        try
        {
            return Parse(body.AsSpan(0, length), converter);
        }
        catch (ApiJsonException ex)
        {
            ApiTransportLog.ResponseMismatch(_logger, status, request.Method.Method, request.PathTemplate, request.OperationId, ex.JsonPath);
            // Built afresh without an inner exception: nothing that could quote the body travels on.
            throw new ApiResponseFormatException(status, request.Method.Method, request.PathTemplate, request.OperationId, ex.JsonPath, ex.Reason);
        }
        finally
        {
            // The body may hold codes and tokens: cleared before the buffer goes back to the shared pool.
            ReturnBody(body);
        }
    }

    /// <summary>The clock of this transport, for code expiry and waits.</summary>
    public TimeProvider TimeProvider => _timeProvider;

    /// <summary>
    /// Waits until <paramref name="isTerminal"/> holds for the state of the polled response, using the server's
    /// long poll; generated <c>WaitFor...Async</c> methods call this. Only for idempotent operations.
    /// </summary>
    /// <typeparam name="T">The polled operation's response.</typeparam>
    /// <typeparam name="TState">The state read from the response.</typeparam>
    /// <param name="operationId">The polled operation, for logs.</param>
    /// <param name="poll">Sends one request, given the long-poll window in whole seconds and a token.</param>
    /// <param name="stateOf">Reads the state from a response.</param>
    /// <param name="isTerminal">Whether a state ends the wait.</param>
    /// <param name="options">Deadline, poll window and backoff; null for <see cref="ApiClientOptions.PollOptions"/>.</param>
    /// <param name="progress">Told of every non-terminal response.</param>
    /// <param name="cancellationToken">Ends the wait with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The terminal response, or the deadline with the last response seen.</returns>
    /// <exception cref="ApiException">A non-transient error status (e.g. 400, 401, 404).</exception>
    /// <exception cref="ApiResponseFormatException">A response does not match the contract.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<PollResult<T>> PollAsync<T, TState>(
        string operationId,
        Func<int, CancellationToken, Task<T>> poll,
        Func<T, TState> stateOf,
        Func<TState, bool> isTerminal,
        PollOptions? options = null,
        IProgress<T>? progress = null,
        CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(operationId);
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(stateOf);
        ArgumentNullException.ThrowIfNull(isTerminal);
        return LongPoller.WaitAsync(operationId, poll, stateOf, isTerminal, options ?? _defaultPollOptions, progress, _timeProvider, _pollLogger, cancellationToken);
    }

    /// <summary>Sends the request for an operation whose success has no body (any 2xx body is ignored).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call; its cancellation propagates as is.</param>
    /// <returns>A task that completes when a 2xx response has arrived.</returns>
    /// <exception cref="ApiException">The status is not 2xx.</exception>
    /// <exception cref="TimeoutException"><see cref="HttpClient.Timeout"/> elapsed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="HttpRequestException">No response (connection, TLS, DNS).</exception>
    public async Task SendAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await SendCoreAsync(request, readSuccessBody: false, cancellationToken).ConfigureAwait(false);
    }

    // Base address (with its path prefix) + escaped path + query with names and values escaped.
    internal Uri BuildUri(ApiRequest request)
    {
        // Everything is escaped already; canonicalization would only undo escapes such as %2E%2E.
        var options = new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true };
        if (request.Query.Count == 0)
        {
            return new Uri(string.Concat(_baseUri, request.Path), options);
        }

        // Built on the stack (pooled if longer): one string is allocated, the URI's own.
        var uri = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[256]);
        uri.AppendLiteral(_baseUri);
        uri.AppendLiteral(request.Path);
        char separator = '?';
        foreach ((string name, string value) in request.Query)
        {
            uri.AppendFormatted(separator);
            uri.AppendLiteral(Uri.EscapeDataString(name));
            uri.AppendFormatted('=');
            uri.AppendLiteral(Uri.EscapeDataString(value));
            separator = '&';
        }

        return new Uri(uri.ToStringAndClear(), options);
    }

    // A success body is returned in a buffer rented from the shared pool (Length bytes of it); give it back with ReturnBody.
    private async Task<(int Status, byte[] Body, int Length)> SendCoreAsync(ApiRequest request, bool readSuccessBody, CancellationToken cancellationToken)
    {
        string method = request.Method.Method;
        ApiTransportLog.RequestStarting(_logger, method, request.PathTemplate, request.OperationId);
        long started = _timeProvider.GetTimestamp();

        using HttpRequestMessage message = CreateMessage(request);
        try
        {
            using HttpResponseMessage response = await _httpClient
                .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
            int status = (int)response.StatusCode;

            if (response.IsSuccessStatusCode)
            {
                (byte[] body, int length) = readSuccessBody
                    ? await ReadPooledAsync(response.Content, cancellationToken).ConfigureAwait(false)
                    : ([], 0);
                ApiTransportLog.RequestSucceeded(_logger, method, request.PathTemplate, request.OperationId, status, ElapsedMilliseconds(started));
                return (status, body, length);
            }

            byte[] errorBody = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var exception = ApiException.FromResponse(request, response, errorBody, _timeProvider);
            ApiTransportLog.RequestFailed(
                _logger, method, request.PathTemplate, request.OperationId, status,
                ApiException.LoggableErrorCode(exception.ErrorCode), ElapsedMilliseconds(started));
            throw exception;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Not our caller's token: HttpClient.Timeout (or a handler's own timeout) elapsed.
            double elapsed = ElapsedMilliseconds(started);
            ApiTransportLog.RequestTimedOut(_logger, method, request.PathTemplate, request.OperationId, elapsed);
            throw new TimeoutException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{method} {request.PathTemplate} ({request.OperationId}) did not complete within the HttpClient timeout ({FormatTimeout(_httpClient.Timeout)}). For long polls, make HttpClient.Timeout longer than pollTimeout."),
                ex);
        }
        catch (HttpRequestException ex)
        {
            ApiTransportLog.RequestNotSent(_logger, method, request.PathTemplate, request.OperationId, ex.GetType().Name, ElapsedMilliseconds(started));
            throw;
        }
    }

    private HttpRequestMessage CreateMessage(ApiRequest request)
    {
        var message = new HttpRequestMessage(request.Method, BuildUri(request));
        try
        {
            // Headers go on each message, never DefaultRequestHeaders: credentials and tokens stay per call.
            foreach (ApiHeader header in request.Headers)
            {
                if (!message.Headers.TryAddWithoutValidation(header.Name, header.Value))
                {
                    throw new InvalidOperationException($"The header '{header.Name}' cannot be set on a request (it is a content header or not a valid name).");
                }
            }

            if (request.JsonBody is ReadOnlyMemory<byte> body)
            {
                message.Content = new ReadOnlyMemoryContent(body);
                // A new header value per message: MediaTypeHeaderValue is mutable, so it is never shared.
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    // Reads the body into a rented buffer: no array of the body's size per call (ReadAsByteArrayAsync buffers, then copies).
    private static async ValueTask<(byte[] Buffer, int Length)> ReadPooledAsync(HttpContent content, CancellationToken cancellationToken)
    {
        long? declared = content.Headers.ContentLength;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(declared is > 0 and < MaxInitialBodyBuffer ? (int)declared.Value + 1 : 4096);
        int length = 0;
        try
        {
            using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (length == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ReturnBody(buffer);
                    buffer = larger;
                }

                int read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length);
                }

                length += read;
            }
        }
        catch
        {
            ReturnBody(buffer);
            throw;
        }
    }

    private const int MaxInitialBodyBuffer = 1024 * 1024;

    private static void ReturnBody(byte[] body)
    {
        if (body.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(body, clearArray: true);
        }
    }

    private T Parse<T>(ReadOnlySpan<byte> body, JsonConverter<T> converter)
    {
        if (body.Length == 0)
        {
            throw new ApiJsonException("$", "expected a JSON body, the response was empty");
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read())
            {
                throw new ApiJsonException("$", "expected a JSON body, the response was only whitespace");
            }

            T? value = converter.Read(ref reader, typeof(T), ApiJson.SerializerOptions);
            // Anything but whitespace after the value makes the reader throw: the body is not one JSON value.
            while (reader.Read())
            {
            }

            return value ?? throw ApiJson.NullNotAllowed();
        }
        catch (JsonException ex) when (ex is not ApiJsonException)
        {
            throw ApiJson.ToApiJsonException(ex);
        }
    }

    private double ElapsedMilliseconds(long started) => _timeProvider.GetElapsedTime(started).TotalMilliseconds;

    private static string FormatTimeout(TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? "infinite" : timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    // Returns the base address as "scheme://authority/prefix" without a trailing slash, ready for "/v1/...".
    internal static string ValidateBaseAddress(Uri? baseAddress, bool allowInsecureHttp)
    {
        const string Example = "e.g. new HttpClient { BaseAddress = new Uri(\"https://api.nordicapigateway.com/\") }, or c.BaseAddress = ... in AddHttpClient";
        if (baseAddress is null)
        {
            throw new ArgumentException($"HttpClient.BaseAddress is not set. Set it to the API's base address, {Example}.", "httpClient");
        }

        if (!baseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException($"HttpClient.BaseAddress must be an absolute URI, {Example}.", "httpClient");
        }

        if (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"HttpClient.BaseAddress must use https, not '{baseAddress.Scheme}'.", "httpClient");
        }

        // Messages below name scheme and host only: user info would be a credential.
        if (!string.IsNullOrEmpty(baseAddress.UserInfo))
        {
            throw new ArgumentException($"HttpClient.BaseAddress for host '{baseAddress.Host}' must not contain user info; credentials go in ApiClientOptions or the client's credentials, never in the URI.", "httpClient");
        }

        if (!string.IsNullOrEmpty(baseAddress.Query) || !string.IsNullOrEmpty(baseAddress.Fragment))
        {
            throw new ArgumentException($"HttpClient.BaseAddress for host '{baseAddress.Host}' must not have a query or fragment; give only scheme, host and an optional path prefix.", "httpClient");
        }

        if (baseAddress.Scheme == Uri.UriSchemeHttp && !baseAddress.IsLoopback && !allowInsecureHttp)
        {
            throw new ArgumentException(
                $"HttpClient.BaseAddress is http://{baseAddress.Authority}: every call carries the client secret and tokens, so plain HTTP is refused except on loopback. Use https://, or for a test server set ApiClientOptions.AllowInsecureHttp = true.",
                "httpClient");
        }

        return baseAddress.GetLeftPart(UriPartial.Authority) + baseAddress.AbsolutePath.TrimEnd('/');
    }
}
