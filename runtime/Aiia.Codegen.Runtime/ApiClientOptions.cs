using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Runtime;

/// <summary>Options shared by a generated client and its <see cref="ApiTransport"/>.</summary>
public sealed class ApiClientOptions
{
    private TimeProvider _timeProvider = TimeProvider.System;
    private PollOptions _pollOptions = new();

    /// <summary>Where the transport logs (category <c>Aiia.Codegen.Runtime.ApiTransport</c>); null logs nothing.
    /// Logs name the method, path template, operation id, status and timing; never bodies, header values or query values.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock for elapsed times and <c>Retry-After</c> dates; <see cref="TimeProvider.System"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set => _timeProvider = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>How generated <c>WaitFor...Async</c> methods wait when the call passes no options.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public PollOptions PollOptions
    {
        get => _pollOptions;
        set => _pollOptions = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Allows a plain <c>http://</c> base address on a host other than loopback. Off by default, because
    /// every call carries the client secret and often tokens; turn it on only for a test server on a trusted network.</summary>
    public bool AllowInsecureHttp { get; set; }
}
