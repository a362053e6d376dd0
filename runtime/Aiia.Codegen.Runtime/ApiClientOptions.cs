using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// The settings of one generated client, taken by its constructor and by its <c>Add...Client</c> registration alike.
/// Generated <c>{Client}Options</c> classes derive from this and add the spec's credentials. Every value has a working
/// default; <see cref="Validate"/> lists what is wrong. Bindable from configuration (except the logger factory and the
/// clock, which dependency injection fills in from the container).
/// </summary>
public class ApiClientOptions
{
    private TimeProvider _timeProvider = TimeProvider.System;
    private PollOptions _polling = new();

    /// <summary>Creates options whose messages name no particular server or credentials.</summary>
    public ApiClientOptions()
    {
    }

    /// <summary>Creates options whose messages speak of the spec's own server and credentials: generated
    /// <c>{Client}Options</c> call this, so a problem with the base address shows the API's address, not another's.</summary>
    /// <param name="documentedServer">The spec's server (its first absolute <c>https</c> <c>servers</c> URL), the example
    /// in messages about the base address; null for a neutral example. It is not a default: the base address is always
    /// set by the caller.</param>
    /// <param name="sendsCredentials">Whether the client has credentials to send (the spec has security schemes):
    /// only then does the refusal of plain HTTP speak of them.</param>
    protected ApiClientOptions(string? documentedServer, bool sendsCredentials)
    {
        DocumentedServer = documentedServer;
        SendsCredentials = sendsCredentials;
    }

    /// <summary>The spec's server shown as the example base address, or null (see the protected constructor).</summary>
    internal string? DocumentedServer { get; }

    /// <summary>Whether the client may send credentials; true unless a generated options class says otherwise.</summary>
    internal bool SendsCredentials { get; } = true;

    /// <summary>The API's base address, e.g. <c>https://api.example.com/v1/</c> (a generated options class names the
    /// spec's own server in its messages). Required when the client is
    /// registered with dependency injection or built without an <see cref="HttpClient"/>; with an
    /// <see cref="HttpClient"/> whose <see cref="HttpClient.BaseAddress"/> is set, that address is used instead.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Allows a plain <c>http://</c> base address on a host other than loopback. Off by default, because
    /// anyone on the way can read and change plain HTTP, credentials and tokens included; turn it on only for a test
    /// server on a trusted network.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Where the client logs (categories <c>Aiia.Codegen.Runtime.*</c>); null logs nothing. Log entries name
    /// the method, path template, operation id, status, documented error codes and timing: never a body, a header
    /// value, a query value or a path holding values. Filled from the container when registered with dependency
    /// injection.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Supplies the bearer tokens of operations secured by <c>http</c> <c>bearer</c>, <c>oauth2</c> or
    /// <c>openIdConnect</c> schemes, asked on every request so tokens can be renewed; the context names the scheme and
    /// scopes, so one source serves every such scheme of the spec. Null sends no token (an operation that also accepts
    /// another configured credential sends that one). Filled from the container (an <see cref="IApiTokenSource"/>
    /// service) when registered with dependency injection and not set here.</summary>
    public IApiTokenSource? TokenSource { get; set; }

    /// <summary>The clock for timeouts, waits, backoff, code expiry and <c>Retry-After</c> dates;
    /// <see cref="TimeProvider.System"/> by default (the container's, if it has one, under dependency injection).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set => _timeProvider = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>How generated <c>WaitFor...Async</c> methods wait when a call passes no options: five-minute deadline,
    /// 30-second long-poll window.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public PollOptions Polling
    {
        get => _polling;
        set => _polling = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>How many times a call that failed transiently is sent again (idempotent methods only; see
    /// <see cref="ApiException.IsTransient"/>). Three by default; 0 turns retries off. A wait retries until its
    /// deadline instead.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first pause before a retry when the server sent no <c>Retry-After</c>; it doubles per attempt,
    /// with jitter. Half a second by default.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest pause before a retry. A <c>Retry-After</c> longer than this ends a plain call with its
    /// exception (a wait honours it while its deadline allows). Thirty seconds by default.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take beyond the time the server was asked to hold it (a long poll): a hung
    /// request is abandoned after this and, if idempotent, sent again. Ten seconds by default.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest success body read, in bytes; a larger one ends the call with
    /// <see cref="ApiResponseTooLargeException"/> without reading further. 8 MiB by default.</summary>
    public long MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The largest error body read for its <c>error</c> and <c>details</c>, in bytes; a larger one is not
    /// read on (the exception then has the status only). 16 KiB by default.</summary>
    public int MaxErrorResponseBytes { get; set; } = 16 * 1024;

    /// <summary>How many redirects within the base address's origin are followed per attempt (307 and 308 for every
    /// method, 301, 302 and 303 for GET and HEAD). Redirects to any other origin are never followed. Three by default.</summary>
    public int MaxRedirects { get; set; } = 3;

    /// <summary>Problems with the values, each saying how to fix it; empty when valid. Messages never hold a secret.</summary>
    /// <returns>The problems.</returns>
    public virtual IEnumerable<string> Validate()
    {
        if (BaseAddress is not null && ApiTransport.CheckBaseAddress(BaseAddress, this, nameof(BaseAddress)) is { } problem)
        {
            yield return problem;
        }

        if (MaxRetries < 0)
        {
            yield return $"{nameof(MaxRetries)} cannot be negative (0 turns retries off).";
        }

        if (RetryDelay <= TimeSpan.Zero || MaxRetryDelay < RetryDelay)
        {
            yield return $"{nameof(RetryDelay)} must be positive and {nameof(MaxRetryDelay)} at least as long.";
        }

        if (AttemptTimeout <= TimeSpan.Zero)
        {
            yield return $"{nameof(AttemptTimeout)} must be positive.";
        }

        if (MaxResponseBytes <= 0 || MaxErrorResponseBytes <= 0)
        {
            yield return $"{nameof(MaxResponseBytes)} and {nameof(MaxErrorResponseBytes)} must be positive.";
        }

        if (MaxRedirects < 0)
        {
            yield return $"{nameof(MaxRedirects)} cannot be negative (0 follows none).";
        }
    }

    /// <summary>Throws when <see cref="Validate"/> finds problems.</summary>
    /// <param name="parameterName">The options parameter, for the exception.</param>
    /// <exception cref="ArgumentException">Every problem, one per line; never a secret.</exception>
    public void ThrowIfInvalid(string parameterName = "options")
    {
        var problems = Validate().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"{GetType().Name} is not valid: {string.Join(" ", problems)}", parameterName);
        }
    }

    /// <summary>Names the type and the base address; never credentials.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => $"{GetType().Name} {{ BaseAddress = {BaseAddress}, Credentials = [redacted] }}";
}
