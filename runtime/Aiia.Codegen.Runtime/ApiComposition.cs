using System.ComponentModel;
using System.Text.Json;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Helpers for the converters of generated union types and discriminated base records: they look ahead into a JSON
/// object on a copy of the reader (the reader passed in is left where it is), so the object is then read once, by the
/// converter that fits it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiComposition
{
    /// <summary>The string value of a top-level property of the object the reader is on (a copy is advanced).</summary>
    /// <param name="reader">A copy of the reader, on the object's <c>{</c>.</param>
    /// <param name="propertyName">The property's UTF-8 name.</param>
    /// <returns>The value; null when the property is absent or not a string.</returns>
    public static string? FindString(Utf8JsonReader reader, ReadOnlySpan<byte> propertyName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = NameIs(ref reader, propertyName);
            reader.Read();
            if (match)
            {
                return reader.TokenType == JsonTokenType.String ? ApiJson.ReadString(ref reader) : null;
            }

            reader.Skip();
        }

        return null;
    }

    /// <summary>Whether the object the reader is on has every one of the top-level properties named.</summary>
    /// <param name="reader">A copy of the reader, on the object's <c>{</c>.</param>
    /// <param name="propertyNames">The wire names.</param>
    /// <returns>True when all are present (with any value).</returns>
    public static bool HasProperties(Utf8JsonReader reader, params string[] propertyNames)
    {
        ArgumentNullException.ThrowIfNull(propertyNames);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var found = 0;
        var seen = new bool[propertyNames.Length];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            for (var i = 0; i < propertyNames.Length; i++)
            {
                if (!seen[i] && NameIs(ref reader, propertyNames[i]))
                {
                    seen[i] = true;
                    found++;
                    break;
                }
            }

            reader.Read();
            reader.Skip();
        }

        return found == propertyNames.Length;
    }

    /// <summary>
    /// Which of several records the object the reader is on looks most like: the index of the candidate that lists
    /// the most of its top-level property names (the first on a tie), or -1 when none lists any. For unions of records
    /// that nothing else tells apart (no required property, no tag): Intercom's event details.
    /// </summary>
    /// <param name="reader">A copy of the reader, on the object's <c>{</c>.</param>
    /// <param name="candidates">Each candidate's wire names.</param>
    /// <returns>The index into <paramref name="candidates"/>, or -1.</returns>
    public static int MostListed(Utf8JsonReader reader, string[][] candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return -1;
        }

        Span<int> counts = candidates.Length <= 32 ? stackalloc int[candidates.Length] : new int[candidates.Length];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            for (var i = 0; i < candidates.Length; i++)
            {
                foreach (var name in candidates[i])
                {
                    if (NameIs(ref reader, name))
                    {
                        counts[i]++;
                        break;
                    }
                }
            }

            reader.Read();
            reader.Skip();
        }

        var best = -1;
        var most = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > most)
            {
                (best, most) = (i, counts[i]);
            }
        }

        return best;
    }

    // A name JSON allows but .NET text cannot hold (a lone surrogate): the reader throws InvalidOperationException
    // when it unescapes it for the comparison.
    private static bool NameIs(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException)
        {
            throw ApiJson.PropertyNameNotText();
        }
    }

    private static bool NameIs(ref Utf8JsonReader reader, string name)
    {
        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException)
        {
            throw ApiJson.PropertyNameNotText();
        }
    }

    /// <summary>
    /// Whether an alternative a union tried was rejected only by the strict mode (<c>AiiaUndocumentedProperties=error</c>):
    /// its record fitted but for a property the contract does not list. The union reports that error when no other
    /// alternative fits, instead of keeping the object as raw JSON, which would quietly undo the strict mode.
    /// </summary>
    /// <param name="exception">The error from reading the alternative.</param>
    /// <returns>The located error to report; null when the alternative simply does not fit.</returns>
    public static ApiJsonException? RejectedUndocumented(JsonException exception) =>
        exception is ApiJsonException { Reason: ApiJson.UndocumentedPropertyReason } rejected ? rejected : null;

    /// <summary>Structural equality of raw JSON values (the fallbacks of unions and unknown subtypes).</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they have the same kinds, strings, number texts and properties in the same order.</returns>
    public static bool JsonEquals(JsonElement left, JsonElement right) => ApiUndocumentedProperties.JsonEquals(left, right);
}
