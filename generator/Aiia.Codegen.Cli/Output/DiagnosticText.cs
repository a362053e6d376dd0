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
            + ": " + diagnostic.Message;
    }

    /// <summary>Writes each diagnostic on its own line.</summary>
    public static void WriteAll(IEnumerable<DiagnosticInfo> diagnostics, CliConsole console)
    {
        foreach (var diagnostic in diagnostics)
        {
            console.Out.WriteLine(Format(diagnostic, console));
        }
    }
}
