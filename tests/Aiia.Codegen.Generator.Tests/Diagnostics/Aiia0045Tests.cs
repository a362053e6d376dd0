using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0045: a remote schema $ref (a URL) is not fetched; the schema is generated as any JSON, with a warning at the $ref.</summary>
public sealed class Aiia0045Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0045_ARemoteSchemaRefBecomesAnyJsonWithAWarningAtTheRef()
    {
        var (_, run) = Single(
            SpecYaml.Components("""
                schemas:
                  Wallet:
                    type: object
                    properties:
                      balance:
                        description: The balance.
                        $ref: [|'https://example.com/schemas/money.json'|]
                """),
            "AIIA0045", Warning, "components.schemas.Wallet.properties.balance");

        var wallet = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Wallet")!;
        var balance = (IPropertySymbol)wallet.GetMembers("Balance").Single();
        Assert.Equal("System.Text.Json.JsonElement?", balance.Type.ToDisplayString());
    }
}
