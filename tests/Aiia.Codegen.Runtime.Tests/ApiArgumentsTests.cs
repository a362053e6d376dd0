using Aiia.Codegen.Runtime;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>The argument check generated methods make for enum parameters, whose default has no wire value.</summary>
public sealed class ApiArgumentsTests
{
    private readonly record struct Colour(string? WireValue);

    [Fact]
    public void The_default_is_refused_with_the_parameter_and_the_type_named()
    {
        Colour colour = default;

        var refused = Assert.Throws<ArgumentException>(() => ApiArguments.ThrowIfDefault(colour, nameof(colour)));

        Assert.Equal("colour", refused.ParamName);
        Assert.StartsWith("default(Colour) has no wire value", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nullable_holding_the_default_is_refused_and_null_passes()
    {
        Colour? colour = default(Colour);

        Assert.Equal("colour", Assert.Throws<ArgumentException>(() => ApiArguments.ThrowIfDefault(colour, nameof(colour))).ParamName);
        ApiArguments.ThrowIfDefault((Colour?)null, "colour");
        ApiArguments.ThrowIfDefault((Colour?)new Colour("red"), "colour");
        ApiArguments.ThrowIfDefault(new Colour("red"), "colour");
    }
}
