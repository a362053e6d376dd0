using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Reads and writes a JSON object with any property names (<c>additionalProperties</c>) as
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> with ordinal keys and the value's converter, for generated code:
/// one instance per map shape of a spec. An error in a value is located at its key (<c>$.key</c>); a repeated key
/// takes its last value; <c>null</c> is a value only where the value converter takes it.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiJsonMap<T> : JsonConverter<IReadOnlyDictionary<string, T>>
{
    private readonly JsonConverter<T> _value;
    private readonly bool _valueTakesNull;

    /// <summary>Creates the converter.</summary>
    /// <param name="value">The value's converter.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ApiJsonMap(JsonConverter<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
        _valueTakesNull = value.HandleNull;
    }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ApiJson.ExpectStartObject(ref reader);
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        string? key = null;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                key = ApiJson.PropertyName(ref reader);
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null && !_valueTakesNull)
                {
                    throw ApiJson.NullNotAllowed();
                }

                map[key] = _value.Read(ref reader, typeof(T), options)!;
                key = null;
            }
        }
        catch (JsonException exception) when (key is not null)
        {
            throw ApiJson.AtProperty(exception, key);
        }

        return map;
    }

    /// <inheritdoc />
    /// <exception cref="ApiJsonException">A value is null where the value converter does not take null, or a value
    /// inside one is null where the contract requires one: located at its key (<c>$.key…</c>).</exception>
    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value is Dictionary<string, T> dictionary)
        {
            // The struct enumerator: enumerating through the interface would allocate one per map.
            foreach (var pair in dictionary)
            {
                WriteEntry(writer, pair.Key, pair.Value, options);
            }
        }
        else
        {
            foreach (var pair in value)
            {
                WriteEntry(writer, pair.Key, pair.Value, options);
            }
        }

        writer.WriteEndObject();
    }

    private void WriteEntry(Utf8JsonWriter writer, string key, T value, JsonSerializerOptions options)
    {
        try
        {
            if (value is null && !_valueTakesNull)
            {
                throw ApiJson.NullNotWritable("the value");
            }

            writer.WritePropertyName(key);
            _value.Write(writer, value, options);
        }
        catch (ApiJsonException exception)
        {
            throw ApiJson.AtProperty(ApiJson.HeldBy(exception, "the value"), key);
        }
    }
}
