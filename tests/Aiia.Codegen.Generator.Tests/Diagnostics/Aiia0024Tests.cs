using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0024: x-aiia-error-codes is not a list of strings (was AIIA0012). Each test states only the spec fragment that matters (<see cref="SpecYaml"/>).</summary>
public sealed class Aiia0024Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0024_ErrorCodesThatAreNotAList()
    {
        Single(SpecYaml.Document("paths: {}\nx-aiia-error-codes: [|InvalidInput|]"), "AIIA0024", Error, "x-aiia-error-codes");
    }

    [Fact]
    public void Aiia0024_AnEmptyErrorCode()
    {
        var (diagnostic, _) = Single(SpecYaml.Document("paths: {}\nx-aiia-error-codes: [InvalidInput, [|''|]]"), "AIIA0024", Error, "x-aiia-error-codes");

        Assert.Contains("is not a non-empty string", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
