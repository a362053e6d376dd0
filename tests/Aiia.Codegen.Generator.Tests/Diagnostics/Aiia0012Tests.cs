using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0012: x-aiia-polling does not fit its operation (the other extensions moved to AIIA0022–AIIA0025). Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0012Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0012_PollingAPost()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  post:
                    operationId: createItem
                    [|x-aiia-polling|]:
                      timeoutParameter: wait
                      stateProperty: state
                      terminalStates: [Done]
                    responses:
                      '204': {description: None}
                """),
            "AIIA0012", Error, "paths./items.post.x-aiia-polling");
    }

    [Fact]
    public void Aiia0012_ATerminalStateThatIsNotAValueOfTheStateEnum()
    {
        // Reported while reading, before the naming pass names the types: the message names the enum's C# name all the same.
        var (diagnostic, _) = Single(
            SpecYaml.Paths(
                """
                /status:
                  get:
                    operationId: getStatus
                    x-aiia-polling:
                      timeoutParameter: wait
                      stateProperty: state
                      terminalStates: [Done, [|Nope|]]
                    parameters:
                      - {name: wait, in: query, schema: {type: integer}}
                    responses:
                      '200':
                        description: Status
                        content:
                          application/json:
                            schema:
                              type: object
                              required: [state]
                              properties:
                                state: {type: string, enum: [Running, Done]}
                """),
            "AIIA0012", Error, "paths./status.get.x-aiia-polling.terminalStates");

        Assert.Contains("'Nope' is not a value of GetStatusResponseState", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
