using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0043: a path placeholder without a parameter becomes a required string parameter.</summary>
public sealed class Aiia0043Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0043_APlaceholderWithoutParameter()
    {
        Single(
            SpecYaml.Paths(
                """
                [|/items/{id}|]:
                  get:
                    responses:
                      '204': {description: None}
                """),
            "AIIA0043", Warning, "paths./items/{id}.get");
    }

    [Fact]
    public void Aiia0043_ThePlaceholderIsARequiredStringParameterNumberedPastOthers()
    {
        var spec = SpecYaml.Paths(
            """
            /vendors/{vendor_id}/items/{id}:
              put:
                operationId: updateVendorItem
                parameters:
                  - {name: id, in: path, required: true, schema: {type: integer}}
                  - {name: vendorId, in: query, schema: {type: string}}
                responses:
                  '204': {description: None}
            """);
        var run = GeneratorHarness.Run([SpecFile.FromText("vendors.openapi.yaml", spec)]);

        Assert.Equal("AIIA0043", Assert.Single(run.GeneratorDiagnostics).Id);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var client = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.VendorsClient")!;
        var method = (IMethodSymbol)client.GetMembers("UpdateVendorItemAsync").Single();
        Assert.Equal(new[] { "id", "vendorId2", "vendorId", "cancellationToken" }, method.Parameters.Select(p => p.Name));
        Assert.Equal(SpecialType.System_String, method.Parameters[1].Type.SpecialType);
        Assert.False(method.Parameters[1].IsOptional);
    }

    [Fact]
    public void Aiia0043_APlaceholderIsNamedByTheParameterRuleAndTheWarningSaysItsName()
    {
        // A placeholder named like generated code steps aside (body → bodyParameter); one with no letter is pathParameter.
        var spec = SpecYaml.Paths(
            """
            /items/{body}/{request}/{+}:
              get:
                operationId: getItem
                parameters:
                  - {name: requestParameter, in: query, schema: {type: string}}
                responses:
                  '204': {description: None}
            """);
        var run = GeneratorHarness.Run([SpecFile.FromText("items.openapi.yaml", spec)]);

        Assert.Equal(
            ["The path placeholder '{body}' at paths./items/{body}/{request}/{+}.get has no path parameter, so the method takes it as the string parameter 'bodyParameter'.",
             "The path placeholder '{request}' at paths./items/{body}/{request}/{+}.get has no path parameter, so the method takes it as the string parameter 'requestParameter2'.",
             "The path placeholder '{+}' at paths./items/{body}/{request}/{+}.get has no path parameter, so the method takes it as the string parameter 'pathParameter'."],
            run.GeneratorDiagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split(" Add a parameter", StringSplitOptions.None)[0]));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var method = (IMethodSymbol)run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.ItemsClient")!.GetMembers("GetItemAsync").Single();
        Assert.Equal(["bodyParameter", "requestParameter2", "pathParameter", "requestParameter", "cancellationToken"], method.Parameters.Select(p => p.Name));
    }
}
