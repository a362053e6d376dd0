using Aiia.Codegen.Generator.Tests.Infrastructure;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// A path key with a fragment (Mistral's <c>/v1/connectors/{connector_id_or_name}#idOrName</c>, which Speakeasy adds to
/// tell apart two operations of one path and method) requests the path without it: a fragment is never sent, and the
/// query written after it would be part of it.
/// </summary>
public sealed class PathFragmentTests
{
    [Fact]
    public void A_fragment_in_a_path_key_is_not_part_of_the_request_path()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("connectors.openapi.yaml", SpecYaml.Paths("""
            /v1/connectors/{id}#idOrName:
              get:
                operationId: getConnector
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                  - {name: fetch_secrets, in: query, schema: {type: boolean}}
                responses:
                  '204': {description: ok}
            /v1/conversations#stream:
              post:
                operationId: startStream
                responses:
                  '204': {description: ok}
            """))]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var client = run.Sources.Single(s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains("ApiRequest.Get(\"/v1/connectors/\" + global::Aiia.Codegen.Runtime.ApiRequest.EscapePath(id, \"id\"), \"getConnector\", \"/v1/connectors/{id}#idOrName\")", client, StringComparison.Ordinal);
        Assert.Contains("ApiRequest.Post(\"/v1/conversations\", \"startStream\", \"/v1/conversations#stream\")", client, StringComparison.Ordinal);
    }
}
