using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Shared converters for the primitive values of a spec, reading with the <see cref="ApiJson"/> readers (their
/// errors and rules) and writing as the generated converters do: the element converters of generated lists and maps
/// and of bodies that are a primitive. <c>null</c> is not a value for any of them (see <see cref="ApiJsonNullable{T}"/>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiJsonValues
{
    /// <summary>A string.</summary>
    public static JsonConverter<string> String { get; } = new StringConverter();

    /// <summary>An int32 integer.</summary>
    public static JsonConverter<int> Int32 { get; } = new Int32Converter();

    /// <summary>An int64 integer.</summary>
    public static JsonConverter<long> Int64 { get; } = new Int64Converter();

    /// <summary>A float number.</summary>
    public static JsonConverter<float> Single { get; } = new SingleConverter();

    /// <summary>A double number.</summary>
    public static JsonConverter<double> Double { get; } = new DoubleConverter();

    /// <summary>A decimal number.</summary>
    public static JsonConverter<decimal> Decimal { get; } = new DecimalConverter();

    /// <summary>A boolean.</summary>
    public static JsonConverter<bool> Boolean { get; } = new BooleanConverter();

    /// <summary>A date-time string.</summary>
    public static JsonConverter<System.DateTimeOffset> DateTimeOffset { get; } = new DateTimeOffsetConverter();

    /// <summary>A date string (<c>yyyy-MM-dd</c>).</summary>
    public static JsonConverter<DateOnly> Date { get; } = new DateConverter();

    /// <summary>A UUID string.</summary>
    public static JsonConverter<System.Guid> Guid { get; } = new GuidConverter();

    /// <summary>Any JSON value.</summary>
    public static JsonConverter<JsonElement> Element { get; } = new ElementConverter();

    // A sealed class per kind (no delegates): each value costs one virtual call, as a generated converter's would.

    private sealed class StringConverter : JsonConverter<string>
    {
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ApiJson.ReadString(ref reader);

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(value);
        }
    }

    private sealed class Int32Converter : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ApiJson.ReadInt32(ref reader);

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteNumberValue(value);
        }
    }

    private sealed class Int64Converter : JsonConverter<long>
    {
        public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ApiJson.ReadInt64(ref reader);

        public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteNumberValue(value);
        }
    }

    private sealed class SingleConverter : JsonConverter<float>
    {
        public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ApiJson.ReadSingle(ref reader);

        public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteNumberValue(value);
        }
    }

    private sealed class DoubleConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ApiJson.ReadDouble(ref reader);

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteNumberValue(value);
        }
    }

    private sealed class DecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ApiJson.ReadDecimal(ref reader);

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteNumberValue(value);
        }
    }

    private sealed class BooleanConverter : JsonConverter<bool>
    {
        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ApiJson.ReadBoolean(ref reader);

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteBooleanValue(value);
        }
    }

    private sealed class DateTimeOffsetConverter : JsonConverter<System.DateTimeOffset>
    {
        public override System.DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ApiJson.ReadDateTimeOffset(ref reader);

        public override void Write(Utf8JsonWriter writer, System.DateTimeOffset value, JsonSerializerOptions options) => ApiJson.WriteDateTimeOffset(writer, value);
    }

    private sealed class DateConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ApiJson.ReadDate(ref reader);

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ApiJson.WriteDate(writer, value);
        }
    }

    private sealed class GuidConverter : JsonConverter<System.Guid>
    {
        public override System.Guid Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ApiJson.ReadGuid(ref reader);

        public override void Write(Utf8JsonWriter writer, System.Guid value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(value);
        }
    }

    private sealed class ElementConverter : JsonConverter<JsonElement>
    {
        public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ApiJson.ReadElement(ref reader);

        public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                throw ApiJson.DefaultNotWritable(nameof(JsonElement)); // the list or map holding it locates it
            }

            try
            {
                value.WriteTo(writer);
            }
            catch (InvalidOperationException)
            {
                throw ApiJson.TextNotWritable(); // a lone surrogate; the list or map holding it locates it
            }
        }
    }
}
