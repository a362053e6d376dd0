using System.CommandLine;
using System.Text.Json;
using Aiia.Codegen.Cli.Diffing;
using Aiia.Codegen.Cli.Output;
using Aiia.Codegen.Cli.Specs;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Cli.Commands;

/// <summary><c>diff &lt;old&gt; &lt;new&gt;</c>: the changes between two versions of a spec, breaking or additive.</summary>
internal static class DiffCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console, HelpWithDetails help)
    {
        var old = CommonOptions.Spec("old", "The spec clients were generated from (e.g. the version on main).");
        var @new = CommonOptions.Spec("new", "The changed spec.");
        var format = CommonOptions.Format("one JSON document with every change, its kind, rule and spec path.");
        var command = help.For(
            new Command("diff", "Classifies the changes between two versions of a spec as breaking or additive, each with its spec path."),
            """
            Breaking: a removed operation, parameter, request or response property, schema or enum value; a changed
              property, parameter or body type; a changed operationId (the generated method is renamed); a new required
              parameter, request property or request body; an optional request property or parameter made required;
              a response property made optional or nullable; a new security requirement on an operation.
            Additive: a new operation, optional parameter or request property, response property, schema or enum value
              (older clients keep an unknown value, with the kind Unknown); a requirement relaxed.
            A type used in both requests and responses gets both sets of rules.

            Exit codes: 0 nothing breaking, 2 breaking changes, 1 a spec cannot be read or has errors.

            Example:
              git show main:spec/api.openapi.yaml > /tmp/old.openapi.yaml
              aiia-codegen diff /tmp/old.openapi.yaml spec/api.openapi.yaml
            """);
        var @namespace = CommonOptions.Namespace();
        var clientName = CommonOptions.ClientName();
        var share = CommonOptions.ShareIdenticalSchemas();
        command.Arguments.Add(old);
        command.Arguments.Add(@new);
        command.Options.Add(format);
        command.Options.Add(@namespace);
        command.Options.Add(clientName);
        command.Options.Add(share);
        command.SetAction((parseResult, cancellationToken) => RunAsync(console, parseResult.GetValue(old)!, parseResult.GetValue(@new)!, parseResult.GetValue(format), cancellationToken, parseResult.GetValue(@namespace), parseResult.GetValue(clientName), parseResult.GetValue(share)));
        return command;
    }

    /// <summary>Runs <c>diff</c>; both versions are named as a project with <paramref name="namespace"/> and
    /// <paramref name="clientName"/> names them (null: the new file's defaults), with identical schemas shared when
    /// <paramref name="shareIdenticalSchemas"/>.</summary>
    public static async Task<int> RunAsync(CliConsole console, string oldPath, string newPath, OutputFormat format, CancellationToken cancellationToken, string? @namespace = null, string? clientName = null, bool shareIdenticalSchemas = false)
    {
        var oldFile = await SpecFile.TryReadAsync(oldPath, console, cancellationToken).ConfigureAwait(false);
        var newFile = await SpecFile.TryReadAsync(newPath, console, cancellationToken).ConfigureAwait(false);
        if (oldFile is null || newFile is null)
        {
            return ExitCodes.Error;
        }

        // Both versions are read with the same namespace and client name, so their generated names line up.
        @namespace = string.IsNullOrWhiteSpace(@namespace) ? GenerationNames.DefaultNamespace(newFile.Path) : @namespace;
        clientName = string.IsNullOrWhiteSpace(clientName) ? SpecInput.DefaultClientName(newFile.Path) : clientName;
        var oldParsed = SpecCompiler.Parse(GenerationNames.ToInput(oldFile, @namespace, clientName, null, shareIdenticalSchemas: shareIdenticalSchemas));
        var newParsed = SpecCompiler.Parse(GenerationNames.ToInput(newFile, @namespace, clientName, null, shareIdenticalSchemas: shareIdenticalSchemas));
        var diagnostics = oldParsed.Diagnostics.Concat(newParsed.Diagnostics).ToList();
        if (oldParsed.Spec is null || newParsed.Spec is null)
        {
            if (format == OutputFormat.Json)
            {
                JsonOutput.Write(console.Out, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("command", "diff");
                    writer.WriteString("old", oldFile.Path);
                    writer.WriteString("new", newFile.Path);
                    writer.WriteBoolean("succeeded", false);
                    JsonOutput.WriteDiagnostics(writer, diagnostics);
                    writer.WriteEndObject();
                });
            }
            else
            {
                DiagnosticText.WriteAll(diagnostics, console);
                await console.Error.WriteLineAsync("aiia-codegen: error: the specs cannot be compared until their errors are fixed.").ConfigureAwait(false);
            }

            return ExitCodes.Error;
        }

        var changes = SpecDiff.Compare(
            oldParsed.Spec,
            TypeIndex.Build(oldParsed.Spec),
            newParsed.Spec,
            TypeIndex.Build(newParsed.Spec));
        var breaking = changes.Count(c => c.Kind == ChangeKind.Breaking);
        var additive = changes.Count - breaking;

        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(console.Out, writer => WriteJson(writer, oldFile.Path, newFile.Path, diagnostics, changes, breaking, additive));
        }
        else
        {
            DiagnosticText.WriteAll(diagnostics, console);
            var ordered = changes.Where(c => c.Kind == ChangeKind.Breaking).Concat(changes.Where(c => c.Kind == ChangeKind.Additive));
            foreach (var change in ordered)
            {
                var kind = change.Kind == ChangeKind.Breaking
                    ? console.Style("breaking", AnsiStyle.Red)
                    : console.Style("additive", AnsiStyle.Green);
                console.Out.WriteLine($"{kind}  {change.Rule}  {DiagnosticInfo.Printable(change.Path)}: {DiagnosticInfo.Printable(change.Message)}"); // spec names, as diagnostics show them
            }

            var summary = changes.Count == 0
                ? "No changes that affect generated clients."
                : FormattableString.Invariant($"{breaking} breaking, {additive} additive change(s).");
            console.Out.WriteLine(console.Style(summary, breaking > 0 ? AnsiStyle.Red : AnsiStyle.Bold));
        }

        return breaking > 0 ? ExitCodes.BreakingChanges : ExitCodes.Success;
    }

    private static void WriteJson(
        Utf8JsonWriter writer,
        string oldPath,
        string newPath,
        IReadOnlyList<Diagnostics.DiagnosticInfo> diagnostics,
        IReadOnlyList<SpecChange> changes,
        int breaking,
        int additive)
    {
        writer.WriteStartObject();
        writer.WriteString("command", "diff");
        writer.WriteString("old", oldPath);
        writer.WriteString("new", newPath);
        writer.WriteBoolean("succeeded", true);
        writer.WriteBoolean("hasBreakingChanges", breaking > 0);
        writer.WriteStartObject("summary");
        writer.WriteNumber("breaking", breaking);
        writer.WriteNumber("additive", additive);
        writer.WriteEndObject();
        JsonOutput.WriteDiagnostics(writer, diagnostics);
        writer.WriteStartArray("changes");
        foreach (var change in changes)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", change.Kind == ChangeKind.Breaking ? "breaking" : "additive");
            writer.WriteString("rule", change.Rule);
            writer.WriteString("path", change.Path);
            writer.WriteString("message", change.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
