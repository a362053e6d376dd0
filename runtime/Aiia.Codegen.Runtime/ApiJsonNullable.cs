using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aiia.Codegen.Runtime;

/// <summary>Reads and writes a nullable value type with the converter of its value: <c>null</c> is <c>null</c>, for
/// generated code (list items and map values that may be <c>null</c>).</summary>
/// <typeparam name="T">The value type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiJsonNullable<T> : JsonConverter<T?>
    where T : struct
{
    private readonly JsonConverter<T> _value;

    /// <summary>Creates the converter.</summary>
    /// <param name="value">The converter of a present value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ApiJsonNullable(JsonConverter<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>True: this converter reads and writes <c>null</c> itself.</summary>
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : _value.Read(ref reader, typeof(T), options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } present)
        {
            _value.Write(writer, present, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Reads and writes a nullable reference type with the converter of its value: <c>null</c> is <c>null</c>,
/// for generated code (list items and map values that may be <c>null</c>).</summary>
/// <typeparam name="T">The reference type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiJsonOrNull<T> : JsonConverter<T?>
    where T : class
{
    private readonly JsonConverter<T> _value;

    /// <summary>Creates the converter.</summary>
    /// <param name="value">The converter of a present value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ApiJsonOrNull(JsonConverter<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>True: this converter reads and writes <c>null</c> itself.</summary>
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : _value.Read(ref reader, typeof(T), options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            _value.Write(writer, value, options);
        }
    }
}
