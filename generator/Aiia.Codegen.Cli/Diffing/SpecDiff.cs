using System.Text;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Cli.Diffing;

/// <summary>
/// Classifies the changes between two versions of a spec, compared as our models (what clients are generated from):
/// <list type="bullet">
/// <item><b>breaking</b>: a removed operation, parameter, request or response property, schema or enum value; an enum
/// member whose <c>…Kind</c> number moved (only on a hash collision, see <see cref="EnumKindValues"/>); a changed
/// operationId (the generated method is renamed); a changed property, parameter or body type; a new required
/// parameter, request property or request body; an optional request property or parameter made required; a
/// response property made optional or nullable; a new security requirement; a member the generator adds (an enum's
/// kind of unlisted values, a record's kept properties, a property's default) renamed because a new name took it, or a
/// default removed.</item>
/// <item><b>additive</b>: a new operation, optional parameter or request property, response property, schema or enum
/// value (clients keep an unknown value, with the kind <c>Unknown</c>), or enum values reordered (the companion
/// <c>…Kind</c> enum's numbers follow the wire values, not their positions: <see cref="EnumKindValues"/>); a required
/// parameter or request property made optional; a dropped security requirement.</item>
/// </list>
/// A type used in both requests and responses gets both sets of rules, and the stricter classification wins; a type
/// no operation reaches is treated the same way. Operations are matched by method and path (placeholder names
/// ignored), parameters by location and name, properties by wire name, types by where they come from in the spec (their
/// provenance: a new schema can take an inline type's name, <c>StatusOwner</c> → <c>StatusOwner2</c>, and two colliding
/// schemas swap names when reordered), else by their generated names.
/// </summary>
internal sealed class SpecDiff
{
    private readonly ApiSpec _old;
    private readonly ApiSpec _new;
    private readonly TypeIndex _oldIndex;
    private readonly TypeIndex _newIndex;
    private readonly List<SpecChange> _changes = [];

    private readonly Dictionary<string, string> _oldNameOf; // a new type's name → its old type's, when they are paired
    private readonly Dictionary<string, string> _newNameOf; // the inverse

    private SpecDiff(ApiSpec old, TypeIndex oldIndex, ApiSpec @new, TypeIndex newIndex)
    {
        _old = old;
        _new = @new;
        _oldIndex = oldIndex;
        _newIndex = newIndex;
        _oldNameOf = PairTypes(Types(old), Types(@new));
        _newNameOf = _oldNameOf.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }

    private static IEnumerable<(string Name, SpecSource? Source)> Types(ApiSpec spec) =>
        spec.Objects.Select(o => (o.Name, o.Source)).Concat(spec.Enums.Select(e => (e.Name, e.Source)));

