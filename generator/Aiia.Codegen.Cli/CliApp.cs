using System.CommandLine;
using System.CommandLine.Help;
using Aiia.Codegen.Cli.Commands;
using Aiia.Codegen.Cli.Output;

namespace Aiia.Codegen.Cli;

/// <summary>
/// The <c>aiia-codegen</c> command line, runnable in-process: <see cref="Program"/> calls it with the console, tests
/// with <see cref="StringWriter"/>s.
/// </summary>
public static class CliApp
{
    /// <summary>The command's name, as installed as a .NET tool.</summary>
    public const string Name = "aiia-codegen";

    /// <summary>
    /// Parses <paramref name="args"/> and runs the command they name.
    /// </summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Where results go (text or JSON). Colour is used only when this is the console itself.</param>
    /// <param name="stderr">Where problems running the command go (unreadable files, bad arguments).</param>
    /// <param name="cancellationToken">Stops a running command.</param>
    /// <returns>
    /// 0 on success; 1 on errors (diagnostics of severity error, cross-check disagreements, invalid examples,
    /// unreadable files, bad arguments); 2 when <c>diff</c> finds breaking changes.
    /// </returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var console = CliConsole.Create(stdout, stderr);
        var root = CreateRootCommand(console);
        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            // Ctrl+C is the host's business (Program wires it to the token); tests must not install signal handlers.
            ProcessTerminationTimeout = null,
            // Exceptions are handled below: cancellation is not a crash.
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            // No response files: '@' starts a legal namespace (-n @class.Event), and a spec path may start with it too.
            var parsing = new ParserConfiguration { ResponseFileTokenReplacer = null };
            return await root.Parse(args, parsing).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("aiia-codegen: cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug of ours: say so plainly, with the stack for the report, and fail.
            await stderr.WriteLineAsync("aiia-codegen: internal error (please report it with the spec): " + exception).ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }

    /// <summary>The root command with its three subcommands, <c>--help</c> and <c>--version</c>.</summary>
    internal static Command CreateRootCommand(CliConsole console)
    {
        // A plain Command rather than RootCommand: RootCommand names itself after the host process (testhost, dotnet).
        var root = new Command(Name, "Aiia.Codegen on the command line: the source generator's reader, model and emitter, ahead of time.");
        var help = new HelpWithDetails();
        root.Options.Add(new HelpOption { Action = help });
        root.Options.Add(new VersionOption { Action = new VersionAction() });
        root.Subcommands.Add(GenerateCommand.Create(console, help));
        root.Subcommands.Add(ValidateCommand.Create(console, help));
        root.Subcommands.Add(DiffCommand.Create(console, help));
        help.For(root, """
            Exit codes:
              0  success (warnings alone do not fail)
              1  errors: a diagnostic of severity error, a cross-check disagreement, an invalid example,
                 an unreadable file or bad arguments
              2  diff found breaking changes

            Examples:
              aiia-codegen validate spec/aiia-authentication.openapi.yaml
              aiia-codegen generate spec/aiia-authentication.openapi.yaml --out src/Generated --namespace Contoso.Aiia
              aiia-codegen diff main.openapi.yaml spec/aiia-authentication.openapi.yaml --format json

            Colour is used only on a terminal, and never when NO_COLOR is set.
            """);
        return root;
    }
}
