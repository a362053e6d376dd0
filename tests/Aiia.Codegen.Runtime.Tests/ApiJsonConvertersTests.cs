using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>The runtime pieces generated converters are made of: the property table and its record converter base,
/// the list, map, nullable and primitive converters, and the one-line property reads and writes.</summary>
public sealed class ApiJsonConvertersTests
{
    private static readonly JsonSerializerOptions Options = ApiJson.SerializerOptions;

    private static T Read<T>(string json, JsonConverter<T> converter)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        return converter.Read(ref reader, typeof(T), Options)!;
    }

    private static ApiJsonException ReadFails<T>(string json, JsonConverter<T> converter)
    {
        try
        {
            Read(json, converter);
        }
        catch (ApiJsonException ex)
        {
            return ex;
        }

        throw new Xunit.Sdk.XunitException("Expected an ApiJsonException.");
    }

    private static string Write<T>(T value, JsonConverter<T> converter) => ApiJson.Write(value, converter);

    [Fact]
    public void A_record_reads_in_any_order_and_round_trips()
    {
        var converter = new PointConverter(ApiJsonUnlisted.Keep);
        var point = Read("""{"label":"a","y":2,"x":1}""", converter);
        Assert.Equal((1, 2, "a"), (point.X, point.Y, point.Label));
        Assert.Null(point.Undocumented);
        Assert.Equal("""{"x":1,"y":2,"label":"a"}""", Write(point, converter));
    }

    [Fact]
    public void A_repeated_property_takes_its_last_value()
    {
        Assert.Equal(3, Read("""{"x":1,"y":2,"x":3}""", new PointConverter(ApiJsonUnlisted.Keep)).X);
    }

    [Theory]
    [InlineData("""{"y":2}""", "$", "the required property 'x' is missing")]
    [InlineData("""{}""", "$", "the required property 'x' is missing")]
    [InlineData("""{"x":1,"y":null}""", "$.y", "expected a value, found null")]
    [InlineData("""{"x":1,"y":"two"}""", "$.y", "expected an integer (int32), found a string")]
    [InlineData("""{"x":1,"label":[5]}""", "$.label", "expected a string, found an array")]
    [InlineData("""[]""", "$", "expected an object, found an array")]
    public void A_record_reports_errors_at_the_property(string json, string path, string reason)
    {
        var error = ReadFails(json, new PointConverter(ApiJsonUnlisted.Keep));
        Assert.Equal(path, error.JsonPath);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Null_is_read_where_the_property_is_nullable()
    {
        Assert.Null(Read("""{"x":1,"label":null}""", new PointConverter(ApiJsonUnlisted.Keep)).Label);
    }

    [Fact]
    public void Malformed_json_after_a_property_is_not_located_at_it()
    {
        // The reader's own error passes through (the transport turns it into "not valid JSON" at its position).
        var error = Assert.ThrowsAny<JsonException>(() => Read("""{"x":1,}""", new PointConverter(ApiJsonUnlisted.Keep)));
        Assert.IsNotType<ApiJsonException>(error);
    }

    [Fact]
    public void Unlisted_properties_are_kept_in_order_and_written_back()
    {
        var converter = new PointConverter(ApiJsonUnlisted.Keep);
        var point = Read("""{"x":1,"extra":{"a":[1]},"y":2,"more":true}""", converter);
        Assert.NotNull(point.Undocumented);
        Assert.Equal(["extra", "more"], point.Undocumented.Select(p => p.Key));
        Assert.Equal("""{"x":1,"y":2,"extra":{"a":[1]},"more":true}""", Write(point, converter));
    }

    [Fact]
    public void A_malformed_unlisted_value_is_located_at_its_name()
    {
        var error = ReadFails("""{"x":1,"odd name":[1,}""", new PointConverter(ApiJsonUnlisted.Keep));
        Assert.Equal("$['odd name']", error.JsonPath);
    }

    [Fact]
    public void Unlisted_properties_are_skipped_or_rejected_as_told()
    {
        Assert.Null(Read("""{"x":1,"extra":{"a":1},"y":2}""", new PointConverter(ApiJsonUnlisted.Ignore)).Undocumented);
        var error = ReadFails("""{"x":1,"extra":1,"y":2}""", new PointConverter(ApiJsonUnlisted.Error));
        Assert.Equal("$.extra", error.JsonPath);
        Assert.Equal("the contract lists no such property, and this object allows no others", error.Reason);
    }

    [Fact]
    public void Writing_checks_its_arguments()
    {
        var converter = new PointConverter(ApiJsonUnlisted.Keep);
        using var writer = new Utf8JsonWriter(new ArrayBufferWriter<byte>());
        Assert.Throws<ArgumentNullException>("writer", () => converter.Write(null!, new Point(), Options));
        Assert.Throws<ArgumentNullException>("value", () => converter.Write(writer, null!, Options));
    }

    [Fact]
    public void Required_properties_beyond_64_are_checked()
    {
        var names = Enumerable.Range(0, 70).Select(i => "p" + i).ToArray();
        var table = new ApiJsonProperties(ApiJsonUnlisted.Ignore, [3, 66, 69], null, names);
        string All(params int[] skip) => "{" + string.Join(",", Enumerable.Range(0, 70).Except(skip).Select(i => $"\"p{i}\":{i}")) + "}";

        Assert.Equal(70, ReadAll(table, All()));
        Assert.Equal("the required property 'p66' is missing", Assert.Throws<ApiJsonException>(() => ReadAll(table, All(66, 69))).Reason);
        Assert.Equal("the required property 'p3' is missing", Assert.Throws<ApiJsonException>(() => ReadAll(table, All(3, 69))).Reason);
        Assert.Equal("the required property 'p69' is missing", Assert.Throws<ApiJsonException>(() => ReadAll(table, All(69))).Reason);
    }

    [Fact]
    public void Tracked_properties_that_arrived_are_the_presence_bits_beyond_64_too()
    {
        var names = Enumerable.Range(0, 140).Select(i => "p" + i).ToArray();
        var tracked = Enumerable.Range(0, 140).Where(i => i % 2 == 1).ToArray(); // 70 of them: bit b is property 2b+1
        var table = new ApiJsonProperties(ApiJsonUnlisted.Ignore, null, null, tracked, names);
        var reader = new Utf8JsonReader("""{"p1":null,"p2":2,"p131":null,"p139":7}"""u8);
        reader.Read();
        var state = table.ReadStart(ref reader);
        while (table.Next(ref reader, ref state))
        {
            ApiJson.ReadNullableInt32(ref reader);
        }

        var presence = table.Presence(state);

        Assert.Equal(default(ApiPresence).With(0).With(65).With(69), presence);
        Assert.Equal([0, 65, 69], Enumerable.Range(0, 70).Where(presence.Has));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApiJsonProperties(ApiJsonUnlisted.Keep, null, null, [2], "a"));
    }

    [Fact]
    public void A_presence_set_is_a_value_and_adding_to_a_copy_leaves_the_original()
    {
        var first = default(ApiPresence).With(3).With(100);
        var copy = first; // what a record's `with` does
        var grown = copy.With(130).With(101);

        Assert.True(first.Has(100) && first.Has(3) && !first.Has(130) && !first.Has(101));
        Assert.True(grown.Has(130) && grown.Has(101) && grown.Has(100) && grown.Has(3));
        Assert.Equal(default(ApiPresence).With(100).With(3), first);
        Assert.Equal(default(ApiPresence).With(100).With(3).GetHashCode(), first.GetHashCode());
        Assert.NotEqual(first, grown);
        Assert.NotEqual(default, first);
        Assert.True(default(ApiPresence).With(3) != default(ApiPresence).With(4));
    }

    private static int ReadAll(ApiJsonProperties table, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var state = table.ReadStart(ref reader);
        int count = 0;
        while (table.Next(ref reader, ref state))
        {
            ApiJson.ReadInt32(ref reader);
            count++;
        }

        table.ReadEnd(state);
        return count;
    }

    [Fact]
    public void The_property_table_checks_its_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new ApiJsonProperties(ApiJsonUnlisted.Keep, null, null, (string[])null!));
        Assert.Throws<ArgumentNullException>(() => new ApiJsonProperties(ApiJsonUnlisted.Keep, null, null, "a", null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApiJsonProperties(ApiJsonUnlisted.Keep, [1], null, "a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApiJsonProperties(ApiJsonUnlisted.Keep, null, [-1], "a"));
        var table = new ApiJsonProperties(ApiJsonUnlisted.Keep, null, null, "a", "b c");
        Assert.Equal(2, table.Count);
        Assert.Equal("b c", table[1].Value);
    }

    [Fact]
    public void A_list_reads_writes_and_locates_errors_at_the_index()
    {
        var list = new ApiJsonList<int>(ApiJsonValues.Int32);
        Assert.Equal([1, 2, 3], Read("[1,2,3]", list));
        Assert.Empty(Read("[]", list));
        Assert.Equal("[1,2]", Write<IReadOnlyList<int>>([1, 2], list));
        var error = ReadFails("""[1,null]""", list);
        Assert.Equal(("$[1]", "expected a value, found null"), (error.JsonPath, error.Reason));
        Assert.Equal("$[2]", ReadFails("""[1,2,"x"]""", list).JsonPath);
        Assert.Equal(("$", "expected an array, found an object"), (ReadFails("{}", list).JsonPath, ReadFails("{}", list).Reason));
        Assert.Throws<ArgumentNullException>(() => new ApiJsonList<int>(null!));
    }

    [Fact]
    public void A_list_of_records_locates_errors_inside_an_item()
    {
        var list = new ApiJsonList<Point>(new PointConverter(ApiJsonUnlisted.Keep));
        Assert.Equal("$[1].y", ReadFails("""[{"x":1},{"x":1,"y":"no"}]""", list).JsonPath);
    }

    [Fact]
    public void Nullable_items_take_null()
    {
        var values = new ApiJsonList<int?>(new ApiJsonNullable<int>(ApiJsonValues.Int32));
        Assert.Equal([1, null], Read("[1,null]", values));
        Assert.Equal("[null,2]", Write<IReadOnlyList<int?>>([null, 2], values));
        var strings = new ApiJsonList<string?>(new ApiJsonOrNull<string>(ApiJsonValues.String));
        Assert.Equal(["a", null], Read("""["a",null]""", strings));
        Assert.Equal("""[null,"b"]""", Write<IReadOnlyList<string?>>([null, "b"], strings));
        Assert.True(new ApiJsonNullable<int>(ApiJsonValues.Int32).HandleNull);
        Assert.True(new ApiJsonOrNull<string>(ApiJsonValues.String).HandleNull);
        Assert.Throws<ArgumentNullException>(() => new ApiJsonNullable<int>(null!));
        Assert.Throws<ArgumentNullException>(() => new ApiJsonOrNull<string>(null!));
    }

    [Fact]
    public void A_map_reads_writes_and_locates_errors_at_the_key()
    {
        var map = new ApiJsonMap<long>(ApiJsonValues.Int64);
        var read = Read("""{"a":1,"b":2,"a":3}""", map);
        Assert.Equal(3, read["a"]);
        Assert.Equal(2, read.Count);
        Assert.Equal("""{"a":1,"b c":2}""", Write<IReadOnlyDictionary<string, long>>(new Dictionary<string, long> { ["a"] = 1, ["b c"] = 2 }, map));
        Assert.Equal("""{"z":9}""", Write<IReadOnlyDictionary<string, long>>(new SortedList<string, long> { ["z"] = 9 }, map));
        var error = ReadFails("""{"a":1,"b c":null}""", map);
        Assert.Equal(("$['b c']", "expected a value, found null"), (error.JsonPath, error.Reason));
        Assert.Equal("$", ReadFails("[]", map).JsonPath);
        Assert.Throws<ArgumentNullException>(() => new ApiJsonMap<long>(null!));
    }

    [Fact]
    public void The_shared_primitive_converters_read_and_write_each_kind()
    {
        Assert.Equal("\"a\"", Write(Read("\"\\u0061\"", ApiJsonValues.String), ApiJsonValues.String));
        Assert.Equal("-3", Write(Read("-3", ApiJsonValues.Int32), ApiJsonValues.Int32));
        Assert.Equal("9007199254740993", Write(Read("9007199254740993", ApiJsonValues.Int64), ApiJsonValues.Int64));
        Assert.Equal("1.5", Write(Read("1.5", ApiJsonValues.Single), ApiJsonValues.Single));
        Assert.Equal("2.25", Write(Read("2.25", ApiJsonValues.Double), ApiJsonValues.Double));
        Assert.Equal("12.345", Write(Read("12.345", ApiJsonValues.Decimal), ApiJsonValues.Decimal));
        Assert.Equal("true", Write(Read("true", ApiJsonValues.Boolean), ApiJsonValues.Boolean));
        Assert.Equal("\"2024-02-29T10:00:00+02:00\"", Write(Read("\"2024-02-29T10:00:00+02:00\"", ApiJsonValues.DateTimeOffset), ApiJsonValues.DateTimeOffset));
        Assert.Equal("\"2024-02-29T10:00:00.25Z\"", Write(Read("\"2024-02-29T10:00:00.250z\"", ApiJsonValues.DateTimeOffset), ApiJsonValues.DateTimeOffset));
        Assert.Equal("\"2024-02-29T10:00:00Z\"", Write(Read("\"2024-02-29T10:00:00+00:00\"", ApiJsonValues.DateTimeOffset), ApiJsonValues.DateTimeOffset));
        Assert.Equal("\"2024-02-29\"", Write(Read("\"2024-02-29\"", ApiJsonValues.Date), ApiJsonValues.Date));
        Assert.Equal("\"0f8fad5b-d9cb-469f-a165-70867728950e\"", Write(Read("\"0f8fad5b-d9cb-469f-a165-70867728950e\"", ApiJsonValues.Guid), ApiJsonValues.Guid));
        Assert.Equal("""{"a":[1,null]}""", Write(Read("""{"a": [1, null]}""", ApiJsonValues.Element), ApiJsonValues.Element));
        Assert.Equal("expected an integer (int32), found a string", ReadFails("\"one\"", ApiJsonValues.Int32).Reason);
    }

    private delegate T ValueReader<T>(ref Utf8JsonReader reader);

    private static T ReadValue<T>(string json, ValueReader<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        return read(ref reader);
    }

    [Fact]
    public void The_nullable_readers_read_null_as_null_and_values_as_the_plain_readers()
    {
        Assert.Null(ReadValue("null", ApiJson.ReadNullableString));
        Assert.Equal("a", ReadValue("\"a\"", ApiJson.ReadNullableString));
        Assert.Null(ReadValue("null", ApiJson.ReadNullableInt32));
        Assert.Equal(5, ReadValue("5", ApiJson.ReadNullableInt32));
        Assert.Equal(5L, ReadValue("5", ApiJson.ReadNullableInt64));
        Assert.Equal(0.5f, ReadValue("0.5", ApiJson.ReadNullableSingle));
        Assert.Equal(0.5, ReadValue("0.5", ApiJson.ReadNullableDouble));
        Assert.Equal(0.5m, ReadValue("0.5", ApiJson.ReadNullableDecimal));
        Assert.Equal(false, ReadValue("false", ApiJson.ReadNullableBoolean));
        Assert.Null(ReadValue("null", ApiJson.ReadNullableDateTimeOffset));
        Assert.Equal(new DateOnly(2024, 1, 2), ReadValue("\"2024-01-02\"", ApiJson.ReadNullableDate));
        Assert.Null(ReadValue("null", ApiJson.ReadNullableGuid));
        Assert.Null(ReadValue("null", ApiJson.ReadNullableElement));
        Assert.Equal(JsonValueKind.Array, ReadValue("[]", ApiJson.ReadNullableElement)!.Value.ValueKind);
        var reader = new Utf8JsonReader("\"x\""u8);
        reader.Read();
        try
        {
            ApiJson.ReadNullableInt64(ref reader);
            Assert.Fail("Expected an ApiJsonException.");
        }
        catch (ApiJsonException ex)
        {
            Assert.Equal("expected an integer (int64), found a string", ex.Reason);
        }
    }

    [Fact]
    public void The_generic_readers_use_the_converter_and_read_null_as_null()
    {
        Assert.Equal(7, ReadValue("7", (ref Utf8JsonReader r) => ApiJson.Read(ref r, ApiJsonValues.Int32, Options)));
        Assert.Null(ReadValue("null", (ref Utf8JsonReader r) => ApiJson.ReadNullable(ref r, ApiJsonValues.Int32, Options)));
        Assert.Equal(7, ReadValue("7", (ref Utf8JsonReader r) => ApiJson.ReadNullable(ref r, ApiJsonValues.Int32, Options)));
        Assert.Null(ReadValue("null", (ref Utf8JsonReader r) => ApiJson.ReadOrNull(ref r, ApiJsonValues.String, Options)));
        Assert.Equal("s", ReadValue("\"s\"", (ref Utf8JsonReader r) => ApiJson.ReadOrNull(ref r, ApiJsonValues.String, Options)));
        Assert.Throws<ArgumentNullException>(() => ReadValue("1", (ref Utf8JsonReader r) => ApiJson.Read<int>(ref r, null!, Options)));
    }

    [Fact]
    public void The_property_writers_write_null_for_a_required_property_and_leave_out_an_optional_one()
    {
        using var any = JsonDocument.Parse("""{"k":null}""");
        var names = new[] { "s", "i", "l", "f", "d", "m", "b", "g", "t", "day", "any", "list", "kind", "rec" };
        var table = new ApiJsonProperties(ApiJsonUnlisted.Keep, null, null, names);
        var list = new ApiJsonList<int>(ApiJsonValues.Int32);

        string Written(Action<Utf8JsonWriter> write)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                write(writer);
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        Assert.Equal(
            """{"s":"x","i":1,"l":2,"f":1.5,"d":2.5,"m":3.5,"b":true,"g":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","t":"2024-02-29T10:00:00+01:00","day":"2024-02-29","any":{"k":null},"list":[1],"kind":7,"rec":[2]}""",
            Written(w =>
            {
                table.WriteString(w, 0, "x");
                table.WriteInt32(w, 1, 1);
                table.WriteInt64(w, 2, 2);
                table.WriteSingle(w, 3, 1.5f);
                table.WriteDouble(w, 4, 2.5);
                table.WriteDecimal(w, 5, 3.5m);
                table.WriteBoolean(w, 6, true);
                table.WriteGuid(w, 7, Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"));
                table.WriteDateTimeOffset(w, 8, new DateTimeOffset(2024, 2, 29, 10, 0, 0, TimeSpan.FromHours(1)));
                table.WriteDate(w, 9, new DateOnly(2024, 2, 29));
                table.WriteElement(w, 10, any.RootElement);
                table.WriteWith(w, 11, (IReadOnlyList<int>)[1], list, Options);
                table.WriteNullableValueWith(w, 12, 7, ApiJsonValues.Int32, Options);
                table.WriteNullableWith(w, 13, (IReadOnlyList<int>)[2], list, Options);
            }));

        // Required (or nullable in the spec): null is written. Optional: left out.
        Assert.Equal(
            """{"s":null,"i":null,"l":null,"f":null,"d":null,"m":null,"b":null,"g":null,"t":null,"day":null,"any":null,"kind":null,"rec":null}""",
            Written(w =>
            {
                table.WriteString(w, 0, null);
                table.WriteInt32(w, 1, null);
                table.WriteInt64(w, 2, null);
                table.WriteSingle(w, 3, null);
                table.WriteDouble(w, 4, null);
                table.WriteDecimal(w, 5, null);
                table.WriteBoolean(w, 6, null);
                table.WriteGuid(w, 7, null);
                table.WriteDateTimeOffset(w, 8, null);
                table.WriteDate(w, 9, null);
                table.WriteElement(w, 10, null);
                table.WriteNullableValueWith<int>(w, 12, null, ApiJsonValues.Int32, Options);
                table.WriteNullableWith<IReadOnlyList<int>>(w, 13, null, list, Options);
            }));
        Assert.Equal(
            "{}",
            Written(w =>
            {
                table.WriteOptionalString(w, 0, null);
                table.WriteOptionalInt32(w, 1, null);
                table.WriteOptionalInt64(w, 2, null);
                table.WriteOptionalSingle(w, 3, null);
                table.WriteOptionalDouble(w, 4, null);
                table.WriteOptionalDecimal(w, 5, null);
                table.WriteOptionalBoolean(w, 6, null);
                table.WriteOptionalGuid(w, 7, null);
                table.WriteOptionalDateTimeOffset(w, 8, null);
                table.WriteOptionalDate(w, 9, null);
                table.WriteOptionalElement(w, 10, null);
                table.WriteOptionalWith<IReadOnlyList<int>>(w, 11, null, list, Options);
                table.WriteOptionalValueWith<int>(w, 12, null, ApiJsonValues.Int32, Options);
            }));
        Assert.Equal(
            """{"s":"x","i":1,"l":2,"f":1.5,"d":2.5,"m":3.5,"b":false,"g":"00000000-0000-0000-0000-000000000000","t":"2024-02-29T10:00:00Z","day":"0001-01-01","any":{"k":null},"list":[1],"kind":7}""",
            Written(w =>
            {
                table.WriteOptionalString(w, 0, "x");
                table.WriteOptionalInt32(w, 1, 1);
                table.WriteOptionalInt64(w, 2, 2);
                table.WriteOptionalSingle(w, 3, 1.5f);
                table.WriteOptionalDouble(w, 4, 2.5);
                table.WriteOptionalDecimal(w, 5, 3.5m);
                table.WriteOptionalBoolean(w, 6, false);
                table.WriteOptionalGuid(w, 7, Guid.Empty);
                table.WriteOptionalDateTimeOffset(w, 8, new DateTimeOffset(2024, 2, 29, 10, 0, 0, TimeSpan.Zero));
                table.WriteOptionalDate(w, 9, default(DateOnly));
                table.WriteOptionalElement(w, 10, any.RootElement);
                table.WriteOptionalWith(w, 11, (IReadOnlyList<int>)[1], list, Options);
                table.WriteOptionalValueWith(w, 12, 7, ApiJsonValues.Int32, Options);
            }));
    }

    private sealed class Point
    {
        public int X { get; init; }

        public int Y { get; init; }

        public string? Label { get; init; }

        public ApiUndocumentedProperties? Undocumented { get; init; }
    }

    // Written as the generator writes a record converter.
    private sealed class PointConverter(ApiJsonUnlisted unlisted) : ApiJsonObjectConverter<Point>(unlisted, [0], [1], "x", "y", "label")
    {
        protected override Point ReadProperties(ref Utf8JsonReader reader, ref ApiJsonObjectState state, JsonSerializerOptions options)
        {
            int v0 = default;
            int v1 = default;
            string? v2 = default;
            while (Properties.Next(ref reader, ref state))
            {
                switch (state.Index)
                {
                    case 0: v0 = ApiJson.ReadInt32(ref reader); break;
                    case 1: v1 = ApiJson.ReadInt32(ref reader); break;
                    case 2: v2 = ApiJson.ReadNullableString(ref reader); break;
                }
            }

            Properties.ReadEnd(state);
            return new Point { X = v0, Y = v1, Label = v2, Undocumented = state.Undocumented };
        }

        protected override ApiUndocumentedProperties? WriteProperties(Utf8JsonWriter writer, Point value, JsonSerializerOptions options)
        {
            Properties.WriteInt32(writer, 0, value.X);
            Properties.WriteInt32(writer, 1, value.Y);
            Properties.WriteOptionalString(writer, 2, value.Label);
            return value.Undocumented;
        }
    }
}
