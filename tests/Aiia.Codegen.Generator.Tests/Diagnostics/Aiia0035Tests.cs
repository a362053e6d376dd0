using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0035: an operation without a 2xx response (warning). Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message; the client still compiles.</summary>
public sealed class Aiia0035Tests
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void Aiia0035_TheDefaultResponseIsTheSuccess()
    {
        var (_, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: getItem
                    [|responses|]:
                      '404': {description: Not found}
                      default:
                        description: The item.
                        content:
                          application/json:
                            schema: {type: object, properties: {name: {type: string}}}
                """),
            "AIIA0035", Warning, "paths./items.get.responses");

        Assert.Contains("Task<global::Contoso.Consumer.GetItemResponse> GetItemAsync(", string.Concat(run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0035_AnOpenApi31OperationWithoutResponses()
    {
        // 3.1 made 'responses' optional (found in ReadMe's 3.1 examples by a sweep of unseen specs; it was AIIA0009, an
        // error that generated nothing). In 3.0 it is still required: AIIA0009.
        var (_, run) = Single(
            SpecYaml.Paths(
                """
                /ping:
                  [|get|]:
                    operationId: ping
                """).Replace("openapi: 3.0.3", "openapi: 3.1.0", StringComparison.Ordinal),
            "AIIA0035", Warning, "paths./ping.get.responses");

        Assert.Contains("global::System.Threading.Tasks.Task PingAsync(", string.Concat(run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0035_OnlyARedirectIsReturnedUnfollowed()
    {
        var (_, run) = Single(
            SpecYaml.Paths(
                """
                /login:
                  get:
                    operationId: startLogin
                    [|responses|]:
                      '302': {description: To the login page.}
                """),
            "AIIA0035", Warning, "paths./login.get.responses");

        Assert.Contains("request.SetRedirectIsAnswer();", string.Concat(run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0035_OnlyErrorResponses()
    {
        Single(
            SpecYaml.Paths(
                """
                /v1/x:
                  get:
                    [|responses|]:
                      '404': {description: Not found}
                """),
            "AIIA0035", Warning, "paths./v1/x.get.responses");
    }
}
