using System.Collections.Concurrent;

namespace Aiia.Codegen.Sandbox;

/// <summary>
/// What the sandbox saw, counted thread-safely while it runs, so tests can assert on client behaviour: requests
/// per endpoint, injected faults, and code exchanges (a code POSTed more than once is a duplicate exchange even
/// when the sandbox refuses the second one). <c>ToString()</c> never shows a code.
/// </summary>
public sealed class SandboxStatistics
{
    private readonly ConcurrentDictionary<string, long> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SandboxFaultKinds, long> _faults = new();
    // Keyed by the code as submitted; the keys never leave this class.
    private readonly ConcurrentDictionary<string, int> _exchangesPerCode = new(StringComparer.Ordinal);
    private long _codeExchangeAttempts;
    private long _successfulCodeExchanges;
    private long _expiredCodeExchanges;
    private long _duplicateCodeExchanges;
    private long _unauthorizedRequests;
    private int _maxExchangesOfOneCode;
    private long _hugeBodyBytesWritten;

    internal SandboxStatistics()
    {
    }

    /// <summary>Requests per endpoint name (<c>initialize</c>, <c>status</c>, <c>tokens</c>, <c>unattended</c>, and
    /// the login pages <c>login</c>, <c>approve</c>, <c>reject</c>, <c>fail</c>), faulted and refused ones included.</summary>
    public IReadOnlyDictionary<string, long> RequestsByEndpoint => new Dictionary<string, long>(_requests, StringComparer.Ordinal);

    /// <summary>Requests to the status operation, long polls included.</summary>
    public long StatusRequests => GetRequestCount(SandboxEndpointNames.Status);

    /// <summary>Faults injected, of every kind.</summary>
    public long FaultsInjected => _faults.Values.Sum();

    /// <summary><c>/v1/</c> requests refused with 401 because of missing or wrong client credentials.</summary>
    public long UnauthorizedRequests => Interlocked.Read(ref _unauthorizedRequests);

    /// <summary>Code exchanges that reached the tokens endpoint with a readable code, whatever their outcome
    /// (faulted requests never reach it).</summary>
    public long CodeExchangeAttempts => Interlocked.Read(ref _codeExchangeAttempts);

    /// <summary>Code exchanges that issued tokens.</summary>
    public long SuccessfulCodeExchanges => Interlocked.Read(ref _successfulCodeExchanges);

    /// <summary>Code exchanges refused because the code had expired.</summary>
    public long ExpiredCodeExchanges => Interlocked.Read(ref _expiredCodeExchanges);

    /// <summary>Exchanges of a code that had been submitted before (each one after the first, refused or not).
    /// A well-behaved client keeps this at zero.</summary>
    public long DuplicateCodeExchanges => Interlocked.Read(ref _duplicateCodeExchanges);

    /// <summary>The most times any one code was submitted: 1 (or 0 before any exchange) when no code was
    /// exchanged twice.</summary>
    public int MaxExchangesOfOneCode => Volatile.Read(ref _maxExchangesOfOneCode);

    /// <summary>Body bytes the sandbox managed to hand to the connection for <see cref="SandboxFaultKinds.HugeBody"/> and
    /// <see cref="SandboxFaultKinds.HugeErrorBody"/> faults, all of them together. Writing stops when the client goes
    /// away, so a client that stops reading early keeps this far below <see cref="SandboxFaults.HugeBodyBytes"/>
    /// (the transport's buffers still take some bytes the client never read).</summary>
    public long HugeBodyBytesWritten => Interlocked.Read(ref _hugeBodyBytesWritten);

    /// <summary>How many requests reached the endpoint with this name.</summary>
    /// <param name="endpoint">An endpoint name, e.g. <c>tokens</c>.</param>
    /// <returns>The count; 0 for a name never requested.</returns>
    public long GetRequestCount(string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return _requests.TryGetValue(endpoint, out long count) ? count : 0;
    }

    /// <summary>How many faults of one kind were injected.</summary>
    /// <param name="kind">A single kind.</param>
    /// <returns>The count.</returns>
    public long GetFaultCount(SandboxFaultKinds kind) => _faults.TryGetValue(kind, out long count) ? count : 0;

    /// <summary>How many times this code was submitted to the tokens endpoint.</summary>
    /// <param name="code">The code, as the status operation or the redirect gave it.</param>
    /// <returns>The count; 0 for a code never submitted.</returns>
    public int GetExchangeCount(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _exchangesPerCode.TryGetValue(code, out int count) ? count : 0;
    }

    /// <summary>Summarises the counters without any code.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        $"SandboxStatistics {{ Requests = {_requests.Values.Sum()}, StatusRequests = {StatusRequests}, FaultsInjected = {FaultsInjected}, " +
        $"UnauthorizedRequests = {UnauthorizedRequests}, CodeExchangeAttempts = {CodeExchangeAttempts}, SuccessfulCodeExchanges = {SuccessfulCodeExchanges}, " +
        $"ExpiredCodeExchanges = {ExpiredCodeExchanges}, DuplicateCodeExchanges = {DuplicateCodeExchanges}, MaxExchangesOfOneCode = {MaxExchangesOfOneCode}, " +
        $"HugeBodyBytesWritten = {HugeBodyBytesWritten} }}";

    internal void CountRequest(string endpoint) => _requests.AddOrUpdate(endpoint, 1, static (_, count) => count + 1);

    internal void CountFault(SandboxFaultKinds kind) => _faults.AddOrUpdate(kind, 1, static (_, count) => count + 1);

    internal void CountHugeBodyBytes(int count) => Interlocked.Add(ref _hugeBodyBytesWritten, count);

    internal void CountUnauthorized() => Interlocked.Increment(ref _unauthorizedRequests);

    /// <summary>Counts an exchange attempt of <paramref name="code"/> before it is judged.</summary>
    internal void CountExchangeAttempt(string code)
    {
        Interlocked.Increment(ref _codeExchangeAttempts);
        int count = _exchangesPerCode.AddOrUpdate(code, 1, static (_, previous) => previous + 1);
        if (count > 1)
        {
            Interlocked.Increment(ref _duplicateCodeExchanges);
        }

        // Lock-free maximum: retry only while another thread raised the value below ours.
        int current = Volatile.Read(ref _maxExchangesOfOneCode);
        while (count > current)
        {
            int seen = Interlocked.CompareExchange(ref _maxExchangesOfOneCode, count, current);
            if (seen == current)
            {
                break;
            }

            current = seen;
        }
    }

    internal void CountSuccessfulExchange() => Interlocked.Increment(ref _successfulCodeExchanges);

    internal void CountExpiredExchange() => Interlocked.Increment(ref _expiredCodeExchanges);
}
