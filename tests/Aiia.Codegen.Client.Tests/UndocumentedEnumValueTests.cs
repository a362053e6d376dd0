using System.Text.Json;
using Aiia.Codegen.Runtime;
using static Aiia.Codegen.Client.Tests.JsonText;

namespace Aiia.Codegen.Client.Tests;

/// <summary>
/// A string enum keeps its wire value: a value the spec does not list reads with the unknown kind, prints, compares
/// and writes back as itself; documented values stay constants to switch on.
/// </summary>
public sealed class UndocumentedEnumValueTests
{
    [Theory]
    [InlineData("Paused")]
    [InlineData("succeeded")]
    [InlineData("FUTURE_VALUE")]
    [InlineData("")]
    public void An_undocumented_state_reads_with_the_unknown_kind_and_keeps_its_wire_value(string state)
    {
        var status = Read($$"""{"state":"{{state}}"}""", AuthenticationStatusJsonConverter.Instance);

        Assert.Equal(AuthenticationStateKind.Unknown, status.State.Kind);
        Assert.Equal(state, status.State.ToWireValue());
        Assert.Equal(state, status.State.ToString());
    }

    [Fact]
    public void An_undocumented_state_is_written_back_unchanged()
    {
        var status = Read("""{"state":"FUTURE_VALUE"}""", AuthenticationStatusJsonConverter.Instance);

        Assert.Equal("""{"state":"FUTURE_VALUE"}""", Write(status, AuthenticationStatusJsonConverter.Instance));
    }

    [Fact]
    public void An_escaped_documented_value_reads_as_the_documented_value()
    {
        var status = Read("""{"state":"Succ\u0065eded"}""", AuthenticationStatusJsonConverter.Instance);

        Assert.Equal(AuthenticationState.Succeeded, status.State);
        Assert.Equal(AuthenticationStateKind.Succeeded, status.State.Kind);
    }

    [Theory]
    [InlineData(AuthenticationStateKind.InProgress, "InProgress")]
    [InlineData(AuthenticationStateKind.Succeeded, "Succeeded")]
    [InlineData(AuthenticationStateKind.Failed, "Failed")]
    [InlineData(AuthenticationStateKind.NotApplicable, "NotApplicable")]
    [InlineData(AuthenticationStateKind.Cancelled, "Cancelled")]
    public void Documented_values_keep_their_wire_values_and_kinds(AuthenticationStateKind kind, string wire)
    {
        var state = new AuthenticationState(wire);

        Assert.Equal(kind, state.Kind);
        Assert.Equal(wire, state.ToWireValue());
        Assert.Equal($$"""{"state":"{{wire}}"}""", Write(new AuthenticationStatus { State = state }, AuthenticationStatusJsonConverter.Instance));
    }

    [Fact]
    public void Equality_and_hashing_follow_the_wire_value()
    {
        var future = new AuthenticationState("FUTURE_VALUE");

        Assert.Equal(AuthenticationState.Succeeded, new AuthenticationState(new string("Succeeded".AsSpan())));
        Assert.True(future == new AuthenticationState("FUTURE_VALUE"));
        Assert.Equal(future.GetHashCode(), new AuthenticationState("FUTURE_VALUE").GetHashCode());
        Assert.NotEqual(future, new AuthenticationState("OTHER_VALUE"));
        Assert.NotEqual(AuthenticationState.Succeeded, new AuthenticationState("succeeded"));
        Assert.True(future != AuthenticationState.Failed);
        Assert.False(future.Equals((object)"FUTURE_VALUE"));
    }

    [Fact]
    public void Documented_values_switch_and_match_on_their_kind()
    {
        static string Describe(AuthenticationState state) => state.Kind switch
        {
            AuthenticationStateKind.Succeeded => "done",
            AuthenticationStateKind.InProgress => "waiting",
            AuthenticationStateKind.Unknown => "new: " + state,
            _ => "ended",
        };

        Assert.Equal("done", Describe(AuthenticationState.Succeeded));
        Assert.Equal("waiting", Describe(new AuthenticationState("InProgress")));
        Assert.Equal("ended", Describe(AuthenticationState.Cancelled));
        Assert.Equal("new: Paused", Describe(new AuthenticationState("Paused")));
        Assert.True(AuthenticationState.Failed is { Kind: AuthenticationStateKind.Failed or AuthenticationStateKind.Cancelled });
    }

    [Fact]
    public void Undocumented_values_in_arrays_and_maps_round_trip()
    {
        const string Json = """{"id":"o-1","status":"returned","history":["placed","lost-in-transit","shipped"],"byWarehouse":{"aarhus":"delivered","odense":"on-hold"}}""";

        var order = Read(Json, OrderJsonConverter.Instance);

        Assert.Equal(new OrderStatus("returned"), order.Status);
        Assert.Equal([OrderStatusKind.Placed, OrderStatusKind.Unknown, OrderStatusKind.Shipped], order.History!.Select(s => s.Kind));
        Assert.Equal("on-hold", order.ByWarehouse!["odense"].ToWireValue());
        Assert.Equal(Json, Write(order, OrderJsonConverter.Instance));
    }

    [Fact]
    public void The_default_value_has_no_wire_value_and_cannot_be_written()
    {
        AuthenticationState none = default;

        Assert.Equal(AuthenticationStateKind.Unknown, none.Kind);
        Assert.Equal(string.Empty, none.ToString());
        Assert.Throws<InvalidOperationException>(() => none.ToWireValue());
        Assert.Equal("$.state", Assert.Throws<ApiJsonException>(() => Write(new AuthenticationStatus { State = none }, AuthenticationStatusJsonConverter.Instance)).JsonPath);
        Assert.Throws<ArgumentNullException>(() => new AuthenticationState(null!));
    }

    [Fact]
    public void A_record_prints_the_real_wire_value()
    {
        var status = Read("""{"state":"Paused"}""", AuthenticationStatusJsonConverter.Instance);

        Assert.Contains("State = Paused", status.ToString(), StringComparison.Ordinal);
    }
}
