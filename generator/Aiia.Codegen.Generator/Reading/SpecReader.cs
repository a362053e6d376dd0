using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;
using Aiia.Codegen.Naming;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Reads one spec's YAML text into an <see cref="ApiSpec"/> and located diagnostics. Knows YAML and
/// OpenAPI; knows nothing about C# text.
/// </summary>
internal sealed partial class SpecReader
{
    private readonly SpecInput _input;
    private bool _isOpenApi30 = true; // 3.1 made 'paths' and an operation's 'responses' optional
    private SpecMapping _root = new(isFlow: false, 0, 0);
    private readonly Dictionary<string, SpecMapping> _componentSchemas = new(StringComparer.Ordinal);
    private readonly List<SecuritySchemeModel> _securitySchemes = new();
    private readonly List<(SpecNode Node, SpecNode IdNode, string Path)> _operationOrigins = new(); // where each operation read sits (its method key, its operationId), by index
    private readonly List<OperationSources> _operationSources = new(); // where each operation's parameters sit, by index
    private OperationSources _readingSources = new(); // those of the operation being read
    private UndocumentedPropertyHandling _undocumentedDefault = UndocumentedPropertyHandling.Keep;
    private bool _shareIdenticalSchemas; // AiiaShareIdenticalSchemas: see SpecReader.IdenticalTypes.cs
    private SpecSizeLimits _limits = SpecLimits.Default;
    private ExternalReferences? _externals;

    private SpecReader(SpecInput input) => _input = input;

    /// <summary>Reads <paramref name="input"/>. Never throws: every failure is a located diagnostic.</summary>
    public static ParseResult Read(SpecInput input)
    {
        var reader = new SpecReader(input);
        ApiSpec? spec;
        try
        {
            spec = reader.ReadDocument();
        }
        catch (LimitExceededException exception)
        {
            reader.Report(DiagnosticDescriptors.SpecTooLarge, exception.Node, exception.Args);
            spec = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Last line of defence: a bug of ours becomes a diagnostic on this spec, not a CS8785 for the project.
            reader.Report(DiagnosticDescriptors.InternalError, reader.FileStart(), exception.GetType().Name + ": " + exception.Message);
            spec = null;
        }

        // A component read for each of its uses (a parameter 41 operations $ref) would say the same thing at the same
        // place 41 times: said once.
        var diagnostics = reader._diagnostics.Distinct().ToEquatableArray();
        return new ParseResult(diagnostics.Any(d => d.IsError) ? null : spec, diagnostics);
    }

