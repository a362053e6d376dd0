using System;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Emitting;
using Aiia.Codegen.Model;
using Aiia.Codegen.Reading;

namespace Aiia.Codegen;

/// <summary>
/// Read → model → emit, shared by the source generator and the CLI so both produce the same files.
/// </summary>
public static class SpecCompiler
{
    /// <summary>Reads a spec into its model and diagnostics. Never throws.</summary>
    public static ParseResult Parse(SpecInput input) => SpecReader.Read(input);

    /// <summary>
    /// The spec's YAML as the reader's tree (the first document's root), or null when the reader could not load it
    /// (a syntax error, or beyond its limits). For tools that need what the model does not keep: example values and
    /// the places of things.
    /// </summary>
    public static SpecNode? LoadTree(string text) => YamlLoader.Load(text) is { Fatal: null, Root: { } root } ? root : null;

    /// <summary>
    /// The files the external <c>$ref</c>s of a spec (or of a file it refers to) name, as full paths resolved against
    /// <paramref name="path"/>'s folder; remote references left out. For tools that read them from disk (the CLI).
    /// </summary>
    public static System.Collections.Generic.IReadOnlyList<string> ReferencedPaths(string path, string text) => ExternalReferences.ReferencedPaths(path, text);

    /// <summary>
    /// Every file a spec refers to, directly or through the files it refers to (breadth first, each once), as
    /// <paramref name="read"/> gives them: for tools that take the files from somewhere other than a project (the CLI
    /// and the benchmarks read them from disk). A file <paramref name="read"/> returns null for is left out; the reader
    /// reports the <c>$ref</c> that names it (AIIA0044).
    /// </summary>
    /// <param name="path">The spec's path: references resolve against its folder.</param>
    /// <param name="text">The spec's text.</param>
    /// <param name="read">The text of the file at a full path, or null when there is none or it cannot be read.</param>
    public static EquatableArray<ReferencedFile> ReferencedFiles(string path, string text, System.Func<string, string?> read)
    {
        var files = new System.Collections.Generic.List<ReferencedFile>();
        var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal) { System.IO.Path.GetFullPath(path) };
        var pending = new System.Collections.Generic.Queue<ReferencedFile>();
        pending.Enqueue(new ReferencedFile(path, text));
        while (pending.Count > 0)
        {
            var from = pending.Dequeue();
            foreach (var referenced in ReferencedPaths(from.Path, from.Text))
            {
                if (seen.Add(referenced) && read(referenced) is { } referencedText)
                {
                    var file = new ReferencedFile(referenced, referencedText);
                    files.Add(file);
                    if (SpecInput.IsReferableDocumentPath(referenced))
                    {
                        pending.Enqueue(file); // a description's Markdown or text file refers to nothing
                    }
                }
            }
        }

        return files.ToEquatableArray();
    }

    /// <summary>
    /// What the names of a client's generated files start with, <c>{Namespace}.{Client}</c>: the namespace as metadata
    /// spells it (<c>@class.Event</c> → <c>class.Event</c>; a hint name may not hold <c>@</c>), shortened with a hash
    /// past 200 UTF-8 bytes, so <c>{prefix}.DependencyInjection.g.cs</c> stays a file name every file system takes
    /// (255 bytes) when the compiler writes generated files.
    /// </summary>
    public static string FilePrefix(string @namespace, string clientName) =>
        Naming.TypeNaming.Fitting(@namespace.Replace("@", string.Empty) + "." + clientName, MaxFilePrefixBytes);

    private const int MaxFilePrefixBytes = 200;

    /// <summary>Emits the files of a model, or a diagnostic if the emitter fails. Never throws.</summary>
    public static EmitResult Emit(ApiSpec spec)
    {
        try
        {
            return new EmitResult(spec.SourcePath, SpecEmitter.Emit(spec), EquatableArray<DiagnosticInfo>.Empty, spec.Namespace, spec.ClientName, spec.GeneratedNames.Types);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var diagnostic = new DiagnosticInfo(
                DiagnosticDescriptors.InternalError,
                LocationInfo.FileStart(spec.SourcePath),
                new EquatableArray<string>(new[] { exception.GetType().Name + ": " + exception.Message }));
            return new EmitResult(spec.SourcePath, EquatableArray<GeneratedSource>.Empty, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }
    }
}

/// <summary>The files of one spec (named by its path), or the diagnostic that stopped them.</summary>
/// <param name="SourcePath">The spec's path.</param>
/// <param name="Sources">The generated files.</param>
/// <param name="Diagnostics">What stopped them, if anything.</param>
/// <param name="Namespace">The namespace the files declare their types in.</param>
/// <param name="ClientName">The client class.</param>
/// <param name="Types">The types they declare there (<see cref="Model.GeneratedNames.Types"/>).</param>
public sealed record EmitResult(
    string SourcePath,
    EquatableArray<GeneratedSource> Sources,
    EquatableArray<DiagnosticInfo> Diagnostics,
    string Namespace = "",
    string ClientName = "",
    EquatableArray<string> Types = default);
