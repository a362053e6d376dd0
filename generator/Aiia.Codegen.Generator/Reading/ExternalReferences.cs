using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Aiia.Codegen.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Brings what external <c>$ref</c>s point at (<c>common.yaml#/components/schemas/Money</c>, <c>./money.yaml</c>,
/// <c>common.yaml#/components/parameters/Page</c>) into the spec's tree before it is read, so the reader only ever
/// sees references within one document:
/// <list type="bullet">
/// <item>a schema becomes a component schema of the spec, under a key that names its file and place (its C# name is the
/// schema's own name, <see cref="SchemaName"/>, claimed after the spec's own schemas: a collision is renamed, AIIA0014),
/// and the <c>$ref</c> points at it;</item>
/// <item>anything else (a parameter, request body, response, header, path item) takes the place of its <c>$ref</c>.</item>
/// </list>
/// Files are the <see cref="SpecInput.ReferencedFiles"/> (the project's AdditionalFiles), read with the same loader and
/// limits, their references resolved relative to themselves. A file that is not there is <c>AIIA0044</c>, a remote
/// reference <c>AIIA0045</c> (a schema: any JSON) or <c>AIIA0046</c>; the spec's own <c>#/...</c> references are left
/// to the reader. Nodes of a file keep offsets of their own range (<see cref="SpecDocuments"/>), so every diagnostic
/// about them points into that file.
/// </summary>
internal sealed class ExternalReferences
{
    private const string SchemasSection = "schemas";

    /// <summary>The sections of components a <c>$ref</c>'s JSON pointer may name; schemas are imported, the rest inlined.</summary>
    private static readonly HashSet<string> ComponentSections = new(StringComparer.Ordinal)
    {
        SchemasSection, "parameters", "requestBodies", "responses", "headers", "examples", "links", "callbacks", "pathItems", "securitySchemes",
    };

    /// <summary>A <c>$ref</c> whose value does not start with <c>#</c> (quoted or not): only then is the text loaded.</summary>
    private static readonly System.Text.RegularExpressions.Regex MayReferToAFile = new(
        @"\$ref[""']?[ \t]*:[ \t]*[""']?[^#""'\s]",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private readonly SpecDocuments _documents;
    private readonly SpecSizeLimits _limits;
    private readonly Action<DiagnosticDescriptor, SpecNode, string[]> _report;
    private readonly Action<DiagnosticDescriptor, int, int, string[]> _reportAt;
    private readonly Dictionary<string, ReferencedFile> _files; // full path → file
    private readonly Dictionary<string, Loaded?> _loaded; // full path → its tree (null: could not be loaded, reported)
    private readonly Dictionary<string, string> _importedKeys = new(StringComparer.Ordinal); // file#pointer → component key
    private readonly Dictionary<string, string> _schemaNames = new(StringComparer.Ordinal); // component key → schema name
    private readonly Dictionary<string, string> _schemaPaths = new(StringComparer.Ordinal); // component key → its path in its file
    private readonly HashSet<SpecNode> _walked = new();
    private readonly Queue<Pending> _pending = new(); // a class, not a tuple: no generic code over a struct to JIT at the first generation
    private readonly List<KeyValuePair<SpecNode, SpecNode>> _importedSchemas = new();
    private readonly List<string> _path = new();
    private readonly HashSet<SpecNode> _reported = new(); // $ref values already reported here
    private readonly StringComparer _pathComparer = Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
    private readonly Loaded _main;

    private ExternalReferences(
        SpecInput input,
        SpecDocuments documents,
        SpecSizeLimits limits,
        Action<DiagnosticDescriptor, SpecNode, string[]> report,
        Action<DiagnosticDescriptor, int, int, string[]> reportAt,
        SpecMapping root)
    {
        _documents = documents;
        _limits = limits;
        _report = report;
        _reportAt = reportAt;
        _files = new Dictionary<string, ReferencedFile>(_pathComparer);
        _loaded = new Dictionary<string, Loaded?>(_pathComparer);
        foreach (var file in input.ReferencedFiles)
        {
            if (FullPath(file.Path) is { } full && !_files.ContainsKey(full))
            {
                _files.Add(full, file);
            }
        }

        _main = new Loaded(documents.Main, FullPath(input.Path) ?? input.Path, root);
    }

    /// <summary>Where a $ref stands, which decides what it may point at when its pointer does not say.</summary>
    private enum Context
    {
        /// <summary>Not yet known (outside schemas, not a place that takes a $ref of a known kind).</summary>
        Other,

        /// <summary>Within a schema: the $ref is a schema.</summary>
        Schema,
    }

    /// <summary>A file read into nodes of its own offset range.</summary>
    private sealed record Loaded(SpecDocument Document, string FullPath, SpecNode Root);

    /// <summary>
    /// Resolves the external references of <paramref name="root"/> (the spec's tree, changed in place). Returns the
    /// resolver, whose <see cref="SchemaName"/> gives imported schemas their names.
    /// </summary>
    public static ExternalReferences Resolve(
        SpecInput input,
        SpecDocuments documents,
        SpecMapping root,
        SpecSizeLimits limits,
        Action<DiagnosticDescriptor, SpecNode, string[]> report,
        Action<DiagnosticDescriptor, int, int, string[]> reportAt)
    {
        var resolver = new ExternalReferences(input, documents, limits, report, reportAt, root);
        resolver.Walk(root, resolver._main, Context.Other, "$", null);
        while (resolver._pending.Count > 0)
        {
            var (node, file, context, path, key) = resolver._pending.Dequeue().Deconstruct();
            if (resolver._walked.Add(node))
            {
                resolver.Walk(node, file, context, path, key);
            }
        }

        resolver.AddImportedSchemas(root);
        return resolver;
    }

    /// <summary>
    /// The paths of the files a spec's external <c>$ref</c>s name (resolved against <paramref name="path"/>'s folder;
    /// remote references left out), for a tool that reads them from disk. Empty when the text does not load.
    /// </summary>
    public static IReadOnlyList<string> ReferencedPaths(string path, string text)
    {
        var result = new List<string>();
        if (!MayReferToAFile.IsMatch(text) || YamlLoader.Load(text).Root is not { } root)
        {
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<SpecNode>();
        var visited = new HashSet<SpecNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!visited.Add(node))
            {
                continue;
            }

            if (node is SpecMapping mapping)
            {
                foreach (var pair in mapping.Children)
                {
                    if (pair.Key is SpecScalar { Value: "$ref" } && pair.Value is SpecScalar reference
                        && SplitReference(reference.Value) is { File: { Length: > 0 } file } && !IsRemote(reference.Value)
                        && Combine(path, file) is { } full && seen.Add(full))
                    {
                        result.Add(full);
                    }

                    stack.Push(pair.Value);
                }
            }
            else if (node is SpecSequence sequence)
            {
                foreach (var item in sequence.Children)
                {
                    stack.Push(item);
                }
            }
        }

        return result;
    }

    /// <summary>Whether a <c>$ref</c> value was reported here: the reader does not report it again as unresolved.</summary>
    public bool HasReported(SpecNode reference) => _reported.Contains(reference);

    /// <summary>The name a component schema's C# type derives from: an imported schema's own name, else the key itself.</summary>
    public string SchemaName(string key) => _schemaNames.TryGetValue(key, out var name) ? name : key;

    /// <summary>
    /// The spec path messages give an imported schema, in its own file (where they are shown):
    /// <c>components.schemas.Order</c>, or the file's name for a whole-file schema; null for a local key.
    /// </summary>
    public string? SchemaPath(string key) => _schemaPaths.TryGetValue(key, out var path) ? path : null;

    private void Walk(SpecNode node, Loaded file, Context context, string path, string? key)
    {
        _path.Clear();
        _path.Add(path);
        if (context == Context.Schema && key is null && node is SpecMapping schema && RefOf(schema) is { } reference && NeedsResolving(reference.Value, file))
        {
            // An imported schema that is itself a $ref (OpenSearch's 'EpochTimeUnitMillis: {$ref: '#/components/schemas/UnitMillis'}'):
            // its reference is relative to its own file, like those within it: rewritten in place (or reported, and
            // left for the reader to take as any JSON without reporting it again). Its other keys are walked below.
            _ = ResolveSlot(schema, reference, file, isSchema: true);
        }

        WalkNode(node, file, context, key);
    }

    /// <summary>Depth-first over a tree whose nesting the loader bounded; <paramref name="key"/> is the node's key in its parent.</summary>
    private void WalkNode(SpecNode node, Loaded file, Context context, string? key)
    {
        if (node is SpecMapping mapping)
        {
            var children = mapping.Children;
            for (var i = 0; i < children.Length; i++)
            {
                var childKey = (children[i].Key as SpecScalar)?.Value ?? "?";
                if (IsData(childKey, key, context))
                {
                    continue;
                }

                var childContext = context == Context.Schema || childKey == "schema" || (childKey == SchemasSection && key == "components")
                    ? Context.Schema
                    : Context.Other;
                _path.Add(childKey);
                if (WholeMapContext(childKey, key, context) is { } mapContext
                    && children[i].Value is SpecMapping whole && RefOf(whole) is { } wholeReference && NeedsResolving(wholeReference.Value, file))
                {
                    // A map kept whole in another file: a components section ('schemas: {$ref: ./schemas/_index.yaml}',
                    // Lichess) or a schema's properties ('properties: {$ref: attributes.yml#/droplet_ids}', DigitalOcean).
                    children[i] = new KeyValuePair<SpecNode, SpecNode>(children[i].Key, ResolveSection(whole, wholeReference, file, childKey, mapContext) ?? whole);
                }
                else if (childKey == "description" && !(key is not null && NameMaps.Contains(key))
                    && children[i].Value is SpecMapping textHolder && RefOf(textHolder) is { } textReference
                    && SpecInput.IsDescriptionTextPath(SplitReference(textReference.Value).File))
                {
                    children[i] = new KeyValuePair<SpecNode, SpecNode>(children[i].Key, DescriptionText(textReference, file));
                }
                else if (children[i].Value is SpecMapping child && RefOf(child) is { } reference && NeedsResolving(reference.Value, file))
                {
                    var replacement = ResolveSlot(child, reference, file, childContext == Context.Schema);
                    children[i] = new KeyValuePair<SpecNode, SpecNode>(children[i].Key, replacement ?? child);
                }
                else
                {
                    WalkNode(children[i].Value, file, childContext, childKey);
                }

                _path.RemoveAt(_path.Count - 1);
            }
        }
        else if (node is SpecSequence sequence)
        {
            var items = sequence.Children;
            for (var i = 0; i < items.Length; i++)
            {
                _path.Add("[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
                if (items[i] is SpecMapping item && RefOf(item) is { } reference && NeedsResolving(reference.Value, file))
                {
                    items[i] = ResolveSlot(item, reference, file, context == Context.Schema) ?? item;
                }
                else
                {
                    WalkNode(items[i], file, context, key);
                }

                _path.RemoveAt(_path.Count - 1);
            }
        }
    }

    /// <summary>
    /// The context the entries of the map under <paramref name="childKey"/> are walked in when that map is a whole
    /// components section or a schema's <c>properties</c> (which a <c>$ref</c> may stand for); null for anything else.
    /// </summary>
    private static Context? WholeMapContext(string childKey, string? key, Context context) =>
        key == "components" && ComponentSections.Contains(childKey) ? (childKey == SchemasSection ? Context.Schema : Context.Other)
        : context == Context.Schema && childKey == "properties" && key != "properties" ? Context.Schema
        : null;

    /// <summary>Whether the node being walked is an entry of the map under <paramref name="section"/> (or <paramref name="alsoUnder"/>).</summary>
    private bool InMapOf(string section, string? alsoUnder = null) =>
        _path.Count >= 2 && (_path[_path.Count - 2] == section || _path[_path.Count - 2] == alsoUnder);

    /// <summary>
    /// Whether the value under <paramref name="childKey"/> is data, not the document's structure: an <c>example</c>,
    /// <c>default</c>, <c>const</c> or <c>enum</c> value, a schema's <c>examples</c>, an example object's
    /// <c>value</c>, and another tool's extension (<c>x-…</c>, which the generator does not read; its own
    /// <c>x-aiia-…</c> it does). A <c>$ref</c> in it is text the API sends (Square's examples quote JSON Schemas with remote
    /// <c>$ref</c>s), never resolved, reported or changed. Under a map of names (<paramref name="key"/>: a schema's
    /// <c>properties</c>, <c>responses</c>, whose <c>default</c> is a response...) those words are names.
    /// </summary>
    private bool IsData(string childKey, string? key, Context context)
    {
        if (key is not null && NameMaps.Contains(key))
        {
            return false;
        }

        return childKey is "example" or "default" or "const" or "enum"
            || (childKey.StartsWith("x-", StringComparison.Ordinal) && !childKey.StartsWith("x-aiia-", StringComparison.Ordinal))
            || (childKey == "examples" && context == Context.Schema)
            || (childKey == "value" && InMapOf("examples"));
    }

    /// <summary>The keys whose mapping is keyed by names (where <c>default</c> or <c>example</c> is a name, not a value).</summary>
    private static readonly HashSet<string> NameMaps = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "paths", "webhooks", "components", "schemas",
        "parameters", "responses", "requestBodies", "headers", "examples", "links", "callbacks", "pathItems", "securitySchemes",
        "mapping", "variables", "encoding", "content", "scopes",
    };

    private static SpecScalar? RefOf(SpecMapping mapping)
    {
        foreach (var pair in mapping.Children)
        {
            if (pair.Key is SpecScalar { Value: "$ref" })
            {
                return pair.Value as SpecScalar;
            }
        }

        return null;
    }

    /// <summary>
    /// A description kept in a Markdown or text file (<c>description: {$ref: description.md}</c>, as Redocly's tools
    /// write it; OpenAPI itself allows no <c>$ref</c> there): the file's whole text, placed where the reference is. A
    /// file the build does not give is AIIA0044, and the description is left out rather than reported again as not text.
    /// </summary>
    private SpecNode DescriptionText(SpecScalar reference, Loaded from)
    {
        var (fileName, pointer) = SplitReference(reference.Value);
        var full = IsRemote(reference.Value) ? null : Combine(from.FullPath, fileName);
        if (full is not null && pointer.Length == 0 && _files.TryGetValue(full, out var file))
        {
            return new SpecScalar(file.Text.Trim(), isPlain: false, tag: null, reference.Start, reference.End);
        }

        var advice = full is null || pointer.Length > 0
            ? "which cannot be read as a description: name a local Markdown or text file, without a '#' part, or write the text in place."
            : DiagnosticDescriptors.AddReferencedFile(fileName);
        Report(DiagnosticDescriptors.ReferencedFileMissing, reference, new[] { reference.Value, CurrentPath(), full ?? fileName, advice });
        return new SpecScalar(string.Empty, isPlain: true, tag: null, reference.Start, reference.End); // null: no description
    }

    private void Report(DiagnosticDescriptor descriptor, SpecScalar reference, string[] args)
    {
        _report(descriptor, reference, args);
        _reported.Add(reference);
    }

    /// <summary>Every reference of a file the spec brought in; of the spec itself only those to other files.</summary>
    private bool NeedsResolving(string reference, Loaded file) =>
        !ReferenceEquals(file, _main) || !reference.StartsWith("#", StringComparison.Ordinal);

    /// <summary>The spec path of the node being walked, in the reader's style: <c>paths./pets.get.parameters[0]</c>.</summary>
    private string CurrentPath()
    {
        var builder = new System.Text.StringBuilder();
        foreach (var part in _path)
        {
            if (part == "$" && builder.Length == 0)
            {
                continue;
            }

            builder.Append(builder.Length == 0 || part.StartsWith("[", StringComparison.Ordinal) ? string.Empty : ".").Append(part);
        }

        return builder.Length == 0 ? "$" : builder.ToString();
    }

    /// <summary>
    /// The node that takes the place of <paramref name="holder"/> (a mapping with a <c>$ref</c>), or null to keep it
    /// (its reference rewritten in place, or left for the reader to report).
    /// </summary>
    private SpecNode? ResolveSlot(SpecMapping holder, SpecScalar reference, Loaded file, bool isSchema)
    {
        var path = CurrentPath();
        var value = reference.Value;
        if (IsRemote(value))
        {
            if (isSchema)
            {
                Report(DiagnosticDescriptors.RemoteSchemaReference, reference, new[] { value, path });
                return WithoutRef(holder); // Any JSON, with the schema's other keys (its description).
            }

            if (InMapOf("examples", "links"))
            {
                return null; // an example or a link, which the client never reads: left as it is, without an error
            }

            Report(DiagnosticDescriptors.RemoteReference, reference, new[] { value, path });
            return null;
        }

        if (PointerIntoMain(value, file) is { } local)
        {
            // The spec's own file name in front of a pointer: exactly a local reference, read (and reported) as one.
            ReplaceRef(holder, reference, "#" + local);
            return null;
        }

        var target = Find(reference, file, path);
        for (var hops = 0; target is { Node: SpecMapping again } && RefOf(again) is { } next && !IsSchemaPointer(target.Value.Pointer, isSchema); hops++)
        {
            // A parameter (or response...) that is itself a $ref within its file: follow it.
            if (hops == SpecLimits.MaxReferenceChain || (ReferenceEquals(target.Value.File, _main) && next.Value.StartsWith("#", StringComparison.Ordinal)))
            {
                break;
            }

            target = Find(next, target.Value.File, path);
        }

        if (target is not { } found)
        {
            return isSchema ? WithoutRef(holder) : null; // Reported: keep the reader from reporting it again.
        }

        if (ReferenceEquals(found.File, _main))
        {
            // Back into the spec itself: an ordinary local reference.
            ReplaceRef(holder, reference, "#" + found.Pointer);
            return null;
        }

        if (isSchema || IsSchemaPointer(found.Pointer, isSchema))
        {
            var key = Import(found);
            ReplaceRef(holder, reference, "#/components/schemas/" + JsonPointer.EscapeToken(key));
            return null;
        }

        _pending.Enqueue(new Pending(found.Node, found.File, Context.Other, found.File.Document.Path + "#" + found.Pointer));
        return found.Node;
    }

    /// <summary>
    /// The map that takes the place of a components section, or of a schema's <c>properties</c>, written as a
    /// <c>$ref</c> to another file (the whole map is there), walked as that section's entries in
    /// <paramref name="context"/>; null to keep it (not found, reported; or not a mapping, left for the reader to report).
    /// </summary>
    private SpecMapping? ResolveSection(SpecMapping holder, SpecScalar reference, Loaded file, string section, Context context)
    {
        if (IsRemote(reference.Value))
        {
            Report(DiagnosticDescriptors.RemoteReference, reference, new[] { reference.Value, CurrentPath() });
            return null;
        }

        if (Find(reference, file, CurrentPath()) is not { Node: SpecMapping map } found || ReferenceEquals(found.File, _main))
        {
            return null;
        }

        _pending.Enqueue(new Pending(map, found.File, context, CurrentPath(), section));
        return map;
    }

    /// <summary>The pointer of <c>spec.yaml#/…</c> when <c>spec.yaml</c> is the spec itself, else null.</summary>
    private string? PointerIntoMain(string reference, Loaded from)
    {
        var (fileName, pointer) = SplitReference(reference);
        return fileName.Length > 0 && pointer.StartsWith("/", StringComparison.Ordinal)
            && Combine(from.FullPath, fileName) is { } full && _pathComparer.Equals(full, _main.FullPath)
            ? pointer
            : null;
    }

    private static bool IsSchemaPointer(string pointer, bool isSchema) =>
        ComponentSection(pointer) is { } section ? section == SchemasSection : isSchema;

    /// <summary><c>/components/parameters/Page</c> → <c>parameters</c>; null when the pointer names no component.</summary>
    private static string? ComponentSection(string pointer)
    {
        var parts = pointer.Split('/');
        return parts.Length == 4 && parts[0].Length == 0 && parts[1] == "components" && ComponentSections.Contains(parts[2]) ? parts[2] : null;
    }

    /// <summary>Adds an imported schema (once per file and place) and returns its component key.</summary>
    private string Import((SpecNode Node, SpecNode KeyNode, Loaded File, string Pointer) found)
    {
        var id = found.File.FullPath + "#" + found.Pointer;
        if (_importedKeys.TryGetValue(id, out var key))
        {
            return key;
        }

        key = RelativeName(found.File) + (found.Pointer.Length == 0 ? string.Empty : "#" + found.Pointer);
        _importedKeys.Add(id, key);
        _schemaNames[key] = SchemaNameOf(found.File, found.Pointer);
        _schemaPaths[key] = found.Pointer.Length == 0 ? RelativeName(found.File) : string.Join(".", JsonPointer.Segments(found.Pointer));
        _importedSchemas.Add(new KeyValuePair<SpecNode, SpecNode>(
            new SpecScalar(key, isPlain: false, tag: null, found.KeyNode.Start, found.KeyNode.End),
            found.Node));
        _pending.Enqueue(new Pending(found.Node, found.File, Context.Schema, _schemaPaths[key]));
        return key;
    }

    /// <summary><c>#/components/schemas/Money</c> → <c>Money</c>; a whole file <c>money.yaml</c> → <c>money</c>.</summary>
    private static string SchemaNameOf(Loaded file, string pointer)
    {
        var segments = JsonPointer.Segments(pointer);
        if (segments.Length > 0 && segments[segments.Length - 1].Length > 0)
        {
            return segments[segments.Length - 1];
        }

        var name = Path.GetFileName(file.FullPath);
        var dot = name.IndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    /// <summary>
    /// The file's path from the spec's folder, with forward slashes: <c>models/money.yaml</c>, <c>../models/money.yaml</c>
    /// for a file beside the folder (SpaceTraders' reference/ and models/), so that messages read the same on every
    /// machine; its full path only when no relative one exists (another drive).
    /// </summary>
    private string RelativeName(Loaded file)
    {
        var folder = (Path.GetDirectoryName(_main.FullPath) ?? string.Empty).Replace('\\', '/').Split('/');
        var target = file.FullPath.Replace('\\', '/').Split('/');
        var common = 0;
        while (common < folder.Length && common < target.Length - 1 && _pathComparer.Equals(folder[common], target[common]))
        {
            common++;
        }

        if (common == 0)
        {
            return file.FullPath.Replace('\\', '/');
        }

        var relative = new System.Text.StringBuilder();
        for (var i = common; i < folder.Length; i++)
        {
            relative.Append("../");
        }

        return relative.Append(string.Join("/", target, common, target.Length - common)).ToString();
    }

    /// <summary>Where a reference points: the node, the node that names it (its key, else itself), its file and its JSON pointer.</summary>
    private (SpecNode Node, SpecNode KeyNode, Loaded File, string Pointer)? Find(SpecScalar reference, Loaded from, string path)
    {
        var (fileName, pointer) = SplitReference(reference.Value);
        Loaded? file = from;
        if (fileName.Length > 0)
        {
            var full = Combine(from.FullPath, fileName);
            if (full is not null && _pathComparer.Equals(full, _main.FullPath))
            {
                file = _main;
            }
            else if (full is null || !SpecInput.IsReferableDocumentPath(fileName) || !_files.TryGetValue(full, out var referenced))
            {
                // A Markdown or text file is read only as a description's text (DescriptionText), never as a document.
                var advice = SpecInput.IsReferableDocumentPath(fileName) ? DiagnosticDescriptors.AddReferencedFile(fileName) : DiagnosticDescriptors.ReferencedFileNotADocument;
                Report(DiagnosticDescriptors.ReferencedFileMissing, reference, new[] { reference.Value, path, full ?? fileName, advice });
                return null;
            }
            else
            {
                file = Load(full, referenced);
                if (file is null)
                {
                    _reported.Add(reference); // Its own problem was reported in it.
                    return null;
                }
            }
        }

        SpecNode node = file.Root;
        SpecNode keyNode = reference;
        if (pointer.Length > 0 && !pointer.StartsWith("/", StringComparison.Ordinal))
        {
            Report(DiagnosticDescriptors.UnresolvedReference, reference, new[] { reference.Value, path });
            return null;
        }

        if (pointer.Length > 0)
        {
            if (JsonPointer.Resolve(file.Root, pointer, out var lastKey) is not { } target)
            {
                Report(DiagnosticDescriptors.UnresolvedReference, reference, new[] { reference.Value, path });
                return null;
            }

            node = target;
            keyNode = lastKey ?? keyNode;
        }
        else if (ReferenceEquals(file, _main))
        {
            Report(DiagnosticDescriptors.UnresolvedReference, reference, new[] { reference.Value, path });
            return null;
        }

        return (node, keyNode, file, pointer);
    }

    private Loaded? Load(string full, ReferencedFile referenced)
    {
        if (_loaded.TryGetValue(full, out var known))
        {
            return known;
        }

        var document = _documents.Add(referenced.Path, referenced.Text);
        var result = YamlLoader.Load(referenced.Text, _limits);
        Loaded? loaded = null;
        if (result.Fatal is { } problem)
        {
            _reportAt(problem.Descriptor, document.Base + problem.Start, document.Base + (problem.AtFileStart ? problem.Start : problem.End), problem.Args);
        }
        else if (result.InvalidScalars.Count > 0)
        {
            foreach (var invalid in result.InvalidScalars)
            {
                _reportAt(invalid.Descriptor, document.Base + invalid.Start, document.Base + invalid.End, invalid.Args);
            }
        }
        else if (result.Root is { } root)
        {
            loaded = new Loaded(document, full, SpecNodeCopy.Remap(root, offset => offset + document.Base));
        }
        else
        {
            _reportAt(DiagnosticDescriptors.NotOpenApi3, document.Base, document.Base, new[] { "the file is empty", "$" });
        }

        _loaded[full] = loaded;
        return loaded;
    }

    /// <summary>Adds the imported schemas to the spec's <c>components.schemas</c> (creating it when there is none), after its own.</summary>
    private void AddImportedSchemas(SpecMapping root)
    {
        if (_importedSchemas.Count == 0)
        {
            return;
        }

        var components = Entry(root, "components");
        if (components is null)
        {
            components = new SpecMapping(isFlow: false, root.Start, root.Start);
            root.Children = root.Children.Concat(new[] { new KeyValuePair<SpecNode, SpecNode>(Key("components", root), components) }).ToArray();
        }

        if (components is not SpecMapping componentsMapping)
        {
            return; // Not a mapping: the reader reports it.
        }

        var schemas = Entry(componentsMapping, SchemasSection);
        if (schemas is null)
        {
            schemas = new SpecMapping(isFlow: false, componentsMapping.Start, componentsMapping.Start);
            componentsMapping.Children = componentsMapping.Children.Concat(new[] { new KeyValuePair<SpecNode, SpecNode>(Key(SchemasSection, componentsMapping), schemas) }).ToArray();
        }

        if (schemas is SpecMapping schemasMapping)
        {
            schemasMapping.Children = schemasMapping.Children.Concat(_importedSchemas).ToArray();
        }
    }

    private static SpecNode? Entry(SpecMapping mapping, string key) =>
        mapping.Children.FirstOrDefault(pair => pair.Key is SpecScalar scalar && scalar.Value == key).Value;

    private static SpecScalar Key(string value, SpecNode at) => new(value, isPlain: true, tag: null, at.Start, at.Start);

    /// <summary>The mapping without its <c>$ref</c>: a schema of any JSON that keeps its description.</summary>
    private static SpecMapping WithoutRef(SpecMapping holder)
    {
        var copy = new SpecMapping(holder.IsFlow, holder.Start, holder.End);
        copy.Children = holder.Children.Where(pair => pair.Key is not SpecScalar { Value: "$ref" }).ToArray();
        return copy;
    }

    private static void ReplaceRef(SpecMapping holder, SpecScalar reference, string value)
    {
        var children = holder.Children;
        for (var i = 0; i < children.Length; i++)
        {
            if (ReferenceEquals(children[i].Value, reference))
            {
                children[i] = new KeyValuePair<SpecNode, SpecNode>(children[i].Key, new SpecScalar(value, isPlain: false, tag: null, reference.Start, reference.End));
            }
        }
    }

    private static bool IsRemote(string reference) =>
        reference.IndexOf("://", StringComparison.Ordinal) > 0 || reference.StartsWith("//", StringComparison.Ordinal);

    /// <summary><c>common.yaml#/components/schemas/Money</c> → (<c>common.yaml</c>, <c>/components/schemas/Money</c>).</summary>
    private static (string File, string Pointer) SplitReference(string reference)
    {
        var hash = reference.IndexOf('#');
        var file = hash < 0 ? reference : reference.Substring(0, hash);
        var pointer = hash < 0 ? string.Empty : reference.Substring(hash + 1);
        return (Uri.UnescapeDataString(file), pointer);
    }

    /// <summary>A file named relative to the referring file's folder, as a full path; null when it is not a path.</summary>
    private static string? Combine(string referrer, string file)
    {
        try
        {
            var folder = Path.GetDirectoryName(referrer) ?? string.Empty;
            return Path.GetFullPath(Path.Combine(folder, file));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return null;
        }
    }

    private static string? FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return null;
        }
    }

    /// <summary>A node of a referenced file still to walk.</summary>
    private sealed class Pending(SpecNode node, Loaded file, Context context, string path, string? key = null)
    {
        public (SpecNode Node, Loaded File, Context Context, string Path, string? Key) Deconstruct() => (node, file, context, path, key);
    }
}
