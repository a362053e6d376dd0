using Aiia.Codegen.Cli.Specs;
using Aiia.Codegen.Cli.Validation;

namespace Aiia.Codegen.Cli.Tests;

/// <summary>Example values as JSON, typed by the reader's one scalar rule (<c>SpecScalar.Kind</c>).</summary>
public sealed class ExampleJsonTests
{
    [Theory]
    [InlineData("a: true", """{"a":true}""")]
    [InlineData("a: 'true'", """{"a":"true"}""")]
    [InlineData("a: 12.50", """{"a":12.50}""")]
    [InlineData("a: \"42\"", """{"a":"42"}""")]
    [InlineData("a: 0x1F", """{"a":31}""")]
    [InlineData("a: 0o17", """{"a":15}""")]
    [InlineData("a: ~", """{"a":null}""")]
    [InlineData("a:", """{"a":null}""")]
    [InlineData("a: 'null'", """{"a":"null"}""")]
    [InlineData("a: 2019-01-23T13:30:07Z", """{"a":"2019-01-23T13:30:07Z"}""")]
    [InlineData("a: [1, two, no]", """{"a":[1,"two","no"]}""")]
    [InlineData("a: !!str 7", """{"a":"7"}""")]
    [InlineData("a: !!int \"7\"", """{"a":7}""")]
    [InlineData("a: |\n  line\n", """{"a":"line\n"}""")]
    [InlineData("a: &x {b: 1}\nc: *x", """{"a":{"b":1},"c":{"b":1}}""")]
    public void Scalars_are_typed_by_the_yaml_core_schema(string yaml, string json)
    {
        var tree = SpecTree.TryLoad(yaml);

        Assert.NotNull(tree);
        Assert.Equal(json, ExampleJson.ToJson(tree.Root));
    }

    [Fact]
    public void Positions_are_one_based_lines_and_columns()
    {
        var tree = SpecTree.TryLoad("a:\n  b: [1, 2]\n")!;
        var list = SpecTree.Get(SpecTree.Get(tree.Root, "a"), "b")!;

        Assert.Equal((2L, 6L), tree.PositionOf(list));
    }

    [Fact]
    public void A_text_that_is_not_a_mapping_has_no_tree()
    {
        Assert.Null(SpecTree.TryLoad("- a\n- b\n"));
        Assert.Null(SpecTree.TryLoad("a: [1,\n"));
    }
}
