using Aiia.Codegen.Cli.Tests.Infrastructure;

namespace Aiia.Codegen.Cli.Tests;

/// <summary>
/// The CLI reads what the generator reads: JSON specs, and the sibling files a spec's external <c>$ref</c>s name (from
/// the disk, relative to the file that names them, as a project lists them as AdditionalFiles).
/// </summary>
public sealed class SpecInputsTests
{
    private const string JsonSpec = """
        {
          "openapi": "3.0.3",
          "info": {"title": "Pets", "version": "1"},
          "paths": {"\/pets": {"get": {"operationId": "listPets", "responses": {"200": {"description": "Caf\u00e9", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}}}},
          "components": {"schemas": {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}}
        }
        """;

    private const string ShopSpec = """
        openapi: 3.0.3
        info: {title: Shop, version: '1'}
        paths:
          /orders:
            get:
              operationId: listOrders
              parameters:
                - $ref: 'common/shared.yaml#/components/parameters/Page'
              responses:
                '200':
                  description: The orders.
                  content:
                    application/json:
                      schema:
                        type: array
                        items: {$ref: '#/components/schemas/Order'}
        components:
          schemas:
            Order:
              type: object
              properties:
                total: {$ref: 'common/shared.yaml#/components/schemas/Money'}
        """;

    private const string Shared = """
        components:
          parameters:
            Page: {name: page, in: query, schema: {type: integer}}
          schemas:
            Money:
              type: object
              properties:
                amount: {type: number}
                currency: {$ref: 'currency.yaml'}
        """;

    private const string Currency = "type: string\nenum: [EUR, DKK]\n";

    [Fact]
    public async Task Generate_reads_a_json_spec_and_names_the_client_after_it()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("pets.openapi.json", JsonSpec);
        var output = temp.Combine("out");

        var result = await CliRunner.RunAsync("generate", spec, "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(Directory.GetFiles(output), f => Path.GetFileName(f) == "Pets.PetsClient.Client.g.cs");
        Assert.Equal(GeneratorOutput.Run(spec, JsonSpec, "Pets", null, null).Keys.Order(StringComparer.Ordinal), Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Validate_reads_a_json_spec()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("pets.openapi.json", JsonSpec);

        var result = await CliRunner.RunAsync("validate", spec);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Generate_reads_the_sibling_files_the_refs_name()
    {
        using var temp = new TempDirectory();
        var spec = WriteShop(temp);
        var output = temp.Combine("out");

        var result = await CliRunner.RunAsync("generate", spec, "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var models = File.ReadAllText(Directory.GetFiles(output).Single(f => f.EndsWith(".Models.g.cs", StringComparison.Ordinal)));
        Assert.Contains("record Money", models, StringComparison.Ordinal);
        Assert.Contains("Currency", models, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reads_the_sibling_files_the_refs_name()
    {
        using var temp = new TempDirectory();
        var spec = WriteShop(temp);

        var result = await CliRunner.RunAsync("validate", spec);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("AIIA", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_sibling_file_is_AIIA0044_at_the_ref()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("shop.openapi.yaml", ShopSpec);

        var result = await CliRunner.RunAsync("generate", spec, "--out", temp.Combine("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"shop\.openapi\.yaml\(8,17\): error AIIA0044: The \$ref 'common/shared\.yaml#/components/parameters/Page'", result.Stdout + result.Stderr);
    }

    [Fact]
    public async Task Diff_compares_what_the_sibling_files_define()
    {
        using var before = new TempDirectory();
        using var after = new TempDirectory();
        var oldSpec = WriteShop(before);
        var newSpec = WriteShop(after);
        after.Write("common/currency.yaml", "type: string\nenum: [EUR]\n");

        var same = await CliRunner.RunAsync("diff", oldSpec, WriteShop(before));
        var changed = await CliRunner.RunAsync("diff", oldSpec, newSpec);

        Assert.Equal(0, same.ExitCode);
        Assert.Equal(2, changed.ExitCode);
        Assert.Contains("the value 'DKK' was removed from the enum Currency", changed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_reads_a_description_kept_in_a_markdown_file_beside_the_file_naming_it()
    {
        using var temp = new TempDirectory();
        var spec = WriteShop(temp, Shared.Replace("    Money:\n", "    Money:\n      description: {$ref: money.md}\n", StringComparison.Ordinal));
        temp.Write("common/money.md", "An amount of **money**.\n");
        var output = temp.Combine("out");

        var result = await CliRunner.RunAsync("generate", spec, "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var models = File.ReadAllText(Directory.GetFiles(output).Single(f => f.EndsWith(".Models.g.cs", StringComparison.Ordinal)));
        Assert.Contains("/// <summary>An amount of **money**.</summary>", models, StringComparison.Ordinal);
    }

    private static string WriteShop(TempDirectory temp, string shared = Shared)
    {
        Directory.CreateDirectory(temp.Combine("common"));
        temp.Write("common/shared.yaml", shared);
        temp.Write("common/currency.yaml", Currency);
        return temp.Write("shop.openapi.yaml", ShopSpec);
    }
}
