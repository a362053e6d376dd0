using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Formats path, query and header values the way the contract writes them: invariant culture, so a client on a
/// de-DE machine sends <c>1.5</c>, not <c>1,5</c>. Each overload returns null for null, which
/// <see cref="ApiRequest.AddQuery"/> and <see cref="ApiRequest.AddHeader"/> skip.
/// Enums are formatted by the generated <c>ToWireValue()</c> extension.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiFormat
{
    /// <summary>Returns the string as is.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value, or null.</returns>
    public static string? Format(string? value) => value;

    /// <summary>Formats an integer, invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a long integer, invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a float as its shortest round-trippable text, invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(float? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a double as its shortest round-trippable text, invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a decimal, invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a boolean as <c>true</c> or <c>false</c> (not .NET's <c>True</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(bool? value) => value switch
    {
        null => null,
        true => "true",
        false => "false",
    };

    /// <summary>Formats a GUID as <c>D</c> (<c>00000000-0000-0000-0000-000000000000</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(Guid? value) => value?.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats a date-time as RFC 3339 text, as the JSON bodies write it: <c>Z</c> for UTC, the offset otherwise,
    /// fractional seconds without trailing zeros (<c>2024-05-01T12:00:00Z</c>, <c>2019-01-23T13:30:07.1389724+02:00</c>).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(DateTimeOffset? value) => value switch
    {
        null => null,
        { Offset.Ticks: 0 } utc => utc.UtcDateTime.ToString(Rfc3339Seconds + "'Z'", CultureInfo.InvariantCulture),
        { } local => local.ToString(Rfc3339Seconds + "zzz", CultureInfo.InvariantCulture),
    };

    // Date and time to the seconds' fraction, its trailing zeros (and a bare '.') left out.
    private const string Rfc3339Seconds = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF";

    /// <summary>Formats a date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats a generated union of primitives, enums and lists of them (<c>oneOf: [integer, string]</c>) as the
    /// alternative it holds, written by its converter: a string or an enum as its text, a number or a boolean as its
    /// JSON text (which is invariant), a list as its items' texts comma-joined, null as null. A value that is not of
    /// these (the union's raw-JSON fallback holding an object) is sent as its JSON text.
    /// </summary>
    /// <typeparam name="T">The union type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="converter">The union's generated converter.</param>
    /// <returns>The text, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="converter"/> is null.</exception>
    public static string? FormatUnion<T>(T? value, JsonConverter<T> converter)
        where T : class =>
        FormatUnionValues(value, converter) is { } values ? string.Join(",", values) : null;

    /// <summary>
    /// Formats a generated union like <see cref="FormatUnion{T}"/>, one text per value it holds: one for a single
    /// value, one per item for a list (for a query parameter sent as a pair per item).
    /// </summary>
    /// <typeparam name="T">The union type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="converter">The union's generated converter.</param>
    /// <returns>The texts, or null for null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="converter"/> is null.</exception>
    public static IReadOnlyList<string>? FormatUnionValues<T>(T? value, JsonConverter<T> converter)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(converter);
        if (value is null)
        {
            return null;
        }

        var json = ApiJson.WriteUtf8(value, converter).Span;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return [Text(ref reader, json)];
        }

        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                return [System.Text.Encoding.UTF8.GetString(json)]; // not a list of scalars: the whole JSON text
            }

            if (reader.TokenType != JsonTokenType.Null)
            {
                values.Add(Text(ref reader, json));
            }
        }

        return values;
    }

    // A string as itself, a number or a boolean as its JSON text; an object or array as the whole JSON text.
    private static string Text(ref Utf8JsonReader reader, ReadOnlySpan<byte> json) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        _ => System.Text.Encoding.UTF8.GetString(json),
    };
}
