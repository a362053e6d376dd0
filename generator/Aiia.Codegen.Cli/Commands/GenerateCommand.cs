using System.CommandLine;
using System.Text.Json;
using Aiia.Codegen.Cli.Output;
using Aiia.Codegen.Cli.Specs;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Emitting;

namespace Aiia.Codegen.Cli.Commands;

/// <summary>
/// <c>generate &lt;spec&gt; --out &lt;dir&gt;</c>: the generator's files on disk, for teams who check generated code in.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console, HelpWithDetails help)
    {
        var spec = CommonOptions.Spec("spec", "The OpenAPI 3 spec, e.g. spec/aiia-authentication.openapi.yaml.");
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write to (created if missing).",
            HelpName = "dir",
            Required = true,
        };
        var @namespace = CommonOptions.Namespace();
        var clientName = CommonOptions.ClientName();
        var accessibility = new Option<string?>("--accessibility")
        {
            Description = "public (the default) or internal generated types (like AiiaAccessibility).",
            HelpName = "public|internal",
        };
        accessibility.AcceptOnlyFromAmong("public", "internal");
        var undocumented = new Option<string?>("--undocumented-properties")
        {
            Description = "What records do with JSON properties their schema does not list: keep (the default), ignore or error (like AiiaUndocumentedProperties).",
            HelpName = "keep|ignore|error",
        };
        undocumented.AcceptOnlyFromAmong("keep", "ignore", "error");
        var share = CommonOptions.ShareIdenticalSchemas();
        var format = CommonOptions.Format("one JSON document with the diagnostics and the files written.");

        var command = help.For(
            new Command("generate", "Writes the C# files the source generator would emit for a spec into a folder, for teams who check generated code in."),
            """
            The files are byte for byte what the generator emits for the same namespace, client name, accessibility,
            undocumented-property handling and sharing of identical schemas,
            named by their hint names, in UTF-8 with a byte-order mark and the emitter's \n line endings (as the compiler
            writes generated files with EmitCompilerGeneratedFiles). Files that already hold these bytes are not rewritten;
            files of the same client that the spec no longer produces ({Namespace}.{Client}.{Part}.g.cs) are removed.

            Diagnostics are printed as the compiler prints them: spec.openapi.yaml(12,7): error AIIA0003: ...
            Any error writes nothing.

            Exit codes: 0 written (warnings alone do not fail), 1 errors in the spec, or the spec or folder cannot be used.

            Example:
              aiia-codegen generate spec/aiia-authentication.openapi.yaml --out src/Generated --namespace Contoso.Aiia
            """);
        command.Arguments.Add(spec);
        command.Options.Add(output);
        command.Options.Add(@namespace);
        command.Options.Add(clientName);
        command.Options.Add(accessibility);
        command.Options.Add(undocumented);
        command.Options.Add(share);
        command.Options.Add(format);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            console,
            parseResult.GetValue(spec)!,
            parseResult.GetValue(output)!,
            parseResult.GetValue(@namespace),
            parseResult.GetValue(clientName),
            parseResult.GetValue(accessibility),
            parseResult.GetValue(format),
            cancellationToken,
            parseResult.GetValue(undocumented),
            parseResult.GetValue(share)));
        return command;
    }

    /// <summary>Runs <c>generate</c>.</summary>
    public static async Task<int> RunAsync(
        CliConsole console,
        string specPath,
        string outputDirectory,
        string? @namespace,
        string? clientName,
        string? accessibility,
        OutputFormat format,
        CancellationToken cancellationToken,
        string? undocumentedProperties = null,
        bool shareIdenticalSchemas = false)
    {
        var file = await SpecFile.TryReadAsync(specPath, console, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return ExitCodes.Error;
        }

        var input = GenerationNames.ToInput(file, @namespace, clientName, accessibility, undocumentedProperties, shareIdenticalSchemas);
        console.Progress($"Generating {file.Path}…");
        var parsed = SpecCompiler.Parse(input);
        var diagnostics = parsed.Diagnostics.ToList();
        var sources = new List<GeneratedSource>();
        if (parsed.Spec is not null && !diagnostics.Any(d => d.IsError))
        {
            var emitted = SpecCompiler.Emit(parsed.Spec);
            diagnostics.AddRange(emitted.Diagnostics);
            sources.AddRange(emitted.Sources);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var files = new List<FileOutcome>();
        var failed = diagnostics.Any(d => d.IsError) || parsed.Spec is null;
        string? writeError = null;
        if (!failed)
        {
            writeError = GeneratedFileWriter.Write(outputDirectory, SpecCompiler.FilePrefix(input.Namespace, parsed.Spec!.ClientName), sources, files);
        }

        console.ClearProgress();
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(console.Out, writer => WriteJson(writer, input, parsed.Spec?.ClientName, outputDirectory, !failed && writeError is null, diagnostics, files, writeError));
        }
        else
        {
            DiagnosticText.WriteAll(diagnostics, console);
            foreach (var outcome in files)
            {
                var style = outcome.Status == FileStatus.Unchanged ? AnsiStyle.Dim : AnsiStyle.Green;
                console.Out.WriteLine("  " + console.Style(outcome.Status.ToString().ToLowerInvariant().PadRight(9), style) + " " + outcome.Path);
            }

            if (writeError is not null)
            {
                await console.Error.WriteLineAsync("aiia-codegen: error: " + writeError).ConfigureAwait(false);
            }
            else if (failed)
            {
                var errors = diagnostics.Count(d => d.IsError);
                console.Out.WriteLine(console.Style(FormattableString.Invariant($"Generation failed: {errors} error(s); nothing was written."), AnsiStyle.Red));
            }
            else
            {
                var written = files.Count(f => f.Status == FileStatus.Written);
                var unchanged = files.Count(f => f.Status == FileStatus.Unchanged);
                var removed = files.Count(f => f.Status == FileStatus.Removed);
                console.Out.WriteLine(console.Style(
                    FormattableString.Invariant($"Generated {sources.Count} file(s) in {outputDirectory} ({written} written, {unchanged} unchanged, {removed} removed) for {input.Namespace}.{parsed.Spec!.ClientName}."),
                    AnsiStyle.Bold));
            }
        }

        return failed || writeError is not null ? ExitCodes.Error : ExitCodes.Success;
    }

    private static void WriteJson(
        Utf8JsonWriter writer,
        SpecInput input,
        string? clientName,
        string outputDirectory,
        bool succeeded,
        IReadOnlyList<DiagnosticInfo> diagnostics,
        IReadOnlyList<FileOutcome> files,
        string? writeError)
    {
        writer.WriteStartObject();
        writer.WriteString("command", "generate");
        writer.WriteString("spec", input.Path);
        writer.WriteBoolean("succeeded", succeeded);
        writer.WriteString("namespace", input.Namespace);
        if (clientName is not null)
        {
            writer.WriteString("clientName", clientName);
        }

        writer.WriteString("outputDirectory", outputDirectory);
        writer.WriteNumber("errors", diagnostics.Count(d => d.IsError));
        writer.WriteNumber("warnings", diagnostics.Count(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        JsonOutput.WriteDiagnostics(writer, diagnostics);
        writer.WriteStartArray("files");
        foreach (var file in files)
        {
            writer.WriteStartObject();
            writer.WriteString("path", file.Path);
            writer.WriteString("hintName", file.HintName);
            writer.WriteString("status", file.Status.ToString().ToLowerInvariant());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (writeError is not null)
        {
            writer.WriteString("error", writeError);
        }

        writer.WriteEndObject();
    }
}
