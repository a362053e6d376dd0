using System.Text;
using static Aiia.Codegen.Client.Tests.JsonText;

namespace Aiia.Codegen.Client.Tests;

/// <summary>
/// What the server sends survives a round trip through a generated client: an order carrying undocumented values and
/// properties at every depth goes to a loopback server that echoes the request body, and comes back unchanged.
/// </summary>
public sealed class RoundTripThroughClientTests
{
    [Fact]
    public async Task An_order_with_undocumented_values_and_properties_comes_back_unchanged()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.EchoBody());
        var client = new RoundtripClient(server.CreateClient());
        var order = Read(UndocumentedPropertyTests.OrderWithUnknowns, OrderJsonConverter.Instance);

        var echoed = await client.EchoOrderAsync(order.Status, order);

        Assert.Equal(Compact(UndocumentedPropertyTests.OrderWithUnknowns), Encoding.UTF8.GetString(Assert.Single(server.Requests).Body));
        Assert.Equal(Write(order, OrderJsonConverter.Instance), Write(echoed, OrderJsonConverter.Instance));
        Assert.Equal(order.UndocumentedProperties, echoed.UndocumentedProperties);
        Assert.Equal(order.Shipping, echoed.Shipping);
        Assert.Equal(order.Lines![0], echoed.Lines![0]);
        Assert.Equal(order.LinesByName!["spare"], echoed.LinesByName!["spare"]);
        Assert.Equal(new OrderStatus("lost-in-transit"), echoed.History![1]);
    }

    [Fact]
    public async Task Undocumented_values_are_sent_as_path_and_query_parameters()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.EchoBody());
        var client = new RoundtripClient(server.CreateClient());

        await client.EchoOrderAsync(new OrderStatus("on hold"), new Order { Id = "o-2", Status = OrderStatus.Placed }, filter: new OrderStatus("returned/partly"));

        Assert.Equal("/orders/on%20hold?filter=returned%2Fpartly", Assert.Single(server.Requests).RawTarget);
    }

    [Fact]
    public async Task Documented_values_are_sent_as_their_wire_values()
    {
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.EchoBody());
        var client = new RoundtripClient(server.CreateClient());

        var echoed = await client.EchoOrderAsync(OrderStatus.Shipped, new Order { Id = "o-3", Status = OrderStatus.Delivered }, filter: OrderStatus.Placed);

        Assert.Equal("/orders/shipped?filter=placed", Assert.Single(server.Requests).RawTarget);
        Assert.Equal(OrderStatusKind.Delivered, echoed.Status.Kind);
        Assert.Null(echoed.UndocumentedProperties);
    }
}
