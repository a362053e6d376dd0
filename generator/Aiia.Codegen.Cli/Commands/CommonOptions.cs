using System.CommandLine;
using Aiia.Codegen.Cli.Output;

namespace Aiia.Codegen.Cli.Commands;

/// <summary>Options and arguments shared by the commands.</summary>
internal static class CommonOptions
{
    /// <summary><c>--format text|json</c>.</summary>
    public static Option<OutputFormat> Format(string jsonDescription)
    {
        var option = new Option<OutputFormat>("--format", "-f")
        {
            Description = "text (the default), lines for people; or json: " + jsonDescription,
            HelpName = "text|json",
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 0 ? "text" : result.Tokens[0].Value;
                switch (token.ToLowerInvariant())
                {
                    case "text":
                        return OutputFormat.Text;
                    case "json":
                        return OutputFormat.Json;
                    default:
                        result.AddError($"'{token}' is not a format: use text or json.");
                        return OutputFormat.Text;
                }
            },
        };
        return option;
    }

    /// <summary><c>--namespace</c>: the namespace of the generated types, as a project's <c>AiiaNamespace</c>.</summary>
    public static Option<string?> Namespace() => new("--namespace", "-n")
    {
        Description = "The namespace of the generated types (like AiiaNamespace). Default: the file name PascalCased, e.g. AiiaAuthentication.",
        HelpName = "namespace",
    };

    /// <summary>
    /// <c>--client-name</c>: the client class, as a project's <c>AiiaClientName</c>. Every generated name steps aside
    /// from it, so a command that names types must be given the project's to name them as its build does.
    /// </summary>
    public static Option<string?> ClientName() => new("--client-name", "-c")
    {
        Description = "The client class (like AiiaClientName). Default: the file name PascalCased + Client, e.g. AiiaAuthenticationClient.",
        HelpName = "name",
    };

    /// <summary>
    /// <c>--share-identical-schemas</c>: identical inline schemas share one type, as a project's
    /// <c>AiiaShareIdenticalSchemas="true"</c>. It changes which types there are, so a command that names types must be
    /// given it when the project sets it.
    /// </summary>
    public static Option<bool> ShareIdenticalSchemas() => new("--share-identical-schemas")
    {
        Description = "Inline schemas that would generate the same type share one, named after the first (like AiiaShareIdenticalSchemas=\"true\").",
    };

    /// <summary>A spec file argument.</summary>
    public static Argument<string> Spec(string name, string description) => new(name)
    {
        Description = description,
        HelpName = name,
    };
}
