using System.Text.Json;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// JSON that does not match the contract, located by a JSON path (<c>$.session.expires</c>): read, or about to be
/// written from a record that holds null where the contract requires a value (or an enum's <c>default</c>, which has
/// no wire value). The message is <c>path: reason</c> and
/// never holds a value from the input, which may be a token.
/// </summary>
/// <remarks>Readers throw it at <c>$</c> (relative to the value they read); enclosing converters prefix the path
/// with <see cref="ApiJson.AtProperty"/> and <see cref="ApiJson.AtIndex"/> as it travels out.</remarks>
public sealed class ApiJsonException : JsonException
{
    /// <summary>Creates an exception at <paramref name="jsonPath"/>.</summary>
    /// <param name="jsonPath">The JSON path, starting with <c>$</c>.</param>
    /// <param name="reason">What was expected, without any value from the input.</param>
    /// <exception cref="ArgumentException"><paramref name="jsonPath"/> does not start with <c>$</c>, or <paramref name="reason"/> is empty.</exception>
    public ApiJsonException(string jsonPath, string reason)
        // Passing the path to JsonException.Path stops JsonSerializer from appending its own location text.
        : base(jsonPath + ": " + reason, jsonPath, lineNumber: null, bytePositionInLine: null)
    {
        ArgumentException.ThrowIfNullOrEmpty(jsonPath);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        if (jsonPath[0] != '$')
        {
            throw new ArgumentException("A JSON path starts with '$'.", nameof(jsonPath));
        }

        JsonPath = jsonPath;
        Reason = reason;
    }

    /// <summary>The JSON path of the offending value, starting with <c>$</c>.</summary>
    public string JsonPath { get; }

    /// <summary>What was expected there (<c>expected a date-time string</c>).</summary>
    public string Reason { get; }

    /// <summary>The value that has no wire form (<c>default(PaymentState)</c>) when this is that value's own error, at
    /// <c>$</c>: what holds it names itself in the message (<see cref="ApiJson.HeldBy"/>). A located copy has none.</summary>
    internal string? UnwritableValue { get; init; }

    /// <summary>Returns a copy one level further out: <paramref name="segment"/> (<c>.name</c>, <c>['odd name']</c>,
    /// <c>[2]</c>) goes right after <c>$</c>.</summary>
    internal ApiJsonException Prepend(string segment) => new("$" + segment + JsonPath.AsSpan(1).ToString(), Reason);
}
