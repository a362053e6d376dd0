using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0032: a mutualTLS scheme sends nothing (warning): the certificate is configured on the HTTP handler.</summary>
public sealed class Aiia0032Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0032_MutualTlsIsLeftToTheHandlerAndAnOperationRequiringOnlyItReadsNoCredential()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: getItems
                    security:
                      - mtls: []
                    responses:
                      '204': {description: None}
                """,
                """
                securitySchemes:
                  mtls: {type: [|mutualTLS|]}
                  key: {type: apiKey, in: header, name: X-Key}
                """),
            "AIIA0032", Warning, "components.securitySchemes.mtls");

        Assert.Contains("ClientCertificates", diagnostic.GetMessage(), StringComparison.Ordinal);
        var client = run.SourceEndingWith(".Client.g.cs");
        Assert.DoesNotContain("_options", client, StringComparison.Ordinal);
    }
}
