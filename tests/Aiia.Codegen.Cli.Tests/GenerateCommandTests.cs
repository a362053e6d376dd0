using System.Text.Json;
using System.Text.RegularExpressions;
using Aiia.Codegen.Cli.Tests.Infrastructure;

namespace Aiia.Codegen.Cli.Tests;

public sealed class GenerateCommandTests
{
    public static TheoryData<string, string?, string?, string?> GeneratorCases => new()
    {
        // spec, --namespace (AiiaNamespace), --client-name (AiiaClientName), --accessibility (AiiaAccessibility)
        { TestSpecs.Aiia, "Contoso.Aiia", null, null },
        { TestSpecs.Aiia, "Contoso.Aiia", "AiiaClient", "internal" },
        { TestSpecs.Petstore, "contoso.my-api", "PetShopClient", "internal" },
        { TestSpecs.Petstore, "Contoso.Pets", null, "public" },
        { TestSpecs.Ledger, "Ledger.Generated", null, null },
    };

    [Theory]
    [MemberData(nameof(GeneratorCases))]
    public async Task Generate_writes_byte_for_byte_what_the_generator_emits(string spec, string? @namespace, string? clientName, string? accessibility)
    {
        using var temp = new TempDirectory();
        var specPath = TestSpecs.PathOf(spec);
        var expected = GeneratorOutput.Run(specPath, File.ReadAllText(specPath), @namespace, clientName, accessibility);
        Assert.NotEmpty(expected);

        var args = new List<string> { "generate", specPath, "--out", temp.Path };
        if (@namespace is not null)
        {
            args.AddRange(["--namespace", @namespace]);
        }

        if (clientName is not null)
        {
            args.AddRange(["--client-name", clientName]);
        }

        if (accessibility is not null)
        {
            args.AddRange(["--accessibility", accessibility]);
        }

        var result = await CliRunner.RunAsync([.. args]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var written = Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal).ToArray(), written);
        foreach (var (hintName, bytes) in expected)
        {
            var actual = File.ReadAllBytes(Path.Combine(temp.Path, hintName));
            Assert.True(bytes.AsSpan().SequenceEqual(actual), $"{hintName} differs from the generator's output ({actual.Length} bytes written, {bytes.Length} expected).");
        }
    }

    [Theory]
    [InlineData("ignore")]
    [InlineData("error")]
    public async Task The_undocumented_properties_option_gives_what_the_item_metadata_gives(string value)
    {
        using var temp = new TempDirectory();
        var specPath = TestSpecs.PathOf(TestSpecs.Petstore);
        var expected = GeneratorOutput.Run(specPath, File.ReadAllText(specPath), "Contoso.Pets", null, null, value);

        var result = await CliRunner.RunAsync("generate", specPath, "-o", temp.Path, "-n", "Contoso.Pets", "--undocumented-properties", value);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (hintName, bytes) in expected)
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(temp.Path, hintName)));
        }

        Assert.DoesNotContain("ApiUndocumentedProperties", File.ReadAllText(Path.Combine(temp.Path, "Contoso.Pets.PetstoreClient.Models.g.cs")), StringComparison.Ordinal);
    }

    /// <summary>Two operations answering the same inline shape: one type with <c>--share-identical-schemas</c>.</summary>
    internal static string TwoIdenticalPages(string toysPage = "{ type: object, properties: { items: { type: array, items: { type: string } } } }") => $$"""
        openapi: 3.0.3
        info: { title: Shop, version: "1" }
        paths:
          /pets: { get: { operationId: listPets, responses: { '200': { description: ok, content: { application/json: { schema: { type: object, properties: { items: { type: array, items: { type: string } } } } } } } } } }
          /toys: { get: { operationId: listToys, responses: { '200': { description: ok, content: { application/json: { schema: {{toysPage}} } } } } } }
        """;

    [Fact]
    public async Task The_share_identical_schemas_option_gives_what_the_item_metadata_gives()
    {
        using var temp = new TempDirectory();
        var specPath = temp.Write("shop.openapi.yaml", TwoIdenticalPages());
        var expected = GeneratorOutput.Run(specPath, TwoIdenticalPages(), "Contoso.Shop", null, null, shareIdenticalSchemas: true);
        var output = Path.Combine(temp.Path, "out");

        var result = await CliRunner.RunAsync("generate", specPath, "-o", output, "-n", "Contoso.Shop", "--share-identical-schemas");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (hintName, bytes) in expected)
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(output, hintName)));
        }

        var models = File.ReadAllText(Path.Combine(output, "Contoso.Shop.ShopClient.Models.g.cs"));
        Assert.Contains("record ListPetsResponse", models, StringComparison.Ordinal);
        Assert.DoesNotContain("ListToysResponse", models, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_namespace_starting_with_at_is_a_namespace_not_a_response_file()
    {
        // '@class.Event' is how C# writes a namespace whose first segment is a keyword; System.CommandLine read it as a
        // response file to expand.
        using var temp = new TempDirectory();
        var specPath = TestSpecs.PathOf(TestSpecs.Petstore);
        var expected = GeneratorOutput.Run(specPath, File.ReadAllText(specPath), "@class.Event", null, null, null);

        var result = await CliRunner.RunAsync("generate", specPath, "-o", temp.Path, "-n", "@class.Event");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("namespace @class.Event", File.ReadAllText(Path.Combine(temp.Path, "class.Event.PetstoreClient.Models.g.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_namespace_the_file_name_gives_it()
    {
        using var temp = new TempDirectory();
        var specPath = TestSpecs.PathOf(TestSpecs.Aiia);
        var expected = GeneratorOutput.Run(specPath, File.ReadAllText(specPath), "AiiaAuthentication", null, null);

        var result = await CliRunner.RunAsync("generate", specPath, "-o", temp.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("AiiaAuthentication.AiiaAuthenticationClient.Client.g.cs", expected.Keys);
        foreach (var (hintName, bytes) in expected)
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(temp.Path, hintName)));
        }
    }

    [Fact]
    public async Task Generated_files_keep_the_emitters_line_endings_and_start_with_a_byte_order_mark()
    {
        using var temp = new TempDirectory();
        var result = await CliRunner.RunAsync("generate", TestSpecs.PathOf(TestSpecs.Petstore), "-o", temp.Path, "-n", "Contoso.Pets");

        Assert.Equal(0, result.ExitCode);
        foreach (var file in Directory.GetFiles(temp.Path))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.StartsWith("// <auto-generated/>\n", System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_broken_spec_exits_1_prints_compiler_style_errors_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("broken.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Broken, version: "1"}
            paths:
              /things:
                get:
                  operationId: listThings
                  parameters:
                    - $ref: '#/components/parameters/Missing'
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: string}
            """);
        var output = temp.Combine("out");

        var result = await CliRunner.RunAsync("generate", spec, "--out", output, "--namespace", "Contoso.Broken");

        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(output), "Nothing may be written when the spec has errors.");
        var line = Assert.Single(result.Lines, l => l.Contains("error AIIA", StringComparison.Ordinal));
        Assert.Matches(new Regex(@"^" + Regex.Escape(spec) + @"\(8,\d+\): error AIIA0003: .*'#/components/parameters/Missing'"), line);
        Assert.Contains("nothing was written", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_are_printed_but_do_not_fail()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("warned.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Warned, version: "1"}
            paths:
              /things:
                get:
                  operationId: listThings
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              when: {type: integer, format: moon-phase}
            """);

        var result = await CliRunner.RunAsync("generate", spec, "-o", temp.Combine("out"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.Lines, l => Regex.IsMatch(l, @"warned\.openapi\.yaml\(15,\d+\): warning AIIA0008: .*'moon-phase'"));
        Assert.NotEmpty(Directory.GetFiles(temp.Combine("out")));
    }

    [Fact]
    public async Task A_second_run_leaves_files_alone_and_removes_files_the_spec_no_longer_produces()
    {
        using var temp = new TempDirectory();
        var withEnum = """
            openapi: 3.0.3
            info: {title: Shop, version: "1"}
            paths:
              /status:
                get:
                  operationId: getStatus
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Status'}
            components:
              schemas:
                Status:
                  type: object
                  properties:
                    state: {type: string, enum: [up, down]}
            """;
        var spec = temp.Write("shop.openapi.yaml", withEnum);
        var output = temp.Combine("Generated");
        var unrelated = Path.Combine(output, "Other.OtherClient.Enums.g.cs");
        Directory.CreateDirectory(output);
        File.WriteAllText(unrelated, "// another client's file");

        var first = await CliRunner.RunAsync("generate", spec, "-o", output, "-n", "Shop");
        var enumsFile = Path.Combine(output, "Shop.ShopClient.Enums.g.cs");
        var before = File.GetLastWriteTimeUtc(Path.Combine(output, "Shop.ShopClient.Client.g.cs"));
        var second = await CliRunner.RunAsync("generate", spec, "-o", output, "-n", "Shop");
        File.WriteAllText(spec, withEnum.Replace("state: {type: string, enum: [up, down]}", "state: {type: string}", StringComparison.Ordinal));
        var third = await CliRunner.RunAsync("generate", spec, "-o", output, "-n", "Shop");

        Assert.Equal(0, first.ExitCode);
        Assert.True(File.Exists(unrelated));
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("written", second.Stdout.Split("Generated")[0], StringComparison.Ordinal);
        Assert.Contains("(0 written, 5 unchanged, 0 removed)", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(output, "Shop.ShopClient.Client.g.cs")));
        Assert.Equal(0, third.ExitCode);
        Assert.False(File.Exists(enumsFile), third.ToString());
        Assert.Contains("removed", third.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(unrelated), "Files of other clients are never removed.");
    }

    [Fact]
    public async Task Json_format_reports_the_files_and_diagnostics()
    {
        using var temp = new TempDirectory();
        var result = await CliRunner.RunAsync("generate", TestSpecs.PathOf(TestSpecs.Ledger), "-o", temp.Path, "-n", "Ledger", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("generate", root.GetProperty("command").GetString());
        Assert.True(root.GetProperty("succeeded").GetBoolean());
        Assert.Equal("Ledger", root.GetProperty("namespace").GetString());
        Assert.Equal("LedgerClient", root.GetProperty("clientName").GetString());
        Assert.Equal(0, root.GetProperty("diagnostics").GetArrayLength());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(Directory.GetFiles(temp.Path).Length, files.Count);
        Assert.All(files, f => Assert.Equal("written", f.GetProperty("status").GetString()));
        Assert.Contains(files, f => f.GetProperty("hintName").GetString() == "Ledger.LedgerClient.Models.g.cs");
    }

    [Fact]
    public async Task Json_format_reports_errors_with_their_location()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("swagger.openapi.yaml", "swagger: '2.0'\ninfo: {title: Old, version: '1'}\npaths: {}\n");

        var result = await CliRunner.RunAsync("generate", spec, "-o", temp.Combine("out"), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.False(json.RootElement.GetProperty("succeeded").GetBoolean());
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("AIIA0002", diagnostic.GetProperty("id").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(spec, diagnostic.GetProperty("file").GetString());
        Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("files").EnumerateArray());
    }

    [Fact]
    public async Task A_missing_spec_exits_1_with_a_message_on_stderr()
    {
        using var temp = new TempDirectory();
        var result = await CliRunner.RunAsync("generate", temp.Combine("nope.openapi.yaml"), "-o", temp.Combine("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot read the spec", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("no such file", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Theory]
    [InlineData("--accessibility", "protected")]
    [InlineData("--undocumented-properties", "drop")]
    [InlineData("--format", "xml")]
    public async Task Bad_option_values_exit_1(string option, string value)
    {
        using var temp = new TempDirectory();
        var result = await CliRunner.RunAsync("generate", TestSpecs.PathOf(TestSpecs.Aiia), "-o", temp.Path, option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(value, result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task The_output_folder_is_required()
    {
        var result = await CliRunner.RunAsync("generate", TestSpecs.PathOf(TestSpecs.Aiia));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--out", result.Stderr, StringComparison.Ordinal);
    }
}
