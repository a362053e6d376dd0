using Aiia.Codegen.Cli.Output;
using Aiia.Codegen.Cli.Tests.Infrastructure;

namespace Aiia.Codegen.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public async Task Help_lists_the_commands_and_the_exit_codes()
    {
        var result = await CliRunner.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:\n  aiia-codegen [command] [options]", result.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("generate <spec>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("validate <spec>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("diff <old> <new>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("2  diff found breaking changes", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("generate", "--out <dir> (REQUIRED)")]
    [InlineData("validate", "cross-check: components.schemas.Pet.required")]
    [InlineData("diff", "Exit codes: 0 nothing breaking, 2 breaking changes, 1 a spec cannot be read or has errors.")]
    public async Task Each_command_has_its_own_help(string command, string expected)
    {
        var result = await CliRunner.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("aiia-codegen " + command, result.Stdout, StringComparison.Ordinal);
        Assert.Contains(expected, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_is_the_tools_own()
    {
        var result = await CliRunner.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(typeof(CliApp).Assembly.GetName().Version!.ToString(3), result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_or_an_unknown_one_exits_1()
    {
        Assert.Equal(1, (await CliRunner.RunAsync()).ExitCode);
        var unknown = await CliRunner.RunAsync("publish");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("publish", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirected_output_has_no_ansi_escapes()
    {
        using var temp = new TempDirectory();
        var spec = TestSpecs.PathOf(TestSpecs.Petstore);
        var broken = temp.Write("broken.openapi.yaml", "openapi: 3.0.3\ninfo: {title: B, version: '1'}\npaths:\n  /x:\n    get:\n      responses: {}\n");
        var changed = temp.Write("changed.openapi.yaml", TestSpecs.TextOf(TestSpecs.Petstore).Replace("enum: [available, pending, in_progress, sold]", "enum: [available, sold, lost]", StringComparison.Ordinal));
        var runs = new[]
        {
            await CliRunner.RunAsync("generate", spec, "-o", temp.Combine("out")),
            await CliRunner.RunAsync("generate", broken, "-o", temp.Combine("out2")),
            await CliRunner.RunAsync("validate", spec),
            await CliRunner.RunAsync("validate", broken),
            await CliRunner.RunAsync("diff", spec, changed),
            await CliRunner.RunAsync("--help"),
        };

        Assert.Equal([0, 1, 0, 1, 2, 0], runs.Select(r => r.ExitCode));
        Assert.All(runs, r =>
        {
            Assert.DoesNotContain('\u001b', r.Stdout);
            Assert.DoesNotContain('\u001b', r.Stderr);
        });
    }

    [Fact]
    public void Colour_is_decided_by_the_console_not_by_a_writer()
    {
        using var writer = new StringWriter();
        Assert.False(CliConsole.Create(writer, writer).UseColor);
        Assert.False(CliConsole.Create(writer, writer).IsTerminal);

        var colour = CliConsole.ForTesting(writer, writer, isTerminal: true, useColor: true);
        Assert.Equal("\u001b[31merror\u001b[0m", colour.Style("error", AnsiStyle.Red));
        var plain = CliConsole.ForTesting(writer, writer, isTerminal: false, useColor: false);
        Assert.Equal("error", plain.Style("error", AnsiStyle.Red));
    }

    [Fact]
    public async Task A_cancelled_run_exits_130()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var exitCode = await CliApp.RunAsync(["validate", TestSpecs.PathOf(TestSpecs.Aiia)], stdout, stderr, cancellation.Token);

        Assert.Equal(130, exitCode);
        Assert.Contains("cancelled", stderr.ToString(), StringComparison.Ordinal);
    }
}
