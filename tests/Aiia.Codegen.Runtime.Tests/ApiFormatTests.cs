using System.Globalization;

namespace Aiia.Codegen.Runtime.Tests;

public sealed class ApiFormatTests
{
    [Fact]
    public void Formats_invariantly_under_a_comma_decimal_culture()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            // The test means something only if the culture really differs from the invariant one.
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture));

            Assert.Equal("1.5", ApiFormat.Format((double?)1.5));
            Assert.Equal("0.25", ApiFormat.Format((float?)0.25f));
            Assert.Equal("1234.5678", ApiFormat.Format((decimal?)1234.5678m));
            Assert.Equal("-1234567", ApiFormat.Format((int?)-1234567));
            Assert.Equal("9007199254740993", ApiFormat.Format((long?)9007199254740993));
            Assert.Equal("true", ApiFormat.Format((bool?)true));
            Assert.Equal("false", ApiFormat.Format((bool?)false));
            Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", ApiFormat.Format((Guid?)Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")));
            Assert.Equal(
                "2019-01-23T13:30:07.1389724+02:00",
                ApiFormat.Format((DateTimeOffset?)new DateTimeOffset(2019, 1, 23, 13, 30, 7, TimeSpan.FromHours(2)).AddTicks(1389724)));
            Assert.Equal("2024-05-01T12:00:00Z", ApiFormat.Format((DateTimeOffset?)new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero)));
            Assert.Equal("2024-05-01T12:00:00.5Z", ApiFormat.Format((DateTimeOffset?)new DateTimeOffset(2024, 5, 1, 12, 0, 0, 500, TimeSpan.Zero)));
            Assert.Equal("2024-05-01T14:00:00-05:30", ApiFormat.Format((DateTimeOffset?)new DateTimeOffset(2024, 5, 1, 14, 0, 0, new TimeSpan(-5, -30, 0))));
            Assert.Equal("2024-02-29", ApiFormat.Format((DateOnly?)new DateOnly(2024, 2, 29)));
            Assert.Equal("as is", ApiFormat.Format("as is"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Null_formats_as_null()
    {
        Assert.Null(ApiFormat.Format((string?)null));
        Assert.Null(ApiFormat.Format((int?)null));
        Assert.Null(ApiFormat.Format((long?)null));
        Assert.Null(ApiFormat.Format((float?)null));
        Assert.Null(ApiFormat.Format((double?)null));
        Assert.Null(ApiFormat.Format((decimal?)null));
        Assert.Null(ApiFormat.Format((bool?)null));
        Assert.Null(ApiFormat.Format((Guid?)null));
        Assert.Null(ApiFormat.Format((DateTimeOffset?)null));
        Assert.Null(ApiFormat.Format((DateOnly?)null));
    }
}
