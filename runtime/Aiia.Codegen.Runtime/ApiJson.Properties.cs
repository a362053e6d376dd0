using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aiia.Codegen.Runtime;

// The one-line reads of a generated converter's properties (see ApiJsonProperties).
public static partial class ApiJson
{
    /// <summary>Reads <c>null</c> as <c>null</c>, else as <see cref="ReadString"/> does.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ApiJsonException">The token is neither null nor what <see cref="ReadString"/> takes.</exception>
    public static string? ReadNullableString(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : ReadString(ref reader);

    /// <summary>Reads <c>null</c> as <c>null</c>, else as <see cref="ReadInt32"/> does.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ApiJsonException">The token is neither null nor what <see cref="ReadInt32"/> takes.</exception>
    public static int? ReadNullableInt32(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : ReadInt32(ref reader);

    /// <summary>Reads <c>null</c> as <c>null</c>, else as <see cref="ReadInt64"/> does.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ApiJsonException">The token is neither null nor what <see cref="ReadInt64"/> takes.</exception>
    public static long? ReadNullableInt64(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : ReadInt64(ref reader);

    /// <summary>Reads <c>null</c> as <c>null</c>, else as <see cref="ReadSingle"/> does.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ApiJsonException">The token is neither null nor what <see cref="ReadSingle"/> takes.</exception>
    public static float? ReadNullableSingle(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : ReadSingle(ref reader);

    /// <summary>Reads <c>null</c> as <c>null</c>, else as <see cref="ReadDouble"/> does.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ApiJsonException">The token is neither null nor what <see cref="ReadDouble"/> takes.</exception>
    public static double? ReadNullableDouble(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : ReadDouble(ref reader);

    /// <summary>Reads <c>null</c> as <c>null</c>, else as <see cref="ReadDecimal"/> does.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ApiJsonException">The token is neither null nor what <see cref="ReadDecimal"/> takes.</exception>
    public static decimal? ReadNullableDecimal(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : ReadDecimal(ref reader);

    /// <summary>Reads <c>null</c> as <c>null</c>, else as <see cref="ReadBoolean"/> does.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ApiJsonException">The token is neither null nor what <see cref="ReadBoolean"/> takes.</exception>
    public static bool? ReadNullableBoolean(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : ReadBoolean(ref reader);

    /// <summary>Reads <c>null</c> as <c>null</c>, else as <see cref="ReadDateTimeOffset"/> does.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ApiJsonException">The token is neither null nor what <see cref="ReadDateTimeOffset"/> takes.</exception>
    public static DateTimeOffset? ReadNullableDateTimeOffset(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : ReadDateTimeOffset(ref reader);

    /// <summary>Reads <c>null</c> as <c>null</c>, else as <see cref="ReadDate"/> does.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ApiJsonException">The token is neither null nor what <see cref="ReadDate"/> takes.</exception>
    public static DateOnly? ReadNullableDate(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : ReadDate(ref reader);

    /// <summary>Reads <c>null</c> as <c>null</c>, else as <see cref="ReadGuid"/> does.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ApiJsonException">The token is neither null nor what <see cref="ReadGuid"/> takes.</exception>
    public static Guid? ReadNullableGuid(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : ReadGuid(ref reader);

    /// <summary>Reads <c>null</c> as <c>null</c>, else as <see cref="ReadElement"/> does.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ApiJsonException">The token is neither null nor what <see cref="ReadElement"/> takes.</exception>
    public static JsonElement? ReadNullableElement(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : ReadElement(ref reader);

    /// <summary>Reads a value with its converter (the caller has ruled out <c>null</c> where it is not allowed).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="converter">The value's converter.</param>
    /// <param name="options">The options passed on to the converter.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="converter"/> is null.</exception>
    public static T Read<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(converter);
        return converter.Read(ref reader, typeof(T), options)!;
    }

    /// <summary>Reads <c>null</c> as <c>null</c>, else a value with its converter.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="converter">The converter of a present value.</param>
    /// <param name="options">The options passed on to the converter.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="converter"/> is null.</exception>
    public static T? ReadNullable<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(converter);
        return reader.TokenType == JsonTokenType.Null ? null : converter.Read(ref reader, typeof(T), options);
    }

    /// <summary>Reads <c>null</c> as <c>null</c>, else a value with its converter.</summary>
    /// <typeparam name="T">The reference type.</typeparam>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="converter">The converter of a present value.</param>
    /// <param name="options">The options passed on to the converter.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="converter"/> is null.</exception>
    public static T? ReadOrNull<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(converter);
        return reader.TokenType == JsonTokenType.Null ? null : converter.Read(ref reader, typeof(T), options);
    }
}
