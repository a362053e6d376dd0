using System.Collections.Concurrent;

namespace Aiia.Codegen.Sandbox;

/// <summary>
/// Another origin of the sandbox (the same address, another port), where <see cref="SandboxFaultKinds.CrossOriginRedirect"/>
/// sends clients. It answers every request with 200 and a body that is valid for the operation its path names (a
/// succeeded status with a code, tokens, or <c>{}</c>), and records what reached it, so a test can show that a client
/// sent no credentials to another origin. It records the presence of credentials, never their values. Thread-safe.
/// </summary>
public sealed class SandboxElsewhere
{
    private readonly ConcurrentDictionary<string, byte> _headerNames = new(StringComparer.OrdinalIgnoreCase);
    private int _requests;
    private int _receivedClientSecret;
    private int _receivedClientId;
    private int _receivedBody;
    private Uri? _baseAddress;

    internal SandboxElsewhere()
    {
    }

    /// <summary>The other origin's address, <c>http://127.0.0.1:otherport/</c>.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The sandbox has not started.");

    /// <summary>Requests received.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Whether any request carried an <c>X-Client-Secret</c> header.</summary>
    public bool ReceivedClientSecret => Volatile.Read(ref _receivedClientSecret) != 0;

    /// <summary>Whether any request carried an <c>X-Client-Id</c> header.</summary>
    public bool ReceivedClientId => Volatile.Read(ref _receivedClientId) != 0;

    /// <summary>Whether any request had a non-empty body (a code or a login token, on this API).</summary>
    public bool ReceivedBody => Volatile.Read(ref _receivedBody) != 0;

    /// <summary>The names of the request headers received, each once (as first spelled), in case-insensitive ordinal
    /// order, for diagnostics.</summary>
    public IReadOnlyList<string> ReceivedHeaderNames => _headerNames.Keys.Order(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>Forgets everything received so far.</summary>
    public void Reset()
    {
        Volatile.Write(ref _requests, 0);
        Volatile.Write(ref _receivedClientSecret, 0);
        Volatile.Write(ref _receivedClientId, 0);
        Volatile.Write(ref _receivedBody, 0);
        _headerNames.Clear();
    }

    /// <summary>Names the origin and what it received, without any value.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        $"SandboxElsewhere {{ BaseAddress = {_baseAddress}, Requests = {Requests}, ReceivedClientSecret = {ReceivedClientSecret}, " +
        $"ReceivedClientId = {ReceivedClientId}, ReceivedBody = {ReceivedBody} }}";

    /// <summary>The port of the other origin; 0 before the start.</summary>
    internal int Port => _baseAddress?.Port ?? 0;

    internal void Started(Uri baseAddress) => _baseAddress = baseAddress;

    /// <summary>Records one request: header names, whether credentials and a body came. No value is kept.</summary>
    internal void Record(IEnumerable<string> headerNames, bool clientId, bool clientSecret, bool body)
    {
        Interlocked.Increment(ref _requests);
        foreach (string name in headerNames)
        {
            _headerNames.TryAdd(name, 0);
        }

        if (clientId)
        {
            Volatile.Write(ref _receivedClientId, 1);
        }

        if (clientSecret)
        {
            Volatile.Write(ref _receivedClientSecret, 1);
        }

        if (body)
        {
            Volatile.Write(ref _receivedBody, 1);
        }
    }
}