    private ApiSpec? ReadDocument()
    {
        if (!string.IsNullOrWhiteSpace(_input.MaxSpecSize))
        {
            if (SpecLimits.ParseMaxSize(_input.MaxSpecSize!) is not { } maxCharacters)
            {
                Report(DiagnosticDescriptors.InvalidOption, FileStart(), $"The spec size limit '{_input.MaxSpecSize}' is not a whole number of characters or of MiB (at most 1024 MiB)", "the AiiaMaxSpecSize of " + System.IO.Path.GetFileName(_input.Path), "Set AiiaMaxSpecSize on the AdditionalFiles item to e.g. 40MiB or 41943040 (characters).");
                return null;
            }

            _limits = SpecLimits.ForSize(maxCharacters);
        }

        // One iterative, bounded pass over the YAML builds the nodes and checks what the reader cannot.
        var loaded = YamlLoader.Load(_input.Text, _limits);
        if (loaded.Fatal is { } problem)
        {
            Report(problem.Descriptor, problem.AtFileStart ? FileStart() : Locate(problem.Start, problem.End), problem.Args);
            return null;
        }

        foreach (var invalid in loaded.InvalidScalars)
        {
            Report(invalid.Descriptor, Locate(invalid.Start, invalid.End), invalid.Args);
        }

        if (loaded.InvalidScalars.Count > 0)
        {
            return null;
        }

        if (loaded.Root is not SpecMapping root)
        {
            Report(DiagnosticDescriptors.NotOpenApi3, loaded.Root is null ? FileStart() : Locate(loaded.Root), "the document is not a mapping", "$");
            return null;
        }

        _root = root;
        var version = GetString(root, "openapi", "$");
        if (version is null || !version.StartsWith("3.", StringComparison.Ordinal))
        {
            var detail = Get(root, "swagger") is not null
                ? "it is a Swagger 2.0 document; convert it to OpenAPI 3"
                : version is null ? "it has no 'openapi' version" : $"its version is '{version}'";
            Report(DiagnosticDescriptors.NotOpenApi3, (SpecNode?)Get(root, "openapi") ?? GetKey(root, "swagger") ?? FirstKey(root), detail, Get(root, "openapi") is null && Get(root, "swagger") is not null ? "swagger" : "openapi");
            return null;
        }

        // Files that external $refs name are read now, and what they point at grafted into the tree.
        _externals = ExternalReferences.Resolve(
            _input,
            Documents,
            root,
            _limits,
            (descriptor, node, args) => Report(descriptor, node, args),
            (descriptor, start, end, args) => Report(descriptor, Locate(start, end), args));

        _isOpenApi30 = version.StartsWith("3.0", StringComparison.Ordinal);
        var paths = GetMapping(root, "paths", "$");
        if (paths is null && !_isOpenApi30 && Get(root, "paths") is not SpecMapping and not SpecSequence)
        {
            // From 3.1 on, 'paths' is optional (a spec of webhooks or components only): no operations.
            paths = new SpecMapping(isFlow: false, root.Start, root.Start);
        }

        if (paths is null)
        {
            if (Get(root, "paths") is not { } pathsNode || IsNull(pathsNode))
            {
                // (A 'paths' that is not a mapping was reported by GetMapping.)
                Report(DiagnosticDescriptors.NotOpenApi3, (SpecNode?)GetKey(root, "paths") ?? GetKey(root, "openapi") ?? FirstKey(root), "it has no 'paths' mapping", "paths");
            }

            return null;
        }

        var info = GetMapping(root, "info", "$");
        var title = info is null ? null : GetString(info, "title", "info");
        var description = info is null ? null : GetString(info, "description", "info");

        var clientName = _input.ClientName ?? SpecInput.DefaultClientName(_input.Path);
        void RefuseClientName(string problem, string fix) =>
            Report(DiagnosticDescriptors.InvalidName, FileStart(), problem, "the AiiaClientName of " + System.IO.Path.GetFileName(_input.Path), $"Set AiiaClientName on the AdditionalFiles item to {fix}, e.g. AiiaClientName=\"PetsClient\".");

        if (!Identifiers.IsValidIdentifier(clientName))
        {
            RefuseClientName($"The client name '{clientName}' is not a C# identifier", "a valid class name");
            return null;
        }

        var readName = new string(clientName.Where(c => char.GetUnicodeCategory(c) != UnicodeCategory.Format).ToArray());
        if (readName != clientName)
        {
            // C# leaves format characters (a soft hyphen, a zero-width joiner) out of a name: 'Pe\u00ADtClient' declares
            // PetClient, which the naming pass would let a schema of that name take too (CS0101, CS0261).
            RefuseClientName($"The client name '{clientName}' holds a format character, which C# leaves out of the name: it reads '{readName}'", $"the name C# reads, '{readName}'");
            return null;
        }

        if (System.Text.Encoding.UTF8.GetByteCount(clientName) > Naming.TypeNaming.MaxClientNameBytes)
        {
            // The names derived from it (its options, its registration, its converters of long types) would pass
            // metadata's 1,023 bytes: CS7013 on each.
            RefuseClientName($"The client name '{clientName}' is longer than the {Naming.TypeNaming.MaxClientNameBytes} UTF-8 bytes a client name may have", "a shorter class name");
            return null;
        }

        if (clientName == "var")
        {
            // A type named var is legal, but every 'var' local in its namespace would then declare one.
            RefuseClientName("The client name 'var' would change what 'var' means in the generated code", "another class name");
            return null;
        }

        var accessibility = (_input.Accessibility ?? "public").Trim().ToLowerInvariant();
        if (accessibility is not ("public" or "internal"))
        {
            Report(DiagnosticDescriptors.InvalidOption, FileStart(), $"The accessibility '{_input.Accessibility}' is neither public nor internal", "the AiiaAccessibility of " + System.IO.Path.GetFileName(_input.Path), "Set AiiaAccessibility on the AdditionalFiles item to public or internal.");
            return null;
        }

        if (!string.IsNullOrWhiteSpace(_input.UndocumentedProperties))
        {
            if (ParseUndocumentedHandling(_input.UndocumentedProperties) is not { } handling)
            {
                Report(DiagnosticDescriptors.InvalidOption, FileStart(), $"The undocumented-property handling '{_input.UndocumentedProperties}' is not keep, ignore or error", "the AiiaUndocumentedProperties of " + System.IO.Path.GetFileName(_input.Path), "Set AiiaUndocumentedProperties on the AdditionalFiles item to keep (the default), ignore or error.");
                return null;
            }

            _undocumentedDefault = handling;
        }

        if (!string.IsNullOrWhiteSpace(_input.ShareIdenticalSchemas))
        {
            if (!bool.TryParse(_input.ShareIdenticalSchemas!.Trim(), out _shareIdenticalSchemas))
            {
                Report(DiagnosticDescriptors.InvalidOption, FileStart(), $"The value '{_input.ShareIdenticalSchemas}' is neither true nor false", "the AiiaShareIdenticalSchemas of " + System.IO.Path.GetFileName(_input.Path), "Set AiiaShareIdenticalSchemas on the AdditionalFiles item to true or false (the default).");
                return null;
            }
        }

        var @namespace = _input.Namespace;
        if (System.Text.Encoding.UTF8.GetByteCount(@namespace) > Naming.TypeNaming.MaxNamespaceBytes)
        {
            // Every generated type's full name would pass metadata's 1,023 bytes (CS7013).
            Report(DiagnosticDescriptors.InvalidName, FileStart(), $"The namespace '{@namespace}' is longer than the {Naming.TypeNaming.MaxNamespaceBytes} UTF-8 bytes a generated namespace may have", "the AiiaNamespace of " + System.IO.Path.GetFileName(_input.Path), "Set AiiaNamespace on the AdditionalFiles item (or the project's RootNamespace) to a shorter namespace, e.g. AiiaNamespace=\"Contoso.Pets\".");
            return null;
        }

        if (System.Array.IndexOf(Naming.ReservedNames.ReferencedNamespaces, @namespace) >= 0)
        {
            // Its types would stand beside, and be mistaken for, the ones generated code names there.
            Report(DiagnosticDescriptors.InvalidName, FileStart(), $"The namespace '{@namespace}' is one the generated code uses", "the AiiaNamespace of " + System.IO.Path.GetFileName(_input.Path), "Set AiiaNamespace on the AdditionalFiles item (or the project's RootNamespace) to a namespace of your own, e.g. AiiaNamespace=\"Contoso.Pets\".");
            return null;
        }

        if (_input.NamespaceTakenBy is { } type)
        {
            // A namespace cannot share its full name with a type (CS0101 in the project, CS0435 against a reference).
            Report(DiagnosticDescriptors.InvalidName, FileStart(), $"The namespace '{@namespace}' is the name of {type}", "the AiiaNamespace of " + System.IO.Path.GetFileName(_input.Path), "Set AiiaNamespace on the AdditionalFiles item (or the project's RootNamespace) to a namespace that is not a type's name, e.g. AiiaNamespace=\"Contoso.Pets\".");
            return null;
        }

        if (_input.VarTypeSeen is { } varType)
        {
            // As with a client named var: every 'var' local of the generated code would declare one.
            Report(DiagnosticDescriptors.InvalidName, FileStart(), $"The namespace '{@namespace}' sees {varType}, which would change what 'var' means in the generated code", "the AiiaNamespace of " + System.IO.Path.GetFileName(_input.Path), "Set AiiaNamespace on the AdditionalFiles item (or the project's RootNamespace) to a namespace that sees no type named var, or rename that type.");
            return null;
        }

        foreach (var (segment, referenced) in Naming.ReservedNames.NamespaceSegmentsUnder(@namespace))
        {
            if (segment == clientName)
            {
                RefuseClientName($"The client name '{clientName}' in the namespace '{@namespace}' would hide the namespace '{referenced}', which the generated code depends on", "another class name");
                return null;
            }
        }

        foreach (var taken in _input.TakenNames)
        {
            if (taken.Name == clientName && taken.Client is null) // another spec's class steps aside for this client instead
            {
                RefuseClientName($"The client name '{clientName}' in the namespace '{@namespace}' is taken by {taken.Holder}", "another class name");
                return null;
            }
        }

        ReadSecuritySchemes();
        IndexComponentSchemas();
        NoteValuesOfExamples(paths);
        ReadComponentSchemas();
        var server = FirstServer(root);
        var operations = ReadOperations(paths, server);
        MarkRequiredSchemes(operations);
        var sessionRenewal = ReadSessionExtensions(paths, clientName, operations);

        var read = new ApiSpec(
            _input.Path,
            @namespace,
            clientName,
            accessibility,
            title ?? clientName,
            description,
            _objects.ToEquatableArray(),
            _enums.ToEquatableArray(),
            operations.ToEquatableArray(),
            _securitySchemes.ToEquatableArray(),
            ReadDocumentedErrorCodes(),
            sessionRenewal,
            Unions: _unions.ToEquatableArray(),
            DocumentedServer: ExampleBaseAddress(server));
        var kept = WithoutUnusedTypes(read, out var used);
        return Name(_shareIdenticalSchemas ? WithIdenticalTypesShared(kept, used) : kept, used);
    }

