using System.CommandLine;
using System.Text.Json;
using Aiia.Codegen.Cli.Output;
using Aiia.Codegen.Cli.Specs;
using Aiia.Codegen.Cli.Validation;
using Aiia.Codegen.Diagnostics;

namespace Aiia.Codegen.Cli.Commands;

/// <summary>
/// <c>validate &lt;spec&gt;</c>: the generator's diagnostics, a cross-check with NSwag's independent reading, and every
/// example checked against its schema.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console, HelpWithDetails help)
    {
        var spec = CommonOptions.Spec("spec", "The OpenAPI 3 spec, e.g. spec/aiia-authentication.openapi.yaml.");
        var format = CommonOptions.Format("one JSON document with the diagnostics, the cross-check findings and the invalid examples.");
        var command = help.For(
            new Command("validate", "Reports the generator's diagnostics, cross-checks the spec with NSwag's reader, and checks every example against its schema."),
            """
            Three checks, each problem reported with its place in the spec:
              1. the generator's diagnostics, as the compiler prints them:
                   spec.openapi.yaml(12,7): error AIIA0003: ...
              2. NSwag's independent reading compared with our model: operations (method, path, operationId),
                 parameters (name, in, required), bodies, schemas (names, properties, required lists, types)
                 and enum values. Each disagreement is a line:
                   cross-check: components.schemas.Pet.required: ...
              3. every example / examples value (in schemas, parameters and media types, and components/examples
                 where they are referenced) validated against its schema:
                   spec.openapi.yaml(40,11): error example: paths./pets.get.responses.200...: $.tag: expected a string, found 7

            Exit codes: 0 clean (warnings alone pass), 1 any error, disagreement or invalid example.

            Example:
              aiia-codegen validate spec/aiia-authentication.openapi.yaml --format json
            """);
        var @namespace = CommonOptions.Namespace();
        var clientName = CommonOptions.ClientName();
        var share = CommonOptions.ShareIdenticalSchemas();
        command.Arguments.Add(spec);
        command.Options.Add(format);
        command.Options.Add(@namespace);
        command.Options.Add(clientName);
        command.Options.Add(share);
        command.SetAction((parseResult, cancellationToken) => RunAsync(console, parseResult.GetValue(spec)!, parseResult.GetValue(format), cancellationToken, parseResult.GetValue(@namespace), parseResult.GetValue(clientName), parseResult.GetValue(share)));
        return command;
    }

    /// <summary>Runs <c>validate</c>; the generator's diagnostics are those of a project with <paramref name="namespace"/>
    /// and <paramref name="clientName"/> (null: the defaults), sharing identical schemas when <paramref name="shareIdenticalSchemas"/>.</summary>
    public static async Task<int> RunAsync(CliConsole console, string specPath, OutputFormat format, CancellationToken cancellationToken, string? @namespace = null, string? clientName = null, bool shareIdenticalSchemas = false)
    {
        var file = await SpecFile.TryReadAsync(specPath, console, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return ExitCodes.Error;
        }

        console.Progress($"Reading {file.Path}…");
        var input = GenerationNames.ToInput(file, @namespace, clientName, null, shareIdenticalSchemas: shareIdenticalSchemas);
        var parsed = SpecCompiler.Parse(input);
        var report = new ValidationReport(file.Path, parsed.Diagnostics.ToList());
        if (!shareIdenticalSchemas && parsed.Spec is { } read)
        {
            // Read once more as a sharing build would: the only way to know what it would save (validate runs by hand or
            // in CI, not in every build).
            var sharing = SpecCompiler.Parse(input with { ShareIdenticalSchemas = "true" }).Spec;
            if (SharedTypesNote(read, sharing) is { } note)
            {
                report.Notes.Add(note);
            }
        }

        var tree = SpecTree.TryLoad(file.Text);
        var external = tree?.ExternalReferences().FirstOrDefault();
        if (tree is null)
        {
            report.Notes.Add("the cross-check and the examples were skipped: the file is not a YAML mapping");
            report.ExamplesSkipped = true;
        }
        else if (external is not null)
        {
            report.Notes.Add($"the cross-check and the examples were skipped: the spec refers outside itself ('{external}'), which NSwag would fetch");
            report.ExamplesSkipped = true;
        }
        else
        {
            console.Progress($"Cross-checking {file.Path} with NSwag…");
            var (document, error) = await NSwagCrossCheck.ReadAsync(file.Text, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                // An extension's value NSwag cannot read (x-enumDescriptions as a map) is no reason to check nothing.
                (document, var withoutExtensions) = await NSwagCrossCheck.ReadWithoutExtensionsAsync(tree, cancellationToken).ConfigureAwait(false);
                report.Notes.Add(document is null
                    ? "the cross-check and the examples were skipped: NSwag could not read the document (" + error + ")"
                    : "NSwag could not read the document as it is (" + error + "), so the cross-check and the examples used its reading without the vendor extensions (x-…)");
                error = withoutExtensions;
            }

            if (document is null)
            {
                // NSwag does not read everything OpenAPI allows (3.1's mutualTLS, components/pathItems, items: false):
                // a spec our reader accepts is not failed for that, but the summary says the examples were not checked.
                report.ExamplesSkipped = true;
            }
            else
            {
                if (parsed.Spec is not null)
                {
                    report.CrossCheck.AddRange(NSwagCrossCheck.Compare(document, parsed.Spec));
                }
                else
                {
                    report.Notes.Add("the cross-check was skipped: the generator reported errors, so there is no model to compare");
                }

                console.Progress($"Checking the examples of {file.Path}…");
                var examples = ExampleValidator.Validate(tree, document);
                report.ExamplesChecked = examples.Checked;
                report.Examples.AddRange(examples.Findings);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        console.ClearProgress();
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(console.Out, report.WriteJson);
        }
        else
        {
            report.WriteText(console, parsed.Spec);
        }

        return report.IsValid ? ExitCodes.Success : ExitCodes.Error;
    }

    /// <summary>
    /// What sharing identical inline schemas would save, when it would save a type: a spec published dereferenced
    /// (Sentry's) generates a quarter of the types with it, and a team would not know to ask.
    /// </summary>
    private static string? SharedTypesNote(Model.ApiSpec separate, Model.ApiSpec? shared)
    {
        if (shared is null || Types(shared) >= Types(separate))
        {
            return null;
        }

        return $"{Types(separate) - Types(shared)} of the {Types(separate)} records, enums and unions generated only repeat an earlier inline schema: --share-identical-schemas (AiiaShareIdenticalSchemas=\"true\" in the project) generates each shape once, named after its first place";
    }

    /// <summary>The records, enums and unions a spec generates (with their converters and Kind enums beside them).</summary>
    private static int Types(Model.ApiSpec spec) => spec.Objects.Count + spec.Enums.Count + spec.Unions.Count;

    /// <summary>Everything <c>validate</c> found.</summary>
    private sealed class ValidationReport(string path, List<DiagnosticInfo> diagnostics)
    {
        public List<CrossCheckFinding> CrossCheck { get; } = [];

        public List<ExampleFinding> Examples { get; } = [];

        public List<string> Notes { get; } = [];

        public int ExamplesChecked { get; set; }

        /// <summary>The examples could not be checked at all (not: there were none).</summary>
        public bool ExamplesSkipped { get; set; }

        private string ExamplesText => ExamplesSkipped ? "examples not checked" : FormattableString.Invariant($"{ExamplesChecked} examples checked");

        private int Errors => diagnostics.Count(d => d.IsError);

        private int Warnings => diagnostics.Count(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);

        public bool IsValid => Errors == 0 && CrossCheck.Count == 0 && Examples.Count == 0;

        public void WriteText(CliConsole console, Model.ApiSpec? spec)
        {
            DiagnosticText.WriteAll(diagnostics, console);
            foreach (var finding in CrossCheck)
            {
                console.Out.WriteLine(console.Style("cross-check", AnsiStyle.Magenta) + ": " + DiagnosticInfo.Printable(finding.Path + ": " + finding.Message)); // spec names, as diagnostics show them
            }

            foreach (var example in Examples)
            {
                console.Out.WriteLine(
                    FormattableString.Invariant($"{path}({example.Line},{example.Column}): ")
                    + console.Style("error example", AnsiStyle.Red)
                    + ": " + DiagnosticInfo.Printable($"{example.SpecPath}: {example.JsonPath}: {example.Message}"));
            }

            foreach (var note in Notes)
            {
                console.Out.WriteLine("note: " + DiagnosticInfo.Printable(note));
            }

            var summary = IsValid
                ? FormattableString.Invariant($"{path}: {(ExamplesSkipped ? "valid for the generator, but the examples were not checked" : "valid")} ({spec?.Operations.Count ?? 0} operations, {(spec is null ? 0 : Types(spec))} types, {ExamplesText}, {Warnings} warning(s)).")
                : FormattableString.Invariant($"{path}: {Errors} error(s), {Warnings} warning(s), {CrossCheck.Count} cross-check disagreement(s), {Examples.Count} invalid example value(s) ({ExamplesText}).");
            console.Out.WriteLine(console.Style(summary, IsValid ? AnsiStyle.Green : AnsiStyle.Red));
        }

        public void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("command", "validate");
            writer.WriteString("spec", path);
            writer.WriteBoolean("valid", IsValid);
            writer.WriteStartObject("summary");
            writer.WriteNumber("errors", Errors);
            writer.WriteNumber("warnings", Warnings);
            writer.WriteNumber("crossCheckDisagreements", CrossCheck.Count);
            writer.WriteNumber("invalidExamples", Examples.Count);
            writer.WriteNumber("examplesChecked", ExamplesChecked);
            writer.WriteBoolean("examplesSkipped", ExamplesSkipped);
            writer.WriteEndObject();
            JsonOutput.WriteDiagnostics(writer, diagnostics);
            writer.WriteStartArray("crossCheck");
            foreach (var finding in CrossCheck)
            {
                writer.WriteStartObject();
                writer.WriteString("path", finding.Path);
                writer.WriteString("message", finding.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("examples");
            foreach (var example in Examples)
            {
                writer.WriteStartObject();
                writer.WriteString("specPath", example.SpecPath);
                writer.WriteString("file", path);
                writer.WriteNumber("line", example.Line);
                writer.WriteNumber("column", example.Column);
                writer.WriteString("jsonPath", example.JsonPath);
                writer.WriteString("kind", example.Kind);
                writer.WriteString("message", example.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("notes");
            foreach (var note in Notes)
            {
                writer.WriteStringValue(note);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }
}
