using Aiia.Codegen.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Cli.Output;

/// <summary>Formats the generator's diagnostics the way <c>dotnet build</c> prints them.</summary>
internal static class DiagnosticText
{
    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string Severity(DiagnosticInfo diagnostic) => diagnostic.Descriptor.DefaultSeverity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary><c>spec.openapi.yaml(12,7): error AIIA0003: The $ref ... does not resolve. ...</c></summary>
    public static string Format(DiagnosticInfo diagnostic, CliConsole console)
    {
        var location = diagnostic.Location;
        var severity = Severity(diagnostic);
        var style = diagnostic.IsError ? AnsiStyle.Red : diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Warning ? AnsiStyle.Yellow : AnsiStyle.None;
        return FormattableString.Invariant($"{location.FilePath}({location.Line},{location.Column}): ")
            + console.Style(severity + " " + diagnostic.Descriptor.Id, style)
            + ": " + Message(diagnostic);
    }

    /// <summary>
    /// The message as the CLI says it: the generator's, except AIIA0044, whose advice is for a project (add the file to
    /// its AdditionalFiles) while the CLI reads every referenced file from disk, so the file is missing or unreadable.
    /// </summary>
    public static string Message(DiagnosticInfo diagnostic) =>
        diagnostic.Descriptor.Id == DiagnosticDescriptors.ReferencedFileMissing.Id && diagnostic.MessageArgs.Count >= 3
            ? FormattableString.Invariant($"The $ref '{diagnostic.ShownArgs[0]}' at {diagnostic.ShownArgs[1]} names the file '{diagnostic.ShownArgs[2]}', which does not exist or cannot be read. Check the path: it is relative to the file that holds the $ref.")
            : diagnostic.Message;

    /// <summary>Writes each diagnostic on its own line.</summary>
    public static void WriteAll(IEnumerable<DiagnosticInfo> diagnostics, CliConsole console)
    {
        foreach (var diagnostic in diagnostics)
        {
            console.Out.WriteLine(Format(diagnostic, console));
        }
    }
}
