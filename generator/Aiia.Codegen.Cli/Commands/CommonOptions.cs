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

    /// <summary>A spec file argument.</summary>
    public static Argument<string> Spec(string name, string description) => new(name)
    {
        Description = description,
        HelpName = name,
    };
}
