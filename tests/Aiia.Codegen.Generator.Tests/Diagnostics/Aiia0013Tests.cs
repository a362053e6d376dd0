using Aiia.Codegen.Generator.Tests.Infrastructure;
using Aiia.Codegen.Reading;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0013: limits (see HostileInputTests for the others). Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0013Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0013_TooDeeplyNestedIsReportedAtTheLevelPastTheLimit()
    {
        var depth = SpecLimits.MaxDepth + 10;
        var prefix = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\nx-deep: ";
        // The root mapping is level 1, so the list after MaxDepth - 1 others is level MaxDepth + 1.
        var marked = prefix + new string('[', SpecLimits.MaxDepth - 1) + "[|[|]" + new string('[', depth - SpecLimits.MaxDepth) + new string(']', depth) + "\n";

        Single(marked, "AIIA0013", Error, "x-deep");
    }
}
