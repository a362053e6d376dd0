using Aiia.Codegen.Cli.Tests.Infrastructure;

namespace Aiia.Codegen.Cli.Tests;

/// <summary>Round 14's hostile names against <c>diff</c>: it neither throws nor calls a renamed member additive.</summary>
public sealed class HostileNamesRound14DiffTests
{
    private const string TwoHeadersOneName = """
        openapi: 3.0.3
        info: { title: Headers, version: "1" }
        paths:
          /p:
            get:
              operationId: list
              parameters:
                - { name: X-Trace, in: header, schema: { type: string } }
                - { name: x-trace, in: header, schema: { type: string } }
              responses: { "204": { description: none } }
        """;

    /// <summary>Finding 3: two header parameters whose names differ only in case (legal: parameter names are case-sensitive).</summary>
    [Fact]
    public async Task HeaderParametersThatDifferOnlyInCaseDoNotCrashTheDiff()
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", TwoHeadersOneName);
        var newSpec = temp.Write("new.openapi.yaml", TwoHeadersOneName.Replace("{ type: string } }\n      responses", "{ type: integer } }\n      responses", StringComparison.Ordinal));

        var same = await CliRunner.RunAsync("diff", oldSpec, oldSpec);
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.DoesNotContain("internal error", same.Stderr, StringComparison.Ordinal);

        var changed = await CliRunner.RunAsync("diff", oldSpec, newSpec);
        Assert.True(changed.ExitCode == 2, changed.ToString());
        Assert.Contains("parameter-type-changed", changed.Stdout, StringComparison.Ordinal);
        Assert.Contains("x-trace", changed.Stdout, StringComparison.Ordinal);
    }

    private const string Polled = """
        openapi: 3.0.3
        info: { title: Wait, version: "1" }
        paths:
          /status/{id}:
            get:
              operationId: getStatus
              x-aiia-polling: { timeoutParameter: wait, stateProperty: state, terminalStates: [done] }
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
                - { name: wait, in: query, schema: { type: integer } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Status" } } } }
        components:
          schemas:
            Status:
              type: object
              required: [state]
              properties:
                state: { type: string, enum: [running, done] }
        """;

    /// <summary>
    /// Finding 4: a new operation named like an existing waiter takes its name (the spec's operations win), so
    /// <c>WaitForStatusAsync(id)</c> now sends GET /w/{id} once instead of polling: breaking, but diff says additive.
    /// </summary>
    [Fact]
    public async Task AnOperationThatTakesAWaitersNameIsBreaking()
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Polled);
        var newSpec = temp.Write("new.openapi.yaml", Polled.Replace("components:", """
              /w/{id}:
                get:
                  operationId: waitForStatus
                  parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
                  responses: { "204": { description: none } }
            components:
            """, StringComparison.Ordinal));

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(result.Lines, line => line.StartsWith("breaking", StringComparison.Ordinal) && line.Contains("WaitForStatus", StringComparison.Ordinal));
    }

    private const string Composed = """
        openapi: 3.0.3
        info: { title: Union, version: "1" }
        paths:
          /a:
            get:
              operationId: getHolder
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Holder" } } } }
        components:
          schemas:
            Holder:
              type: object
              properties:
                thing: { oneOf: [{ $ref: "#/components/schemas/Pet" }, { type: string }ALTERNATIVE] }
                animal: { $ref: "#/components/schemas/Animal" }
            Pet: { type: object, required: [n], properties: { n: { type: string } } }
            Animal:
              type: object
              required: [kind]
              discriminator: { propertyName: kind }
              properties: { kind: { type: string } }
              oneOf: [{ $ref: "#/components/schemas/Dog" }]
            Dog:
              allOf:
                - { $ref: "#/components/schemas/Animal" }
                - { type: object, properties: { bark: { type: string } } }
        """;

    /// <summary>
    /// Finding 5: a new schema takes a generated name (the union's raw-JSON fallback <c>Json</c>, the discriminated base's
    /// <c>UnknownAnimal</c>), which is numbered (<c>JsonValue</c>, <c>UnknownAnimal2</c>): code naming the old one now
    /// means the new schema, but diff calls the change additive.
    /// </summary>
    [Theory]
    [InlineData(", { $ref: \"#/components/schemas/Json\" }", "    Json: { type: object, required: [j], properties: { j: { type: integer } } }\n", "JsonValue")]
    [InlineData("", "    UnknownAnimal: { type: object, properties: { u: { type: string } } }\n", "UnknownAnimal2")]
    public async Task ANewSchemaThatTakesAGeneratedNameIsBreaking(string alternative, string schema, string renamed)
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Composed.Replace("ALTERNATIVE", string.Empty, StringComparison.Ordinal));
        var newSpec = temp.Write("new.openapi.yaml", Composed.Replace("ALTERNATIVE", alternative, StringComparison.Ordinal) + "\n" + schema);

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(result.Lines, line => line.StartsWith("breaking", StringComparison.Ordinal) && line.Contains(renamed, StringComparison.Ordinal));
    }

    /// <summary>
    /// Finding 6: a new component takes an inline type's name (<c>StatusOwner</c>, which becomes <c>StatusOwner2</c>):
    /// diff reports the inline type's property as removed at a spec path where it still is.
    /// </summary>
    [Fact]
    public async Task AnInlineTypeDisplacedByANewComponentIsNotReportedAsLosingProperties()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Inline, version: "1" }
            paths:
              /s:
                get:
                  operationId: getStatus
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Status" } } } }
            components:
              schemas:
                Status:
                  type: object
                  properties:
                    owner: { type: object, properties: { n: { type: string } } }
            """;
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", spec);
        var newSpec = temp.Write("new.openapi.yaml", spec + "\n    StatusOwner: { type: object, properties: { m: { type: integer } } }\n");

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.DoesNotContain(result.Lines, line => line.Contains("properties.owner.properties.n", StringComparison.Ordinal) && line.Contains("removed", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Lines, line => line.Contains("property-type-changed", StringComparison.Ordinal));
        Assert.Contains(result.Lines, line => line.Contains("generated-type-renamed", StringComparison.Ordinal) && line.Contains("is now StatusOwner2, was StatusOwner", StringComparison.Ordinal));
        Assert.Contains(result.Lines, line => line.Contains("schema-added", StringComparison.Ordinal) && line.Contains("'StatusOwner'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CollidingSchemasThatSwapPlacesAreRenamedNotChanged()
    {
        const string head = """
            openapi: 3.0.3
            info: { title: Swap, version: "1" }
            paths:
              /p:
                get:
                  operationId: getP
                  responses:
                    "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Pet" } } } }
            components:
              schemas:

            """;
        const string upper = "    Pet: { type: object, properties: { a: { type: string } } }\n";
        const string lower = "    pet: { type: object, properties: { b: { type: integer } } }\n";
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", head + upper + lower);
        var newSpec = temp.Write("new.openapi.yaml", head + lower + upper);

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.DoesNotContain(result.Lines, line => line.Contains("removed", StringComparison.Ordinal) || line.Contains("-added", StringComparison.Ordinal));
        Assert.Contains(result.Lines, line => line.Contains("is now Pet2, was Pet ", StringComparison.Ordinal));
        Assert.Contains(result.Lines, line => line.Contains("is now Pet, was Pet2 ", StringComparison.Ordinal));
    }
}
