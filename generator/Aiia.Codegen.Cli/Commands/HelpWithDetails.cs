using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Aiia.Codegen.Cli.Commands;

/// <summary>
/// <c>--help</c> as System.CommandLine writes it, followed by a command's longer notes (what it checks, exit codes,
/// examples), so the command lists stay one line per command.
/// </summary>
internal sealed class HelpWithDetails : SynchronousCommandLineAction
{
    private readonly HelpAction _help = new();
    private readonly Dictionary<Command, string> _details = [];

    /// <summary>Adds <paramref name="details"/> to the help of <paramref name="command"/>.</summary>
    public TCommand For<TCommand>(TCommand command, string details)
        where TCommand : Command
    {
        _details[command] = details;
        return command;
    }

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        var result = _help.Invoke(parseResult);
        if (_details.TryGetValue(parseResult.CommandResult.Command, out var details))
        {
            var output = parseResult.InvocationConfiguration.Output;
            foreach (var line in details.Split('\n'))
            {
                output.WriteLine(line.TrimEnd('\r'));
            }

            output.WriteLine();
        }

        return result;
    }
}
