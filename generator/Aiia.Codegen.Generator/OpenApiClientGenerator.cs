using System;
using System.Collections.Generic;
using System.Linq;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aiia.Codegen;

/// <summary>
/// Turns every <c>*.openapi.yaml</c> / <c>*.openapi.yml</c> / <c>*.openapi.json</c> AdditionalFile into typed records, enums,
/// reflection-free JSON converters and a partial client class.
/// </summary>
/// <remarks>
/// The pipeline carries only value-equal data (file path and text, then <see cref="ApiSpec"/>, then text),
/// so an unrelated C# edit reuses every step, and editing one spec regenerates only that spec.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    /// <summary>AdditionalFiles metadata naming the generated namespace.</summary>
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.AiiaNamespace";

    /// <summary>AdditionalFiles metadata naming the generated client class.</summary>
    public const string ClientNameMetadata = "build_metadata.AdditionalFiles.AiiaClientName";

    /// <summary>AdditionalFiles metadata choosing <c>public</c> (the default) or <c>internal</c> generated types.</summary>
    public const string AccessibilityMetadata = "build_metadata.AdditionalFiles.AiiaAccessibility";

    /// <summary>AdditionalFiles metadata choosing what records do with undocumented JSON properties: <c>keep</c> (the default), <c>ignore</c> or <c>error</c>.</summary>
    public const string UndocumentedPropertiesMetadata = "build_metadata.AdditionalFiles.AiiaUndocumentedProperties";

    /// <summary>The item metadata naming whether identical inline schemas share one type.</summary>
    public const string ShareIdenticalSchemasMetadata = "build_metadata.AdditionalFiles.AiiaShareIdenticalSchemas";

    /// <summary>AdditionalFiles metadata setting the largest spec text: characters, or MiB with the suffix <c>MiB</c> (20 MiB when not set).</summary>
    public const string MaxSpecSizeMetadata = "build_metadata.AdditionalFiles.AiiaMaxSpecSize";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value) ? value : null);
        var assemblyName = context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName);
        var defaultNamespace = rootNamespace.Combine(assemblyName)
            .Select(static (pair, _) => SpecInput.CleanNamespace(string.IsNullOrWhiteSpace(pair.Left) ? pair.Right : pair.Left));

        var inputs = context.AdditionalTextsProvider
            .Where(static file => SpecInput.IsSpecPath(file.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Combine(defaultNamespace)
            .Select(static (pair, cancellationToken) => ToInput(pair.Left.Left, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SpecInputs);

        // The YAML and JSON AdditionalFiles an external $ref may name, and the Markdown and text files a description's
        // may. Each spec keeps only those its texts mention, so editing another file leaves its input equal and its
        // model cached.
        var documents = context.AdditionalTextsProvider
            .Where(static file => SpecInput.IsReferableDocumentPath(file.Path))
            .Select(ReadReferencedFile)
            .Collect();
        var descriptionTexts = context.AdditionalTextsProvider
            .Where(static file => SpecInput.IsDescriptionTextPath(file.Path))
            .Select(ReadReferencedFile)
            .Collect();
        var inputsWithFiles = inputs
            .Combine(documents)
            .Combine(descriptionTexts)
            .Select(static (pair, _) => ReferencedFiles.Attach(pair.Left.Left, pair.Left.Right.Concat(pair.Right)))
            .WithTrackingName(TrackingNames.SpecInputsWithFiles);

        // An OpenAPI document listed under another name generates nothing; say so rather than leave the client missing.
        var documentsNotGenerated = documents
            .Combine(inputsWithFiles.Collect())
            .Select(static (pair, _) => DocumentsNotGenerated.Of(pair.Left, pair.Right));
        context.RegisterSourceOutput(documentsNotGenerated, static (context, paths) =>
        {
            foreach (var path in paths)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DocumentNotGenerated,
                    LocationInfo.FileStart(path).ToLocation(),
                    System.IO.Path.GetFileName(path),
                    DocumentsNotGenerated.SpecFileName(path)));
            }
        });

        // The names the project already uses in each generated namespace. The compilation changes with every edit; what
        // is taken from it rarely does, and only then do the specs that use it read again.
        var projectNames = inputs
            .Collect()
            .Select(static (all, _) => ProjectNames.ClientsOf(all))
            .Combine(context.CompilationProvider)
            .Select(static (pair, cancellationToken) => ProjectNames.Of(pair.Right, pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.ProjectNames);
        var inputsWithNames = inputsWithFiles
            .Combine(projectNames)
            .Select(static (pair, _) => ProjectNames.Attach(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.SpecInputsWithNames);

        var models = inputsWithNames
            .Select(static (input, _) => SpecCompiler.Parse(input))
            .WithTrackingName(TrackingNames.SpecModels);

        context.RegisterSourceOutput(models, static (context, model) =>
        {
            foreach (var diagnostic in model.Diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // Only the model flows on, so a spec edit that leaves the model equal (a comment, a moved line)
        // does not re-emit.
        var sources = models
            .Select(static (model, _) => model.Spec)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => SpecCompiler.Emit(spec!))
            .WithTrackingName(TrackingNames.SpecSources);

        // One output over every spec's (separately cached) files, so two specs that would generate the same
        // client, or any same type, in the same namespace are a diagnostic on the later one, not a duplicate hint name
        // (CS8785) or a duplicate type (CS0101). Renaming the later spec's types instead would make its names depend on
        // what another spec contains (what follows from another spec's client name alone was stepped aside from: ProjectNames).
        // C# 11 at least: generated records have required members and enums are record structs. An older version is
        // one diagnostic per spec instead of a page of CS8936 in generated files (and only once a schema has 'required').
        var languageVersion = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions csharp && csharp.LanguageVersion < LanguageVersion.CSharp11
                ? csharp.LanguageVersion.ToDisplayString()
                : null);

        context.RegisterSourceOutput(sources.Collect().Combine(languageVersion), static (context, pair) =>
        {
            var (results, tooOld) = pair;
            if (tooOld is not null)
            {
                foreach (var result in results)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooOld, LocationInfo.FileStart(result.SourcePath).ToLocation(), tooOld));
                    foreach (var diagnostic in result.Diagnostics)
                    {
                        context.ReportDiagnostic(diagnostic.ToDiagnostic());
                    }
                }

                return;
            }

            var added = new HashSet<string>(StringComparer.OrdinalIgnoreCase); // hint names
            var declared = new Dictionary<string, string>(StringComparer.Ordinal); // full type name → spec path
            var generated = new Dictionary<string, EquatableArray<Emitting.GeneratedSource>>(StringComparer.Ordinal); // client → its files
            foreach (var result in results)
            {
                foreach (var diagnostic in result.Diagnostics)
                {
                    context.ReportDiagnostic(diagnostic.ToDiagnostic());
                }

                var client = result.Namespace + "." + result.ClientName;
                if (result.Sources.Count > 0 && declared.TryGetValue(client, out var holder))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.NameCollision,
                        LocationInfo.FileStart(result.SourcePath).ToLocation(),
                        "The generated client of this spec",
                        "$",
                        client,
                        generated.TryGetValue(client, out var earlier) && earlier.Equals(result.Sources)
                            ? $"the spec '{OtherSpec(holder, result.SourcePath)}', of which this one is a copy (keep one of them out of the build, e.g. with DefaultItemExcludes)"
                            : $"the spec '{OtherSpec(holder, result.SourcePath)}' (give one of them another AiiaNamespace or AiiaClientName)"));
                    continue;
                }

                generated[client] = result.Sources;

                var clashes = result.Types.Where(type => declared.ContainsKey(result.Namespace + "." + type)).ToList();
                if (clashes.Count > 0)
                {
                    var first = result.Namespace + "." + clashes[0];
                    var more = clashes.Count == 1 ? string.Empty : $" (and {clashes.Count - 1} more: {string.Join(", ", clashes.Skip(1).Take(5))}{(clashes.Count > 6 ? ", …" : string.Empty)})";
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.NameCollision,
                        LocationInfo.FileStart(result.SourcePath).ToLocation(),
                        $"The generated type '{clashes[0]}' of this spec{more}",
                        "$",
                        first,
                        $"the spec '{OtherSpec(declared[first], result.SourcePath)}' (give one of them another AiiaNamespace)"));
                    continue;
                }

                foreach (var source in result.Sources)
                {
                    // Hint names are told apart without case (they become file names); C# names are not, so two clients
                    // whose names differ only in case (Acme.PetsClient, acme.PetsClient) are both generated.
                    var hintName = source.HintName;
                    for (var n = 2; added.Contains(hintName); n++)
                    {
                        hintName = source.HintName.Substring(0, source.HintName.Length - ".g.cs".Length) + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
                    }

                    context.AddSource(hintName, source.Text);
                    added.Add(hintName);
                }

                foreach (var type in result.Types)
                {
                    declared[result.Namespace + "." + type] = result.SourcePath;
                }
            }
        });
    }

    /// <summary>The other spec of a clash by its file name, or by its path when that is the reporting spec's file name too
    /// (a copy of the spec in a publish folder).</summary>
    private static string OtherSpec(string path, string reportingPath) =>
        string.Equals(System.IO.Path.GetFileName(path), System.IO.Path.GetFileName(reportingPath), StringComparison.OrdinalIgnoreCase)
            ? path
            : System.IO.Path.GetFileName(path);

    private static ReferencedFile ReadReferencedFile(AdditionalText file, System.Threading.CancellationToken cancellationToken) =>
        new(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty);

    private static SpecInput ToInput(AdditionalText file, AnalyzerConfigOptionsProvider options, string defaultNamespace, System.Threading.CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var fileOptions = options.GetOptions(file);
        var @namespace = fileOptions.TryGetValue(NamespaceMetadata, out var ns) && !string.IsNullOrWhiteSpace(ns)
            ? SpecInput.CleanNamespace(ns)
            : defaultNamespace;
        var clientName = fileOptions.TryGetValue(ClientNameMetadata, out var name) && !string.IsNullOrWhiteSpace(name)
            ? name.Trim()
            : null;
        var accessibility = fileOptions.TryGetValue(AccessibilityMetadata, out var access) && !string.IsNullOrWhiteSpace(access)
            ? access
            : null;
        var undocumented = fileOptions.TryGetValue(UndocumentedPropertiesMetadata, out var handling) && !string.IsNullOrWhiteSpace(handling)
            ? handling
            : null;
        var maxSize = fileOptions.TryGetValue(MaxSpecSizeMetadata, out var size) && !string.IsNullOrWhiteSpace(size)
            ? size
            : null;
        var share = fileOptions.TryGetValue(ShareIdenticalSchemasMetadata, out var shared) && !string.IsNullOrWhiteSpace(shared)
            ? shared
            : null;
        return new SpecInput(file.Path, text, @namespace, clientName, accessibility, undocumented, maxSize, ShareIdenticalSchemas: share);
    }
}
