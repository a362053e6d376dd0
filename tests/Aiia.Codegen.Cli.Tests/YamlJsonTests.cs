using Aiia.Codegen.Cli.Validation;
using YamlDotNet.RepresentationModel;

namespace Aiia.Codegen.Cli.Tests;

public sealed class YamlJsonTests
{
    [Theory]
    [InlineData("a: true", """{"a":true}""")]
    [InlineData("a: 'true'", """{"a":"true"}""")]
    [InlineData("a: 12.50", """{"a":12.50}""")]
    [InlineData("a: \"42\"", """{"a":"42"}""")]
    [InlineData("a: 0x1F", """{"a":31}""")]
    [InlineData("a: ~", """{"a":null}""")]
    [InlineData("a:", """{"a":null}""")]
    [InlineData("a: 2019-01-23T13:30:07Z", """{"a":"2019-01-23T13:30:07Z"}""")]
    [InlineData("a: [1, two, no]", """{"a":[1,"two","no"]}""")]
    [InlineData("a: !!str 7", """{"a":"7"}""")]
    [InlineData("a: |\n  line\n", """{"a":"line\n"}""")]
    public void Scalars_are_typed_by_the_yaml_core_schema(string yaml, string json)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));

        Assert.Equal(json, YamlJson.ToJson(stream.Documents[0].RootNode));
    }
}
