using System.Text.RegularExpressions;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>The placeholder rule of path templates, shared by the reader (checks, method names) and the client emitter.</summary>
public sealed class PathTemplateTests
{
    [Theory]
    [InlineData("/v1/authentication/{sessionId}/status", "sessionId@19+11")]
    [InlineData("/items/{id}/parts/{partId}", "id@7+4", "partId@18+8")]
    [InlineData("{a}", "a@0+3")]
    [InlineData("/x/{}/y")]
    [InlineData("/x/{a/b}")]
    [InlineData("/x/{a{b}", "b@5+3")]
    [InlineData("/x/{a}}", "a@3+3")]
    [InlineData("/x/{{a}", "a@4+3")]
    [InlineData("/x/{unclosed")]
    [InlineData("/plain/path")]
    public void PlaceholdersAreFoundInOrderWithTheirSpans(string template, params string[] expected)
    {
        var found = PathTemplate.Placeholders(template).Select(p => $"{p.Name}@{p.Index}+{p.Length}");

        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("/v1/authentication/{sessionId}/status")]
    [InlineData("/x/{a{b}/{c}}/{{d}/{e/f}/{}/{g")]
    [InlineData("{x}{y}/{z}")]
    public void TheScanAgreesWithTheRegularExpressionItReplaced(string template)
    {
        var expected = Regex.Matches(template, @"\{([^{}/]+)\}").Select(m => (m.Index, m.Length, m.Groups[1].Value));

        Assert.Equal(expected, PathTemplate.Placeholders(template).Select(p => (p.Index, p.Length, p.Name)));
    }

    [Theory]
    [InlineData("/v1/connectors/{id}#idOrName", "/v1/connectors/{id}", "")]
    [InlineData("/search?mode=fast&x=a%20b&flag&=lost", "/search", "mode=fast|x=a b|flag=")]
    [InlineData("/search?mode=fast#frag?not=query", "/search", "mode=fast")]
    [InlineData("/v1/conversations#stream?x=1", "/v1/conversations", "")]
    [InlineData("/plain/{id}", "/plain/{id}", "")]
    public void A_query_or_fragment_in_a_path_key_is_not_part_of_the_request_path(string template, string path, string query)
    {
        Assert.Equal(path, PathTemplate.RequestPath(template));
        Assert.Equal(query, string.Join("|", PathTemplate.LiteralQuery(template).Select(p => p.Key + "=" + p.Value)));
    }
}
