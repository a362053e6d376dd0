using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>
/// AIIA0047: servers of a path or an operation other than the document's are not used (a client has one base
/// address); found by specs built to break the generator, where they were silently ignored.
/// </summary>
public sealed class Aiia0047Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0047_ServersOfAnOperation()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Document(
                """
                servers: [{url: 'https://api.example.com'}]
                paths:
                  /uploads:
                    post:
                      operationId: upload
                      [|servers|]: [{url: 'https://uploads.example.com'}]
                      responses:
                        '204': {description: ok}
                """),
            "AIIA0047", Warning, "paths./uploads.post.servers");

        Assert.Contains("To reach 'https://uploads.example.com'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        CompilesAndReports(run);
    }

    [Fact]
    public void Aiia0047_ServersOfAPath()
    {
        Single(
            SpecYaml.Document(
                """
                paths:
                  /uploads:
                    [|servers|]: [{url: '/v2'}]
                    post:
                      operationId: upload
                      responses:
                        '204': {description: ok}
                """),
            "AIIA0047", Warning, "paths./uploads.servers");
    }

    [Fact]
    public void TheDocumentsOwnServerRepeatedIsNoWarning()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText(FileName, SpecYaml.Document(
            """
            servers: [{url: 'https://api.example.com'}]
            paths:
              /uploads:
                servers: [{url: 'https://api.example.com'}]
                post:
                  operationId: upload
                  responses:
                    '204': {description: ok}
            """))]);

        Assert.Empty(run.GeneratorDiagnostics);
    }
}
