using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0002: not OpenAPI 3. Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0002Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0002_Swagger2()
    {
        Single(
            """
            [|swagger|]: '2.0'
            info: {title: T, version: '1'}
            paths: {}
            """,
            "AIIA0002", Error, "openapi");
    }

    [Fact]
    public void Aiia0002_AnotherVersionIsReportedAtTheVersion()
    {
        Single(
            """
            openapi: [|'2.1.0'|]
            info: {title: T, version: '1'}
            paths: {}
            """,
            "AIIA0002", Error, "openapi");
    }

    [Fact]
    public void Aiia0002_NoPaths()
    {
        Single(
            """
            [|openapi|]: 3.0.3
            info: {title: T, version: '1'}
            """,
            "AIIA0002", Error, "paths");
    }

    [Fact]
    public void Aiia0002_ADocumentThatIsAList()
    {
        Single(
            """
            [|- openapi: 3.0.3
            - paths: {}|]
            """,
            "AIIA0002", Error, "$");
    }
}
