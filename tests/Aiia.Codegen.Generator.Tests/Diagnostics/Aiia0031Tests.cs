using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0031: a security requirement names an undefined scheme (warning); it is ignored and the spec compiles.</summary>
public sealed class Aiia0031Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0031_AnOperationNamingAnUndefinedScheme()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    security:
                      - [|ApiKey|]: []
                    responses:
                      '204': {description: None}
                """),
            "AIIA0031", Warning, "paths./items.get.security");
    }

    [Fact]
    public void Aiia0031_TheDocumentsDefaultIsReportedOnceHoweverManyOperationsUseIt()
    {
        Single(
            SpecYaml.Document(
                """
                security:
                  - [|ApiKey|]: []
                paths:
                  /items:
                    get:
                      responses:
                        '204': {description: None}
                    delete:
                      responses:
                        '204': {description: None}
                """),
            "AIIA0031", Warning, "security");
    }
}