    /// <summary>
    /// Pairs each new type with the old one from the same place in the spec (its provenance's spec path), and the rest
    /// by name where that name's old type is not paired already: new type name → old type name.
    /// </summary>
    private static Dictionary<string, string> PairTypes(IEnumerable<(string Name, SpecSource? Source)> old, IEnumerable<(string Name, SpecSource? Source)> @new)
    {
        var oldByPath = new Dictionary<string, string>(StringComparer.Ordinal);
        var oldNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, source) in old)
        {
            oldNames.Add(name);
            if (source is not null)
            {
                oldByPath.TryAdd(source.SpecPath, name);
            }
        }

        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        var paired = new HashSet<string>(StringComparer.Ordinal);
        var unpaired = new List<string>();
        foreach (var (name, source) in @new)
        {
            if (pairs.ContainsKey(name))
            {
                continue;
            }

            if (source is not null && oldByPath.TryGetValue(source.SpecPath, out var oldName) && paired.Add(oldName))
            {
                pairs[name] = oldName;
            }
            else
            {
                unpaired.Add(name);
            }
        }

        foreach (var name in unpaired)
        {
            if (oldNames.Contains(name) && paired.Add(name))
            {
                pairs[name] = name;
            }
        }

        return pairs;
    }

    /// <summary>Whether two types read the same, the old one's type names taken as their paired new types' names.</summary>
    private bool SameShape(TypeRef before, TypeRef after) => TypeShape(AsNew(before)) == TypeShape(after);

    private TypeRef AsNew(TypeRef type) => type with
    {
        Name = type.Name is { } name && _newNameOf.TryGetValue(name, out var renamed) ? renamed : type.Name,
        Element = type.Element is { } element ? AsNew(element) : null,
    };

    /// <summary>The classified changes from <paramref name="old"/> to <paramref name="new"/>, in spec order.</summary>
    public static IReadOnlyList<SpecChange> Compare(ApiSpec old, TypeIndex oldIndex, ApiSpec @new, TypeIndex newIndex)
    {
        var diff = new SpecDiff(old, oldIndex, @new, newIndex);
        diff.CompareOperations();
        diff.CompareSecuritySchemes();
        diff.CompareTypes();
        return diff._changes;
    }

    private void Add(ChangeKind kind, string rule, string path, string message) =>
        _changes.Add(new SpecChange(kind, rule, path, message));

    /// <summary>Method and path with every placeholder written <c>{}</c>: renaming a path parameter keeps the operation.</summary>
    private static string OperationKey(OperationModel operation)
    {
        var template = operation.PathTemplate;
        var key = new StringBuilder(operation.HttpMethod).Append(' ');
        var from = 0;
        foreach (var placeholder in PathTemplate.Placeholders(template))
        {
            key.Append(template, from, placeholder.Index - from).Append("{}");
            from = placeholder.Index + placeholder.Length;
        }

        return key.Append(template, from, template.Length - from).ToString();
    }

    private static string Describe(OperationModel operation) =>
        $"{operation.OperationId} ({operation.HttpMethod} {operation.PathTemplate})";

    private void CompareOperations()
    {
        var newByKey = _new.Operations.GroupBy(OperationKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var oldKeys = new HashSet<string>(_old.Operations.Select(OperationKey), StringComparer.Ordinal);
        foreach (var old in _old.Operations)
        {
            if (!newByKey.ContainsKey(OperationKey(old)))
            {
                Add(ChangeKind.Breaking, "operation-removed", TypeIndex.OperationPath(old), $"the operation {Describe(old)} was removed");
            }
        }

        var oldByKey = _old.Operations.GroupBy(OperationKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var current in _new.Operations)
        {
            var path = TypeIndex.OperationPath(current);
            if (!oldKeys.Contains(OperationKey(current)))
            {
                Add(ChangeKind.Additive, "operation-added", path, $"the operation {Describe(current)} was added");
                continue;
            }

            var old = oldByKey[OperationKey(current)];
            if (!string.Equals(old.MethodName, current.MethodName, StringComparison.Ordinal))
            {
                Add(ChangeKind.Breaking, "operation-id-changed", path + ".operationId", old.OperationId == current.OperationId
                    ? $"the generated method of '{current.OperationId}' is now {current.MethodName}Async, was {old.MethodName}Async (colliding names go to whichever operation comes first)"
                    : $"the operationId changed from '{old.OperationId}' to '{current.OperationId}': the generated method {old.MethodName}Async becomes {current.MethodName}Async");
            }

            // A waiter steps aside for an operation of its name (the spec's operations win): a call of the old name now calls that.
            if (old.Polling is { } oldPolling && current.Polling is { } newPolling && !string.Equals(oldPolling.WaiterName, newPolling.WaiterName, StringComparison.Ordinal))
            {
                var taker = _new.Operations.FirstOrDefault(o => string.Equals(o.MethodName, oldPolling.WaiterName, StringComparison.Ordinal));
                GeneratedMemberRenamed(path + ".x-aiia-polling", oldPolling.WaiterName + "Async", $"the waiter of '{current.OperationId}'", newPolling.WaiterName + "Async", taker is null ? null : $"the operation {Describe(taker)}");
            }

            CompareParameters(path, old, current);
            CompareRequestBody(path, old, current);
            CompareResponse(path, old, current);
            CompareSecurity(path, old, current);
        }
    }

    private void CompareParameters(string path, OperationModel old, OperationModel current)
    {
        // A header is matched whatever its case (X-Id renamed x-id is the same header), unless either version has two header
        // parameters differing only in case (legal: parameter names are case-sensitive): those are matched as written.
        var exact = new HashSet<string>(SharedHeaderNames(old).Concat(SharedHeaderNames(current)), StringComparer.Ordinal);
        string Key(ParameterModel p) =>
            p.In + ":" + (p.In == ParameterLocation.Header && !exact.Contains(p.WireName.ToLowerInvariant()) ? p.WireName.ToLowerInvariant() : p.WireName);
        static IEnumerable<string> SharedHeaderNames(OperationModel operation) => operation.Parameters
            .Where(p => p.In == ParameterLocation.Header)
            .GroupBy(p => p.WireName.ToLowerInvariant(), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
        var oldByKey = old.Parameters.ToDictionary(Key, StringComparer.Ordinal);
        var newByKey = current.Parameters.ToDictionary(Key, StringComparer.Ordinal);
        foreach (var parameter in old.Parameters.Where(p => !newByKey.ContainsKey(Key(p))))
        {
            Add(ChangeKind.Breaking, "parameter-removed", path + ".parameters." + parameter.WireName, $"the {Location(parameter)} parameter '{parameter.WireName}' of {current.OperationId} was removed");
        }

        foreach (var parameter in current.Parameters)
        {
            var parameterPath = path + ".parameters." + parameter.WireName;
            if (!oldByKey.TryGetValue(Key(parameter), out var previous))
            {
                if (parameter.IsRequired)
                {
                    Add(ChangeKind.Breaking, "parameter-added-required", parameterPath, $"the required {Location(parameter)} parameter '{parameter.WireName}' was added to {current.OperationId}");
                }
                else
                {
                    Add(ChangeKind.Additive, "parameter-added-optional", parameterPath, $"the optional {Location(parameter)} parameter '{parameter.WireName}' was added to {current.OperationId}");
                }

                continue;
            }

            if (!previous.IsRequired && parameter.IsRequired)
            {
                Add(ChangeKind.Breaking, "parameter-became-required", parameterPath, $"the {Location(parameter)} parameter '{parameter.WireName}' of {current.OperationId} became required");
            }
            else if (previous.IsRequired && !parameter.IsRequired)
            {
                Add(ChangeKind.Additive, "parameter-became-optional", parameterPath, $"the {Location(parameter)} parameter '{parameter.WireName}' of {current.OperationId} became optional");
            }

            if (!SameShape(previous.Type, parameter.Type))
            {
                Add(ChangeKind.Breaking, "parameter-type-changed", parameterPath + ".schema", $"the type of the {Location(parameter)} parameter '{parameter.WireName}' of {current.OperationId} changed from {TypeShape(previous.Type)} to {TypeShape(parameter.Type)}");
            }

            // Colliding names go to whichever comes first: reordered, the same argument sends another parameter.
            if (!string.Equals(previous.Name, parameter.Name, StringComparison.Ordinal))
            {
                Add(ChangeKind.Breaking, "parameter-renamed", parameterPath, $"the {Location(parameter)} parameter '{parameter.WireName}' of {current.OperationId} is now the argument {parameter.Name}, was {previous.Name}: a call naming {previous.Name} sends {(current.Parameters.Any(p => p.Name == previous.Name) ? "another parameter" : "nothing: it does not compile")}");
            }
        }
    }

    private void CompareRequestBody(string path, OperationModel old, OperationModel current)
    {
        path += ".requestBody";
        switch (old.Body, current.Body)
        {
            case (null, null):
                return;
            case (not null, null):
                Add(ChangeKind.Breaking, "request-body-removed", path, $"the request body of {current.OperationId} was removed");
                return;
            case (null, { } added):
                if (added.IsRequired)
                {
                    Add(ChangeKind.Breaking, "request-body-added-required", path, $"a required request body ({TypeShape(added.Type)}) was added to {current.OperationId}");
                }
                else
                {
                    Add(ChangeKind.Additive, "request-body-added-optional", path, $"an optional request body ({TypeShape(added.Type)}) was added to {current.OperationId}");
                }

                return;
            case ({ } before, { } after):
                if (!before.IsRequired && after.IsRequired)
                {
                    Add(ChangeKind.Breaking, "request-body-became-required", path, $"the request body of {current.OperationId} became required");
                }
                else if (before.IsRequired && !after.IsRequired)
                {
                    Add(ChangeKind.Additive, "request-body-became-optional", path, $"the request body of {current.OperationId} became optional");
                }

                if (IsForm(before) != IsForm(after) || (!IsForm(before) && !SameShape(before.Type, after.Type)))
                {
                    // A form's fields are arguments of their own (compared below); its body type says nothing.
                    Add(ChangeKind.Breaking, "request-body-type-changed", path, $"the request body of {current.OperationId} changed from {BodyShape(before)} to {BodyShape(after)}");
                }

                if (IsForm(before) && IsForm(after))
                {
                    CompareFields(path, current, before.Fields, after.Fields);
                }

                return;
        }
    }

    /// <summary>Why a member's C# name changed: the name the spec gives it (<paramref name="extension"/>) changed, or,
    /// given alike, names that collide went to whichever came first.</summary>
    private static string RenameCause(string? oldGiven, string? newGiven, string extension) =>
        oldGiven == newGiven ? "colliding names go to whichever comes first" : GivenNameChanged(extension);

    private static string GivenNameChanged(string extension) => $"the name the spec gives it ({extension}) changed";

    /// <summary>The extensions a type, property, parameter or field takes its name from: the model keeps the name, not which one gave it.</summary>
    private const string NameExtensions = "x-aiia-name or x-ms-client-name";

    /// <summary>The extensions an enum member takes its name from.</summary>
    private const string EnumNameExtensions = "x-enum-varnames, x-enumNames or x-ms-enum";

    private static bool IsForm(RequestBodyModel body) => body.Kind is BodyKind.Form or BodyKind.Multipart;

    /// <summary>What the caller passes as a body: a form's fields, or the body's type.</summary>
    private static string BodyShape(RequestBodyModel body) => body.Kind switch
    {
        BodyKind.Form => "form fields (application/x-www-form-urlencoded)",
        BodyKind.Multipart => "multipart form fields",
        _ => TypeShape(body.Type),
    };

    /// <summary>A form or multipart body's fields, each a method argument of its own: compared like parameters, by wire name.</summary>
    private void CompareFields(string path, OperationModel operation, EquatableArray<BodyFieldModel> old, EquatableArray<BodyFieldModel> current)
    {
        var operationId = operation.OperationId;
        var oldByWire = old.ToDictionary(f => f.WireName, StringComparer.Ordinal);
        var newByWire = current.ToDictionary(f => f.WireName, StringComparer.Ordinal);
        foreach (var field in old.Where(f => !newByWire.ContainsKey(f.WireName)))
        {
            Add(ChangeKind.Breaking, "field-removed", path + ".fields." + field.WireName, $"the field '{field.WireName}' of {operationId}'s body was removed");
        }

        foreach (var field in current)
        {
            var fieldPath = path + ".fields." + field.WireName;
            if (!oldByWire.TryGetValue(field.WireName, out var previous))
            {
                var required = field.IsRequired ? "required" : "optional";
                Add(field.IsRequired ? ChangeKind.Breaking : ChangeKind.Additive, "field-added-" + required, fieldPath, $"the {required} field '{field.WireName}' was added to {operationId}'s body");
                continue;
            }

            if (!previous.IsRequired && field.IsRequired)
            {
                Add(ChangeKind.Breaking, "field-became-required", fieldPath, $"the field '{field.WireName}' of {operationId}'s body became required");
            }
            else if (previous.IsRequired && !field.IsRequired)
            {
                Add(ChangeKind.Additive, "field-became-optional", fieldPath, $"the field '{field.WireName}' of {operationId}'s body became optional");
            }

            if (previous.File != field.File || (field.File == 0 && !SameShape(previous.Type, field.Type)))
            {
                Add(ChangeKind.Breaking, "field-type-changed", fieldPath, $"the type of the field '{field.WireName}' of {operationId}'s body changed from {FieldShape(previous)} to {FieldShape(field)}");
            }

            if (!string.Equals(previous.Name, field.Name, StringComparison.Ordinal))
            {
                var why = RenameCause(previous.GivenName, field.GivenName, NameExtensions);
                Add(ChangeKind.Breaking, "field-renamed", fieldPath, $"the field '{field.WireName}' of {operationId}'s body is now the argument {field.Name}, was {previous.Name} ({why}): a call naming {previous.Name} {(current.Any(f => f.Name == previous.Name) || operation.Parameters.Any(p => p.Name == previous.Name) ? "sends another value" : "does not compile")}");
            }
        }
    }

    private static string FieldShape(BodyFieldModel field) => field.File switch
    {
        1 => "a file",
        2 => "a list of files",
        _ => TypeShape(field.Type),
    };

    private void CompareResponse(string path, OperationModel old, OperationModel current)
    {
        path += ".responses";
        switch (old.Response, current.Response)
        {
            case (not null, null):
                Add(ChangeKind.Breaking, "response-body-removed", path, $"the response body of {current.OperationId} was removed");
                break;
            case (null, { } added):
                Add(ChangeKind.Additive, "response-body-added", path, $"a response body ({TypeShape(added)}) was added to {current.OperationId}");
                break;
            case ({ } before, { } after) when !SameShape(before, after):
                Add(ChangeKind.Breaking, "response-type-changed", path, $"the response of {current.OperationId} changed from {TypeShape(before)} to {TypeShape(after)}");
                break;
        }
    }

    private void CompareSecurity(string path, OperationModel old, OperationModel current)
    {
        var before = Alternatives(old);
        var after = Alternatives(current);
        if (before.Count <= 1 && after.Count <= 1 || before.Count == 0 || after.Count == 0)
        {
            // One requirement (or none) on a side: every scheme it names is needed, so a scheme added breaks callers.
            var oldSchemes = before.SelectMany(a => a).ToList();
            var newSchemes = after.SelectMany(a => a).ToList();
            foreach (var scheme in newSchemes.Where(s => !oldSchemes.Contains(s)))
            {
                Add(ChangeKind.Breaking, "security-requirement-added", path + ".security", $"{current.OperationId} now requires the security scheme '{scheme}'");
            }

            foreach (var scheme in oldSchemes.Where(s => !newSchemes.Contains(s)))
            {
                Add(ChangeKind.Additive, "security-requirement-removed", path + ".security", $"{current.OperationId} no longer requires the security scheme '{scheme}'");
            }

            return;
        }

        // Alternatives: a new way to authenticate breaks no caller; one taken away breaks the callers that used it.
        var oldKeys = before.Select(a => string.Join(" + ", a)).ToList();
        var newKeys = after.Select(a => string.Join(" + ", a)).ToList();
        static string Security(string key) => key.Length == 0 ? "no authentication (an empty requirement)" : $"the security '{key}'";
        foreach (var added in newKeys.Where(k => !oldKeys.Contains(k)))
        {
            Add(ChangeKind.Additive, "security-alternative-added", path + ".security", $"{current.OperationId} now also accepts {Security(added)}");
        }

        foreach (var removed in oldKeys.Where(k => !newKeys.Contains(k)))
        {
            Add(ChangeKind.Breaking, "security-alternative-removed", path + ".security", $"{current.OperationId} no longer accepts {Security(removed)}");
        }
    }

    /// <summary>
    /// The schemes themselves: each is an options property (or two) of the client and a place the credential goes, so
    /// one removed, of another kind, or sending its key elsewhere breaks callers; one added is additive.
    /// </summary>
    private void CompareSecuritySchemes()
    {
        var current = _new.SecuritySchemes.ToDictionary(s => s.SchemeName, StringComparer.Ordinal);
        foreach (var old in _old.SecuritySchemes)
        {
            var path = "components.securitySchemes." + old.SchemeName;
            if (!current.TryGetValue(old.SchemeName, out var now))
            {
                Add(ChangeKind.Breaking, "security-scheme-removed", path, $"the security scheme '{old.SchemeName}' was removed (the options property {old.PropertyName} is gone)");
            }
            else if (Describe(old) != Describe(now))
            {
                Add(ChangeKind.Breaking, "security-scheme-changed", path, $"the security scheme '{old.SchemeName}' changed from {Describe(old)} to {Describe(now)}: a client built from the old spec sends its credential where the server no longer reads it");
            }
            else if (old.PropertyName != now.PropertyName)
            {
                Add(ChangeKind.Breaking, "security-scheme-renamed", path, $"the options property of the security scheme '{old.SchemeName}' changed from {old.PropertyName} to {now.PropertyName}");
            }
        }

        var oldNames = new HashSet<string>(_old.SecuritySchemes.Select(s => s.SchemeName), StringComparer.Ordinal);
        foreach (var added in _new.SecuritySchemes.Where(s => !oldNames.Contains(s.SchemeName)))
        {
            Add(ChangeKind.Additive, "security-scheme-added", "components.securitySchemes." + added.SchemeName, $"the security scheme '{added.SchemeName}' was added");
        }

        static string Describe(SecuritySchemeModel scheme) => scheme.Kind == SecuritySchemeKind.ApiKey
            ? $"an API key in the {scheme.In.ToString().ToLowerInvariant()} '{scheme.ParameterName}'"
            : $"the kind {scheme.Kind}";
    }

    /// <summary>The operation's security alternatives, each as its ordered scheme names.</summary>
    private static List<List<string>> Alternatives(OperationModel operation) =>
        operation.Security.Select(r => r.Schemes.Select(s => s.SchemeName).OrderBy(n => n, StringComparer.Ordinal).ToList()).ToList();

    /// <summary>
    /// The public classes the generator adds beside the spec's types (the options, the registration, the session
    /// renewer, each enum's <c>…Kind</c>): a new schema of such a name takes it, and they are numbered
    /// (<c>PetsClientOptions2</c>), so code naming them breaks.
    /// </summary>
    private void CompareGeneratedTypes()
    {
        void Compare(string what, string? before, string? after, string path)
        {
            if (before is not null && after is not null && before != after)
            {
                Add(ChangeKind.Breaking, "generated-type-renamed", path, $"{what} is now {after}, was {before} (a new schema took the name): code naming {before} {(_newIndex.ComponentNameOf(before) is { } schema ? $"now means the schema '{schema}'" : "does not compile")}");
            }
        }

        Compare("the client options class", _old.GeneratedNames.Options, _new.GeneratedNames.Options, "$");
        Compare("the registration class", _old.GeneratedNames.Registration, _new.GeneratedNames.Registration, "$");
        Compare("the session renewer", _old.SessionRenewal?.RenewerName, _new.SessionRenewal?.RenewerName, "$");
        var oldEnums = _old.Enums.ToDictionary(e => e.Name, StringComparer.Ordinal);
        foreach (var current in _new.Enums)
        {
            if (oldEnums.TryGetValue(current.Name, out var old))
            {
                Compare($"the Kind enum of {current.Name}", old.KindName, current.KindName, _newIndex.PathOf(current.Name));
            }
        }

        // A discriminated base's record for unknown values (UnknownAnimal), and a union's raw-JSON fallback (Json).
        var oldBases = _old.Objects.Where(o => o.Discriminator is not null).ToDictionary(o => o.Name, StringComparer.Ordinal);
        foreach (var current in _new.Objects.Where(o => o.Discriminator is not null))
        {
            if (oldBases.TryGetValue(current.Name, out var old))
            {
                Compare($"the record of {current.Name} for an unknown discriminator value", old.Discriminator!.UnknownName, current.Discriminator!.UnknownName, _newIndex.PathOf(current.Name));
            }
        }

        var oldUnions = _old.Unions.ToDictionary(u => u.Name, StringComparer.Ordinal);
        foreach (var current in _new.Unions)
        {
            if (oldUnions.TryGetValue(current.Name, out var old) && old.JsonName != current.JsonName)
            {
                var taker = current.Alternatives.Any(a => a.Name == old.JsonName) ? $"the alternative {current.Name}.{old.JsonName}" : null;
                GeneratedMemberRenamed(_newIndex.PathOf(current.Name), $"{current.Name}.{old.JsonName}", $"the raw JSON fallback of {current.Name}", $"{current.Name}.{current.JsonName}", taker);
            }
        }
    }

    private void CompareTypes()
    {
        CompareGeneratedTypes();
        var oldObjects = _old.Objects.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var oldEnums = _old.Enums.ToDictionary(e => e.Name, StringComparer.Ordinal);
        var newObjects = _new.Objects.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var newEnums = _new.Enums.ToDictionary(e => e.Name, StringComparer.Ordinal);

        // Component schemas that went away or changed kind (inline ones are covered by their property).
        foreach (var name in _old.Objects.Select(o => o.Name).Concat(_old.Enums.Select(e => e.Name)))
        {
            var component = _oldIndex.ComponentNameOf(name);
            if (component is null)
            {
                continue;
            }

            var wasObject = oldObjects.ContainsKey(name);
            var newName = _newNameOf.TryGetValue(name, out var paired) ? paired : null;
            if (newName is not null && (wasObject ? newObjects.ContainsKey(newName) : newEnums.ContainsKey(newName)))
            {
                continue;
            }

            if (newName is not null)
            {
                Add(ChangeKind.Breaking, "schema-type-changed", _oldIndex.PathOf(name), $"the schema '{component}' changed from {(wasObject ? "an object" : "an enum")} to {(wasObject ? "an enum" : "an object")}");
            }
            else
            {
                Add(ChangeKind.Breaking, "schema-removed", _oldIndex.PathOf(name), $"the schema '{component}' was removed (the generated {(wasObject ? "record" : "enum")} {name} is gone)");
            }
        }

        foreach (var name in _new.Objects.Select(o => o.Name).Concat(_new.Enums.Select(e => e.Name)))
        {
            if (_newIndex.ComponentNameOf(name) is { } component && !_oldNameOf.ContainsKey(name))
            {
                Add(ChangeKind.Additive, "schema-added", _newIndex.PathOf(name), $"the schema '{component}' was added");
            }
        }

        foreach (var current in _new.Objects)
        {
            if (_oldNameOf.TryGetValue(current.Name, out var oldName) && oldObjects.TryGetValue(oldName, out var old))
            {
                TypeRenamed(oldName, current.Name, old.Source, current.Source);
                CompareObject(old, current);
            }
        }

        foreach (var current in _new.Enums)
        {
            if (_oldNameOf.TryGetValue(current.Name, out var oldName) && oldEnums.TryGetValue(oldName, out var old))
            {
                TypeRenamed(oldName, current.Name, old.Source, current.Source);
                CompareEnum(old, current);
            }
        }
    }

    /// <summary>A type from the same place in the spec now has another name: the name its component gives it
    /// (<c>x-aiia-name</c> or <c>x-ms-client-name</c>) changed, another schema took its name, or (an inline type, named after where it sits) a name
    /// it is derived from changed.</summary>
    private void TypeRenamed(string before, string after, SpecSource? oldSource, SpecSource? newSource)
    {
        if (before != after)
        {
            var why = oldSource?.GivenName != newSource?.GivenName ? GivenNameChanged(NameExtensions)
                : _newIndex.Declares(before) ? "another schema took the name"
                : $"a name it is derived from changed: the given name ({NameExtensions}) of the property, parameter or field that holds it, or the name of what it sits in";
            Add(ChangeKind.Breaking, "generated-type-renamed", _newIndex.PathOf(after), $"the type of {_newIndex.PathOf(after)} is now {after}, was {before} ({why}): code naming {before} {(_newIndex.ComponentNameOf(before) is { } schema ? $"now means the schema '{schema}'" : "does not compile")}");
        }
    }

    private void CompareObject(ObjectModel old, ObjectModel current)
    {
        // Keeping undocumented properties is a public member (UndocumentedProperties) and what a round trip writes back.
        var keptBefore = old.Undocumented == UndocumentedPropertyHandling.Keep && !old.InheritsUndocumented;
        var keptNow = current.Undocumented == UndocumentedPropertyHandling.Keep && !current.InheritsUndocumented;
        if (keptBefore != keptNow)
        {
            Add(keptBefore ? ChangeKind.Breaking : ChangeKind.Additive, keptBefore ? "undocumented-properties-dropped" : "undocumented-properties-kept", _newIndex.PathOf(current.Name),
                keptBefore
                    ? $"{current.Name} no longer keeps properties its schema does not list (additionalProperties: false or x-aiia-undocumented-properties): its {old.UndocumentedPropertiesName} member is gone, and such properties are no longer written back"
                    : $"{current.Name} now keeps properties its schema does not list, in its {current.UndocumentedPropertiesName} member");
        }

        if (keptBefore && keptNow && old.UndocumentedPropertiesName != current.UndocumentedPropertiesName)
        {
            var taker = current.Properties.FirstOrDefault(p => p.Name == old.UndocumentedPropertiesName);
            GeneratedMemberRenamed(_newIndex.PathOf(current.Name), $"{current.Name}.{old.UndocumentedPropertiesName}", "the properties its schema does not list", $"{current.Name}.{current.UndocumentedPropertiesName}", taker is null ? null : $"the property '{taker.WireName}'");
        }

        var usage = _oldIndex.UsageOf(old.Name) | _newIndex.UsageOf(current.Name);
        if (usage == TypeUsage.None)
        {
            usage = TypeUsage.Request | TypeUsage.Response; // Not reached by an operation: assume either way.
        }

        var request = usage.HasFlag(TypeUsage.Request);
        var response = usage.HasFlag(TypeUsage.Response);
        var path = _newIndex.PathOf(current.Name) + ".properties.";
        var oldPath = _oldIndex.PathOf(old.Name) + ".properties.";
        var newProperties = current.Properties.ToDictionary(p => p.WireName, StringComparer.Ordinal);
        var oldProperties = old.Properties.ToDictionary(p => p.WireName, StringComparer.Ordinal);
        var where = $"{current.Name}{Direction(usage)}";

        foreach (var property in old.Properties.Where(p => !newProperties.ContainsKey(p.WireName)))
        {
            Add(ChangeKind.Breaking, response ? "response-property-removed" : "request-property-removed", oldPath + property.WireName, $"the property '{property.WireName}' of {where} was removed");
        }

        foreach (var property in current.Properties)
        {
            var propertyPath = path + property.WireName;
            if (!oldProperties.TryGetValue(property.WireName, out var previous))
            {
                if (request && property.IsRequired)
                {
                    Add(ChangeKind.Breaking, "request-property-added-required", propertyPath, $"the required property '{property.WireName}' was added to {where}");
                }
                else
                {
                    Add(ChangeKind.Additive, request ? "request-property-added-optional" : "response-property-added", propertyPath, $"the {(property.IsRequired ? "required" : "optional")} property '{property.WireName}' was added to {where}");
                }

                continue;
            }

            if (!SameShape(previous.Type, property.Type))
            {
                Add(ChangeKind.Breaking, "property-type-changed", propertyPath, $"the type of the property '{property.WireName}' of {where} changed from {TypeShape(previous.Type)} to {TypeShape(property.Type)}");
            }

            if (!string.Equals(previous.Name, property.Name, StringComparison.Ordinal))
            {
                Add(ChangeKind.Breaking, "property-renamed", propertyPath, $"the property '{property.WireName}' of {where} is now {current.Name}.{property.Name}, was {previous.Name} ({RenameCause(previous.GivenName, property.GivenName, NameExtensions)})");
            }

            // An enum of numbers or booleans is the plain type: a value gone is a value a sender may no longer send.
            var valuesGone = previous.Values.Where(v => !property.Values.Contains(v)).ToList();
            if (previous.Values.Count > 0 && property.Values.Count > 0 && valuesGone.Count > 0 && request)
            {
                Add(ChangeKind.Breaking, "enum-value-removed", propertyPath + ".enum", $"the value{(valuesGone.Count == 1 ? string.Empty : "s")} {string.Join(", ", valuesGone)} of the property '{property.WireName}' of {where} {(valuesGone.Count == 1 ? "was" : "were")} removed: a client that sends {(valuesGone.Count == 1 ? "it" : "one")} is now refused");
            }

            if (previous.Default is not null && previous.DefaultName is { } oldDefault)
            {
                if (property.Default is null)
                {
                    Add(ChangeKind.Breaking, "default-removed", propertyPath, $"the property '{property.WireName}' of {where} has no default any more: {current.Name}.{oldDefault} is gone");
                }
                else if (property.DefaultName is { } newDefault && newDefault != oldDefault)
                {
                    GeneratedMemberRenamed(propertyPath, $"{current.Name}.{oldDefault}", $"the default of '{property.WireName}'", $"{current.Name}.{newDefault}", current.Properties.FirstOrDefault(p => p.Name == oldDefault) is { } taker ? $"the property '{taker.WireName}'" : null);
                }
            }

            if (previous.IsRequired != property.IsRequired)
            {
                if (property.IsRequired)
                {
                    // Optional → required: requests that leave it out now fail; responses only promise more.
                    Add(request ? ChangeKind.Breaking : ChangeKind.Additive, request ? "request-property-became-required" : "response-property-became-required", propertyPath, $"the property '{property.WireName}' of {where} became required");
                }
                else
                {
                    // Required → optional: clients reading it may now find it missing; senders may leave it out.
                    Add(response ? ChangeKind.Breaking : ChangeKind.Additive, response ? "response-property-became-optional" : "request-property-became-optional", propertyPath, $"the property '{property.WireName}' of {where} became optional");
                }
            }
            else if (previous.Type.IsNullable != property.Type.IsNullable)
            {
                if (property.Type.IsNullable)
                {
                    Add(response ? ChangeKind.Breaking : ChangeKind.Additive, response ? "response-property-became-nullable" : "request-property-became-nullable", propertyPath, $"the property '{property.WireName}' of {where} became nullable");
                }
                else
                {
                    Add(request ? ChangeKind.Breaking : ChangeKind.Additive, request ? "request-property-became-non-nullable" : "response-property-became-non-nullable", propertyPath, $"the property '{property.WireName}' of {where} is no longer nullable");
                }
            }
        }
    }

    private void CompareEnum(EnumModel old, EnumModel current)
    {
        var path = _newIndex.PathOf(current.Name) + ".enum";
        var newValues = new HashSet<string>(current.Members.Select(m => m.WireValue), StringComparer.Ordinal);
        var oldValues = new HashSet<string>(old.Members.Select(m => m.WireValue), StringComparer.Ordinal);
        foreach (var member in old.Members.Where(m => !newValues.Contains(m.WireValue)))
        {
            // A value renamed in case or punctuation ('b' → 'B') keeps the member's name for another wire value.
            var heir = current.Members.FirstOrDefault(m => m.Name == member.Name);
            var fate = heir is null ? "is gone" : $"now stands for '{heir.WireValue}'";
            Add(ChangeKind.Breaking, "enum-value-removed", _oldIndex.PathOf(old.Name) + ".enum", $"the value '{member.WireValue}' was removed from the enum {current.Name} (the member {current.Name}.{member.Name} {fate})");
        }

        if (old.UnknownMemberName != current.UnknownMemberName)
        {
            // A documented value took the name (a value 'Unknown' added): code testing for unlisted values now tests for it.
            var taker = current.Members.FirstOrDefault(m => m.Name == old.UnknownMemberName);
            GeneratedMemberRenamed(path, $"{old.KindName}.{old.UnknownMemberName}", $"the kind of values the spec does not list", $"{current.KindName}.{current.UnknownMemberName}", taker is null ? null : $"the value '{taker.WireValue}'");
        }

        foreach (var member in current.Members.Where(m => !oldValues.Contains(m.WireValue)))
        {
            Add(ChangeKind.Additive, "enum-value-added", path, $"the value '{member.WireValue}' was added to the enum {current.Name} (older clients keep it, with the kind {old.KindName}.{old.UnknownMemberName}; every other {current.KindName} member keeps its number)");
        }

        var oldMembers = old.Members.GroupBy(m => m.WireValue, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var oldGiven = old.Members.GroupBy(m => m.WireValue, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().GivenName, StringComparer.Ordinal);
        var renamed = false;
        foreach (var member in current.Members)
        {
            if (oldMembers.TryGetValue(member.WireValue, out var oldName) && !string.Equals(oldName, member.Name, StringComparison.Ordinal))
            {
                renamed = true;
                var why = RenameCause(oldGiven[member.WireValue], member.GivenName, EnumNameExtensions);
                Add(ChangeKind.Breaking, "enum-member-renamed", path, $"the value '{member.WireValue}' of the enum {current.Name} is now the member {member.Name}, was {oldName} ({why}): code naming {oldName} now means another value or does not compile");
            }
        }

        // The kept values in another order: nothing moves (each Kind member's number follows its wire value), but say so.
        var kept = old.Members.Select(m => m.WireValue).Where(newValues.Contains).ToList();
        if (!renamed && !kept.SequenceEqual(current.Members.Select(m => m.WireValue).Where(oldValues.Contains), StringComparer.Ordinal))
        {
            Add(ChangeKind.Additive, "enum-values-reordered", path, $"the values of the enum {current.Name} were reordered (every {current.KindName} member keeps its number, which follows its wire value)");
        }

        // A member whose number moved anyway (only when two wire values' hashes collide and the other value came or went):
        // code compiled against the old constant would read another kind.
        var oldNumbers = EnumKindValues.Of(old);
        var newNumbers = EnumKindValues.Of(current);
        foreach (var member in current.Members.Where(m => oldNumbers.TryGetValue(m.WireValue, out var number) && number != newNumbers[m.WireValue]))
        {
            Add(ChangeKind.Breaking, "enum-value-renumbered", path, $"the member {current.KindName}.{member.Name} ('{member.WireValue}') is now {newNumbers[member.WireValue]}, was {oldNumbers[member.WireValue]} (its number collides with another value's; code compiled against the old constant reads another kind)");
        }
    }

    /// <summary>
    /// A member the generator adds beside the spec's own (an enum's kind of unlisted values, a record's kept properties,
    /// a property's default) that a new name of the spec took: code naming it now means that, or does not compile.
    /// </summary>
    private void GeneratedMemberRenamed(string path, string oldMember, string what, string newMember, string? taker) =>
        Add(ChangeKind.Breaking, "generated-member-renamed", path,
            $"{what} is now {newMember}, was {oldMember}: " + (taker is null ? $"code naming {oldMember} does not compile" : $"{taker} took the name, so code naming {oldMember} now means it"));

    private static string Direction(TypeUsage usage) => usage switch
    {
        TypeUsage.Request => " (sent in requests)",
        TypeUsage.Response => " (read from responses)",
        _ => " (sent and read)",
    };

    private static string Location(ParameterModel parameter) => parameter.In.ToString().ToLowerInvariant();

    /// <summary>A type as the spec would say it, without its top-level nullability: <c>string (date-time)</c>, <c>array of Pet</c>.</summary>
    internal static string TypeShape(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "integer (int32)",
        TypeKind.Int64 => "integer (int64)",
        TypeKind.Single => "number (float)",
        TypeKind.Double => "number (double)",
        TypeKind.Decimal => "number (decimal)",
        TypeKind.Boolean => "boolean",
        TypeKind.DateTimeOffset => "string (date-time)",
        TypeKind.Date => "string (date)",
        TypeKind.Guid => "string (uuid)",
        TypeKind.Any => "free-form JSON",
        TypeKind.Object => "object " + type.Name,
        TypeKind.Enum => "enum " + type.Name,
        TypeKind.Array => "array of " + TypeShape(type.Element!) + (type.Element!.IsNullable ? " or null" : string.Empty),
        TypeKind.Map => "map of " + TypeShape(type.Element!) + (type.Element!.IsNullable ? " or null" : string.Empty),
        _ => type.Kind.ToString(),
    };
}
