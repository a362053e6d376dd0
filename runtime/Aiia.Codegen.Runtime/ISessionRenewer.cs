using System.ComponentModel;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Trades a stored login token for a new <see cref="SessionGrant"/> (a new session and, usually, a new login token
/// that replaces the old one). Generated as <c>{Client}SessionRenewer</c> from the spec's <c>x-aiia-session-renewal</c>;
/// a session keeper calls it at most once per user at a time.
/// </summary>
public interface ISessionRenewer
{
    /// <summary>Sends the renewal request once (it is a single-use POST: never retried).</summary>
    /// <param name="loginToken">The stored login token.</param>
    /// <param name="renewalValues">The stored non-secret values of the request, by wire name (<see cref="SessionGrant.RenewalValues"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new grant, carrying <paramref name="renewalValues"/> forward.</returns>
    /// <exception cref="ApiException">The API refused the login token (a 4xx) or failed.</exception>
    /// <exception cref="ArgumentException">A value the request needs is missing from <paramref name="renewalValues"/>.</exception>
    ValueTask<SessionGrant> RenewAsync(string loginToken, IReadOnlyDictionary<string, string> renewalValues, CancellationToken cancellationToken);
}

/// <summary>Helpers the generated session glue calls.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SessionRenewal
{
    /// <summary>Reads one value the renewal request needs.</summary>
    /// <param name="values">The stored values, by wire name.</param>
    /// <param name="wireName">The request property's wire name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The value is missing or empty.</exception>
    public static string Require(IReadOnlyDictionary<string, string> values, string wireName)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(wireName, out string? value) && !string.IsNullOrEmpty(value)
            ? value
            : throw new ArgumentException($"The stored session has no '{wireName}', which its renewal request needs.", nameof(values));
    }

    /// <summary>Collects the values the renewal request needs, by wire name, in the order given.</summary>
    /// <param name="pairs">Wire name and value, alternating.</param>
    /// <returns>The values.</returns>
    /// <exception cref="ArgumentException">A value is null or empty.</exception>
    public static IReadOnlyDictionary<string, string> Values(params string[] pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var values = new Dictionary<string, string>(pairs.Length / 2, StringComparer.Ordinal);
        for (int i = 0; i + 1 < pairs.Length; i += 2)
        {
            ArgumentException.ThrowIfNullOrEmpty(pairs[i + 1], pairs[i]);
            values[pairs[i]] = pairs[i + 1];
        }

        return values;
    }
}
