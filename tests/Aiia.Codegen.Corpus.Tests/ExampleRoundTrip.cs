using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text.Json;
using Aiia.Codegen.Cli.Validation;
using static Aiia.Codegen.Cli.Specs.SpecTree;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Aiia.Codegen.Model;
using Aiia.Codegen.Reading;
using Aiia.Codegen.Runtime;
using AdditionalText = Microsoft.CodeAnalysis.AdditionalText;
using Compilation = Microsoft.CodeAnalysis.Compilation;

namespace Aiia.Codegen.Corpus.Tests;

/// <summary>
/// A spec's own examples read into the generated types and written back: each component schema's <c>example</c> (and
/// 3.1 <c>examples</c>), its properties', items' and map values' own (inline schemas' too, through the type the
/// generated record gives the property), and each JSON request body's and success response's <c>example</c> and
/// <c>examples</c> and their schema's, through the type the generated code gives it, and each error response's through
/// the type <c>ApiException.TryGetError</c> reads it as. What comes back must be what went
/// in (<see cref="ExampleComparison"/>): every property and value kept (numbers by value, a float's at a float's
/// precision, a date-time as the same instant), nothing added. An example that does not read is reported with the
/// reader's message.
/// </summary>
internal static class ExampleRoundTrip
{
    /// <summary>
    /// How many examples were read and written back, and each that did not come back as it was, in spec order. The
    /// spec's <c>$ref</c>s to <paramref name="otherFiles"/> (a multi-file spec's) are followed as the generator follows
    /// them; the types are named as a build with <paramref name="shareIdenticalSchemas"/> names them.
    /// </summary>
    public static (int Checked, ImmutableArray<string> Findings) Run(AdditionalText specFile, IReadOnlyList<AdditionalText> otherFiles, Compilation output, bool shareIdenticalSchemas = false)
    {
        var path = specFile.Path;
        var text = specFile.GetText()!.ToString();
        var texts = otherFiles.ToDictionary(file => Path.GetFullPath(file.Path), file => file.GetText()!.ToString(), StringComparer.Ordinal);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        if (!emitted.Success)
        {
            return (0, ["The generated code compiled but did not emit: " + emitted.Diagnostics.FirstOrDefault()]);
        }

        image.Position = 0;
        var context = new AssemblyLoadContext(Path.GetFileName(path), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var referenced = SpecCompiler.ReferencedFiles(path, text, file => texts.GetValueOrDefault(file));
            var spec = SpecCompiler.Parse(new SpecInput(path, text, GeneratorHarness.DefaultAssemblyName, null, ReferencedFiles: referenced, ShareIdenticalSchemas: shareIdenticalSchemas ? "true" : null)).Spec!;
            var root = (SpecMapping)SpecCompiler.LoadTree(text)!;
            var checker = new Checker(assembly, spec, root, new Documents(Path.GetFullPath(path), texts));
            checker.CheckComponents();
            checker.CheckOperations();
            return (checker.Checked, [.. checker.Findings]);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// The files a multi-file spec's <c>$ref</c>s name, each loaded once into the reader's tree, and which file each of
    /// their nodes is in: a <c>$ref</c> is relative to the file it is written in.
    /// </summary>
    private sealed class Documents(string mainPath, IReadOnlyDictionary<string, string> texts)
    {
        private readonly Dictionary<string, SpecNode?> _roots = new(StringComparer.Ordinal);
        private readonly Dictionary<SpecNode, string> _fileOf = new(ReferenceEqualityComparer.Instance);

        public string MainPath => mainPath;

        /// <summary>The full path of the file <paramref name="node"/> is in (the spec's own nodes are not recorded).</summary>
        public string FileOf(SpecNode node) => _fileOf.GetValueOrDefault(node, mainPath);

        /// <summary>The root of the file at a full path, or null when there is no such file or it does not load.</summary>
        public SpecNode? Root(string path)
        {
            if (!_roots.TryGetValue(path, out var root))
            {
                root = texts.TryGetValue(path, out var text) ? SpecCompiler.LoadTree(text) : null;
                _roots.Add(path, root);
                Record(root, path);
            }

            return root;
        }

        private void Record(SpecNode? root, string path)
        {
            var pending = new Stack<SpecNode>();
            if (root is not null)
            {
                pending.Push(root);
            }

            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (!_fileOf.TryAdd(node, path))
                {
                    continue; // A YAML alias: already recorded.
                }

                foreach (var child in node switch
                {
                    SpecMapping mapping => mapping.Children.Select(entry => entry.Value),
                    SpecSequence sequence => sequence.Children,
                    _ => [],
                })
                {
                    pending.Push(child);
                }
            }
        }
    }

    private sealed class Checker(System.Reflection.Assembly assembly, ApiSpec spec, SpecMapping root, Documents documents)
    {
        private const int MaxDepth = 64;

        // Primitives are read and written as generated records read and write their properties (a string reads a number as its text).
        private static readonly JsonSerializerOptions Options = new()
        {
            Converters =
            {
                ApiJsonValues.String, ApiJsonValues.Int32, ApiJsonValues.Int64, ApiJsonValues.Single, ApiJsonValues.Double, ApiJsonValues.Decimal,
                ApiJsonValues.Boolean, ApiJsonValues.DateTimeOffset, ApiJsonValues.Date, ApiJsonValues.Guid,
            },
        };

        private readonly ExampleComparison _comparison = new(spec.Objects, spec.Unions);
        private readonly Dictionary<string, ObjectModel> _objects = spec.Objects.ToDictionary(o => o.Name, StringComparer.Ordinal);
        private readonly HashSet<(SpecNode, TypeRef)> _visited = new(new VisitedComparer());

        // The generated types by the component schema they are (a local one's key) and by where an inline one was read.
        private readonly Dictionary<string, TypeRef> _componentTypes = NamedTypes(spec).Where(t => t.Source.ComponentName is not null)
            .GroupBy(t => t.Source.ComponentName!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);

        private readonly Dictionary<string, TypeRef> _inlineTypes = NamedTypes(spec).Where(t => t.Source.ComponentName is null)
            .GroupBy(t => t.Source.SpecPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);

        private static IEnumerable<(TypeRef Type, SpecSource Source)> NamedTypes(ApiSpec spec) =>
            spec.Objects.Where(o => !o.IsAbstract && o.Source is not null).Select(o => (new TypeRef(TypeKind.Object, o.Name), o.Source!))
                .Concat(spec.Unions.Where(u => u.Source is not null).Select(u => (new TypeRef(TypeKind.Object, u.Name), u.Source!)));

        public int Checked { get; private set; }

        public List<string> Findings { get; } = [];

        public void CheckComponents()
        {
            var schemas = Get(Get(root, "components"), "schemas");
            var entered = new List<(SpecMapping Schema, TypeRef Type, string Where)>();
            var named = spec.Objects.Where(o => !o.IsAbstract).Select(o => (o.Name, o.Source))
                .Concat(spec.Enums.Select(e => (e.Name, e.Source)))
                .Concat(spec.Unions.Select(u => (u.Name, u.Source)));
            foreach (var (name, source) in named)
            {
                // A schema of another file is a component under a key that is its reference from the spec (ExternalReferences).
                var local = Get(schemas, source?.ComponentName ?? string.Empty);
                if (source?.ComponentName is not { } component
                    || (local is not null ? Resolve(local) : Follow(component, documents.MainPath)) is not SpecMapping schema)
                {
                    continue;
                }

                var where = local is not null ? "components.schemas." + component : component;
                var type = new TypeRef(TypeKind.Object, name);
                if (_visited.Add((schema, type)))
                {
                    CheckOwn(schema, type, where);
                    entered.Add((schema, type, where));
                }
            }

            // Each component's own examples first, so a property's $ref to a component does not check them at the property.
            foreach (var (schema, type, where) in entered)
            {
                Descend(schema, type, where, 0);
            }
        }

        public void CheckOperations()
        {
            var paths = Get(root, "paths");
            foreach (var operation in spec.Operations)
            {
                var method = operation.HttpMethod.ToLowerInvariant();
                if (Resolve(Get(Get(paths, operation.PathTemplate), method)) is not SpecMapping node)
                {
                    continue;
                }

                var where = $"paths.{operation.PathTemplate}.{method}";
                if (operation.Body is { Kind: BodyKind.Json } body && Named(body.Type))
                {
                    CheckContent(body.Type, Get(Resolve(Get(node, "requestBody")), "content"), where + ".requestBody");
                }

                var responses = Entries(Resolve(Get(node, "responses"))).ToList();
                var successes = responses.Where(e => e.Key.Length == 3 && e.Key[0] == '2').ToList();
                if (operation.Response is { } response && Named(response) && successes.Count == 1)
                {
                    // Which 2xx the method returns is the generator's choice; only an unambiguous one is checked.
                    CheckContent(response, Get(Resolve(successes[0].Value), "content"), $"{where}.responses.{successes[0].Key}");
                }

                foreach (var (code, entry) in responses.Where(e => e.Key.Length == 3 && e.Key[0] is '4' or '5' || (e.Key == "default" && successes.Count > 0)))
                {
                    CheckErrorContent(entry, $"{where}.responses.{code}", $"paths.{operation.PathTemplate}.{method}.responses.{code}");
                }
            }
        }

        /// <summary>
        /// An error response's JSON examples, through the type <c>ApiException.TryGetError</c> reads its body as: a
        /// component schema's, or the record the generator made of the inline schema (found by where the reader read it:
        /// the operation's response, or the <c>components.responses</c> entry it refers to). Other shapes are skipped.
        /// </summary>
        private void CheckErrorContent(SpecNode response, string where, string readAt)
        {
            if (ComponentKey(response, "responses") is { } responseKey)
            {
                readAt = "components.responses." + responseKey;
            }

            // One JSON body, so one type: a response with several would need a type per media type.
            var content = Get(Resolve(response), "content");
            var json = Entries(Resolve(content)).Where(e => e.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).ToList();
            if (json.Count != 1)
            {
                return;
            }

            var schema = Get(Resolve(json[0].Value), "schema");
            var type = ComponentKey(schema, "schemas") is { } schemaKey
                ? _componentTypes.GetValueOrDefault(schemaKey)
                : _inlineTypes.GetValueOrDefault(readAt + ".content.schema");
            if (type is not null)
            {
                CheckContent(type, content, where + ".content");
            }
        }

        /// <summary>The key of the <c>components.{section}</c> entry <paramref name="node"/> is a local <c>$ref</c> to, or null.</summary>
        private static string? ComponentKey(SpecNode? node, string section) =>
            node is SpecMapping holder && Get(holder, "$ref") is SpecScalar { Value: ['#', ..] reference }
            && JsonPointer.Segments(reference[1..]) is ["components", var found, var key] && found == section ? key : null;

        /// <summary>The JSON media types' <c>example</c> and <c>examples</c> of a request body's or response's <c>content</c>.</summary>
        private void CheckContent(TypeRef type, SpecNode? content, string where)
        {
            foreach (var (mediaType, media) in Entries(Resolve(content)))
            {
                if (!mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) || Resolve(media) is not SpecMapping mediaMapping)
                {
                    continue;
                }

                if (Get(mediaMapping, "example") is { } example)
                {
                    Check(type, example, $"{where}.{mediaType}.example");
                }

                Visit(Get(mediaMapping, "schema"), type, $"{where}.{mediaType}.schema", 0);

                foreach (var (key, entry) in Entries(Resolve(Get(mediaMapping, "examples"))))
                {
                    if (Get(Resolve(entry), "value") is { } value)
                    {
                        Check(type, value, $"{where}.{mediaType}.examples.{key}");
                    }
                }
            }
        }

        /// <summary>
        /// The schema's own <c>example</c> and 3.1 <c>examples</c> through <paramref name="type"/>, the type the
        /// generated code gives it, then its properties' (by wire name, through the record's property types, in its
        /// inline <c>allOf</c> parts too), its items' and its map values', each schema once per type. A <c>$ref</c>'s
        /// own example (a sibling) is checked too; the schema it points at is entered once, wherever first reached
        /// (component schemas are entered first, at their own place).
        /// </summary>
        private void Visit(SpecNode? node, TypeRef type, string where, int depth)
        {
            if (node is null || depth > MaxDepth)
            {
                return;
            }

            if (Get(node, "$ref") is not null)
            {
                CheckOwn(node, type, where);
                node = Resolve(node);
            }

            if (node is not SpecMapping schema || !_visited.Add((schema, type.WithNullable(false))))
            {
                return;
            }

            CheckOwn(schema, type, where);
            Descend(schema, type, where, depth);
        }

        private void Descend(SpecMapping schema, TypeRef type, string where, int depth)
        {
            switch (type.Kind)
            {
                case TypeKind.Object when _objects.TryGetValue(type.Name!, out var record):
                    foreach (var (name, property, at) in Properties(schema, where, depth))
                    {
                        if (record.Properties.FirstOrDefault(p => p.WireName == name) is { } model)
                        {
                            Visit(property, model.Type, at, depth + 1);
                        }
                    }

                    break;
                case TypeKind.Array:
                    Visit(Get(schema, "items"), type.Element!, where + ".items", depth + 1);
                    break;
                case TypeKind.Map:
                    Visit(Get(schema, "additionalProperties"), type.Element!, where + ".additionalProperties", depth + 1);
                    break;
            }
        }

        /// <summary>A schema's <c>properties</c> and those of its inline <c>allOf</c> parts (a referenced part is a
        /// component, entered on its own), each with where it is written.</summary>
        private static IEnumerable<(string Name, SpecNode Schema, string Where)> Properties(SpecMapping schema, string where, int depth)
        {
            foreach (var (name, property) in Entries(Get(schema, "properties")))
            {
                yield return (name, property, $"{where}.properties.{name}");
            }

            var parts = Get(schema, "allOf") is SpecSequence allOf ? allOf.Children : [];
            for (var i = 0; i < parts.Length && depth < MaxDepth; i++)
            {
                if (parts[i] is SpecMapping part && Get(part, "$ref") is null)
                {
                    foreach (var entry in Properties(part, $"{where}.allOf[{i}]", depth + 1))
                    {
                        yield return entry;
                    }
                }
            }
        }

        /// <summary>A schema's own <c>example</c> and 3.1 <c>examples</c> through <paramref name="type"/>.</summary>
        private void CheckOwn(SpecNode schema, TypeRef type, string where)
        {
            if (type.Kind == TypeKind.Any)
            {
                return; // Free-form JSON is kept as it came: nothing to learn.
            }

            if (Get(schema, "example") is { } example)
            {
                Check(type, example, where + ".example");
            }

            if (Get(schema, "examples") is SpecSequence examples)
            {
                for (var i = 0; i < examples.Children.Length; i++)
                {
                    Check(type, examples.Children[i], $"{where}.examples[{i}]");
                }
            }
        }

        private void Check(TypeRef model, SpecNode example, string where)
        {
            if (TypeOf(model) is not { } named)
            {
                Findings.Add($"{where}: no generated type found");
                return;
            }

            var type = Nullable(named, model); // A nullable property's example may be null.

            Checked++;
            var json = ExampleJson.ToJson(example);
            string written;
            try
            {
                var value = JsonSerializer.Deserialize(json, type, Options);
                written = JsonSerializer.Serialize(value, type, Options);
            }
            catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
            {
                Findings.Add($"{where}: does not read into {named.Name}: {exception.Message.Split('\n')[0]}");
                return;
            }

            using var expected = JsonDocument.Parse(json);
            using var actual = JsonDocument.Parse(written);
            var differences = _comparison.Differences(expected.RootElement, actual.RootElement, model);
            if (differences.Count > 0)
            {
                Findings.Add($"{where} through {named.Name}: {string.Join("; ", differences.Take(3))}");
            }
        }

        private static bool Named(TypeRef type) => type.Kind is TypeKind.Object or TypeKind.Enum || (type.Element is { } element && Named(element));

        private Type? TypeOf(TypeRef type) => type.Kind switch
        {
            TypeKind.Object or TypeKind.Enum => assembly.GetType(spec.Namespace + "." + type.Name),
            TypeKind.Array => TypeOf(type.Element!) is { } item ? typeof(IReadOnlyList<>).MakeGenericType(Nullable(item, type.Element!)) : null,
            TypeKind.Map => TypeOf(type.Element!) is { } value ? typeof(IReadOnlyDictionary<,>).MakeGenericType(typeof(string), Nullable(value, type.Element!)) : null,
            TypeKind.String => typeof(string),
            TypeKind.Int32 => typeof(int),
            TypeKind.Int64 => typeof(long),
            TypeKind.Single => typeof(float),
            TypeKind.Double => typeof(double),
            TypeKind.Decimal => typeof(decimal),
            TypeKind.Boolean => typeof(bool),
            TypeKind.DateTimeOffset => typeof(DateTimeOffset),
            TypeKind.Date => typeof(DateOnly),
            TypeKind.Guid => typeof(Guid),
            _ => typeof(JsonElement),
        };

        private static Type Nullable(Type type, TypeRef reference) =>
            reference.IsNullable && type.IsValueType ? typeof(Nullable<>).MakeGenericType(type) : type;

        /// <summary>A schema node by reference (a YAML node is not value-equal) and a type by value.</summary>
        private sealed class VisitedComparer : IEqualityComparer<(SpecNode Node, TypeRef Type)>
        {
            public bool Equals((SpecNode Node, TypeRef Type) x, (SpecNode Node, TypeRef Type) y) => ReferenceEquals(x.Node, y.Node) && x.Type == y.Type;

            public int GetHashCode((SpecNode Node, TypeRef Type) obj) => HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Node), obj.Type);
        }

        /// <summary>The node a <c>$ref</c> of this spec or of its files points at (followed a few times), else the node itself.</summary>
        private SpecNode? Resolve(SpecNode? node)
        {
            for (var hops = 0; hops < 8 && node is not null && Get(node, "$ref") is SpecScalar { Value: { } reference }; hops++)
            {
                node = Follow(reference, documents.FileOf(node));
            }

            return node;
        }

        /// <summary>
        /// Where <paramref name="reference"/>, written in the file at <paramref name="from"/>, points: <c>#/…</c> in that
        /// file, <c>other.yml#/…</c> or a whole <c>other.yml</c> relative to its folder; null for a remote one or nothing.
        /// </summary>
        private SpecNode? Follow(string reference, string from)
        {
            if (reference.Contains("://", StringComparison.Ordinal))
            {
                return null;
            }

            var hash = reference.IndexOf('#');
            var file = hash < 0 ? reference : reference[..hash];
            var pointer = hash < 0 ? string.Empty : reference[(hash + 1)..];
            var path = file.Length == 0 ? from : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(from)!, Uri.UnescapeDataString(file)));
            var document = path == documents.MainPath ? root : documents.Root(path);
            return document is null || pointer.Length == 0 ? document
                : pointer.StartsWith('/') ? JsonPointer.Resolve(document, pointer, out _)
                : null;
        }
    }
}
