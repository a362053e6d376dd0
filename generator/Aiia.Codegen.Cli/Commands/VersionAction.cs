using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Aiia.Codegen.Cli.Commands;

/// <summary>
/// <c>--version</c>: the version of this tool (the default action would print the host's, e.g. the test runner's).
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>The tool's informational version, e.g. <c>0.1.0+3f2c1ab</c>.</summary>
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
