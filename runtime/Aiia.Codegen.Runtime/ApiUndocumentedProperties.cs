using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// The JSON properties of an object that its schema does not list, kept in the order they arrived as raw JSON, so that
/// what the server sends survives a round trip: generated converters keep them on read and write them back after the
/// listed properties. Providers add properties without a version bump; this keeps them for whoever sends the object on.
/// </summary>
/// <remarks>
/// Immutable, with value equality (same names in the same order, structurally equal JSON: whitespace does not count,
/// property order does), so a record's equality includes its kept properties. <see cref="ToString"/> shows only the
/// count: a kept property may hold anything, a token included.
/// </remarks>
public sealed class ApiUndocumentedProperties : IReadOnlyList<KeyValuePair<string, JsonElement>>, IEquatable<ApiUndocumentedProperties>
{
    private readonly List<KeyValuePair<string, JsonElement>> _properties;

    /// <summary>Creates a set of properties to write after the listed ones (e.g. to send a property the spec does not
    /// list yet). Each value is cloned, so it does not depend on a <see cref="JsonDocument"/> being kept alive.</summary>
    /// <param name="properties">Names and values, in the order to write them; a name the record lists is refused when the record is written (the listed property sends it).</param>
    /// <exception cref="ArgumentException">A name is null, or a value is <see cref="JsonValueKind.Undefined"/>.</exception>
    public ApiUndocumentedProperties(IEnumerable<KeyValuePair<string, JsonElement>> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        _properties = [];
        foreach (var property in properties)
        {
            if (property.Key is null || property.Value.ValueKind == JsonValueKind.Undefined)
            {
                throw new ArgumentException("Every property needs a name and a JSON value.", nameof(properties));
            }

            _properties.Add(new(property.Key, property.Value.Clone()));
        }
    }

    private ApiUndocumentedProperties() => _properties = [];

    /// <summary>The number of kept properties.</summary>
    public int Count => _properties.Count;

    /// <summary>The property at <paramref name="index"/>, in the order it arrived.</summary>
    /// <param name="index">The zero-based position.</param>
    public KeyValuePair<string, JsonElement> this[int index] => _properties[index];

    /// <summary>Reads one undocumented property's value into <paramref name="kept"/>, created on the first one (so an
    /// object without undocumented properties allocates nothing for them). Called by generated converters.</summary>
    /// <param name="kept">The properties kept so far, or null.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="reader">The reader, on the property's value; left on its last token.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Keep(ref ApiUndocumentedProperties? kept, string name, ref Utf8JsonReader reader)
    {
        ArgumentNullException.ThrowIfNull(name);
        kept ??= new ApiUndocumentedProperties();
        kept._properties.Add(new(name, JsonElement.ParseValue(ref reader)));
    }

    /// <summary>The first kept property of that name.</summary>
    /// <param name="name">The name, compared ordinally.</param>
    /// <param name="value">Its value, or <c>default</c>.</param>
    /// <returns>Whether one was kept.</returns>
    public bool TryGetValue(string name, out JsonElement value)
    {
        foreach (var property in _properties)
        {
            if (string.Equals(property.Key, name, StringComparison.Ordinal))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Writes every kept property, name and value, into the object being written.</summary>
    /// <param name="writer">The writer, inside an object.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var property in _properties)
        {
            try
            {
                writer.WritePropertyName(property.Key);
                property.Value.WriteTo(writer);
            }
            catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
            {
                // Text that is not valid UTF-16 (a lone surrogate, "\ud800", which reading accepts): located, not a bare writer error.
                throw ApiJson.AtProperty(ApiJson.TextNotWritable(), property.Key);
            }
        }
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ApiUndocumentedProperties? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        for (int i = 0; i < Count; i++)
        {
            if (!string.Equals(_properties[i].Key, other._properties[i].Key, StringComparison.Ordinal)
                || !JsonEquals(_properties[i].Value, other._properties[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ApiUndocumentedProperties);

    /// <summary>A hash of the names (equal sets have equal names, so this agrees with <see cref="Equals(ApiUndocumentedProperties)"/>).</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var property in _properties)
        {
            hash.Add(property.Key, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Only the count (<c>[2 properties]</c>): a kept value may be a secret.</summary>
    /// <returns>The count, in brackets.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Count} {(Count == 1 ? "property" : "properties")}]");

    /// <summary>Structural equality of JSON values: the same kinds, strings and number texts, and objects with the same
    /// names and values in the same order. Whitespace and string escaping do not count.</summary>
    internal static bool JsonEquals(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return false;
        }

        switch (left.ValueKind)
        {
            case JsonValueKind.Object:
                var rightProperties = right.EnumerateObject();
                foreach (var property in left.EnumerateObject())
                {
                    if (!rightProperties.MoveNext() || !rightProperties.Current.NameEquals(property.Name)
                        || !JsonEquals(property.Value, rightProperties.Current.Value))
                    {
                        return false;
                    }
                }

                return !rightProperties.MoveNext();
            case JsonValueKind.Array:
                var rightItems = right.EnumerateArray();
                foreach (var item in left.EnumerateArray())
                {
                    if (!rightItems.MoveNext() || !JsonEquals(item, rightItems.Current))
                    {
                        return false;
                    }
                }

                return !rightItems.MoveNext();
            case JsonValueKind.String:
                return left.ValueEquals(right.GetString());
            case JsonValueKind.Number:
                return string.Equals(left.GetRawText(), right.GetRawText(), StringComparison.Ordinal);
            default:
                return true; // true, false, null: the kind is the value.
        }
    }
}
