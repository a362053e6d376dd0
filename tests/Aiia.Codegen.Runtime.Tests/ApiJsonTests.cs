using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Aiia.Codegen.Runtime.Tests;

public sealed class ApiJsonTests
{
    private delegate T ValueReader<T>(ref Utf8JsonReader reader);

    private static T Read<T>(string json, ValueReader<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        return read(ref reader);
    }

    private static ApiJsonException ReadFails<T>(string json, ValueReader<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        try
        {
            read(ref reader);
        }
        catch (ApiJsonException ex)
        {
            return ex;
        }

        throw new Xunit.Sdk.XunitException("Expected an ApiJsonException.");
    }

    [Fact]
    public void Readers_read_valid_values()
    {
        Assert.Equal("héllo\n", Read("\"h\\u00e9llo\\n\"", ApiJson.ReadString));
        Assert.Equal(-42, Read("-42", ApiJson.ReadInt32));
        Assert.Equal(9007199254740993L, Read("9007199254740993", ApiJson.ReadInt64));
        Assert.Equal(1.5f, Read("1.5", ApiJson.ReadSingle));
        Assert.Equal(1e300, Read("1e300", ApiJson.ReadDouble));
        Assert.Equal(12.345m, Read("12.345", ApiJson.ReadDecimal));
        Assert.True(Read("true", ApiJson.ReadBoolean));
        Assert.False(Read("false", ApiJson.ReadBoolean));
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), Read("\"0f8fad5b-d9cb-469f-a165-70867728950e\"", ApiJson.ReadGuid));
        Assert.Equal(new DateOnly(2024, 2, 29), Read("\"2024-02-29\"", ApiJson.ReadDate));
        // A date-time where the contract says date (Xero's payroll API sends them): the day as written, never shifted.
        Assert.Equal(new DateOnly(2020, 2, 3), Read("\"2020-02-03T00:00:00\"", ApiJson.ReadDate));
        Assert.Equal(new DateOnly(1987, 12, 23), Read("\"1987-12-23T00:00:00Z\"", ApiJson.ReadDate));
        Assert.Equal(new DateOnly(2024, 2, 29), Read("\"2024-02-29T23:30:00-05:00\"", ApiJson.ReadDate));
        Assert.Equal(new DateOnly(2024, 2, 29), Read("\"2024-02-29t00:00:00z\"", ApiJson.ReadDate));
    }

    [Theory]
    [InlineData("\"2019-01-23T13:30:07.1389724+00:00\"", 0)]
    [InlineData("\"2019-07-25T13:20:07.141971Z\"", 0)]
    [InlineData("\"2019-07-25T13:20:07+02:00\"", 120)]
    [InlineData("\"2019-07-25T13:20:07-05:30\"", -330)]
    public void ReadDateTimeOffset_keeps_the_offset(string json, int offsetMinutes)
    {
        DateTimeOffset value = Read(json, ApiJson.ReadDateTimeOffset);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
        Assert.Equal(DateTimeOffset.Parse(json.Trim('"'), CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("\"2017-04-05t10:43:07z\"", 0)]
    [InlineData("\"2017-04-05t10:43:07Z\"", 0)]
    [InlineData("\"2017-04-05T10:43:07z\"", 0)]
    [InlineData("\"2017-04-05t10:43:07.25+02:00\"", 120)]
    public void ReadDateTimeOffset_reads_rfc3339_lower_case_t_and_z(string json, int offsetMinutes)
    {
        DateTimeOffset value = Read(json, ApiJson.ReadDateTimeOffset);
        Assert.Equal(DateTimeOffset.Parse(json.Trim('"').ToUpperInvariant(), CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
    }

    [Theory]
    [InlineData("\"2016-12-31T23:59:60Z\"", 0)]
    [InlineData("\"2016-12-31t23:59:60.5z\"", 0)]
    [InlineData("\"2016-12-31T18:59:60-05:00\"", -300)]
    public void ReadDateTimeOffset_reads_a_leap_second_as_the_last_tick_of_second_59(string json, int offsetMinutes)
    {
        DateTimeOffset value = Read(json, ApiJson.ReadDateTimeOffset);
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        int hour = offsetMinutes == 0 ? 23 : 18;
        Assert.Equal(new DateTimeOffset(2016, 12, 31, hour, 59, 59, offset).AddTicks(TimeSpan.TicksPerSecond - 1), value);
        Assert.Equal(offset, value.Offset);
    }

    [Theory]
    [InlineData("\"2021-01-17T12:34:00.000+0000\"", 0)]
    [InlineData("\"2022-07-08T10:13:49.452+0300\"", 180)]
    [InlineData("\"2019-07-25T13:20:07-0530\"", -330)]
    [InlineData("\"2019-07-25t13:20:07.5+0200\"", 120)]
    public void ReadDateTimeOffset_reads_an_offset_without_a_colon_as_java_servers_write_it(string json, int offsetMinutes)
    {
        // Jira's (and other Java servers') date-times: "+0000", SimpleDateFormat's 'Z', in every response and example.
        DateTimeOffset value = Read(json, ApiJson.ReadDateTimeOffset);
        string text = json.Trim('"').ToUpperInvariant();
        Assert.Equal(DateTimeOffset.Parse(text[..^2] + ":" + text[^2..], CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
        Assert.Equal(new DateOnly(2022, 7, 8), Read("\"2022-07-08T23:13:49.452-0300\"", ApiJson.ReadDate));
    }

    [Theory]
    [InlineData("\"2024-01-01 12:00:00+00\"", "2024-01-01T12:00:00+00:00")]
    [InlineData("\"2024-01-01T12:00:00.123456+05\"", "2024-01-01T12:00:00.123456+05:00")]
    [InlineData("\"2024-01-01t12:00-03\"", "2024-01-01T12:00:00-03:00")]
    [InlineData("\"2024-01-01 12:00:00+05:30\"", "2024-01-01T12:00:00+05:30")]
    [InlineData("\"2024-01-01 12:00:00.5z\"", "2024-01-01T12:00:00.5+00:00")]
    [InlineData("\"2024-01-01 12:00:00\"", "2024-01-01T12:00:00+00:00")]
    public void ReadDateTimeOffset_reads_a_space_for_the_T_and_an_offset_of_hours_alone_as_postgres_and_python_write_them(string json, string expected)
    {
        // PostgreSQL's timestamptz text, "2024-01-01 12:00:00+00", and Python's str(datetime), "... 12:00:00+05:30".
        DateTimeOffset value = Read(json, ApiJson.ReadDateTimeOffset);
        DateTimeOffset wanted = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);
        Assert.Equal(wanted, value);
        Assert.Equal(wanted.Offset, value.Offset);
    }

    [Theory]
    [InlineData("\"2021-01-17T12:34:00+0\"")]
    [InlineData("\"2021-01-17 12:34:00+000\"")]
    [InlineData("\"2021-01-17  12:34:00+00\"")]
    [InlineData("\"2021-01-17 +00\"")]
    [InlineData("\"2021-01-17T12:34:00+000\"")]
    [InlineData("\"2021-01-17T12:34:00+00000\"")]
    [InlineData("\"2021-01-17T12:34:00+0060\"")]
    [InlineData("\"2021-01-17T12:34:00+00:0\"")]
    [InlineData("\"2021-01-17+0000\"")]
    [InlineData("\"2021-01-17T12:34:00.111111111111111111111111111111111111111+0000\"")] // 64 characters, the longest read: no room is missing for the colon
    public void ReadDateTimeOffset_rejects_a_malformed_offset(string json) =>
        Assert.Equal("expected a date-time string", ReadFails(json, ApiJson.ReadDateTimeOffset).Reason);

    [Theory]
    [InlineData("\"2016-12-31T23:59:61Z\"")]
    [InlineData("\"2016-12-31T23:60:00Z\"")]
    [InlineData("\"2016-12-31x23:59:59Z\"")]
    [InlineData("\"2016-12-31T23:59:59y\"")]
    public void ReadDateTimeOffset_still_rejects_what_is_no_date_time(string json) =>
        Assert.Equal("expected a date-time string", ReadFails(json, ApiJson.ReadDateTimeOffset).Reason);

    [Theory]
    [InlineData("\"2017-04-05T10:43Z\"", 10, 43, 0)]
    [InlineData("\"2017-04-05\"", 0, 0, 0)]
    [InlineData("\"2017-04-05t10:43:07\"", 10, 43, 7)]
    public void ReadDateTimeOffset_reads_the_documented_iso8601_forms_beyond_rfc3339(string json, int hour, int minute, int second) =>
        Assert.Equal(new DateTimeOffset(2017, 4, 5, hour, minute, second, TimeSpan.Zero), Read(json, ApiJson.ReadDateTimeOffset));

    [Fact]
    public void ReadDateTimeOffset_takes_a_value_without_offset_as_utc_not_local()
    {
        DateTimeOffset value = Read("\"2019-07-25T13:20:07\"", ApiJson.ReadDateTimeOffset);
        Assert.Equal(new DateTimeOffset(2019, 7, 25, 13, 20, 7, TimeSpan.Zero), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData("1.0", 1L)]
    [InlineData("1e2", 100L)]
    [InlineData("-2.500e3", -2500L)]
    [InlineData("2147483647.000", 2147483647L)]
    [InlineData("1.5e1", 15L)]
    [InlineData("1200e-2", 12L)]
    [InlineData("0.0e5", 0L)]
    public void Integers_written_with_a_zero_fraction_or_an_exponent_are_integers(string json, long expected)
    {
        // JSON Schema 2020-12 (OpenAPI 3.1): an integer is any number with a zero fractional part.
        Assert.Equal((int)expected, Read(json, ApiJson.ReadInt32));
        Assert.Equal(expected, Read(json, ApiJson.ReadInt64));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1e-1")]
    [InlineData("2147483648.0")]
    [InlineData("1e-30")]
    [InlineData("1.0000000000000000000000000000001")]
    [InlineData("5e-29")]
    [InlineData("12345e-4")]
    public void A_real_fraction_or_a_value_out_of_range_is_still_no_int32(string json) =>
        Assert.StartsWith("expected an integer (int32)", ReadFails(json, ApiJson.ReadInt32).Reason);

    [Theory]
    [InlineData("9223372036854775808.0")]
    [InlineData("1e19")]
    [InlineData("1e400")]
    public void A_value_out_of_range_is_still_no_int64(string json) =>
        Assert.StartsWith("expected an integer (int64)", ReadFails(json, ApiJson.ReadInt64).Reason);

    [Fact]
    public void A_number_a_server_sends_as_a_string_reads_as_that_number()
    {
        // Twilio's prices ("-0.00750"), Intercom's and Xero's ids: the spec says number or integer, the server quotes it.
        Assert.Equal(-0.0075, Read("\"-0.00750\"", ApiJson.ReadDouble));
        Assert.Equal(-0.0075m, Read("\"-0.00750\"", ApiJson.ReadDecimal));
        Assert.Equal(1.5f, Read("\"1.5\"", ApiJson.ReadSingle));
        Assert.Equal(42, Read("\"42\"", ApiJson.ReadInt32));
        Assert.Equal(3, Read("\"3.0\"", ApiJson.ReadInt32)); // as a number: a zero fraction is an integer
        Assert.Equal(9007199254740993L, Read("\"9007199254740993\"", ApiJson.ReadInt64));
        Assert.Equal(12, Read("\"\\u0031\\u0032\"", ApiJson.ReadInt32)); // escaped digits are the digits
        Assert.Equal(7, Read("\"7\"", ApiJson.ReadNullableInt32));
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData("-0.00750", "-0.00750")]
    [InlineData("12345678901234567890123456789", "12345678901234567890123456789")]
    [InlineData("1E+3", "1E+3")]
    public void A_number_where_the_spec_says_string_reads_as_its_text(string json, string expected)
    {
        // Intercom's and Mastodon's ids: the spec says string, the server sends a number. Its text keeps every digit.
        Assert.Equal(expected, Read(json, ApiJson.ReadString));
        Assert.Equal(expected, Read(json, ApiJson.ReadNullableString));
    }

    [Fact]
    public void In_an_exact_scope_a_value_reads_only_as_the_spec_writes_it()
    {
        using (ApiJson.Exactly())
        {
            Assert.Equal("expected a string, found a number", ReadFails("42", ApiJson.ReadString).Reason);
            Assert.Equal("expected an integer (int32), found a string", ReadFails("\"42\"", ApiJson.ReadInt32).Reason);
            Assert.Equal("expected a number (decimal), found a string", ReadFails("\"1.5\"", ApiJson.ReadDecimal).Reason);
            using (ApiJson.Exactly())
            {
                Assert.Equal("expected a string, found a number", ReadFails("42", ApiJson.ReadNullableString).Reason);
            }

            // The inner scope's end leaves the outer one open.
            Assert.Equal("expected an integer (int64), found a string", ReadFails("\"42\"", ApiJson.ReadInt64).Reason);
            Assert.Equal("s", Read("\"s\"", ApiJson.ReadString));
            Assert.Equal(42, Read("42", ApiJson.ReadInt32));
        }

        Assert.Equal("42", Read("42", ApiJson.ReadString));
        Assert.Equal(42, Read("\"42\"", ApiJson.ReadInt32));
    }

    [Fact]
    public void Ending_an_exact_scope_twice_or_a_default_one_ends_nothing_else()
    {
        using (ApiJson.Exactly())
        {
            ApiJsonExactScope inner = ApiJson.Exactly();
            inner.Dispose();
            inner.Dispose();
            default(ApiJsonExactScope).Dispose();

            Assert.Equal("expected a string, found a number", ReadFails("42", ApiJson.ReadString).Reason);
        }

        Assert.Equal("42", Read("42", ApiJson.ReadString));
    }

    [Fact]
    public void A_number_split_across_buffers_reads_as_its_whole_text()
    {
        // A converter called by a streaming deserializer sees the token as a sequence when it spans two buffers.
        var first = new Segment(Encoding.UTF8.GetBytes("[1234"));
        Segment last = first.Append(Encoding.UTF8.GetBytes("5678]"));
        var reader = new Utf8JsonReader(new System.Buffers.ReadOnlySequence<byte>(first, 0, last, last.Memory.Length), default);
        Assert.True(reader.Read());
        Assert.True(reader.Read());

        Assert.True(reader.HasValueSequence);
        Assert.Equal("12345678", ApiJson.ReadString(ref reader));
    }

    private sealed class Segment : System.Buffers.ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\" 5\"")]
    [InlineData("\"5 \"")]
    [InlineData("\"+5\"")]
    [InlineData("\"0x10\"")]
    [InlineData("\"5 6\"")]
    [InlineData("\"NaN\"")]
    [InlineData("\"[5]\"")]
    [InlineData("\"1234567890123456789012345678901234567890123456789012345678901234567890\"")]
    public void A_string_that_is_not_exactly_one_number_is_still_no_number(string json)
    {
        Assert.Equal("expected a number (double), found a string", ReadFails(json, ApiJson.ReadDouble).Reason);
        Assert.Equal("expected an integer (int64), found a string", ReadFails(json, ApiJson.ReadInt64).Reason);
    }

    [Theory]
    [InlineData("\"2.5\"", "ReadInt32")]
    [InlineData("\"99999999999\"", "ReadInt32")]
    [InlineData("\"1e400\"", "ReadDouble")]
    public void A_number_in_a_string_out_of_range_fails_as_that_number_would(string json, string reader)
    {
        var reason = reader == "ReadInt32" ? ReadFails(json, ApiJson.ReadInt32).Reason : ReadFails(json, ApiJson.ReadDouble).Reason;
        Assert.StartsWith(reader == "ReadInt32" ? "expected an integer (int32)" : "expected a number (double)", reason);
        Assert.DoesNotContain("found", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"secret-ish\"", "expected an integer (int32)")]
    [InlineData("2.5", "expected an integer (int32)")]
    [InlineData("99999999999", "expected an integer (int32)")]
    public void ReadInt32_says_what_it_expected_and_never_the_value(string json, string expected)
    {
        ApiJsonException ex = ReadFails(json, ApiJson.ReadInt32);
        Assert.Equal("$", ex.JsonPath);
        Assert.StartsWith(expected, ex.Reason);
        Assert.Equal("$: " + ex.Reason, ex.Message);
        Assert.DoesNotContain("secret-ish", ex.Message);
        Assert.DoesNotContain("99999999999", ex.Message);
        Assert.DoesNotContain("2.5", ex.Message);
    }

    [Fact]
    public void Readers_report_the_expected_kind_and_the_token_found()
    {
        Assert.Equal("expected a string, found a boolean", ReadFails("true", ApiJson.ReadString).Reason);
        Assert.Equal("expected a string, found an object", ReadFails("{}", ApiJson.ReadString).Reason);
        Assert.Equal("expected a string, found null", ReadFails("null", ApiJson.ReadString).Reason);
        Assert.Equal("expected an integer (int64)", ReadFails("1.5", ApiJson.ReadInt64).Reason);
        Assert.Equal("expected a number (double), found a string", ReadFails("\"one\"", ApiJson.ReadDouble).Reason);
        Assert.Equal("expected a number (float)", ReadFails("1e40", ApiJson.ReadSingle).Reason);
        Assert.Equal("expected a number (decimal)", ReadFails("1e40", ApiJson.ReadDecimal).Reason);
        Assert.Equal("expected a boolean, found a string", ReadFails("\"true\"", ApiJson.ReadBoolean).Reason);
        Assert.Equal("expected a uuid string", ReadFails("\"not-a-guid-tok3n\"", ApiJson.ReadGuid).Reason);
        Assert.Equal("expected a date-time string", ReadFails("\"tok3n-value\"", ApiJson.ReadDateTimeOffset).Reason);
        Assert.Equal("expected a date-time string, found a number", ReadFails("17", ApiJson.ReadDateTimeOffset).Reason);
        Assert.Equal("expected a date string (yyyy-MM-dd)", ReadFails("\"2024-02-30\"", ApiJson.ReadDate).Reason);
        Assert.Equal("expected a date string (yyyy-MM-dd)", ReadFails("\"2024-02-29Tnoon\"", ApiJson.ReadDate).Reason);
        Assert.Equal("expected a date string (yyyy-MM-dd)", ReadFails("\"2024-02-30T00:00:00Z\"", ApiJson.ReadDate).Reason);
        Assert.Equal("expected a date string (yyyy-MM-dd)", ReadFails("\"2024-02-29 00:00:00\"", ApiJson.ReadDate).Reason);
        Assert.Equal("expected a date string (yyyy-MM-dd)", ReadFails("\"" + new string('9', 500) + "\"", ApiJson.ReadDate).Reason);
        Assert.DoesNotContain("tok3n", ReadFails("\"tok3n-value\"", ApiJson.ReadDateTimeOffset).Message);
    }

    [Fact]
    public void Expect_methods_check_the_current_token()
    {
        Assert.Equal("expected an object, found an array", ReadFails("[]", (ref Utf8JsonReader r) => { ApiJson.ExpectStartObject(ref r); return 0; }).Reason);
        Assert.Equal("expected an array, found an object", ReadFails("{}", (ref Utf8JsonReader r) => { ApiJson.ExpectStartArray(ref r); return 0; }).Reason);
        Assert.Equal("expected a property name, found an object", ReadFails("{}", (ref Utf8JsonReader r) => { ApiJson.ExpectPropertyName(ref r); return 0; }).Reason);
        Assert.Equal(0, Read("{}", (ref Utf8JsonReader r) => { ApiJson.ExpectStartObject(ref r); return 0; }));
        Assert.Equal(0, Read("[]", (ref Utf8JsonReader r) => { ApiJson.ExpectStartArray(ref r); return 0; }));
    }

    [Fact]
    public void Factories_describe_the_problem_at_the_root()
    {
        ApiJsonException missing = ApiJson.MissingProperty("accessToken");
        Assert.Equal("$", missing.JsonPath);
        Assert.Equal("$: the required property 'accessToken' is missing", missing.Message);
        Assert.Equal("$: expected a value, found null", ApiJson.NullNotAllowed().Message);
        Assert.Equal("$: expected an object, found a boolean", ApiJson.UnexpectedToken("an object", JsonTokenType.True).Message);
    }

    [Fact]
    public void AtProperty_and_AtIndex_prefix_the_path_as_errors_travel_out()
    {
        ApiJsonException inner = ApiJson.MissingProperty("count");
        ApiJsonException located = ApiJson.AtProperty(ApiJson.AtIndex(ApiJson.AtProperty(inner, "items"), 2), "data");
        Assert.Equal("$.data[2].items", located.JsonPath);
        Assert.Equal("the required property 'count' is missing", located.Reason);
        Assert.Equal("$.data[2].items: the required property 'count' is missing", located.Message);
        Assert.Equal("$.data[2].items", located.Path);

        Assert.Equal("$['odd name']", ApiJson.AtProperty(ApiJson.NullNotAllowed(), "odd name").JsonPath);
        Assert.Equal("$['it\\'s'].x", ApiJson.AtProperty(ApiJson.AtProperty(ApiJson.NullNotAllowed(), "x"), "it's").JsonPath);
        Assert.Equal("$['1st']", ApiJson.AtProperty(ApiJson.NullNotAllowed(), "1st").JsonPath);
        Assert.Equal("$['a-b']", ApiJson.AtProperty(ApiJson.NullNotAllowed(), "a-b").JsonPath);
        Assert.Equal("$._ok9", ApiJson.AtProperty(ApiJson.NullNotAllowed(), "_ok9").JsonPath);
    }

    [Fact]
    public void A_malformed_json_error_keeps_its_position_and_drops_its_message()
    {
        // The reader's own message quotes the bad text; after AtProperty only the position remains.
        byte[] json = Encoding.UTF8.GetBytes("{\"loginToken\": \"tok-SECRET-1\" tok-SECRET-2}");
        JsonException? plain = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
            }
        }
        catch (JsonException ex)
        {
            plain = ex;
        }

        Assert.NotNull(plain);
        ApiJsonException located = ApiJson.AtProperty(plain, "login");
        Assert.Equal("$.login", located.JsonPath);
        Assert.StartsWith("not valid JSON (line 1, byte ", located.Reason);
        Assert.DoesNotContain("tok-SECRET", located.Message);
        Assert.DoesNotContain("tok-SECRET", located.ToString());
        Assert.Null(located.InnerException);
    }

    [Fact]
    public void ReadElement_returns_an_independent_copy()
    {
        byte[] json = Encoding.UTF8.GetBytes("""{"reason":"Unknown code","n":[1,2]}""");
        var reader = new Utf8JsonReader(json);
        reader.Read();
        JsonElement element = ApiJson.ReadElement(ref reader);
        Array.Clear(json);

        Assert.Equal("Unknown code", element.GetProperty("reason").GetString());
        Assert.Equal(2, element.GetProperty("n").GetArrayLength());
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
    }

    [Fact]
    public void WriteDate_writes_yyyy_MM_dd()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            ApiJson.WriteDate(writer, new DateOnly(7, 3, 9));
            ApiJson.WriteDate(writer, new DateOnly(2024, 12, 31));
            writer.WriteEndArray();
        }

        Assert.Equal("""["0007-03-09","2024-12-31"]""", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void SerializerOptions_are_shared_and_read_only()
    {
        Assert.Same(ApiJson.SerializerOptions, ApiJson.SerializerOptions);
        Assert.True(ApiJson.SerializerOptions.IsReadOnly);
    }

    [Fact]
    public void ApiJsonException_requires_a_rooted_path()
    {
        Assert.Throws<ArgumentException>(() => new ApiJsonException("a.b", "x"));
        Assert.Throws<ArgumentException>(() => new ApiJsonException("$", ""));
    }
}
