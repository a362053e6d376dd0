using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// The headers of one response as the server sent them (response and content headers together, values unparsed), an
/// immutable snapshot read through an <see cref="ApiResponseCapture"/>. Names compare case-insensitively. A header sent
/// more than once (or as a list) reads as its values joined with <c>", "</c>, as RFC 9110 combines field lines;
/// <see cref="GetValues"/> gives them one by one, which <c>Set-Cookie</c> needs (its values cannot be joined).
/// <see cref="ToString"/> names the headers and never prints a value (they may hold cookies and tokens).
/// </summary>
public sealed class ApiResponseHeaders : IReadOnlyDictionary<string, string>
{
    private readonly Dictionary<string, string[]> _values;

    private ApiResponseHeaders(Dictionary<string, string[]> values) => _values = values;

    /// <summary>The header's value, its values joined with <c>", "</c> when it was sent more than once.</summary>
    /// <param name="key">The header name, in any case.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The response has no such header.</exception>
    public string this[string key] => TryGetValue(key, out string? value) ? value : throw new KeyNotFoundException($"The response has no header '{key}'.");

    /// <summary>The header names, as the server spelled them.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>The values, each header's joined as for the indexer.</summary>
    public IEnumerable<string> Values => _values.Values.Select(Join);

    /// <summary>How many distinct headers the response had.</summary>
    public int Count => _values.Count;

    /// <summary>Whether the response had the header.</summary>
    /// <param name="key">The header name, in any case.</param>
    /// <returns>True when it did.</returns>
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <summary>Reads the header's value, its values joined with <c>", "</c> when it was sent more than once.</summary>
    /// <param name="key">The header name, in any case.</param>
    /// <param name="value">The value, or null when the response has no such header.</param>
    /// <returns>True when the response had the header.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        if (_values.TryGetValue(key, out string[]? values))
        {
            value = Join(values);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>The header's values one by one, as sent (e.g. each <c>Set-Cookie</c>); empty when it was not sent.</summary>
    /// <param name="name">The header name, in any case.</param>
    /// <returns>The values.</returns>
    public IReadOnlyList<string> GetValues(string name) => _values.TryGetValue(name, out string[]? values) ? values : [];

    /// <summary>Enumerates the headers with their joined values.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        _values.Select(pair => new KeyValuePair<string, string>(pair.Key, Join(pair.Value))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Names the headers, never their values.</summary>
    /// <returns>For example <c>[Content-Type, Location, x-jws-signature]</c>.</returns>
    public override string ToString() => "[" + string.Join(", ", _values.Keys) + "]";

    /// <summary>Copies the headers of <paramref name="response"/> and of its content.</summary>
    internal static ApiResponseHeaders Of(HttpResponseMessage response)
    {
        var values = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        Add(values, response.Headers.NonValidated);
        Add(values, response.Content.Headers.NonValidated);
        return new ApiResponseHeaders(values);
    }

    // Unvalidated: the values exactly as sent, and a malformed one is kept rather than thrown on.
    private static void Add(Dictionary<string, string[]> values, HttpHeadersNonValidated headers)
    {
        foreach (KeyValuePair<string, HeaderStringValues> header in headers)
        {
            string[] these = [.. header.Value];
            values[header.Key] = values.TryGetValue(header.Key, out string[]? earlier) ? [.. earlier, .. these] : these;
        }
    }

    private static string Join(string[] values) => values.Length == 1 ? values[0] : string.Join(", ", values);
}
