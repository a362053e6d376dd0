using System.Text.Json;
using Aiia.Codegen.Cli.Tests.Infrastructure;

namespace Aiia.Codegen.Cli.Tests;

/// <summary>
/// validate and diff map the model's types back to the spec through the provenance the model carries, not by deriving
/// names from YAML keys again: a schema the naming pass renamed (<c>pet</c> beside <c>Pet</c> → <c>Pet2</c>) is still
/// checked against, and reported at, its own schema.
/// </summary>
public sealed class NamingProvenanceTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Pets, version: "1"}
        paths:
          /pets:
            post:
              operationId: createPet
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/pet'}
              responses:
                '200':
                  description: the pet
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
        components:
          schemas:
            Pet:
              type: object
              required: [id]
              properties:
                id: {type: string}
            pet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                age: {type: integer}
        """;

    [Fact]
    public async Task Validate_compares_a_renamed_schema_with_its_own_record()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("pets.openapi.yaml", Spec);

        var result = await CliRunner.RunAsync("validate", spec);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(result.Lines, l => l.StartsWith("cross-check: ", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l.Contains("info AIIA0014", StringComparison.Ordinal) && l.Contains("'Pet2'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diff_reports_a_change_of_a_renamed_schema_at_that_schema()
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Spec);
        var newSpec = temp.Write("new.openapi.yaml", Spec.Replace("age: {type: integer}", "age: {type: string}", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec, "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var paths = json.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("path").GetString()).ToList();
        Assert.Contains("components.schemas.pet.properties.age", paths);
        Assert.DoesNotContain(paths, p => p!.StartsWith("components.schemas.Pet.", StringComparison.Ordinal));
    }
}