    /// <summary>The name a component schema's type derives from (an imported schema's own name, not its key).</summary>
    private string SchemaName(string key) => _externals?.SchemaName(key) ?? key;

    /// <summary>The spec path of a component schema: <c>components.schemas.Pet</c>, or an imported schema's path in its file.</summary>
    private string ComponentSchemaPath(string key) => _externals?.SchemaPath(key) ?? "components.schemas." + key;

    /// <summary>The naming pass over what was read; each name it had to change is reported (AIIA0014) where it belongs.</summary>
    private ApiSpec Name(ApiSpec read, bool[] used)
    {
        var changes = new List<NameChange>();
        var typeChanges = new List<TypeNameChange>();
        var named = SpecNaming.Run(read, _typeRequests, _input.TakenNames, typeChanges, changes, used, out var typeNames);
        // A type's renames are reported at its schema, among the reading's diagnostics where the reader asked for its
        // name, a member's where its type's reading ended: the order they had when the reader named them.
        var placed = new List<PlacedReport>(typeChanges.Count);
        foreach (var change in typeChanges)
        {
            var site = _typeSites[change.Request];
            var at = site.Node is { } node ? Locate(node) : FileStart();
            placed.Add(new PlacedReport(site.Diagnostic, (2L * change.Request) + 1, -1, placed.Count, NameChanged(at, change.Owner, site.Path, change.Desired, change.Reason, change.Name, RenameAdvice.Of(change.Origin))));
        }

        // Where each generated type sits, by its final name: where a name derived from it is reported.
        var typeOrigins = new Dictionary<string, (SpecNode Node, string Path)>(StringComparer.Ordinal);
        for (var i = 0; i < typeNames.Length; i++)
        {
            if (used[i] && _typeSites[i].Node is { } node)
            {
                typeOrigins[typeNames[i]] = (node, _typeSites[i].Path);
            }
        }

        foreach (var change in changes)
        {
            var owner = char.ToUpperInvariant(change.Owner[0]) + change.Owner.Substring(1);
            var reason = change.Reason ?? (change.Nameless ? "a C# name needs a letter or digit" : change.TakenBy + " already has that name");
            if (change.Member is { } member && _memberSources.Site(member) is { } memberSite)
            {
                var position = memberSite.Position;
                placed.Add(new PlacedReport(position.Diagnostics, 2L * position.TypeRequests, position.Read, placed.Count, NameChanged(Locate(memberSite.Node), owner, memberSite.Path, change.Desired, reason, change.Name, RenameAdvice.Of(change.Origin))));
                continue;
            }

            // At the parameter, record, security scheme or operation the name belongs to, else at the spec type that holds the name, else the first line.
            var sources = change.Operation >= 0 ? _operationSources[change.Operation] : null;
            (SpecNode Node, string Path)? where = change.Parameter is { } key && sources?.Site(key, change.Nameless) is { } site ? (site.Node, site.Path)
                : change.TypeName is { } type && typeOrigins.TryGetValue(type, out var origin) ? origin
                : change.Scheme is { } scheme && _schemeOrigins.TryGetValue(scheme, out var schemeOrigin) ? schemeOrigin
                : change.Operation >= 0 ? (change.AtOperationId ? _operationOrigins[change.Operation].IdNode : _operationOrigins[change.Operation].Node, _operationOrigins[change.Operation].Path)
                : typeOrigins.TryGetValue(change.Desired, out var holder) ? holder
                : null;
            Report(DiagnosticDescriptors.NameChanged, where is { } w ? Locate(w.Node) : FileStart(), owner, where?.Path ?? "$", change.Desired, reason, change.Name, RenameAdvice.Of(change.Origin));
        }

        // Placed in order (a type's member renames in the pass's order), each after the ones placed before it.
        placed.Sort(PlacedReport.Compare);
        var inserted = 0;
        foreach (var report in placed)
        {
            _diagnostics.Insert(report.Diagnostics + inserted++, report.Info);
        }

        for (var i = 0; i < _operationSources.Count; i++)
        {
            foreach (var site in _operationSources[i].Placeholders ?? Enumerable.Empty<PlaceholderSite>())
            {
                var parameter = named.Operations[i].Parameters.First(p => p.IsPlaceholder && p.WireName == site.Placeholder);
                Report(DiagnosticDescriptors.PlaceholderWithoutParameter, site.PathKey, site.Placeholder, site.Path, parameter.Name);
            }
        }

        return named;
    }

    private static DiagnosticInfo NameChanged(LocationInfo at, params string[] args) =>
        new(DiagnosticDescriptors.NameChanged, at, new EquatableArray<string>(args));

    /// <summary>
    /// A rename report placed among the reading's diagnostics: after <paramref name="Diagnostics"/> of them; among those
    /// at one place, by <paramref name="Order"/> (a type's <c>2 × request + 1</c>, a member's <c>2 × the types asked for
    /// before its type's reading ended</c>: after those types, before later ones), then by when its type's reading
    /// ended (<paramref name="Read"/>), then as returned (<paramref name="Index"/>).
    /// </summary>
    private sealed record PlacedReport(int Diagnostics, long Order, int Read, int Index, DiagnosticInfo Info)
    {
        public static int Compare(PlacedReport a, PlacedReport b) =>
            a.Diagnostics != b.Diagnostics ? a.Diagnostics.CompareTo(b.Diagnostics)
            : a.Order != b.Order ? a.Order.CompareTo(b.Order)
            : a.Read != b.Read ? a.Read.CompareTo(b.Read)
            : a.Index.CompareTo(b.Index);
    }
}

/// <summary>The model of one spec (null when an error was reported) and its diagnostics.</summary>
public sealed record ParseResult(ApiSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
