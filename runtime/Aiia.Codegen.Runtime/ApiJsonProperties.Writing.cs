using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aiia.Codegen.Runtime;

// The one-line writes of a generated converter's properties: one method per kind of value, not overloads of
// Utf8JsonWriter's, so that the compiler binds each generated line without overload resolution. Write* writes a null
// value as JSON null where the spec makes the property nullable, and throws where it does not (a value that got past
// `required`: null!, a mapper, configuration binding), before any of it is sent; WriteOptional* leaves it out.
public sealed partial class ApiJsonProperties
{
    /// <summary>Writes property <paramref name="index"/> as a string, <c>null</c> when there is none and the property
    /// is nullable.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ApiJsonException"><paramref name="value"/> is null and the property is not nullable.</exception>
    public void WriteString(Utf8JsonWriter writer, int index, string? value)
    {
        if (value is null && (_flags[index] & NotNull) != 0)
        {
            throw NullNotWritable(index);
        }

        writer.WriteString(_encodedNames[index], value);
    }

    /// <summary>Writes property <paramref name="index"/> as a string; leaves it out when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteOptionalString(Utf8JsonWriter writer, int index, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(_encodedNames[index], value);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a 32-bit integer, <c>null</c> when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteInt32(Utf8JsonWriter writer, int index, int? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(_encodedNames[index], value.Value);
        }
        else
        {
            writer.WriteNull(_encodedNames[index]);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a 32-bit integer; leaves it out when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteOptionalInt32(Utf8JsonWriter writer, int index, int? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(_encodedNames[index], value.Value);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a 64-bit integer, <c>null</c> when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteInt64(Utf8JsonWriter writer, int index, long? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(_encodedNames[index], value.Value);
        }
        else
        {
            writer.WriteNull(_encodedNames[index]);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a 64-bit integer; leaves it out when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteOptionalInt64(Utf8JsonWriter writer, int index, long? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(_encodedNames[index], value.Value);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a single-precision number, <c>null</c> when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteSingle(Utf8JsonWriter writer, int index, float? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(_encodedNames[index], value.Value);
        }
        else
        {
            writer.WriteNull(_encodedNames[index]);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a single-precision number; leaves it out when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteOptionalSingle(Utf8JsonWriter writer, int index, float? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(_encodedNames[index], value.Value);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a double-precision number, <c>null</c> when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteDouble(Utf8JsonWriter writer, int index, double? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(_encodedNames[index], value.Value);
        }
        else
        {
            writer.WriteNull(_encodedNames[index]);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a double-precision number; leaves it out when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteOptionalDouble(Utf8JsonWriter writer, int index, double? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(_encodedNames[index], value.Value);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a decimal number, <c>null</c> when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteDecimal(Utf8JsonWriter writer, int index, decimal? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(_encodedNames[index], value.Value);
        }
        else
        {
            writer.WriteNull(_encodedNames[index]);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a decimal number; leaves it out when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteOptionalDecimal(Utf8JsonWriter writer, int index, decimal? value)
    {
        if (value.HasValue)
        {
            writer.WriteNumber(_encodedNames[index], value.Value);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a boolean, <c>null</c> when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteBoolean(Utf8JsonWriter writer, int index, bool? value)
    {
        if (value.HasValue)
        {
            writer.WriteBoolean(_encodedNames[index], value.Value);
        }
        else
        {
            writer.WriteNull(_encodedNames[index]);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a boolean; leaves it out when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteOptionalBoolean(Utf8JsonWriter writer, int index, bool? value)
    {
        if (value.HasValue)
        {
            writer.WriteBoolean(_encodedNames[index], value.Value);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a UUID, <c>null</c> when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteGuid(Utf8JsonWriter writer, int index, Guid? value)
    {
        if (value.HasValue)
        {
            writer.WriteString(_encodedNames[index], value.Value);
        }
        else
        {
            writer.WriteNull(_encodedNames[index]);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a UUID; leaves it out when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteOptionalGuid(Utf8JsonWriter writer, int index, Guid? value)
    {
        if (value.HasValue)
        {
            writer.WriteString(_encodedNames[index], value.Value);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a date-time, <c>null</c> when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteDateTimeOffset(Utf8JsonWriter writer, int index, DateTimeOffset? value)
    {
        if (value.HasValue)
        {
            writer.WritePropertyName(_encodedNames[index]);
            ApiJson.WriteDateTimeOffset(writer, value.Value);
        }
        else
        {
            writer.WriteNull(_encodedNames[index]);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a date-time; leaves it out when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteOptionalDateTimeOffset(Utf8JsonWriter writer, int index, DateTimeOffset? value)
    {
        if (value.HasValue)
        {
            writer.WritePropertyName(_encodedNames[index]);
            ApiJson.WriteDateTimeOffset(writer, value.Value);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a date (<c>yyyy-MM-dd</c>), <c>null</c> when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteDate(Utf8JsonWriter writer, int index, DateOnly? value)
    {
        if (value.HasValue)
        {
            writer.WritePropertyName(_encodedNames[index]);
            ApiJson.WriteDate(writer, value.Value);
        }
        else
        {
            writer.WriteNull(_encodedNames[index]);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as a date (<c>yyyy-MM-dd</c>); leaves it out when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    public void WriteOptionalDate(Utf8JsonWriter writer, int index, DateOnly? value)
    {
        if (value.HasValue)
        {
            writer.WritePropertyName(_encodedNames[index]);
            ApiJson.WriteDate(writer, value.Value);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as any JSON value, as it is, <c>null</c> when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ApiJsonException"><paramref name="value"/> is <c>default(JsonElement)</c>, which holds no JSON
    /// value: located at the property.</exception>
    public void WriteElement(Utf8JsonWriter writer, int index, JsonElement? value)
    {
        if (value.HasValue)
        {
            // Through the element converter, as a record is: default(JsonElement) and a lone surrogate fail located here.
            WriteWith(writer, index, value.Value, ApiJsonValues.Element, ApiJson.SerializerOptions);
        }
        else
        {
            writer.WriteNull(_encodedNames[index]);
        }
    }

    /// <summary>Writes property <paramref name="index"/> as any JSON value, as it is; leaves it out when there is none.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ApiJsonException"><paramref name="value"/> is <c>default(JsonElement)</c>, which holds no JSON
    /// value: located at the property.</exception>
    public void WriteOptionalElement(Utf8JsonWriter writer, int index, JsonElement? value)
    {
        if (value.HasValue)
        {
            // Through the element converter, as a record is: default(JsonElement) and a lone surrogate fail located here.
            WriteWith(writer, index, value.Value, ApiJsonValues.Element, ApiJson.SerializerOptions);
        }
    }

    /// <summary>Writes property <paramref name="index"/> with its converter (a record, an enum, a list or a map).</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value; not null.</param>
    /// <param name="converter">The value's converter.</param>
    /// <param name="options">The options passed on to the converter.</param>
    /// <exception cref="ApiJsonException"><paramref name="value"/> is null or an enum's <c>default</c>, or a value inside
    /// it is one where the contract requires a value: located at the property (<c>$.name…</c>).</exception>
    public void WriteWith<TValue>(Utf8JsonWriter writer, int index, TValue value, JsonConverter<TValue> converter, JsonSerializerOptions options)
    {
        if (value is null)
        {
            throw NullNotWritable(index);
        }

        writer.WritePropertyName(_encodedNames[index]);
        try
        {
            converter.Write(writer, value, options);
        }
        catch (ApiJsonException exception)
        {
            throw ApiJson.AtProperty(ApiJson.HeldBy(exception, Holder(index)), _names[index]);
        }
    }

    // Names the record and the property, never a value: the caller set something else (or nothing) by mistake.
    private ApiJsonException NullNotWritable(int index) =>
        ApiJson.AtProperty(ApiJson.NullNotWritable(Holder(index)), _names[index]);

    private string Holder(int index) => $"property '{_names[index]}' of {RecordName ?? "the record"}";

    /// <summary>Writes property <paramref name="index"/> with its converter, <c>null</c> when there is none.</summary>
    /// <typeparam name="TValue">The value type (a record, a list or a map).</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    /// <param name="converter">The converter of a present value.</param>
    /// <param name="options">The options passed on to the converter.</param>
    public void WriteNullableWith<TValue>(Utf8JsonWriter writer, int index, TValue? value, JsonConverter<TValue> converter, JsonSerializerOptions options)
        where TValue : class
    {
        if (value is null)
        {
            writer.WriteNull(_encodedNames[index]);
        }
        else
        {
            WriteWith(writer, index, value, converter, options);
        }
    }

    /// <summary>Writes property <paramref name="index"/> with its converter, <c>null</c> when there is none.</summary>
    /// <typeparam name="TValue">The value type (an enum).</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    /// <param name="converter">The converter of a present value.</param>
    /// <param name="options">The options passed on to the converter.</param>
    public void WriteNullableValueWith<TValue>(Utf8JsonWriter writer, int index, TValue? value, JsonConverter<TValue> converter, JsonSerializerOptions options)
        where TValue : struct
    {
        if (value.HasValue)
        {
            WriteWith(writer, index, value.Value, converter, options);
        }
        else
        {
            writer.WriteNull(_encodedNames[index]);
        }
    }

    /// <summary>Writes property <paramref name="index"/> with its converter; leaves it out when there is none.</summary>
    /// <typeparam name="TValue">The value type (a record, a list or a map).</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    /// <param name="converter">The converter of a present value.</param>
    /// <param name="options">The options passed on to the converter.</param>
    public void WriteOptionalWith<TValue>(Utf8JsonWriter writer, int index, TValue? value, JsonConverter<TValue> converter, JsonSerializerOptions options)
        where TValue : class
    {
        if (value is not null)
        {
            WriteWith(writer, index, value, converter, options);
        }
    }

    /// <summary>Writes property <paramref name="index"/> with its converter; leaves it out when there is none.</summary>
    /// <typeparam name="TValue">The value type (an enum).</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="index">The property's index.</param>
    /// <param name="value">The value.</param>
    /// <param name="converter">The converter of a present value.</param>
    /// <param name="options">The options passed on to the converter.</param>
    public void WriteOptionalValueWith<TValue>(Utf8JsonWriter writer, int index, TValue? value, JsonConverter<TValue> converter, JsonSerializerOptions options)
        where TValue : struct
    {
        if (value.HasValue)
        {
            WriteWith(writer, index, value.Value, converter, options);
        }
    }
}
