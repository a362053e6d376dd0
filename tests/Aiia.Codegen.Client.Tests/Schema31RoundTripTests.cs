using static Aiia.Codegen.Client.Tests.JsonText;

namespace Aiia.Codegen.Client.Tests;

/// <summary>
/// An OpenAPI 3.1 spec (Specs/schemas31.openapi.yaml) through the generated converters: an integer enum is a plain
/// <c>int</c> whose every value, listed or not, round-trips as a JSON number; <c>type: [number, 'null']</c> is a
/// nullable number; renamed enum values (<c>ASC</c> → <c>Asc2</c>, <c>''</c> → <c>Empty</c>) keep their wire values.
/// </summary>
public sealed class Schema31RoundTripTests
{
    [Theory]
    [InlineData("""{"level":2,"reading":21.5}""")]
    [InlineData("""{"level":7,"reading":null}""")] // 7 is not listed: an int keeps it
    [InlineData("""{"level":1,"reading":-3,"unit":"celsius","mode":"ASC"}""")]
    [InlineData("""{"level":3,"reading":0,"label":"hall","mode":""}""")]
    public void A_gauge_is_written_back_as_it_was_read(string json)
    {
        var gauge = Read(json, GaugeJsonConverter.Instance);

        Assert.Equal(Compact(json), Write(gauge, GaugeJsonConverter.Instance));
    }

    [Fact]
    public void The_integer_enum_reads_as_its_number()
    {
        var gauge = Read("""{"level":2,"reading":null}""", GaugeJsonConverter.Instance);

        Assert.Equal(2, gauge.Level);
        Assert.Null(gauge.Reading);
    }

    [Theory]
    [InlineData("asc", GaugeModeKind.Asc)]
    [InlineData("ASC", GaugeModeKind.Asc2)]
    [InlineData("", GaugeModeKind.Empty)]
    [InlineData("+", GaugeModeKind.Plus)]
    [InlineData("v1", GaugeModeKind.V1)]
    [InlineData("V1", GaugeModeKind.V1_2)]
    public void Renamed_enum_values_keep_their_wire_values(string wire, GaugeModeKind kind)
    {
        var gauge = Read($$"""{"level":1,"reading":null,"mode":"{{wire}}"}""", GaugeJsonConverter.Instance);

        Assert.Equal(kind, gauge.Mode!.Value.Kind);
        Assert.Equal(wire, gauge.Mode.Value.ToWireValue());
    }
}
