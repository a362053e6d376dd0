using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using System.Text;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Helpers for the <c>JsonConverter&lt;T&gt;</c> classes the generator emits. Readers check the token type and
/// parse with <c>TryGet*</c>, so a mismatch becomes an <see cref="ApiJsonException"/> that says what was expected
/// and never quotes the value.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ApiJson
{
    // Longest date or date-time text we accept; anything longer cannot be valid and is not worth copying.
    private const int MaxDateTextLength = 64;

    /// <summary>
    /// The options passed to generated converters. Read-only, with an empty type-info resolver: asking it for
    /// reflection-based metadata fails instead of silently using reflection (trimming and NativeAOT stay clean).
    /// </summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateOptions();

    /// <summary>Writes a value as JSON text with its generated converter (no reflection): a form field or a
    /// multipart part that holds an object.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="converter">The converter that writes <typeparamref name="T"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="converter"/> is null.</exception>
    public static string Write<T>(T value, JsonConverter<T> converter) => System.Text.Encoding.UTF8.GetString(WriteUtf8(value, converter).Span);

    internal static ReadOnlyMemory<byte> WriteUtf8<T>(T value, JsonConverter<T> converter)
    {
        ArgumentNullException.ThrowIfNull(converter);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, SerializerOptions);
        }

        return buffer.WrittenMemory;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Starts an <see cref="ApiJsonExactScope"/>: until it is disposed, this thread's scalar reads take only
    /// what the spec writes (no number in a string, no number for a string).</summary>
    /// <returns>The scope, to dispose.</returns>
    public static ApiJsonExactScope Exactly() => ApiJsonExactScope.Open();

    /// <summary>Reads a string, or a number as its JSON text (<c>42</c> reads as <c>"42"</c>): servers send ids
    /// and amounts as numbers where their spec says string, and the text keeps every digit. Not in an
    /// <see cref="ApiJsonExactScope"/>; and enum converters never come here for numbers, which are none of an enum's
    /// wire values.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The string.</returns>
    /// <exception cref="ApiJsonException">The token is neither a string nor a number, or a number in an
    /// <see cref="ApiJsonExactScope"/>.</exception>
    public static string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && !ApiJsonExactScope.IsOpen)
        {
            // Number text is ASCII by the JSON grammar, so the bytes are the characters.
            return reader.HasValueSequence
                ? Encoding.UTF8.GetString(System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence))
                : Encoding.UTF8.GetString(reader.ValueSpan);
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw UnexpectedToken("a string", reader.TokenType);
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 inside the string; the reader's message is dropped with the bytes it might describe.
            throw Invalid("expected a valid UTF-8 string");
        }
    }

    /// <summary>Reads a 32-bit integer.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ApiJsonException">The token is not a number (or a string spelling one, outside an <see cref="ApiJsonExactScope"/>), or not an integer in
    /// range (a zero fraction or an exponent, <c>1.0</c>, <c>1e2</c>, is an integer).</exception>
    public static int ReadInt32(ref Utf8JsonReader reader)
    {
        const string Expected = "an integer (int32)";
        if (reader.TokenType == JsonTokenType.String)
        {
            return ReadNumberInString(ref reader, Expected, ReadInt32);
        }

        ExpectNumber(ref reader, Expected);
        return reader.TryGetInt32(out int value) ? value
            : TryGetIntegral(ref reader, int.MinValue, int.MaxValue, out decimal integral) ? (int)integral
            : throw Expecting(Expected);
    }

    /// <summary>Reads a 64-bit integer.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ApiJsonException">The token is not a number (or a string spelling one, outside an <see cref="ApiJsonExactScope"/>), or not an integer in
    /// range (a zero fraction or an exponent, <c>1.0</c>, <c>1e2</c>, is an integer).</exception>
    public static long ReadInt64(ref Utf8JsonReader reader)
    {
        const string Expected = "an integer (int64)";
        if (reader.TokenType == JsonTokenType.String)
        {
            return ReadNumberInString(ref reader, Expected, ReadInt64);
        }

        ExpectNumber(ref reader, Expected);
        return reader.TryGetInt64(out long value) ? value
            : TryGetIntegral(ref reader, long.MinValue, long.MaxValue, out decimal integral) ? (long)integral
            : throw Expecting(Expected);
    }

    /// <summary>
    /// Whether the number token is an integer written with a fraction or an exponent (<c>1.0</c>, <c>1e2</c>), within
    /// the range: JSON Schema counts any number with a zero fractional part as an integer (2020-12, so OpenAPI 3.1), and
    /// servers in languages without an integer type send them so. Only tried after the plain integer read failed.
    /// </summary>
    private static bool TryGetIntegral(ref Utf8JsonReader reader, decimal min, decimal max, out decimal value)
    {
        value = 0;
        // Decided on the text, not on a parsed value: decimal and double round (1e-30 would read as 0). This path runs
        // only for numbers the plain integer read refused, so the rare copy of a split token costs nothing usual.
        ReadOnlySpan<byte> text = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        return IsIntegralNumber(text) && reader.TryGetDecimal(out value) && value >= min && value <= max;
    }

    /// <summary>Whether JSON number text has no non-zero digit below the units once its exponent is applied.</summary>
    private static bool IsIntegralNumber(ReadOnlySpan<byte> number)
    {
        int e = number.IndexOfAny((byte)'e', (byte)'E');
        int exponent = 0;
        if (e >= 0)
        {
            ReadOnlySpan<byte> digits = number[(e + 1)..];
            bool negative = digits.Length > 0 && digits[0] == '-';
            digits = digits.Length > 0 && digits[0] is (byte)'-' or (byte)'+' ? digits[1..] : digits;
            foreach (byte d in digits)
            {
                exponent = Math.Min((exponent * 10) + (d - '0'), 1000); // beyond any integer's range either way
            }

            exponent = negative ? -exponent : exponent;
            number = number[..e];
        }

        int point = number.IndexOf((byte)'.');
        ReadOnlySpan<byte> whole = point >= 0 ? number[..point] : number;
        ReadOnlySpan<byte> fraction = point >= 0 ? number[(point + 1)..] : default;
        // A fraction digit k (from 0) is worth 10^(exponent - k - 1); a whole digit j from the right 10^(exponent + j).
        for (int k = 0; k < fraction.Length; k++)
        {
            if (fraction[k] != '0' && exponent - k - 1 < 0)
            {
                return false;
            }
        }

        for (int j = 0; j < whole.Length; j++)
        {
            byte digit = whole[whole.Length - 1 - j];
            if (digit is >= (byte)'1' and <= (byte)'9' && exponent + j < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a single-precision number.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ApiJsonException">The token is not a number (or a string spelling one, outside an <see cref="ApiJsonExactScope"/>), or out of range.</exception>
    public static float ReadSingle(ref Utf8JsonReader reader)
    {
        const string Expected = "a number (float)";
        if (reader.TokenType == JsonTokenType.String)
        {
            return ReadNumberInString(ref reader, Expected, ReadSingle);
        }

        ExpectNumber(ref reader, Expected);
        // Overflow parses to infinity on some paths; a finite JSON number must stay finite.
        return reader.TryGetSingle(out float value) && float.IsFinite(value) ? value : throw Expecting(Expected);
    }

    /// <summary>Reads a double-precision number.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ApiJsonException">The token is not a number (or a string spelling one, outside an <see cref="ApiJsonExactScope"/>), or out of range.</exception>
    public static double ReadDouble(ref Utf8JsonReader reader)
    {
        const string Expected = "a number (double)";
        if (reader.TokenType == JsonTokenType.String)
        {
            return ReadNumberInString(ref reader, Expected, ReadDouble);
        }

        ExpectNumber(ref reader, Expected);
        return reader.TryGetDouble(out double value) && double.IsFinite(value) ? value : throw Expecting(Expected);
    }

    /// <summary>Reads a decimal number.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ApiJsonException">The token is not a number (or a string spelling one, outside an <see cref="ApiJsonExactScope"/>), or out of range.</exception>
    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        const string Expected = "a number (decimal)";
        if (reader.TokenType == JsonTokenType.String)
        {
            return ReadNumberInString(ref reader, Expected, ReadDecimal);
        }

        ExpectNumber(ref reader, Expected);
        return reader.TryGetDecimal(out decimal value) ? value : throw Expecting(Expected);
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ApiJsonException">The token is not a boolean.</exception>
    public static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw UnexpectedToken("a boolean", reader.TokenType),
    };

    /// <summary>Reads a UUID string (<c>D</c> format).</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ApiJsonException">The token is not a string, or not a UUID.</exception>
    public static Guid ReadGuid(ref Utf8JsonReader reader)
    {
        const string Expected = "a uuid string";
        if (reader.TokenType != JsonTokenType.String)
        {
            throw UnexpectedToken(Expected, reader.TokenType);
        }

        return reader.TryGetGuid(out Guid value) ? value : throw Expecting(Expected);
    }

    /// <summary>Reads an RFC 3339 date-time string (<c>T</c> and <c>Z</c> in either case; a leap second, <c>:60</c>,
    /// is read as the last tick of second <c>:59</c>), or one of the other ISO 8601 forms
    /// <see cref="Utf8JsonReader.TryGetDateTimeOffset"/> reads. A value without an offset is taken as UTC, not as the
    /// local time of whichever machine runs the client.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ApiJsonException">The token is not a string, or not a date-time.</exception>
    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader)
    {
        const string Expected = "a date-time string";
        if (reader.TokenType != JsonTokenType.String)
        {
            throw UnexpectedToken(Expected, reader.TokenType);
        }

        Span<char> text = stackalloc char[MaxDateTextLength];
        DateTimeOffset value = default;
        if (!TryCopyShortString(ref reader, text, out int length)
            || !(reader.TryGetDateTimeOffset(out value) || TryReadRfc3339Variant(text[..length], out value)))
        {
            throw Expecting(Expected);
        }

        // After the date part, an offset is 'Z' or a sign; without one the reader applied the local offset.
        bool hasOffset = length > 10 && text[10..length].IndexOfAny("Zz+-") >= 0;
        return hasOffset ? value : new DateTimeOffset(DateTime.SpecifyKind(value.DateTime, DateTimeKind.Unspecified), TimeSpan.Zero);
    }

    /// <summary>Reads the RFC 3339 date-times <see cref="Utf8JsonReader.TryGetDateTimeOffset"/> refuses: a lower-case
    /// <c>t</c> or <c>z</c>, a space for the <c>T</c> (RFC 3339 5.6 allows it; Python's <c>str(datetime)</c> writes
    /// it), and a leap second (<c>23:59:60Z</c>), which <see cref="DateTimeOffset"/> cannot hold: it
    /// becomes the last tick of second 59, so the value keeps the day and minute the server meant and still sorts
    /// before the next second. Also an offset written without its colon (<c>+0000</c>, ISO 8601's basic form), as
    /// Java servers write date-times (Jira's <c>2021-01-17T12:34:00.000+0000</c>), or as hours alone (<c>+00</c>, as
    /// PostgreSQL writes a <c>timestamptz</c>: <c>2024-01-01 12:00:00+00</c>).</summary>
    private static bool TryReadRfc3339Variant(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        // The text again as a JSON string, normalized, so that the same parser as above reads it.
        // Room for the quotes and ":00" put into the offset.
        Span<byte> json = stackalloc byte[MaxDateTextLength + 5];
        json[0] = (byte)'"';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsAscii(c))
            {
                return false;
            }

            json[i + 1] = (byte)(c is 't' or 'z' ? char.ToUpperInvariant(c) : c == ' ' && i == 10 ? 'T' : c);
        }

        int end = text.Length + 1;
        if (HasOffsetWithoutColon(text))
        {
            // "+hhmm" becomes "+hh:mm".
            json[end] = json[end - 1];
            json[end - 1] = json[end - 2];
            json[end - 2] = (byte)':';
            end++;
        }
        else if (HasHourOffset(text))
        {
            // "+hh" becomes "+hh:00".
            json[end++] = (byte)':';
            json[end++] = (byte)'0';
            json[end++] = (byte)'0';
        }

        json[end] = (byte)'"';
        // yyyy-MM-ddTHH:mm:ss: the seconds are text[17..19], json[18..20].
        bool leapSecond = text.Length >= 19 && text[16] == ':' && text[17] == '6' && text[18] == '0';
        if (leapSecond)
        {
            json[18] = (byte)'5';
            json[19] = (byte)'9';
        }

        var reader = new Utf8JsonReader(json[..(end + 1)]);
        if (!reader.Read() || !reader.TryGetDateTimeOffset(out value))
        {
            return false;
        }

        if (leapSecond)
        {
            value = value.AddTicks(TimeSpan.TicksPerSecond - 1 - (value.Ticks % TimeSpan.TicksPerSecond));
        }

        return true;
    }

    /// <summary>Whether a date-time ends in an offset of four digits without a colon (<c>+0000</c>, <c>-0530</c>)
    /// right after its time (<c>yyyy-MM-ddTHH:mm</c> at least, seconds and fraction optional).</summary>
    private static bool HasOffsetWithoutColon(ReadOnlySpan<char> text) => HasDigitsOffset(text, 4);

    /// <summary>Whether a date-time ends in an offset of hours alone (<c>+00</c>, <c>-05</c>) right after its time.</summary>
    private static bool HasHourOffset(ReadOnlySpan<char> text) => HasDigitsOffset(text, 2);

    /// <summary>Whether a date-time ends in a sign and <paramref name="digits"/> digits right after its time
    /// (<c>yyyy-MM-ddTHH:mm</c> at least, seconds and fraction optional).</summary>
    private static bool HasDigitsOffset(ReadOnlySpan<char> text, int digits)
    {
        int sign = text.Length - digits - 1;
        if (sign < 16 || text[10] is not ('T' or 't' or ' ') || text[sign] is not ('+' or '-') || !char.IsAsciiDigit(text[sign - 1]))
        {
            return false;
        }

        foreach (char c in text[(sign + 1)..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a date string (<c>yyyy-MM-dd</c>); also a date-time, as servers send one for a date (Xero's
    /// <c>"2020-02-03T00:00:00"</c>), whose date part is taken as written, whatever its time and offset.</summary>
    /// <param name="reader">The reader, on the value's token.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ApiJsonException">The token is not a string, or neither a date nor a date-time.</exception>
    public static DateOnly ReadDate(ref Utf8JsonReader reader)
    {
        const string Expected = "a date string (yyyy-MM-dd)";
        if (reader.TokenType != JsonTokenType.String)
        {
            throw UnexpectedToken(Expected, reader.TokenType);
        }

        Span<char> text = stackalloc char[MaxDateTextLength];
        if (!TryCopyShortString(ref reader, text, out int length))
        {
            throw Expecting(Expected);
        }

        if (DateOnly.TryParseExact(text[..length], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly value))
        {
            return value;
        }

        // A date-time: the day the server wrote, not converted to any offset (that would move midnight to another day).
        return length > 10 && text[10] is 'T' or 't' && (reader.TryGetDateTimeOffset(out _) || TryReadRfc3339Variant(text[..length], out _))
            && DateOnly.TryParseExact(text[..10], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            ? value
            : throw Expecting(Expected);
    }

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Reads any JSON value (free-form <c>details</c>, for example) as an independent
    /// <see cref="JsonElement"/>: it does not hold on to the reader's buffer.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <returns>The value.</returns>
    public static JsonElement ReadElement(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <summary>Checks that the reader is on <c>{</c>; it does not advance.</summary>
    /// <param name="reader">The reader.</param>
    /// <exception cref="ApiJsonException">The token is something else.</exception>
    public static void ExpectStartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw UnexpectedToken("an object", reader.TokenType);
        }
    }

    /// <summary>Checks that the reader is on <c>[</c>; it does not advance.</summary>
    /// <param name="reader">The reader.</param>
    /// <exception cref="ApiJsonException">The token is something else.</exception>
    public static void ExpectStartArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw UnexpectedToken("an array", reader.TokenType);
        }
    }

    /// <summary>Checks that the reader is on a property name; it does not advance.</summary>
    /// <param name="reader">The reader.</param>
    /// <exception cref="ApiJsonException">The token is something else.</exception>
    public static void ExpectPropertyName(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw UnexpectedToken("a property name", reader.TokenType);
        }
    }

    /// <summary>Creates the error for a required property that is absent, at <c>$</c> (the object being read).</summary>
    /// <param name="wireName">The property's wire name.</param>
    /// <returns>The exception to throw.</returns>
    public static ApiJsonException MissingProperty(string wireName)
    {
        ArgumentNullException.ThrowIfNull(wireName);
        return new ApiJsonException("$", $"the required property '{wireName}' is missing");
    }

    /// <summary>Creates the error for a property the schema does not list where it allows none, at <c>$</c> (the
    /// converter then locates it at the property: <c>$.name</c>).</summary>
    /// <returns>The exception to throw.</returns>
    public static ApiJsonException UndocumentedProperty() => new("$", UndocumentedPropertyReason);

    /// <summary>The reason of <see cref="UndocumentedProperty"/>, by which a union tells it from a value that does not fit.</summary>
    internal const string UndocumentedPropertyReason = "the contract lists no such property, and this object allows no others";

    /// <summary>Creates the error for <c>null</c> where the contract requires a value, at <c>$</c>.</summary>
    /// <returns>The exception to throw.</returns>
    public static ApiJsonException NullNotAllowed() => new("$", "expected a value, found null");

    /// <summary>The error for writing <c>null</c> where the contract requires a value, at <c>$</c>: a value that got
    /// past <c>required</c> (<c>null!</c>, a mapper, configuration binding) fails before anything is sent.</summary>
    /// <param name="what">What is null (<c>property 'currency' of Amount</c>, <c>the item</c>).</param>
    internal static ApiJsonException NullNotWritable(string what) => new("$", what + " is null, and the contract requires a value");

    /// <summary>The property name the reader is on, as text: a name JSON allows but .NET text cannot hold (a lone
    /// surrogate, <c>"\ud800"</c>) is <see cref="PropertyNameNotText"/>, not the reader's InvalidOperationException.</summary>
    internal static string PropertyName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw PropertyNameNotText();
        }
    }

    /// <summary>The error for a property name that is not valid UTF-16 text: located at the object holding it (its
    /// name cannot be printed, and is not what a path could name).</summary>
    internal static ApiJsonException PropertyNameNotText() => new("$", "a property name is not valid UTF-16 text (a lone surrogate)");

    /// <summary>The error for writing text that is not valid UTF-16 (a lone surrogate: JSON's <c>"\ud800"</c> reads, but
    /// no writer can write it back), at <c>$</c>.</summary>
    internal static ApiJsonException TextNotWritable() =>
        new("$", "the value holds text that is not valid UTF-16 (a lone surrogate), which cannot be written");

    /// <summary>The error for an undocumented property set in code under the name of a listed one, at <c>$</c>.</summary>
    /// <param name="record">The record's type name.</param>
    internal static ApiJsonException ListedAsUndocumented(string record) =>
        new("$", $"an undocumented property has the name of a property {record} lists, and would be written twice; set that property instead (to null too, where the spec allows null)");

    /// <summary>Creates the error for writing <c>default</c> of a generated enum (or <c>default(JsonElement)</c>), which
    /// has no wire value, at <c>$</c>:
    /// the record, list or map holding it names it and locates it (<c>$.state: property 'state' of Payment is
    /// default(PaymentState), which has no wire value</c>).</summary>
    /// <param name="enumName">The enum's type name.</param>
    /// <returns>The exception to throw.</returns>
    public static ApiJsonException DefaultNotWritable(string enumName)
    {
        ArgumentException.ThrowIfNullOrEmpty(enumName);
        string value = "default(" + enumName + ")";
        return new ApiJsonException("$", value + " has no wire value") { UnwritableValue = value };
    }

    /// <summary>Names the holder of a value that cannot be written (<see cref="DefaultNotWritable"/>) in the error of
    /// the value itself; any other error is returned as it is.</summary>
    /// <param name="exception">The error the value's converter threw.</param>
    /// <param name="what">What holds the value (<c>property 'currency' of Amount</c>, <c>the item</c>).</param>
    internal static ApiJsonException HeldBy(ApiJsonException exception, string what) =>
        exception.UnwritableValue is { } value ? new("$", what + " is " + value + ", which has no wire value") : exception;

    /// <summary>Creates the error for a token of the wrong kind, at <c>$</c>.</summary>
    /// <param name="expected">What was expected, as a noun phrase (<c>an object</c>).</param>
    /// <param name="actual">The token found.</param>
    /// <returns>The exception to throw.</returns>
    public static ApiJsonException UnexpectedToken(string expected, JsonTokenType actual)
    {
        ArgumentException.ThrowIfNullOrEmpty(expected);
        return new ApiJsonException("$", $"expected {expected}, found {Describe(actual)}");
    }

    /// <summary>Locates an error from reading property <paramref name="wireName"/>: <c>$.x</c> becomes
    /// <c>$.wireName.x</c> (<c>$['odd name'].x</c> for names that are not simple identifiers). A plain
    /// <see cref="JsonException"/> (malformed JSON) is converted first, dropping its message, which can quote input.</summary>
    /// <param name="exception">The error thrown while reading the property's value.</param>
    /// <param name="wireName">The property's wire name.</param>
    /// <returns>The exception to throw.</returns>
    public static ApiJsonException AtProperty(JsonException exception, string wireName)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(wireName);
        return ToApiJsonException(exception).Prepend(PropertySegment(wireName));
    }

    /// <summary>Locates an error from reading array item <paramref name="index"/>: <c>$.x</c> becomes
    /// <c>$[index].x</c>. A plain <see cref="JsonException"/> is converted as in <see cref="AtProperty"/>.</summary>
    /// <param name="exception">The error thrown while reading the item.</param>
    /// <param name="index">The item's zero-based index.</param>
    /// <returns>The exception to throw.</returns>
    public static ApiJsonException AtIndex(JsonException exception, int index)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return ToApiJsonException(exception).Prepend("[" + index.ToString(CultureInfo.InvariantCulture) + "]");
    }

    /// <summary>Writes a date as a <c>yyyy-MM-dd</c> string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The date.</param>
    public static void WriteDate(Utf8JsonWriter writer, DateOnly value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> text = stackalloc byte[10];
        // Four-digit years only: DateOnly's range is 0001-9999, so this cannot fail.
        value.TryFormat(text, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..written]);
    }

    /// <summary>
    /// Writes a date-time as RFC 3339 text: <c>Z</c> for UTC (<c>2024-05-01T12:00:00Z</c>, as servers write it, where
    /// <see cref="Utf8JsonWriter"/> writes <c>+00:00</c>), the offset otherwise, fractional seconds without trailing zeros.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The date-time.</param>
    public static void WriteDateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Offset == TimeSpan.Zero)
        {
            writer.WriteStringValue(value.UtcDateTime); // a UTC DateTime is written with Z
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    /// <summary>Turns any <see cref="JsonException"/> into an <see cref="ApiJsonException"/>. A plain one comes from
    /// <see cref="Utf8JsonReader"/> on malformed JSON: keep its position, drop its message.</summary>
    internal static ApiJsonException ToApiJsonException(JsonException exception)
    {
        if (exception is ApiJsonException located)
        {
            return located;
        }

        // The reader counts from zero; people count lines and bytes from one.
        string position = exception.LineNumber is long line && exception.BytePositionInLine is long bytePosition
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {bytePosition + 1})")
            : string.Empty;
        return new ApiJsonException("$", "not valid JSON" + position);
    }

    private static string PropertySegment(string name)
    {
        if (IsSimpleIdentifier(name))
        {
            return "." + name;
        }

        var segment = new StringBuilder(name.Length + 4).Append("['");
        foreach (char c in name)
        {
            switch (c)
            {
                case '\'': segment.Append("\\'"); break;
                case '\\': segment.Append("\\\\"); break;
                default: segment.Append(c); break;
            }
        }

        return segment.Append("']").ToString();
    }

    private static bool IsSimpleIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private delegate T NumberReader<T>(ref Utf8JsonReader reader);

    /// <summary>
    /// Reads with <paramref name="read"/> the number a string token spells: servers send numbers as strings where the
    /// spec says <c>number</c> or <c>integer</c> (Twilio's prices, <c>"-0.00750"</c>; Intercom's and Xero's ids). The
    /// whole string must be one JSON number, nothing before or after it; any other string is no number.
    /// </summary>
    private static T ReadNumberInString<T>(ref Utf8JsonReader reader, string expected, NumberReader<T> read)
    {
        if (ApiJsonExactScope.IsOpen)
        {
            throw UnexpectedToken(expected, JsonTokenType.String);
        }

        Span<byte> text = stackalloc byte[MaxNumberInStringLength];
        long rawLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        try
        {
            // The raw (escaped) length bounds the unescaped one, so a copy of a short string fits.
            if (rawLength <= text.Length && text[..reader.CopyString(text)] is var spelled)
            {
                var number = new Utf8JsonReader(spelled);
                if (number.Read() && number.TokenType == JsonTokenType.Number && number.TokenStartIndex == 0 && number.BytesConsumed == spelled.Length)
                {
                    return read(ref number);
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException && exception is not ApiJsonException)
        {
            // Not valid UTF-8, or not JSON at all: reported as the string it is, below.
        }

        throw UnexpectedToken(expected, JsonTokenType.String);
    }

    private const int MaxNumberInStringLength = 64;

    private static void ExpectNumber(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw UnexpectedToken(expected, reader.TokenType);
        }
    }

    // Copies a string token into a small buffer; false when it is too long to be the value we want.
    private static bool TryCopyShortString(ref Utf8JsonReader reader, scoped Span<char> destination, out int length)
    {
        // The raw (escaped) byte length bounds the unescaped char count, so this check makes CopyString safe.
        long rawLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (rawLength > destination.Length)
        {
            length = 0;
            return false;
        }

        try
        {
            length = reader.CopyString(destination);
            return true;
        }
        catch (InvalidOperationException)
        {
            length = 0;
            return false;
        }
    }

    private static ApiJsonException Expecting(string expected) => new("$", "expected " + expected);

    private static ApiJsonException Invalid(string reason) => new("$", reason);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.PropertyName => "a property name",
        JsonTokenType.Comment => "a comment",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "no value",
    };
}
