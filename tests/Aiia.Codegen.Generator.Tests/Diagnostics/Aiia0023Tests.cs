using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>
/// AIIA0023: x-aiia-session-renewal / x-aiia-session-start do not fit (was AIIA0012). The mistakes inside a renewal
/// need a whole session spec: they are in SessionExtensionTests, beside the feature.
/// </summary>
public sealed class Aiia0023Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0023_ASessionStartWithoutARenewal()
    {
        var (diagnostic, _) = Single(
            SpecYaml.Paths(
                """
                /login:
                  post:
                    operationId: logIn
                    [|x-aiia-session-start|]: true
                    responses:
                      '204': {description: Logged in}
                """),
            "AIIA0023", Error, "paths./login.post.x-aiia-session-start");

        Assert.Contains("A session start without a session renewal", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0023_ARenewalThatIsNotAMapping()
    {
        Single(
            SpecYaml.Paths(
                """
                /renew:
                  post:
                    operationId: renew
                    [|x-aiia-session-renewal|]: yes
                    responses:
                      '204': {description: Renewed}
                """),
            "AIIA0023", Error, "paths./renew.post.x-aiia-session-renewal");
    }
}
