using System;
using System.Collections.Generic;
using System.Linq;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;
using Aiia.Codegen.Naming;

namespace Aiia.Codegen.Reading;

/// <summary>Schemas: component and inline objects become records, string enums become enums.</summary>
internal sealed partial class SpecReader
{
    /// <summary>Stops reading a spec that is beyond <see cref="SpecLimits"/>; reported as AIIA0013 at the node.</summary>
    private sealed class LimitExceededException(SpecNode node, params string[] args) : Exception(args[0])
    {
        public SpecNode Node { get; } = node;

        public string[] Args { get; } = args;
    }

    private const string SchemaRefPrefix = "#/components/schemas/";

    /// <summary>
    /// The component key a schema <c>$ref</c> names (<c>#/components/schemas/Pet</c> → <c>Pet</c>), or null when it
    /// names none (another place, or a pointer deeper into a schema). Its segments are unescaped as every pointer's
    /// (<see cref="JsonPointer"/>): <c>#/components/schemas/pets~1Pet</c> names the key <c>pets/Pet</c>.
    /// </summary>
    private static string? ComponentNameOf(string reference)
    {
        if (!reference.StartsWith(SchemaRefPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var key = reference.Substring(SchemaRefPrefix.Length);
        if (key.IndexOfAny(PointerEscapes) < 0)
        {
            return key; // the usual key: nothing to unescape, no deeper pointer
        }

        var segments = JsonPointer.Segments(reference.Substring(1));
        return segments.Length == 3 ? segments[2] : null;
    }

    private static readonly char[] PointerEscapes = { '/', '~', '%' };

    private readonly List<ObjectModel> _objects = new();
    private readonly List<EnumModel> _enums = new();
    private readonly List<TypeNameRequest> _typeRequests = new(); // the type names asked of the naming pass, in claim order: see Naming/TypeNaming.cs
    private readonly List<TypeSite> _typeSites = new(); // where each requested type sits, by request
    private string[]? _desiredTypeNames; // each requested type's name as asked for (no number), by request, when a message asks
    private readonly MemberSources _memberSources = new(); // where each record's and enum's members sit, for the reports of renames
    private readonly Dictionary<string, TypeRef> _namedComponents = new(StringComparer.Ordinal); // component → record/enum
    private readonly Dictionary<string, ObjectModel> _componentObjects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _readingObjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeRef> _aliasTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolvingAliases = new(StringComparer.Ordinal);
    private readonly HashSet<PropertyModel> _nullableAsOptional = new(ReferenceComparer<PropertyModel>.Instance); // a record's properties nullable only for being optional
    private int _depth;
    private int _schemaVisits;

    private static readonly HashSet<string> KnownStringFormats = new(StringComparer.Ordinal)
    {
        "date-time", "date", "uuid", "password", "byte", "binary", "email", "uri", "uri-reference", "hostname",
        "ipv4", "ipv6", "url", "time", "duration", "regex", "iri",
        // A number carried in a JSON string (Google's and InfluxDB's 64-bit ids): the wire value is the string.
        "int32", "int64", "uint32", "uint64", "float", "double", "decimal",
    };

    /// <summary>
    /// Asks the naming pass for the name of a component schema's record, enum or union: components ask in document
    /// order, before any inline type. Returns the key the model refers to the type by until the pass names it.
    /// </summary>
    private string ComponentTypeKey(string desired, string schemaName, SpecNode node, string path, TypeKind kind, bool nameless = false, bool isUnion = false) =>
        RequestTypeName(new TypeNameRequest(nameless ? TypeNameOrigin.NamelessComponent : TypeNameOrigin.Component, desired, kind, schemaName, isUnion), node, path);

    /// <summary>Asks the naming pass for the name of an inline type, after where it sits (<paramref name="hint"/>, which may hold the key of the type it sits in).</summary>
    private string InlineTypeKey(string hint, SpecNode node, string path, TypeKind kind, bool isUnion = false) =>
        RequestTypeName(new TypeNameRequest(TypeNameOrigin.Inline, hint, kind, path, isUnion), node, path);

    private string RequestTypeName(TypeNameRequest request, SpecNode? node, string path)
    {
        var key = TypeKeys.Key(_typeRequests.Count);
        _typeRequests.Add(request);
        _typeSites.Add(new TypeSite(node, path, _diagnostics.Count));
        return key;
    }

    /// <summary>Where a requested type sits (the base schema for the <c>Unknown{Base}</c> fallback), and how many diagnostics
    /// were reported before the reader asked for its name: its renames are reported there, in reading order.</summary>
    private readonly record struct TypeSite(SpecNode? Node, string Path, int Diagnostic);

    /// <summary>
    /// <paramref name="text"/> (a type's key, or a name built from keys) with each type named as it asked, as if no
    /// name were taken: the names are the pass's to give, but a message of the reader names a type by them; the same
    /// names unless a type is renamed. Only messages ask, so the names are worked out again when more types were asked for.
    /// </summary>
    private string DesiredTypeName(string text)
    {
        if (_desiredTypeNames is null || _desiredTypeNames.Length != _typeRequests.Count)
        {
            _desiredTypeNames = TypeNaming.DesiredNames(_typeRequests);
        }

        return TypeKeys.Replace(text, _desiredTypeNames);
    }

    /// <summary>Records and enums from components get their names first, so refs can point at them in any order.</summary>
    private void IndexComponentSchemas()
    {
        var components = GetMapping(_root, "components", "$");
        var schemas = components is null ? null : GetMapping(components, "schemas", "components");
        if (schemas is null)
        {
            return;
        }

        foreach (var (name, keyNode, value) in Entries(schemas, "components.schemas"))
        {
            var path = ComponentSchemaPath(name);
            if (value is SpecScalar { Value: "true" or "false" } boolean)
            {
                // 3.1's boolean schemas: 'true' is any JSON; a $ref to 'false' (no value is valid) is any JSON too.
                _componentSchemas[name] = new SpecMapping(isFlow: false, boolean.Start, boolean.End);
                continue;
            }

            if (value is not SpecMapping schema)
            {
                Report(DiagnosticDescriptors.InvalidValue, value, "A schema must be a mapping", path, "Give it a 'type' or a '$ref'.");
                continue;
            }

            _componentSchemas[name] = schema;
            if (GivenName(schema, path) is { } given)
            {
                _givenTypeNames[name] = given;
            }

            var kind = NamedKind(schema);
            if (kind is null && !IsComposition(schema))
            {
                continue;
            }

            var typeName = Identifiers.ToPascalCase(TypeNameSource(name));
            if (kind is null)
            {
                ClaimCompositionName(name, schema, keyNode, path, typeName.Length == 0 ? ReservedNames.NamelessSchema : typeName);
                continue;
            }

            // A schema named '--' is named 'Schema' (numbered when taken), like a property without letters.
            var nameless = typeName.Length == 0;
            _namedComponents[name] = new TypeRef(kind.Value, ComponentTypeKey(nameless ? ReservedNames.NamelessSchema : typeName, name, keyNode, path, kind.Value, nameless));
        }

        IndexDiscriminatedBases();
    }

    /// <summary>Object-like schemas become records and string enums become enums; the rest are aliases.</summary>
    private TypeKind? NamedKind(SpecMapping schema)
    {
        if (Get(schema, "$ref") is not null || IsComposition(schema))
        {
            return null;
        }

        if (Get(schema, "enum") is not null && IsStringEnum(schema))
        {
            return TypeKind.Enum;
        }

        if (ListsProperties(schema))
        {
            return TypeKind.Object;
        }

        var allOf = Get(schema, "allOf") as SpecSequence;
        return allOf is not null && !IsSingleRefAllOf(schema, allOf) && SinglePrimitivePart(schema, allOf) is null ? TypeKind.Object : null;
    }

    /// <summary>
    /// Whether a schema has <c>properties</c> that make it a record. An empty <c>properties: {}</c> lists none: it is
    /// <c>type: object</c> alone (free-form JSON, or a map beside an <c>additionalProperties</c> schema), unless
    /// <c>additionalProperties: false</c> says the object is always empty, which the record of no property keeps.
    /// </summary>
    private static bool ListsProperties(SpecMapping schema) =>
        Get(schema, "properties") is { } properties
        && (properties is not SpecMapping { Children.Length: 0 } || GetScalar(schema, "additionalProperties") == "false");

    /// <summary>
    /// The one inline primitive part of an <c>allOf</c> whose other parts only annotate (<c>allOf: [{type: string,
    /// format: uuid}]</c> beside a description, as Oxide's and other generated specs write a documented scalar): the
    /// schema is that primitive, not a record. Null when there is none, or more than one, or anything else.
    /// </summary>
    private static SpecMapping? SinglePrimitivePart(SpecMapping schema, SpecSequence allOf)
    {
        if (ListsProperties(schema) || GetScalar(schema, "type") is "object")
        {
            return null;
        }

        SpecMapping? primitive = null;
        foreach (var part in allOf.Children)
        {
            if (part is not SpecMapping map)
            {
                return null;
            }

            if (GetScalar(map, "type") is "string" or "integer" or "number" or "boolean" && Get(map, "$ref") is null
                && Get(map, "properties") is null && Get(map, "allOf") is null && Get(map, "oneOf") is null && Get(map, "anyOf") is null)
            {
                if (primitive is not null)
                {
                    return null;
                }

                primitive = map;
            }
            else if (!IsScalarConstraintOnly(map))
            {
                return null;
            }
        }

        return primitive;
    }

    /// <summary>Whether a schema only annotates or bounds a scalar (<c>{minimum: 0}</c>), which does not change its C# type.</summary>
    private static bool IsScalarConstraintOnly(SpecMapping schema) =>
        HasOnlyKeys(schema, key => IsAnnotationKey(key)
            || key is "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" or "multipleOf" or "minLength" or "maxLength" or "pattern");

    private static string? GetScalar(SpecMapping map, string key) => (Get(map, key) as SpecScalar)?.Value;

    private static bool IsSingleRefAllOf(SpecMapping schema, SpecSequence allOf) =>
        SingleRefPart(schema, allOf) is not null;

    /// <summary>
    /// The one <c>$ref</c> part of an <c>allOf</c> that only names another schema: <c>allOf: [$ref]</c>, or beside parts
    /// that only annotate (<c>allOf: [{$ref: …}, {description: …}]</c>, how converted specs give a reference a
    /// description: AWS's, Azure's). Such a schema is the referenced type, not a new record. Null otherwise.
    /// </summary>
    private static SpecMapping? SingleRefPart(SpecMapping schema, SpecSequence allOf)
    {
        if (ListsProperties(schema))
        {
            return null;
        }

        SpecMapping? reference = null;
        foreach (var part in allOf.Children)
        {
            if (part is not SpecMapping map)
            {
                return null;
            }

            if (Get(map, "$ref") is not null)
            {
                if (reference is not null)
                {
                    return null;
                }

                reference = map;
            }
            else if (!IsAnnotationOnly(map))
            {
                return null;
            }
        }

        return reference;
    }

    /// <summary>Whether a schema only describes (description, title, examples, flags, extensions) and constrains nothing.</summary>
    private static bool IsAnnotationOnly(SpecMapping schema) => HasOnlyKeys(schema, IsAnnotationKey);

    private static bool IsAnnotationKey(string key) =>
        key is "description" or "title" or "example" or "examples" or "deprecated" or "readOnly" or "writeOnly" or "nullable" or "default" or "xml" or "externalDocs" or "$comment"
        || key.StartsWith("x-", StringComparison.Ordinal);

    private static bool HasOnlyKeys(SpecMapping schema, Func<string, bool> allowed)
    {
        foreach (var pair in schema.Children)
        {
            if (pair.Key is not SpecScalar { Value: { } key } || !allowed(key))
            {
                return false;
            }
        }

        return true;
    }

    private void ReadComponentSchemas()
    {
        foreach (var pair in _componentSchemas)
        {
            if (_namedComponents.TryGetValue(pair.Key, out var type))
            {
                var path = ComponentSchemaPath(pair.Key);
                if (type.Kind == TypeKind.Enum)
                {
                    ReadEnum(type.Name!, pair.Value, path, pair.Key);
                }
                else
                {
                    EnsureComponentObject(pair.Key, pair.Value, path);
                }
            }
            else
            {
                var path = ComponentSchemaPath(pair.Key);
                ResolveAlias(pair.Key, pair.Value, pair.Value, SchemaRefPrefix + JsonPointer.EscapeToken(pair.Key), path);
            }
        }
    }

    /// <summary>The C# type of a schema; inline records and enums are created on the way.</summary>
    private TypeRef ResolveSchema(SpecNode node, string path, string nameHint)
    {
        CountSchemaVisit(node, path);
        NoteUnreadGivenName(node, path);
        if (_depth >= SpecLimits.MaxSchemaDepth)
        {
            Report(DiagnosticDescriptors.SpecTooLarge, node, $"Schemas nest deeper than {SpecLimits.MaxSchemaDepth} levels", path, "Move inner schemas to components and refer to them with $ref.");
            return new TypeRef(TypeKind.Any);
        }

        _depth++;
        try
        {
            return ResolveSchemaCore(node, path, nameHint);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>Bounds the work of building the model: schemas repeated under YAML aliases are read at each use.</summary>
    private void CountSchemaVisit(SpecNode node, string path)
    {
        if (++_schemaVisits > _limits.MaxSchemaVisits)
        {
            throw new LimitExceededException(
                node,
                $"Reading the schemas takes more than {_limits.MaxSchemaVisits.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} schema visits (schemas are reused inline too often)",
                path,
                "Move schemas that are repeated inline, e.g. under a YAML alias, to components and refer to them with $ref; or split the spec.");
        }
    }

    /// <summary>Whether a schema allows null (3.0's <c>nullable: true</c>, 3.1's type list with <c>'null'</c>), without reporting.</summary>
    private static bool AllowsNull(SpecMapping schema) => GetScalar(schema, "nullable") == "true" || TypeOf(schema).AllowsNull;

    private TypeRef ResolveSchemaCore(SpecNode node, string path, string nameHint)
    {
        if (node is not SpecMapping schema)
        {
            if (node is SpecScalar { Value: "true" } || IsNull(node))
            {
                return new TypeRef(TypeKind.Any, IsNullable: true);
            }

            if (node is SpecScalar { Value: "false" })
            {
                return SchemaAsJson(node, "The schema 'false' (no value is valid)", path, "Remove the property, or give it a schema.", nullable: true);
            }

            Report(DiagnosticDescriptors.InvalidValue, node, "A schema must be a mapping", path, "Give it a 'type' or a '$ref'.");
            return new TypeRef(TypeKind.Any);
        }

        var schemaType = TypeOf(schema); // 3.0's 'nullable: true' and 3.1's type: [X, 'null'] alike
        var nullable = GetBool(schema, "nullable", path) || schemaType.AllowsNull;
        if (ResolveComposition(schema, node, path, nameHint, nullable) is { } composed)
        {
            return composed;
        }

        if (GetString(schema, "$ref", path) is { } reference)
        {
            // 3.1 allows siblings beside $ref: 'nullable' (or a type list with 'null') adds null; a nullable alias stays nullable.
            var referenced = ResolveSchemaReference(reference, Get(schema, "$ref")!, path);
            return referenced.WithNullable(nullable || referenced.IsNullable);
        }

        // An allOf of one $ref, or of one inline primitive, beside parts that only describe it: that type.
        if (Get(schema, "allOf") is SpecSequence allOf && (SingleRefPart(schema, allOf) ?? SinglePrimitivePart(schema, allOf)) is { } only)
        {
            var onlyPath = path + ".allOf[" + Array.IndexOf(allOf.Children, only).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            nullable |= Array.Exists(allOf.Children, part => part is SpecMapping map && GetScalar(map, "nullable") == "true");
            if (Get(only, "$ref") is { } refNode)
            {
                // As for a $ref alone: a nullable component stays nullable (DigitalOcean's next_backup_window).
                var referenced = ResolveSchemaReference(GetString(only, "$ref", onlyPath) ?? string.Empty, refNode, onlyPath);
                return referenced.WithNullable(nullable || referenced.IsNullable);
            }

            var primitive = ResolveSchema(only, onlyPath, nameHint);
            return primitive.WithNullable(nullable || primitive.IsNullable);
        }

        // Without a 'type', a schema allows whatever its values say: an enum listing null, or 'const: null', allows null.
        if (Get(schema, "type") is null
            && (Get(schema, "const") is SpecScalar { IsNull: true } || (Get(schema, "enum") is SpecSequence listed && Array.Exists(listed.Children, IsNull))))
        {
            nullable = true;
        }

        var kind = NamedKind(schema);
        if (kind == TypeKind.Enum)
        {
            var name = InlineTypeKey(nameHint, node, path, TypeKind.Enum);
            ReadEnum(name, schema, path, componentName: null);
            return new TypeRef(TypeKind.Enum, name, IsNullable: nullable);
        }

        if (kind == TypeKind.Object)
        {
            var name = InlineTypeKey(nameHint, node, path, TypeKind.Object);
            ReadObject(name, schema, path, componentName: null);
            return new TypeRef(TypeKind.Object, name, IsNullable: nullable);
        }

        var typeNode = Get(schema, "type");
        var mixedValues = false;
        var type = schemaType.Name ?? ImpliedType(schema, out mixedValues);
        if (schemaType.IsMixed || mixedValues)
        {
            return schemaType.IsMixed
                ? SchemaAsJson(typeNode!, "A list of several types", path + ".type", "Give one type (and 'null' for a nullable one), or accept the JsonElement.", nullable)
                : SchemaAsJson(Get(schema, "enum")!, "An enum whose values are of different types", path + ".enum", "List values of one type and give it as 'type'.", nullable);
        }

        var format = GetString(schema, "format", path);
        switch (type)
        {
            case "string":
                return new TypeRef(StringKind(format, schema, path), IsNullable: nullable);
            case "integer":
                return new TypeRef(IntegerKind(format, schema, path), IsNullable: nullable);
            case "number":
                return new TypeRef(NumberKind(format, schema, path), IsNullable: nullable);
            case "boolean":
                return new TypeRef(TypeKind.Boolean, IsNullable: nullable);
            case "array":
                var items = Get(schema, "items");
                var element = items is null ? new TypeRef(TypeKind.Any, IsNullable: true) : ResolveSchema(items, path + ".items", nameHint + "Item");
                return new TypeRef(TypeKind.Array, Element: element, IsNullable: nullable);
            case "object":
            case null:
                var additional = Get(schema, "additionalProperties");
                if (additional is SpecMapping additionalSchema && additionalSchema.Children.Length > 0)
                {
                    var value = ResolveSchema(additionalSchema, path + ".additionalProperties", nameHint + "Value");
                    return new TypeRef(TypeKind.Map, Element: value, IsNullable: nullable);
                }

                // A free-form object is any JSON object; a schema with no type at all (`{}`) is any JSON, null included.
                return new TypeRef(TypeKind.Any, IsNullable: nullable || (type is null && Get(schema, "type") is null));
            default:
                return SchemaAsJson(typeNode!, $"The type '{type}'", path + ".type", $"'{type}' is not an OpenAPI type: use string, integer, number, boolean, array or object.", nullable);
        }
    }

    private TypeRef ResolveSchemaReference(string reference, SpecNode referenceNode, string path)
    {
        var name = ComponentNameOf(reference);
        if (name is not null && _namedComponents.TryGetValue(name, out var named))
        {
            // The type is the component's; null is allowed wherever the component itself allows it (3.0's
            // 'nullable: true', 3.1's type: [object, 'null']), else a null the spec allows would not read.
            return _componentSchemas.TryGetValue(name, out var component) && AllowsNull(component) ? named.WithNullable(true) : named;
        }

        if (name is not null && _componentSchemas.TryGetValue(name, out var target))
        {
            return ResolveAlias(name, target, referenceNode, reference, path);
        }

        if (reference.StartsWith("#/", StringComparison.Ordinal))
        {
            // Not a component schema's key: a JSON pointer into the document (#/components/schemas/Pet/properties/tag).
            return ResolveSchemaPointer(reference, referenceNode, path);
        }

        Report(DiagnosticDescriptors.UnresolvedSchemaReference, referenceNode, reference, path);
        return new TypeRef(TypeKind.Any, IsNullable: true);
    }

    /// <summary>
    /// An alias (an array, a map or a primitive under components) is resolved once and inlined where
    /// it is used, so its inline records are created, and its problems reported, only once.
    /// </summary>
    private TypeRef ResolveAlias(string name, SpecMapping target, SpecNode referenceNode, string reference, string path)
    {
        if (_aliasTypes.TryGetValue(name, out var resolved))
        {
            return resolved;
        }

        if (!_resolvingAliases.Add(name))
        {
            if (Get(target, "$ref") is null)
            {
                // A list or map that holds itself through an inline record (Just Eat's order-item): a real recursive
                // type, but an alias has no name to recur on; a record under components.schemas would have.
                return SchemaAsJson(referenceNode, $"The schema $ref '{reference}', inside what it points at,", path, "make the record it holds a components.schemas entry of its own, which may then contain the list.", nullable: true);
            }

            Report(DiagnosticDescriptors.ReferenceCycle, referenceNode, $"The $ref '{reference}' refers back to itself", path, "Break the cycle: an alias cannot contain itself.");
            return new TypeRef(TypeKind.Any);
        }

        try
        {
            var hint = Identifiers.ToPascalCase(TypeNameSource(name));
            var type = ResolveSchema(target, ComponentSchemaPath(name), hint.Length == 0 ? ReservedNames.NamelessSchema : hint);
            _aliasTypes[name] = type;
            return type;
        }
        finally
        {
            _resolvingAliases.Remove(name);
        }
    }

    /// <summary>Whether a format is date-time, date or uuid but for case, '-', '_' and spaces.</summary>
    private static bool IsTypedStringFormat(string format) => Normalized(format) is "datetime" or "date" or "uuid";

    private TypeKind StringKind(string? format, SpecMapping schema, string path)
    {
        switch (format)
        {
            case "date-time":
                return TypeKind.DateTimeOffset;
            case "date":
                return TypeKind.Date;
            case "uuid":
                return TypeKind.Guid;
            case null:
                return TypeKind.String;
            default:
                // OpenAPI's formats are open (base64, cidr, iso-639-1...): a string stays the string on the wire, so only a
                // misspelt typed one (date_time, UUID, DateTime), which was meant to change the type, is reported.
                if (!KnownStringFormats.Contains(format) && IsTypedStringFormat(format))
                {
                    Report(DiagnosticDescriptors.UnknownFormat, Get(schema, "format"), format, path + ".format", "string");
                }

                return TypeKind.String;
        }
    }

    /// <summary>
    /// The C# type of an integer: <c>int</c> unless its format, bounds or own values need more (sizes and hashes written as
    /// <c>uint32</c>/<c>uint64</c>, or <c>maximum: 4294967295</c>, overflowed <c>int</c>): <c>long</c>, and
    /// <c>decimal</c> for <c>uint64</c>, whose values above <c>long.MaxValue</c> only it holds exactly.
    /// </summary>
    private TypeKind IntegerKind(string? format, SpecMapping schema, string path)
    {
        switch (format)
        {
            case null:
                return UnformattedIntegerKind(schema);
            case "int32":
            case "int8":
            case "int16":
            case "uint8":
            case "uint16":
                return TypeKind.Int32;
            case "int64":
            case "uint32":
            case "uint":
                return TypeKind.Int64;
            case "uint64":
                return TypeKind.Decimal;
            default:
                var kind = UnformattedIntegerKind(schema);
                if (IsTimeFormat(format))
                {
                    // A Unix time (OpenAI's unixtime, Intercom's timestamp and date-time): seconds pass int in 2038, and
                    // milliseconds already have, whatever the example says. Nothing to report: the format is understood.
                    return kind == TypeKind.Int32 ? TypeKind.Int64 : kind;
                }

                // Otherwise an unknown format says nothing of size: the bounds and values do, and only a format that says
                // more than the type does is reported.
                if (!SaysOnlyInteger(format))
                {
                    Report(DiagnosticDescriptors.UnknownFormat, Get(schema, "format"), format, path + ".format", kind == TypeKind.Int32 ? "int" : kind == TypeKind.Int64 ? "long" : "decimal");
                }

                return kind;
        }
    }

    /// <summary>
    /// Whether a format on a number names a point in time (<c>unixtime</c>, <c>timestamp</c>, <c>date-time</c>,
    /// <c>epoch</c>...): a Unix time, seconds or milliseconds as the API sends them.
    /// </summary>
    private static bool IsTimeFormat(string format) =>
        Normalized(format) is "unixtime" or "unixtimestamp" or "timestamp" or "datetime" or "date" or "epoch" or "unixepoch"
            or "epochseconds" or "epochmillis" or "epochmilliseconds" or "unix" or "unixseconds" or "unixmillis" or "time";

    /// <summary>Whether a format is <c>int</c> or <c>integer</c> (Svix's, Together's): an integer of no size, which says
    /// nothing more than <c>type: integer</c> does.</summary>
    private static bool SaysOnlyInteger(string format) => Normalized(format) is "int" or "integer";

    /// <summary>A format in lower case without '-', '_' and spaces (<c>Unix_Time</c> → <c>unixtime</c>).</summary>
    private static string Normalized(string format)
    {
        var letters = new System.Text.StringBuilder(format.Length);
        foreach (var c in format)
        {
            if (c is not ('-' or '_' or ' '))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return letters.ToString();
    }

    /// <summary>An integer without a known format: <c>int</c>, or <c>long</c> or <c>decimal</c> when its bounds or own
    /// values, or those the example of the object holding it gives it, are outside.</summary>
    private TypeKind UnformattedIntegerKind(SpecMapping schema)
    {
        // Past long (maximum: 18446744073709551615, 1e30), only decimal holds every value the schema allows, as for uint64.
        if (Bound(schema, "maximum") is > long.MaxValue || Bound(schema, "minimum") is < long.MinValue || HasValueOutside(schema, long.MinValue, long.MaxValue))
        {
            return TypeKind.Decimal;
        }

        return Bound(schema, "maximum") is > int.MaxValue || Bound(schema, "minimum") is < int.MinValue || HasValueOutside(schema, int.MinValue, int.MaxValue) ? TypeKind.Int64 : TypeKind.Int32;
    }

    /// <summary>The values the examples of objects give their inline properties (and those properties' inline items), by
    /// the property's (or items') schema: ElevenLabs' <c>time: {type: array, items: {type: integer}}</c> shows its
    /// millisecond timestamps only in the object's <c>example</c>.</summary>
    private readonly Dictionary<SpecMapping, List<SpecScalar>> _enclosingExampleValues = new();

    /// <summary>Notes what the <c>example</c> and <c>examples</c> of <paramref name="objectSchema"/> give its property
    /// <paramref name="wireName"/>, when the property's schema is written in place: a schema it refers to is shared, and
    /// keeps what its own values say.</summary>
    private void NoteValuesOfEnclosingExamples(SpecMapping objectSchema, string wireName, SpecNode property)
    {
        // Asked for every property of every object: most objects have no example, and cost nothing more here.
        var example = Get(objectSchema, "example");
        var examples = Get(objectSchema, "examples") as SpecSequence;
        if ((example is null && examples is null) || property is not SpecMapping inline || Get(inline, "$ref") is not null)
        {
            return;
        }

        var items = Get(inline, "items") is SpecMapping itemSchema && Get(itemSchema, "$ref") is null ? itemSchema : null;
        NoteValueOfExample(example, wireName, inline, items);
        foreach (var each in examples?.Children ?? [])
        {
            NoteValueOfExample(each, wireName, inline, items);
        }
    }

    private void NoteValueOfExample(SpecNode? example, string wireName, SpecMapping property, SpecMapping? items)
    {
        switch (example is SpecMapping given ? Get(given, wireName) : null)
        {
            case SpecScalar value:
                EnclosingValues(property).Add(value);
                break;
            case SpecSequence values when items is not null:
                EnclosingValues(items).AddRange(values.Children.OfType<SpecScalar>());
                break;
        }
    }

    private List<SpecScalar> EnclosingValues(SpecMapping schema)
    {
        if (!_enclosingExampleValues.TryGetValue(schema, out var values))
        {
            values = new List<SpecScalar>();
            _enclosingExampleValues.Add(schema, values);
        }

        return values;
    }

    private static readonly string[] IntegerValueKeys = { "example", "examples", "default", "enum", "const" };

    /// <summary>
    /// Whether a value the schema itself gives (<c>example</c>, <c>examples</c>, <c>default</c>, <c>enum</c>, <c>const</c>)
    /// is a number outside <c>int</c>: Spotify's millisecond timestamps say so only by their <c>example</c>; or one the
    /// example of the object holding it gives it.
    /// </summary>
    private bool HasValueOutside(SpecMapping schema, decimal min, decimal max)
    {
        if (_enclosingExampleValues.TryGetValue(schema, out var enclosing) && enclosing.Exists(value => IsOutside(value, min, max)))
        {
            return true;
        }

        foreach (var key in IntegerValueKeys)
        {
            switch (Get(schema, key))
            {
                case SpecScalar scalar when IsOutside(scalar, min, max):
                    return true;
                case SpecSequence values when Array.Exists(values.Children, value => value is SpecScalar item && IsOutside(item, min, max)):
                    return true;
            }
        }

        return false;
    }

    private static bool IsOutside(SpecScalar scalar, decimal min, decimal max)
    {
        if (scalar.Kind != ScalarKind.Number)
        {
            return false;
        }

        if (decimal.TryParse(scalar.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var exact))
        {
            return exact > max || exact < min;
        }

        return double.TryParse(scalar.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && !double.IsNaN(value);
    }

    /// <summary>A numeric bound of the schema (<c>maximum</c>, <c>minimum</c>), or null when absent or not a number.</summary>
    private static decimal? Bound(SpecMapping schema, string key)
    {
        if (GetScalar(schema, key) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        // Beyond decimal (1e30): as far out as decimal goes, which is past every integer type.
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var big) && !double.IsNaN(big)
            ? (big > 0 ? decimal.MaxValue : decimal.MinValue)
            : null;
    }

    private TypeKind NumberKind(string? format, SpecMapping schema, string path)
    {
        switch (format)
        {
            case null:
            case "double":
            case "float64": // Together's, and Go and Rust generators' spelling of the sizes
                return TypeKind.Double;
            case "float":
            case "float32":
                return TypeKind.Single;
            case "decimal":
                return TypeKind.Decimal;
            case "int64":
            case "uint64":
                // An integer format on a number (Box's retention_length): its every value, exactly, fractions allowed.
                return TypeKind.Decimal;
            case "int32":
            case "int8":
            case "int16":
            case "uint8":
            case "uint16":
            case "uint32":
            case "uint":
                return TypeKind.Double; // holds every such integer exactly
            default:
                // An integer format of no size (Together's evaluation counts) is held by a double.
                if (!IsTimeFormat(format) && !SaysOnlyInteger(format))
                {
                    Report(DiagnosticDescriptors.UnknownFormat, Get(schema, "format"), format, path + ".format", "double");
                }

                return TypeKind.Double; // a Unix time in fractional seconds too
        }
    }

    private void ReadEnum(string name, SpecMapping schema, string path, string? componentName)
    {
        var values = GetSequence(schema, "enum", path);
        var members = new List<EnumMemberModel>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var items = values?.Children ?? Array.Empty<SpecNode>();
        var given = GivenEnumNames(schema, path, items);
        var descriptions = EnumValueDescriptions(schema, items);
        var start = _diagnostics.Count;
        int[]? positions = null; // where each value's rename is reported, once this list reported something
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (IsNull(item))
            {
                continue; // null in an enum list means "nullable", which the property already says.
            }

            if (item is not SpecScalar { Value: { } wire })
            {
                Report(DiagnosticDescriptors.EnumValueIgnored, item, "here", path + ".enum", "an enum value must be a plain value, not a mapping or a list");
                continue;
            }

            if (!listed.Add(wire))
            {
                Report(DiagnosticDescriptors.EnumValueRepeated, item, $"'{wire}'", path + ".enum");
                continue;
            }

            members.Add(new EnumMemberModel(string.Empty, wire, given?[i], descriptions?[i])); // named by the naming pass (Naming/MemberNaming.cs)
            if (positions is not null || _diagnostics.Count != start)
            {
                positions ??= Filled(items.Length, start);
                positions[i] = _diagnostics.Count;
            }
        }

        if (values is not null)
        {
            _memberSources.AddEnum(path, values, positions, start, _typeRequests.Count); // where a renamed value is reported
        }

        // The Kind enum's and the members' names are the naming pass's to decide (Naming/SpecNaming.cs).
        _enums.Add(new EnumModel(name, GetString(schema, "description", path), name + EnumModel.KindSuffix, string.Empty, members.ToEquatableArray(), ComponentSource(path, componentName), GetBool(schema, "deprecated", path)));
    }

    private static int[] Filled(int length, int value)
    {
        var array = new int[length];
        for (var i = 0; i < length; i++)
        {
            array[i] = value;
        }

        return array;
    }

    private ObjectModel ReadObject(string name, SpecMapping schema, string path, string? componentName, SharedProperties? shared = null)
    {
        var properties = new List<PropertyModel>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        var keyNodes = new Dictionary<string, SpecNode>(StringComparer.Ordinal);
        var visited = new HashSet<SpecMapping>();
        // Only an allOf, or a oneOf alternative holding what its schema lists beside, copies.
        var copies = shared is not null || Get(schema, "allOf") is SpecSequence ? new Dictionary<string, string>(StringComparer.Ordinal) : null;
        if (shared is null)
        {
            CollectObject(name, schema, path, properties, required, keyNodes, copies, visited);
        }
        else
        {
            // As if allOf: [the oneOf schema's own properties, the alternative]: the alternative redefines in place.
            properties.AddRange(shared.Properties);
            required.UnionWith(shared.Required);
            foreach (var entry in shared.KeyNodes)
            {
                keyNodes[entry.Key] = entry.Value;
            }

            foreach (var entry in shared.Copies)
            {
                copies![entry.Key] = entry.Value;
            }

            CollectPart(name, schema, path, properties, required, keyNodes, copies, visited);
        }

        var result = new List<PropertyModel>();
        var isBase = componentName is not null && _bases.ContainsKey(componentName);
        if (isBase && _bases[componentName!].IsComposition)
        {
            // A discriminated oneOf base holds only what its alternatives do not declare themselves.
            var declared = DeclaredByAlternatives(componentName!);
            properties.RemoveAll(p => declared.Contains(p.WireName));
        }

        var baseModel = InheritedProperties(componentName, properties, keyNodes);

        // Member names are the naming pass's (Naming/MemberNaming.cs): a property keeps its wire name's PascalCase
        // here, and where its key sits, for the report of a rename (here among the diagnostics, as when read).
        _memberSources.AddRecord(path, keyNodes, _diagnostics.Count, _typeRequests.Count);
        foreach (var property in properties)
        {
            if (property.IsInherited)
            {
                result.Add(property);
                continue;
            }

            // A required readOnly property is never in a request, a required writeOnly one never in a response: as
            // one record serves both directions, neither can be required of it. Nor can a deprecated one: C# forbids
            // [Obsolete] on a required member (CS9042), and a deprecated property is on its way out of the wire.
            // A discriminated base's properties are optional: the fallback for an unknown subtype cannot fill them.
            // A property copied from a composed record keeps what that record's schema lists.
            var listed = property.IsListedRequired || required.Contains(property.WireName);
            var isRequired = listed && !property.IsOneWay && !property.IsDeprecated && !isBase;
            var type = property.Type.WithNullable(property.Type.IsNullable || !isRequired);
            var unchanged = ReferenceEquals(type, property.Type) && isRequired == property.IsRequired && listed == property.IsListedRequired && (property.Default is null || !isRequired);
            // A required property has no default member (the caller always gives it).
            var read = unchanged ? property : property with { Type = type, IsRequired = isRequired, IsListedRequired = listed, Default = isRequired ? null : property.Default };
            if (type.IsNullable && !property.Type.IsNullable)
            {
                _nullableAsOptional.Add(read);
            }

            result.Add(read);
        }

        NameDiscriminator(componentName, result);
        var inheritsUndocumented = baseModel is { KeepsUndocumented: true };
        var discriminator = isBase ? DiscriminatorFor(name, _bases[componentName!], schema, path) : null;
        var model = new ObjectModel(name, GetString(schema, "description", path), result.ToEquatableArray(), ReadUndocumentedHandling(schema, path), ObjectModel.DefaultUndocumentedPropertiesName, ComponentSource(path, componentName), GetBool(schema, "deprecated", path), BaseNameOf(componentName), discriminator, inheritsUndocumented, CopiedOf(result, copies));
        _objects.Add(model);
        return model;
    }

    /// <summary>The properties copied from other records (<paramref name="copies"/>: wire name → component), in property order.</summary>
    private static EquatableArray<CopiedProperty> CopiedOf(List<PropertyModel> properties, Dictionary<string, string>? copies)
    {
        if (copies is not { Count: > 0 })
        {
            return default;
        }

        var copied = new List<CopiedProperty>(copies.Count);
        foreach (var property in properties)
        {
            if (!property.IsInherited && copies.TryGetValue(property.WireName, out var component))
            {
                copied.Add(new CopiedProperty(property.WireName, component));
            }
        }

        return copied.ToEquatableArray();
    }

    /// <summary>
    /// What reading the record does with a property its schema does not list: the schema's
    /// <c>x-aiia-undocumented-properties</c>, else nothing kept where it says <c>additionalProperties: false</c> (and no
    /// <c>patternProperties</c> allow more), kept where <c>additionalProperties</c> is a schema (or <c>true</c>) or
    /// <c>patternProperties</c> describe them, else the spec's <c>AiiaUndocumentedProperties</c> (keep by default). Only the schema itself counts, not its
    /// <c>allOf</c> parts: a part's <c>additionalProperties: false</c> would forbid its siblings' properties.
    /// </summary>
    private UndocumentedPropertyHandling ReadUndocumentedHandling(SpecMapping schema, string path)
    {
        if (Get(schema, UndocumentedPropertiesExtension) is { } node)
        {
            if (ParseUndocumentedHandling((node as SpecScalar)?.Value) is { } handling)
            {
                return handling;
            }

            Report(DiagnosticDescriptors.InvalidUndocumentedProperties, node, $"'{UndocumentedPropertiesExtension}' must be keep, ignore or error", path + "." + UndocumentedPropertiesExtension, "Write keep (the default), ignore or error.");
        }

        // With 3.1's patternProperties beside it, 'false' forbids only the names no pattern allows (x-... vendor keys
        // are the usual case): those the patterns allow are kept like any other, not thrown away.
        var additional = Get(schema, "additionalProperties");
        var patterns = Get(schema, "patternProperties") is SpecMapping { Children.Length: > 0 };
        if (additional is SpecScalar { Value: "false" } && !patterns)
        {
            return UndocumentedPropertyHandling.Ignore;
        }

        // A schema for the other properties ({type: integer}; {} or true: any value), or patterns, documents them: the
        // project's strict setting (ignore, error) is about properties the spec does not describe, so these are kept.
        return additional is SpecMapping || additional is SpecScalar { Value: "true" } || patterns
            ? UndocumentedPropertyHandling.Keep
            : _undocumentedDefault;
    }

    /// <summary>Adds the properties of <paramref name="schema"/> and of its <c>allOf</c> parts, in order.</summary>
    private void CollectObject(
        string typeName,
        SpecMapping schema,
        string path,
        List<PropertyModel> properties,
        HashSet<string> required,
        Dictionary<string, SpecNode> keyNodes,
        Dictionary<string, string>? copies,
        HashSet<SpecMapping> visited)
    {
        if (!visited.Add(schema))
        {
            return;
        }

        CountSchemaVisit(schema, path);

        if (GetSequence(schema, "allOf", path) is { } allOf)
        {
            for (var i = 0; i < allOf.Children.Length; i++)
            {
                var partPath = path + ".allOf[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                if (allOf.Children[i] is not SpecMapping part)
                {
                    Report(DiagnosticDescriptors.InvalidValue, allOf.Children[i], "An allOf part must be a schema mapping", partPath, "Give it a '$ref' or 'properties'.");
                    continue;
                }

                CollectPart(typeName, part, partPath, properties, required, keyNodes, copies, visited);
            }
        }

        if (GetSequence(schema, "required", path) is { } requiredList)
        {
            foreach (var item in requiredList.Children)
            {
                if (item is SpecScalar { Value: { } wire })
                {
                    required.Add(wire);
                }
            }
        }

        var propertyMap = GetMapping(schema, "properties", path);
        if (propertyMap is null)
        {
            return;
        }

        foreach (var (wireName, keyNode, value) in Entries(propertyMap, path + ".properties"))
        {
            var propertyPath = path + ".properties." + wireName;
            if (wireName == "$ref" && value is SpecScalar)
            {
                // properties: {$ref: ...} (DigitalOcean): a reference standing for the whole mapping, not a property.
                Report(DiagnosticDescriptors.InvalidValue, value, "A '$ref' cannot stand for a whole 'properties' mapping", propertyPath, "List each property under 'properties' (each may be a '$ref'), or compose the schemas with 'allOf'.");
                continue;
            }

            // The C# name as the wire name spells it (empty when it has no letter or digit); the naming pass decides
            // the member name (Naming/MemberNaming.cs), so a record's names are decided in one place.
            // A redefinition (a later allOf part, the schema's own properties) that gives no name keeps the one an earlier
            // definition gave: it says more of the same property ('readOnly', 'required'), not that its C# name is the wire's.
            var earlierName = properties.Find(p => p.WireName == wireName)?.GivenName;
            var givenName = GivenName(value, propertyPath, earlierName) ?? earlierName;
            var propertyName = Identifiers.ToPascalCase(givenName ?? wireName);
            NoteValuesOfEnclosingExamples(schema, wireName, value);
            var type = ResolveSchema(value, propertyPath, typeName + (propertyName.Length == 0 ? ReservedNames.NamelessProperty : propertyName));
            var mapping = value as SpecMapping;
            var sensitive = mapping is not null
                && (GetBool(mapping, "x-sensitive", propertyPath) || GetScalar(mapping, "format") == "password");
            var description = DescribeValues(mapping, mapping is null ? null : GetString(mapping, "description", propertyPath));
            var values = ValuesOf(mapping);
            var deprecated = mapping is not null && GetBool(mapping, "deprecated", propertyPath);
            var oneWay = mapping is not null
                && (GetBool(mapping, "readOnly", propertyPath) || GetBool(mapping, "writeOnly", propertyPath) || IsOneWay(mapping));
            var defaultValue = mapping is not null ? DefaultOf(mapping, type.Kind, propertyPath) : null;
            var model = new PropertyModel(propertyName, wireName, type, false, sensitive, description, deprecated, oneWay, defaultValue) { Values = values, AllowsNull = type.IsNullable, GivenName = givenName };

            AddOrReplace(properties, model);
            keyNodes[wireName] = keyNode;
            copies?.Remove(wireName); // a redefinition is the record's own
        }
    }

    /// <summary>
    /// An allOf part's properties (or a oneOf alternative's, with the properties listed beside the oneOf): a <c>$ref</c> to
    /// a component record composes that record's finished properties, any other schema is collected as if inline.
    /// </summary>
    private void CollectPart(
        string typeName,
        SpecMapping part,
        string partPath,
        List<PropertyModel> properties,
        HashSet<string> required,
        Dictionary<string, SpecNode> keyNodes,
        Dictionary<string, string>? copies,
        HashSet<SpecMapping> visited)
    {
        if (GetString(part, "$ref", partPath) is { } reference)
        {
            var name = ComponentNameOf(reference);
            if (name is null || !_componentSchemas.TryGetValue(name, out var target))
            {
                if (reference.StartsWith("#/", StringComparison.Ordinal) && PointedMapping(reference) is { } pointed)
                {
                    // A pointer to a schema elsewhere (bundlers point repeats at the first use): its properties, as if inline.
                    CollectObject(typeName, pointed, JsonPointer.SpecPath(reference), properties, required, keyNodes, copies, visited);
                }
                else
                {
                    Report(DiagnosticDescriptors.UnresolvedReference, Get(part, "$ref"), reference, partPath);
                }

                return;
            }

            if (_namedComponents.TryGetValue(name, out var named) && named.Kind == TypeKind.Object)
            {
                // A record composes the finished properties of the record it refers to.
                if (EnsureComponentObject(name, Get(part, "$ref")!, partPath) is { } baseObject)
                {
                    foreach (var property in baseObject.Properties)
                    {
                        // Its own member here, whatever the composed record inherits from its base (a record is a C# base only by discriminator),
                        // of its type as the spec gives it: another part may require what that record leaves optional.
                        var type = _nullableAsOptional.Contains(property) ? property.Type.WithNullable(false) : property.Type;
                        AddOrReplace(properties, property with { Type = type, IsRequired = false, IsInherited = false, DiscriminatorValue = null });
                        if (copies is not null)
                        {
                            copies[property.WireName] = name; // named as that record names it (Naming/MemberNaming.cs)
                        }

                        // What it lists, not only what it could require: a later part may redefine its readOnly
                        // '_links' (Mollie's settlement) as a schema that travels both ways, still required by allOf.
                        if (property.IsListedRequired || property.IsRequired)
                        {
                            required.Add(property.WireName);
                        }

                        keyNodes[property.WireName] = Get(part, "$ref")!;
                    }
                }
            }
            else
            {
                CollectObject(typeName, target, ComponentSchemaPath(name), properties, required, keyNodes, copies, visited);
            }
        }
        else
        {
            CollectObject(typeName, part, partPath, properties, required, keyNodes, copies, visited);
        }
    }

    /// <summary>
    /// A later allOf part or the schema itself redefines a property in place. A value must fit both definitions, so
    /// where the redefinition says less of its type than the earlier one did (free-form JSON where that was a record, a
    /// string where it was an enum, a list or map of such), the earlier type is kept: GitHub's webhook issues are
    /// <c>allOf</c> a part listing <c>assignees</c> as users and a part listing them as free-form objects.
    /// </summary>
    private static void AddOrReplace(List<PropertyModel> properties, PropertyModel property)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            var earlier = properties[i];
            if (earlier.WireName == property.WireName)
            {
                var type = Narrower(earlier.Type, property.Type);
                properties[i] = ReferenceEquals(type, property.Type)
                    ? property
                    : property with { Type = type, Default = earlier.Default, Values = earlier.Values, AllowsNull = earlier.AllowsNull || property.AllowsNull };
                return;
            }
        }

        properties.Add(property);
    }

    /// <summary><paramref name="later"/>, or <paramref name="earlier"/> where that says more of the same value (see
    /// <see cref="AddOrReplace"/>), null allowed when either allows it.</summary>
    private static TypeRef Narrower(TypeRef earlier, TypeRef later)
    {
        if ((later.Kind == TypeKind.Any && earlier.Kind != TypeKind.Any) || (later.Kind == TypeKind.String && earlier.Kind == TypeKind.Enum))
        {
            return earlier.WithNullable(earlier.IsNullable || later.IsNullable);
        }

        if (later.Kind == earlier.Kind && later.IsCollection && Narrower(earlier.Element!, later.Element!) is var element && !ReferenceEquals(element, later.Element))
        {
            return later with { Element = element };
        }

        return later;
    }

    /// <summary>The record of a component schema, read now if it was not read yet.</summary>
    private ObjectModel? EnsureComponentObject(string componentName, SpecNode referenceNode, string path)
    {
        if (_componentObjects.TryGetValue(componentName, out var built))
        {
            return built;
        }

        if (!_readingObjects.Add(componentName))
        {
            Report(DiagnosticDescriptors.ReferenceCycle, referenceNode, $"The allOf of '{componentName}' refers back to itself", path, "Break the cycle: a record cannot compose itself.");
            return null;
        }

        try
        {
            // A discriminated oneOf base with properties of its own is named as a composition.
            var name = _namedComponents.TryGetValue(componentName, out var named) ? named.Name! : _compositionNames[componentName];
            return _componentObjects[componentName] = ReadObject(name, _componentSchemas[componentName], ComponentSchemaPath(componentName), componentName);
        }
        finally
        {
            _readingObjects.Remove(componentName);
        }
    }
}
