using System.Text.Json;
using Aiia.Codegen.Cli.Tests.Infrastructure;

namespace Aiia.Codegen.Cli.Tests;

/// <summary>
/// Round 18's worst spec (schemas that PascalCase alike, Unicode normalisation forms of one name, inline types and
/// derived classes named like components) through the CLI: <c>generate</c> names every type as the generator does,
/// <c>validate</c> maps each renamed type back to its own schema, and <c>diff</c> follows each type by where it comes
/// from when colliding schemas swap places.
/// </summary>
public sealed class HostileNamesRound18CliTests
{
    private const string Worst = """
        openapi: 3.0.3
        info: { title: Worst, version: "1" }
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - { name: status, in: query, schema: { type: string, enum: [a, b] } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/Pet" } } } } }
                "404": { description: bad, content: { application/json: { schema: { type: object, properties: { m: { type: string } } } } } }
            post:
              operationId: createPet
              requestBody: { required: true, content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/pet" } } } }
        components:
          schemas:
            Pet: { type: object, required: [name], properties: { name: { type: string }, Name: { type: string }, pet: { type: string } } }
            pet: { type: object, properties: { id: { type: integer } } }
            PET: { type: object, properties: { tag: { type: string } } }
            "Caf\u00E9": { type: object, properties: { x: { type: string } } }
            "Cafe\u0301": { type: object, properties: { y: { type: string } } }
            Cafe: { type: object, properties: { z: { type: string } } }
            ListPetsStatus: { type: string, enum: [x, y] }
            CreatePetRequest: { type: object, properties: { q: { type: string } } }
            ListPets404Response: { type: object, properties: { r: { type: string } } }
            WorstClient: { type: object, properties: { s: { type: string } } }
            WorstClientOptions: { type: object, properties: { t: { type: string } } }
            Holder:
              type: object
              properties:
                a: { $ref: "#/components/schemas/Pet" }
                b: { $ref: "#/components/schemas/pet" }
                c: { $ref: "#/components/schemas/PET" }
                d: { $ref: "#/components/schemas/Cafe" }
                e: { $ref: "#/components/schemas/Caf\u00E9" }
                f: { $ref: "#/components/schemas/Cafe\u0301" }
        """;

    [Theory]
    [InlineData(null)]
    [InlineData("PetClient")]
    public async Task Generate_names_the_colliding_types_as_the_generator_does(string? clientName)
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("worst.openapi.yaml", Worst);
        var expected = GeneratorOutput.Run(spec, Worst, "Contoso.Worst", clientName, null);
        var output = Path.Combine(temp.Path, "out");

        var result = await CliRunner.RunAsync(clientName is null
            ? ["generate", spec, "--out", output, "--namespace", "Contoso.Worst"]
            : ["generate", spec, "--out", output, "--namespace", "Contoso.Worst", "--client-name", clientName]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (hintName, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, hintName))), $"{hintName} differs from the generator's output.");
        }
    }

    [Fact]
    public async Task Validate_finds_no_disagreement_for_the_renamed_types()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("worst.openapi.yaml", Worst);

        var result = await CliRunner.RunAsync("validate", spec);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(result.Lines, l => l.StartsWith("cross-check: ", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l.Contains("The schema 'pet' at components.schemas.pet cannot be named 'Pet'", StringComparison.Ordinal) && l.Contains("'Pet2'", StringComparison.Ordinal));
    }

    /// <summary>
    /// <c>Pet</c> and <c>pet</c> swap places, so the C# names <c>Pet</c> and <c>Pet2</c> swap schemas: breaking, reported
    /// at each schema. The two spellings of Café swap too, but clean to different names (<c>Café</c>, <c>Cafe</c>), so
    /// nothing of theirs changes.
    /// </summary>
    [Fact]
    public async Task Diff_follows_each_type_by_its_schema_when_colliding_schemas_swap()
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Worst);
        var swapped = Worst
            .Replace("    Pet: { type: object, required: [name], properties: { name: { type: string }, Name: { type: string }, pet: { type: string } } }\n    pet: { type: object, properties: { id: { type: integer } } }\n", "    pet: { type: object, properties: { id: { type: integer } } }\n    Pet: { type: object, required: [name], properties: { name: { type: string }, Name: { type: string }, pet: { type: string } } }\n", StringComparison.Ordinal)
            .Replace("    \"Caf\\u00E9\": { type: object, properties: { x: { type: string } } }\n    \"Cafe\\u0301\": { type: object, properties: { y: { type: string } } }\n", "    \"Cafe\\u0301\": { type: object, properties: { y: { type: string } } }\n    \"Caf\\u00E9\": { type: object, properties: { x: { type: string } } }\n", StringComparison.Ordinal);
        Assert.NotEqual(Worst, swapped);
        var newSpec = temp.Write("worst.openapi.yaml", swapped);

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec, "--format", "json");

        Assert.True(result.ExitCode == 2, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var changes = json.RootElement.GetProperty("changes").EnumerateArray()
            .Select(c => $"{c.GetProperty("rule").GetString()} {c.GetProperty("path").GetString()}").Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "generated-type-renamed components.schemas.Pet",
                "generated-type-renamed components.schemas.pet",
                "property-renamed components.schemas.Pet.properties.pet",
            ],
            changes);
    }

    private const string Escapes = """
        openapi: 3.0.3
        info: { title: Escapes, version: "1" }
        paths:
          /p:
            get:
              operationId: get
              parameters:
                - { name: mode, in: query, schema: { type: string, enum: ["\e[2J", "2J", "\u202Eok"] } }
              responses: { "204": { description: none } }
        """;

    /// <summary>
    /// Spec names in what the CLI prints (the generator's diagnostics, diff's changes) show the characters that do not
    /// print as escapes: an escape sequence in an enum value never reaches the terminal.
    /// </summary>
    [Fact]
    public async Task Validate_and_diff_print_a_names_escape_sequence_as_an_escape()
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Escapes);
        var newSpec = temp.Write("escapes.openapi.yaml", Escapes.Replace("\"\\e[2J\", ", string.Empty, StringComparison.Ordinal).Replace(", \"\\u202Eok\"", string.Empty, StringComparison.Ordinal));

        var validate = await CliRunner.RunAsync("validate", oldSpec);
        var diff = await CliRunner.RunAsync("diff", oldSpec, newSpec);

        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Contains(validate.Lines, l => l.Contains("cannot be named '_2j' (the value '\\u001B[2J' already has that name)", StringComparison.Ordinal));
        Assert.True(diff.ExitCode == 2, diff.ToString());
        Assert.Contains(diff.Lines, l => l.Contains("the value '\\u001B[2J' was removed", StringComparison.Ordinal));
        Assert.Contains(diff.Lines, l => l.Contains("the value '\\u202Eok' was removed", StringComparison.Ordinal));
        Assert.DoesNotContain(validate.Stdout + diff.Stdout, c => char.IsControl(c) && c is not '\n' and not '\r');
        Assert.DoesNotContain('\u202E', validate.Stdout + diff.Stdout);
    }
}
