using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Sends <see cref="ApiRequest"/>s through an <see cref="HttpClient"/> and turns responses into values or
/// <see cref="ApiException"/>s. Every call goes through one retry layer (transient failures of idempotent calls,
/// <c>Retry-After</c> honoured), each attempt bounded by <see cref="ApiClientOptions.AttemptTimeout"/> beyond the
/// server's hold; redirects are followed only within the base address's origin; bodies are read up to
/// <see cref="ApiClientOptions.MaxResponseBytes"/>. The caller's cancellation stays an
/// <see cref="OperationCanceledException"/>. The status and headers of each call's final response go to the caller's
/// <see cref="ApiResponseCapture"/> scope, if one is open. Generated clients create one per client instance.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiTransport
{
    private readonly HttpClient _httpClient;
    private readonly ApiClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ILogger _pollLogger;
    private readonly string _baseUri;
    private readonly Uri _baseAddress;
    private readonly IReadOnlySet<string> _documentedErrorCodes;
    private readonly ResiliencePipeline _retries;

    /// <summary>Creates a transport over <paramref name="httpClient"/>, whose <see cref="HttpClient.BaseAddress"/>
    /// (else <see cref="ApiClientOptions.BaseAddress"/>) is the server; a path prefix such as
    /// <c>https://host/prefix/</c> is kept.</summary>
    /// <param name="httpClient">The client; not disposed by the transport (it may come from <c>IHttpClientFactory</c>).
    /// It should not follow redirects itself (<c>AllowAutoRedirect = false</c>): if it does, a redirect to another
    /// origin is detected when its response arrives and refused with <see cref="ApiRedirectException"/>.</param>
    /// <param name="options">The client's settings; read once, here.</param>
    /// <param name="documentedErrorCodes">The <c>error</c> codes the spec documents: only these appear in messages
    /// and logs (any other could be a value the server echoed, such as the secret).</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or the base address is missing, relative, has a
    /// query, fragment or user info, or is plain HTTP off loopback while <see cref="ApiClientOptions.AllowInsecureHttp"/> is off.</exception>
    public ApiTransport(HttpClient httpClient, ApiClientOptions options, IEnumerable<string>? documentedErrorCodes = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid(nameof(options));

        Uri? baseAddress = httpClient.BaseAddress ?? options.BaseAddress;
        if (CheckBaseAddress(baseAddress, options, "HttpClient.BaseAddress") is { } problem)
        {
            throw new ArgumentException(problem, nameof(httpClient));
        }

        _baseAddress = baseAddress!;
        _baseUri = _baseAddress.GetLeftPart(UriPartial.Authority) + _baseAddress.AbsolutePath.TrimEnd('/');
        _httpClient = httpClient;
        _options = options;
        _timeProvider = options.TimeProvider;
        _documentedErrorCodes = new HashSet<string>(documentedErrorCodes ?? [], StringComparer.Ordinal);
        _logger = options.LoggerFactory?.CreateLogger(ApiTransportLog.Category) ?? NullLogger.Instance;
        _pollLogger = options.LoggerFactory?.CreateLogger(LongPollerLog.Category) ?? NullLogger.Instance;
        _retries = ApiRetries.Build(options, _logger);
    }

    /// <summary>The clock of this transport, for code expiry and waits.</summary>
    public TimeProvider TimeProvider => _timeProvider;

    /// <summary>Sends the request and reads the success body with <paramref name="converter"/>.</summary>
    /// <typeparam name="T">The response type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="converter">The generated converter for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the call; its cancellation propagates as is.</param>
    /// <returns>The response value.</returns>
    /// <exception cref="ApiException">The status is not 2xx (after retries when transient), or a derived type:
    /// <see cref="ApiResponseFormatException"/>, <see cref="ApiResponseTooLargeException"/>,
    /// <see cref="ApiRedirectException"/>, <see cref="ApiTransportException"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ by a required converter, so no call is ambiguous; generated code names every argument.")]
    public async Task<T> SendAsync<T>(ApiRequest request, JsonConverter<T> converter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(converter);
        var call = new ApiCall(request.Method, _ => request, readBody: true, RetryLimit(request), deadline: null, _timeProvider);
        ResponseBody body = await SendWithRetriesAsync(call, cancellationToken).ConfigureAwait(false);
        return Parse(call.LastRequest!, body, converter);
    }

    /// <summary>Sends the request and reads the success body with <paramref name="converter"/>, or returns null when the
    /// status is one the operation documents without a body (e.g. <c>204</c> beside a <c>200</c> JSON body); such an
    /// answer's body, if any, is ignored. Any other status reads as for <see cref="SendAsync{T}"/>: an empty body there
    /// is still <see cref="ApiResponseFormatException"/>.</summary>
    /// <typeparam name="T">The response type, a reference type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="converter">The generated converter for <typeparamref name="T"/>.</param>
    /// <param name="bodilessStatuses">The 2xx statuses the operation documents without a body.</param>
    /// <param name="cancellationToken">Cancels the call; its cancellation propagates as is.</param>
    /// <returns>The response value, or null for a bodiless status.</returns>
    /// <exception cref="ApiException">As for <see cref="SendAsync{T}"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<T?> SendForBodyOrNullAsync<T>(ApiRequest request, JsonConverter<T> converter, int[] bodilessStatuses, CancellationToken cancellationToken = default)
        where T : class =>
        await SendUnlessBodilessAsync(request, converter, bodilessStatuses, cancellationToken).ConfigureAwait(false) is (false, var value) ? value : null;

    /// <summary>As <see cref="SendForBodyOrNullAsync{T}"/>, for a response that is a value type (an enum, a number).</summary>
    /// <typeparam name="T">The response type, a value type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="converter">The generated converter for <typeparamref name="T"/>.</param>
    /// <param name="bodilessStatuses">The 2xx statuses the operation documents without a body.</param>
    /// <param name="cancellationToken">Cancels the call; its cancellation propagates as is.</param>
    /// <returns>The response value, or null for a bodiless status.</returns>
    /// <exception cref="ApiException">As for <see cref="SendAsync{T}"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<T?> SendForValueOrNullAsync<T>(ApiRequest request, JsonConverter<T> converter, int[] bodilessStatuses, CancellationToken cancellationToken = default)
        where T : struct =>
        await SendUnlessBodilessAsync(request, converter, bodilessStatuses, cancellationToken).ConfigureAwait(false) is (false, var value) ? value : null;

    // The parsed body, or Bodiless (the body, if any, returned to the pool unread) for a bodiless status.
    private async Task<(bool Bodiless, T? Value)> SendUnlessBodilessAsync<T>(ApiRequest request, JsonConverter<T> converter, int[] bodilessStatuses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(converter);
        ArgumentNullException.ThrowIfNull(bodilessStatuses);
        var call = new ApiCall(request.Method, _ => request, readBody: true, RetryLimit(request), deadline: null, _timeProvider) { BodilessStatuses = bodilessStatuses };
        ResponseBody body = await SendWithRetriesAsync(call, cancellationToken).ConfigureAwait(false);
        if (Array.IndexOf(bodilessStatuses, body.Status) >= 0)
        {
            body.Return();
            return (true, default);
        }

        return (false, Parse(call.LastRequest!, body, converter));
    }

    /// <summary>Sends the request and reads a text success body (<c>text/*</c>, <c>application/jwt</c>) as UTF-8,
    /// up to <see cref="ApiClientOptions.MaxResponseBytes"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call; its cancellation propagates as is.</param>
    /// <returns>The text; empty when the response had no body.</returns>
    /// <exception cref="ApiException">The status is not 2xx, or a derived type as for <see cref="SendAsync{T}"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<string> SendForTextAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiCall(request.Method, _ => request, readBody: true, RetryLimit(request), deadline: null, _timeProvider);
        ResponseBody body = await SendWithRetriesAsync(call, cancellationToken).ConfigureAwait(false);
        try
        {
            return System.Text.Encoding.UTF8.GetString(ApiBodies.WithoutByteOrderMark(body.Span));
        }
        finally
        {
            body.Return();
        }
    }

    /// <summary>Sends the request and hands over the open success response, its body unread (a download). Error
    /// statuses are still read and thrown as for <see cref="SendAsync{T}"/>; <see cref="ApiClientOptions.MaxResponseBytes"/>
    /// does not apply to the stream the caller reads.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call up to the headers; reads of the stream take their own token.</param>
    /// <returns>The response, which the caller disposes.</returns>
    /// <exception cref="ApiException">The status is not 2xx, or a derived type as for <see cref="SendAsync{T}"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ApiBinaryResponse> SendForStreamAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiCall(request.Method, _ => request, readBody: true, RetryLimit(request), deadline: null, _timeProvider) { StreamBody = true };
        ResponseBody body = await SendWithRetriesAsync(call, cancellationToken).ConfigureAwait(false);
        HttpResponseMessage response = body.Streamed!;
        try
        {
            Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ApiBinaryResponse(response, stream);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    // A body read from the caller's stream can be sent once only.
    private int RetryLimit(ApiRequest request) => request.IsRepeatable ? _options.MaxRetries : 0;

    /// <summary>Sends the request for an operation whose success has no body (any 2xx body is ignored).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call; its cancellation propagates as is.</param>
    /// <returns>A task that completes when a 2xx response has arrived.</returns>
    /// <exception cref="ApiException">The status is not 2xx, or a derived type as for <see cref="SendAsync{T}"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ by a required converter, so no call is ambiguous; generated code names every argument.")]
    public async Task SendAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiCall(request.Method, _ => request, readBody: false, RetryLimit(request), deadline: null, _timeProvider);
        (await SendWithRetriesAsync(call, cancellationToken).ConfigureAwait(false)).Return();
    }

    /// <summary>
    /// Waits until <paramref name="isTerminal"/> holds for the state of the polled response, using the server's
    /// long poll; generated <c>WaitFor...Async</c> methods call this. The waiter only paces: transient failures are
    /// retried by the transport's retry layer until the deadline, and every attempt ends before it.
    /// </summary>
    /// <typeparam name="T">The polled operation's response.</typeparam>
    /// <typeparam name="TState">The state read from the response.</typeparam>
    /// <param name="operationId">The polled operation, for logs.</param>
    /// <param name="createRequest">Builds one request, given the long-poll window in whole seconds; it must be an
    /// idempotent (GET) request.</param>
    /// <param name="converter">Reads the response.</param>
    /// <param name="stateOf">Reads the state from a response.</param>
    /// <param name="isTerminal">Whether a state ends the wait.</param>
    /// <param name="options">Deadline, poll window and pacing; null for <see cref="ApiClientOptions.Polling"/>.</param>
    /// <param name="progress">Told of every non-terminal response.</param>
    /// <param name="cancellationToken">Ends the wait with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The terminal response, or the deadline with the last response seen.</returns>
    /// <exception cref="ApiException">A failure retrying cannot fix (e.g. 400, 401, 404, a body that does not match).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<PollResult<T>> PollAsync<T, TState>(
        string operationId,
        Func<int, ApiRequest> createRequest,
        JsonConverter<T> converter,
        Func<T, TState> stateOf,
        Func<TState, bool> isTerminal,
        PollOptions? options = null,
        IProgress<T>? progress = null,
        CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(operationId);
        ArgumentNullException.ThrowIfNull(createRequest);
        ArgumentNullException.ThrowIfNull(converter);
        ArgumentNullException.ThrowIfNull(stateOf);
        ArgumentNullException.ThrowIfNull(isTerminal);
        var poller = new LongPoller<T, TState>(this, operationId, createRequest, converter, stateOf, isTerminal, options ?? _options.Polling, progress, _pollLogger);
        return poller.WaitAsync(cancellationToken);
    }

    internal ApiClientOptions Options => _options;

    /// <summary>Runs the attempts of one call through the retry layer; the body of the success is returned pooled.</summary>
    internal async ValueTask<ResponseBody> SendWithRetriesAsync(ApiCall call, CancellationToken cancellationToken)
    {
        call.Capture = ApiResponseCapture.Current;
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ApiRetries.CallKey, call);
        try
        {
            return await _retries.ExecuteAsync(
                static (context, state) => state.Transport.AttemptAsync(state.Call, context.CancellationToken),
                context,
                (Transport: this, Call: call)).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested && exception.CancellationToken != cancellationToken)
        {
            // Surface the caller's token, not an attempt's linked one.
            throw new OperationCanceledException(exception.Message, exception, cancellationToken);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    internal T Parse<T>(ApiRequest request, ResponseBody body, JsonConverter<T> converter)
    {
        try
        {
            return ApiBodies.Parse(body.Span, converter);
        }
        catch (ApiJsonException ex)
        {
            ApiTransportLog.ResponseMismatch(_logger, body.Status, request.Method.Method, request.PathTemplate, request.OperationId, ex.JsonPath);
            // Built afresh without an inner exception: nothing that could quote the body travels on.
            throw new ApiResponseFormatException(body.Status, request.Method.Method, request.PathTemplate, request.OperationId, ex.JsonPath, ex.Reason);
        }
        finally
        {
            // The body may hold codes and tokens: cleared before the buffer goes back to the shared pool.
            body.Return();
        }
    }

    // One attempt, bounded by the attempt timeout beyond the server's hold and by the deadline, if any.
    private ValueTask<ResponseBody> AttemptAsync(ApiCall call, CancellationToken cancellationToken)
    {
        TimeSpan? remaining = call.Remaining();
        ApiRequest request = call.NextRequest(remaining);
        TimeSpan timeout = request.LongPollWindow + _options.AttemptTimeout;
        if (remaining is TimeSpan left && left < timeout)
        {
            timeout = left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1);
        }

        return SendOnceAsync(request, call, timeout, cancellationToken);
    }

    // Sends one request (following same-origin redirects) and classifies every outcome once: a body, or a typed ApiException.
    // The caller's capture scope, if any, ends up holding the response that ended the final attempt.
    private async ValueTask<ResponseBody> SendOnceAsync(ApiRequest request, ApiCall call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ApiResponseCapture? capture = call.Capture;
        capture?.Clear();
        string method = request.Method.Method;
        // Asked per attempt, before its timeout starts: a source may renew the token, and its failures are its own.
        string[]? tokens = request.Tokens.Count == 0 ? null : await GetTokensAsync(request, cancellationToken).ConfigureAwait(false);
        ApiTransportLog.RequestStarting(_logger, method, request.PathTemplate, request.OperationId);
        long started = _timeProvider.GetTimestamp();
        using var attemptTimeout = new CancellationTokenSource(timeout, _timeProvider);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
        Uri uri = BuildUri(request);
        int status = 0;
        try
        {
            for (int redirects = 0; ; redirects++)
            {
                using HttpRequestMessage message = CreateMessage(request, uri, tokens);
                HttpResponseMessage response = await _httpClient
                    .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attempt.Token)
                    .ConfigureAwait(false);
                // A download's response is handed over open; every other response is disposed here.
                using var owned = new ResponseOwner(response);
                status = (int)response.StatusCode;

                // A handler that follows redirects itself has already sent this request elsewhere: refuse its answer.
                if (response.RequestMessage?.RequestUri is { } sentTo && !ApiOrigin.Same(sentTo, uri))
                {
                    ApiTransportLog.RedirectFollowedByHandler(_logger, method, request.PathTemplate, request.OperationId, ApiOrigin.Of(sentTo));
                    throw new ApiRedirectException(status, method, request.PathTemplate, request.OperationId, ApiOrigin.Of(sentTo), followedByHandler: true);
                }

                // Every hop from the API's origin; a redirect followed here is replaced by the next hop's response.
                capture?.Record(response);

                if (status is >= 300 and < 400 && request.RedirectIsAnswer)
                {
                    ApiTransportLog.RequestSucceeded(_logger, method, request.PathTemplate, request.OperationId, status, ElapsedMilliseconds(started));
                    return ResponseBody.Empty(status);
                }

                if (status is >= 300 and < 400)
                {
                    Uri? target = response.Headers.Location is { } location ? new Uri(uri, location) : null;
                    if (target is not null && ApiOrigin.Same(target, uri) && redirects < _options.MaxRedirects && ApiOrigin.KeepsMethod(status, request.Method))
                    {
                        uri = target;
                        continue;
                    }

                    string? origin = target is null ? null : ApiOrigin.Of(target);
                    ApiTransportLog.RedirectRefused(_logger, method, request.PathTemplate, request.OperationId, status, origin);
                    throw new ApiRedirectException(status, method, request.PathTemplate, request.OperationId, origin);
                }

                if (response.IsSuccessStatusCode)
                {
                    ResponseBody body = ResponseBody.Empty(status);
                    if (call.StreamBody)
                    {
                        body = ResponseBody.Open(status, owned.HandOver());
                    }
                    else if (call.ReadBody)
                    {
                        if (await ApiBodies.ReadAsync(response, _options.MaxResponseBytes, attempt.Token).ConfigureAwait(false) is { } read)
                        {
                            body = read;
                            capture?.RecordBody(body.Span);
                        }
                        else if (call.BodilessStatuses is null || Array.IndexOf(call.BodilessStatuses, status) < 0)
                        {
                            throw TooLarge(request, status);
                        }
                    }

                    ApiTransportLog.RequestSucceeded(_logger, method, request.PathTemplate, request.OperationId, status, ElapsedMilliseconds(started));
                    return body;
                }

                // An error body is read for its code and details only while it is small; a larger one is left unread.
                ResponseBody? errorBody = await ApiBodies.ReadAsync(response, _options.MaxErrorResponseBytes, attempt.Token).ConfigureAwait(false);
                ApiException exception;
                try
                {
                    if (errorBody is { } kept)
                    {
                        capture?.RecordBody(kept.Span);
                    }

                    exception = ApiException.FromResponse(request, response, errorBody is { } read ? read.Span : default, _timeProvider, _documentedErrorCodes);
                }
                finally
                {
                    errorBody?.Return();
                }

                ApiTransportLog.RequestFailed(
                    _logger, method, request.PathTemplate, request.OperationId, status,
                    exception.ShownErrorCode, ElapsedMilliseconds(started));
                throw exception;
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's token (nor the wait's deadline): the attempt timeout or HttpClient.Timeout elapsed.
            throw TransportFailure(request, ApiTransportFailure.Timeout, status, started, ex);
        }
        catch (HttpRequestException ex)
        {
            throw TransportFailure(request, ApiTransportFailure.ConnectionFailed, status, started, ex);
        }
        catch (IOException ex)
        {
            // Headers had arrived (HttpClient wraps failures before them in HttpRequestException): the body broke off.
            throw TransportFailure(request, ApiTransportFailure.ResponseInterrupted, status, started, ex);
        }
    }

    private ApiTransportException TransportFailure(ApiRequest request, ApiTransportFailure failure, int status, long started, Exception cause)
    {
        ApiTransportLog.TransportFailed(_logger, request.Method.Method, request.PathTemplate, request.OperationId, failure, ElapsedMilliseconds(started));
        return new ApiTransportException(failure, status, request.Method.Method, request.PathTemplate, request.OperationId, cause);
    }

    private ApiResponseTooLargeException TooLarge(ApiRequest request, int status)
    {
        ApiTransportLog.ResponseTooLarge(_logger, request.Method.Method, request.PathTemplate, request.OperationId, status, _options.MaxResponseBytes);
        return new ApiResponseTooLargeException(status, request.Method.Method, request.PathTemplate, request.OperationId, _options.MaxResponseBytes);
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
        for (int i = 0; i < request.Query.Count; i++)
        {
            uri.AppendFormatted(separator);
            uri.AppendLiteral(Uri.EscapeDataString(request.Query[i].Key));
            uri.AppendFormatted('=');
            uri.AppendLiteral(request.EscapedQueryValue(i));
            separator = '&';
        }

        return new Uri(uri.ToStringAndClear(), options);
    }

    // The bearer tokens of the request's token schemes, from their sources; a null or empty token is not sent.
    private async ValueTask<string[]> GetTokensAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var tokens = new List<string>(request.Tokens.Count);
        foreach ((IApiTokenSource source, string schemeName, string[] scopes) in request.Tokens)
        {
            var context = new ApiTokenContext(schemeName, scopes, request.OperationId, _baseAddress);
            string? token = await source.GetTokenAsync(context, cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(token))
            {
                continue;
            }

            // The message names the scheme, never the token.
            if (token.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
            {
                throw new InvalidOperationException($"The token source returned a token for the scheme '{context.SchemeName}' that contains a line break or NUL character.");
            }

            tokens.Add(token);
        }

        return [.. tokens];
    }

    private static HttpRequestMessage CreateMessage(ApiRequest request, Uri uri, string[]? tokens)
    {
        var message = new HttpRequestMessage(request.Method, uri);
        try
        {
            if (request.Body is { } body)
            {
                message.Content = body.CreateContent();
            }

            // Headers go on each message, never DefaultRequestHeaders: credentials and tokens stay per call. A header
            // of the body (Content-MD5, Content-Language, Content-Disposition...) goes on the content.
            foreach (ApiHeader header in request.Headers)
            {
                if (message.Headers.TryAddWithoutValidation(header.Name, header.Value))
                {
                    continue;
                }

                if (message.Content is null || !message.Content.Headers.TryAddWithoutValidation(header.Name, header.Value))
                {
                    throw new InvalidOperationException(message.Content is null
                        ? $"The header '{header.Name}' describes a request body, and this request has none (or it is not a valid header name)."
                        : $"The header '{header.Name}' cannot be set on a request (it is not a valid header name).");
                }
            }

            foreach (string token in tokens ?? [])
            {
                message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            }

            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    // Disposes a response unless it was handed over to the caller (a download).
    private sealed class ResponseOwner(HttpResponseMessage response) : IDisposable
    {
        private HttpResponseMessage? _response = response;

        public HttpResponseMessage HandOver()
        {
            HttpResponseMessage handed = _response!;
            _response = null;
            return handed;
        }

        public void Dispose() => _response?.Dispose();
    }

    private double ElapsedMilliseconds(long started) => _timeProvider.GetElapsedTime(started).TotalMilliseconds;

    /// <summary>What is wrong with a base address, or null when it is usable; messages name scheme and host only, and
    /// give the spec's own server as the example (a neutral one when the options know none).</summary>
    internal static string? CheckBaseAddress(Uri? baseAddress, ApiClientOptions options, string name)
    {
        string example = $"e.g. {name} = new Uri(\"{options.DocumentedServer ?? "https://api.example.com/"}\")";
        if (baseAddress is null)
        {
            return $"{name} is not set. Set it to the API's base address, {example}.";
        }

        if (!baseAddress.IsAbsoluteUri)
        {
            return $"{name} must be an absolute URI, {example}.";
        }

        if (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp)
        {
            return $"{name} must use https, not '{baseAddress.Scheme}'.";
        }

        // User info would be a credential: never echoed.
        if (!string.IsNullOrEmpty(baseAddress.UserInfo))
        {
            return $"{name} for host '{baseAddress.Host}' must not contain user info; credentials go in the client's options, never in the URI.";
        }

        if (!string.IsNullOrEmpty(baseAddress.Query) || !string.IsNullOrEmpty(baseAddress.Fragment))
        {
            return $"{name} for host '{baseAddress.Host}' must not have a query or fragment; give only scheme, host and an optional path prefix.";
        }

        if (baseAddress.Scheme == Uri.UriSchemeHttp && !baseAddress.IsLoopback && !options.AllowInsecureHttp)
        {
            string why = options.SendsCredentials ? "calls carry the client's credentials and tokens" : "anyone on the way can read and change the calls";
            return $"{name} is http://{baseAddress.Authority}: {why}, so plain HTTP is refused except on loopback. Use https://, or for a test server set AllowInsecureHttp = true in the client's options.";
        }

        return null;
    }
}
