using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Reads and writes a JSON array as <see cref="IReadOnlyList{T}"/> with the element's converter, for generated code:
/// one instance per list shape of a spec instead of a read and write method each. An error in an element is located
/// at its index (<c>$[2].name</c>); <c>null</c> is an element only where the element converter takes it
/// (<see cref="ApiJsonNullable{T}"/>, <see cref="ApiJsonOrNull{T}"/>).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiJsonList<T> : JsonConverter<IReadOnlyList<T>>
{
    private readonly JsonConverter<T> _element;
    private readonly bool _elementTakesNull;

    /// <summary>Creates the converter.</summary>
    /// <param name="element">The element's converter.</param>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public ApiJsonList(JsonConverter<T> element)
    {
        ArgumentNullException.ThrowIfNull(element);
        _element = element;
        _elementTakesNull = element.HandleNull;
    }

    /// <inheritdoc />
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ApiJson.ExpectStartArray(ref reader);
        var list = new List<T>();
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null && !_elementTakesNull)
                {
                    throw ApiJson.NullNotAllowed();
                }

                list.Add(_element.Read(ref reader, typeof(T), options)!);
            }
        }
        catch (JsonException exception)
        {
            throw ApiJson.AtIndex(exception, list.Count);
        }

        return list;
    }

    /// <inheritdoc />
    /// <exception cref="ApiJsonException">An element is null where the element converter does not take null, or a value
    /// inside one is null where the contract requires one: located at its index (<c>$[2]…</c>).</exception>
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        // By index: enumerating through the interface would allocate an enumerator per list.
        for (int i = 0; i < value.Count; i++)
        {
            try
            {
                T element = value[i];
                if (element is null && !_elementTakesNull)
                {
                    throw ApiJson.NullNotWritable("the item");
                }

                _element.Write(writer, element, options);
            }
            catch (ApiJsonException exception)
            {
                throw ApiJson.AtIndex(ApiJson.HeldBy(exception, "the item"), i);
            }
        }

        writer.WriteEndArray();
    }
}
