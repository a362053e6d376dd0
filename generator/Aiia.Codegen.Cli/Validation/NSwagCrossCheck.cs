using System.Globalization;
using Aiia.Codegen.Cli.Specs;
using Aiia.Codegen.Model;
using NJsonSchema;
using NSwag;

namespace Aiia.Codegen.Cli.Validation;

/// <summary>
/// Reads the spec a second time with an independent parser, NSwag's, and compares what it reads with our model:
/// operations (method, path, operationId), parameters (name, in, required), request and response bodies, component
/// schemas (names, property names, required lists, property types and nullability) and enum values. Our C# names are
/// mapped back to the spec's through the model's wire names and the generator's own naming rules.
/// </summary>
internal sealed class NSwagCrossCheck
{
    private readonly ApiSpec _spec;
    private readonly Dictionary<string, ObjectModel> _objects;
    private readonly Dictionary<string, EnumModel> _enums;
    private readonly HashSet<string> _comparedTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _componentTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _typeOfComponent = new(StringComparer.Ordinal); // schema key → C# name
    private readonly HashSet<string> _unionComponents = new(StringComparer.Ordinal); // schema keys the model reads as unions
    private readonly List<CrossCheckFinding> _findings = [];

    private NSwagCrossCheck(ApiSpec spec)
    {
        _spec = spec;
        _objects = spec.Objects.GroupBy(o => o.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _enums = spec.Enums.GroupBy(e => e.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // The model says which schema each type comes from (its provenance): no name is derived here again, so a
        // schema the naming pass renamed (pet beside Pet → Pet2) is still compared with its own record.
        foreach (var (name, source) in spec.Objects.Select(o => (o.Name, o.Source)).Concat(spec.Enums.Select(e => (e.Name, e.Source))))
        {
            if (source?.ComponentName is { } component)
            {
                _typeOfComponent.TryAdd(component, name);
            }
        }

        foreach (var union in spec.Unions)
        {
            if (union.Source?.ComponentName is { } component)
            {
                _unionComponents.Add(component);
            }
        }
    }

    /// <summary>The C# name the model gives a component schema, or a description of its absence for messages.</summary>
    private string TypeOfComponent(string component) =>
        _typeOfComponent.TryGetValue(component, out var name) ? name : Identifiers.ToPascalCase(component);

    /// <summary>
    /// Reads <paramref name="yaml"/> with NSwag (no file or network access: the document has no path, and callers
    /// skip documents with external references). Returns the document, or why NSwag could not read it.
    /// </summary>
    public static Task<(OpenApiDocument? Document, string? Error)> ReadAsync(string yaml, CancellationToken cancellationToken) =>
        ReadAsync(() => OpenApiYamlDocument.FromYamlAsync(yaml, null, cancellationToken));

    /// <summary>
    /// Reads <paramref name="tree"/> with NSwag without its vendor extensions, which carry no schema meaning but whose
    /// values NSwag may not read (<c>x-enumDescriptions</c> as a map). Returns the document, or why NSwag could not read it.
    /// </summary>
    public static Task<(OpenApiDocument? Document, string? Error)> ReadWithoutExtensionsAsync(SpecTree tree, CancellationToken cancellationToken) =>
        ReadAsync(() => OpenApiDocument.FromJsonAsync(ExtensionFreeJson.ToJson(tree.Root), null, cancellationToken));

    private static async Task<(OpenApiDocument? Document, string? Error)> ReadAsync(Func<Task<OpenApiDocument>> read)
    {
        try
        {
            return (await read().ConfigureAwait(false), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return (null, exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>Every disagreement between NSwag's reading of the document and our model of it.</summary>
    public static IReadOnlyList<CrossCheckFinding> Compare(OpenApiDocument document, ApiSpec spec)
    {
        var check = new NSwagCrossCheck(spec);
        // Components first, so a schema's findings are placed at its definition rather than at a use of it.
        check.CompareComponents(document);
        check.CompareOperations(document);
        return check._findings;
    }

    private void Add(string path, string message) => _findings.Add(new CrossCheckFinding(path, message));

    private void CompareOperations(OpenApiDocument document)
    {
        var ours = _spec.Operations.ToDictionary(o => o.HttpMethod + " " + o.PathTemplate, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (pathTemplate, item) in document.Paths)
        {
            foreach (var (method, operation) in item)
            {
                var key = method.ToUpperInvariant() + " " + pathTemplate;
                var path = "paths." + pathTemplate + "." + method.ToLowerInvariant();
                seen.Add(key);
                if (!ours.TryGetValue(key, out var model))
                {
                    Add(path, $"NSwag reads the operation {key}{(operation.OperationId is null ? string.Empty : $" ('{operation.OperationId}')")}; our model has no such operation");
                    continue;
                }

                // Without an operationId NSwag has none and ours is derived: nothing to compare.
                if (operation.OperationId is { } operationId && !string.Equals(operationId, model.OperationId, StringComparison.Ordinal))
                {
                    Add(path + ".operationId", $"NSwag reads the operationId '{operationId}', our model '{model.OperationId}'");
                }

                CompareParameters(path, operation, model);
                CompareRequestBody(path, operation, model);
                CompareResponse(path, operation, model);
            }
        }

        foreach (var model in _spec.Operations)
        {
            var key = model.HttpMethod + " " + model.PathTemplate;
            if (!seen.Contains(key))
            {
                Add("paths." + model.PathTemplate + "." + model.HttpMethod.ToLowerInvariant(), $"our model has the operation {key} ('{model.OperationId}'); NSwag does not read it");
            }
        }
    }

    private void CompareParameters(string path, OpenApiOperation operation, OperationModel model)
    {
        var matched = new HashSet<ParameterModel>();
        foreach (var parameter in operation.ActualParameters.Select(p => p.ActualParameter))
        {
            var location = Location(parameter.Kind);
            if (location is null)
            {
                continue; // NSwag's body pseudo-parameter; bodies are compared on their own.
            }

            var ours = model.Parameters.FirstOrDefault(p => Location(p.In) == location && string.Equals(p.WireName, parameter.Name, StringComparison.Ordinal));
            var parameterPath = path + ".parameters." + parameter.Name;
            if (ours is null && location == "header" && parameter.Name is { } header
                && (header.Equals("Accept", StringComparison.OrdinalIgnoreCase) || header.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
                    || header.Equals("Authorization", StringComparison.OrdinalIgnoreCase)))
            {
                continue; // OpenAPI says such a header parameter is ignored (the generator's AIIA0062 or AIIA0034); NSwag keeps it.
            }

            if (ours is null)
            {
                Add(parameterPath, $"NSwag reads the {location} parameter '{parameter.Name}'; our model has no such parameter");
                continue;
            }

            matched.Add(ours);
            if (parameter.IsRequired != ours.IsRequired)
            {
                var hint = location == "path" && !parameter.IsRequired
                    ? " (OpenAPI says a path parameter must say 'required: true'; add it)"
                    : string.Empty;
                Add(parameterPath + ".required", $"NSwag reads the {location} parameter '{parameter.Name}' as {Required(parameter.IsRequired)}, our model as {Required(ours.IsRequired)}{hint}");
            }

            CompareType(parameterPath + ".schema", parameter.Schema ?? parameter.ActualSchema, ours.Type);
        }

        foreach (var ours in model.Parameters.Where(p => !matched.Contains(p)))
        {
            Add(path + ".parameters." + ours.WireName, $"our model has the {Location(ours.In)} parameter '{ours.WireName}'; NSwag does not read it");
        }
    }

    private void CompareRequestBody(string path, OpenApiOperation operation, OperationModel model)
    {
        path += ".requestBody";
        var body = operation.RequestBody?.ActualRequestBody;
        var schema = JsonSchemaOf(body?.Content);
        if (model.Body is { Kind: not BodyKind.Json })
        {
            return; // a form, multipart, text or binary body: only JSON bodies are compared
        }

        if (schema is null)
        {
            if (model.Body is not null)
            {
                Add(path, "our model has a JSON request body; NSwag reads none");
            }

            return;
        }

        if (model.Body is null)
        {
            Add(path, "NSwag reads a JSON request body; our model has none");
            return;
        }

        if (body!.IsRequired != model.Body.IsRequired)
        {
            Add(path + ".required", $"NSwag reads the request body as {Required(body.IsRequired)}, our model as {Required(model.Body.IsRequired)}");
        }

        CompareType(path + ".content.schema", schema, model.Body.Type);
    }

    private void CompareResponse(string path, OpenApiOperation operation, OperationModel model)
    {
        // The generator returns the body of the lowest 2xx response; so does this comparison.
        var code = operation.ActualResponses.Keys.Where(IsSuccess).OrderBy(c => c, StringComparer.Ordinal).FirstOrDefault();
        if (code is null)
        {
            return;
        }

        path += ".responses." + code;
        var schema = code == "204" ? null : JsonSchemaOf(operation.ActualResponses[code].ActualResponse.Content);
        if (schema is null)
        {
            if (model.Response is not null)
            {
                Add(path, "our model has a JSON response body; NSwag reads none");
            }

            return;
        }

        if (model.Response is null)
        {
            Add(path, "NSwag reads a JSON response body; our model has none");
            return;
        }

        CompareType(path + ".content.schema", schema, model.Response);
    }

    private void CompareComponents(OpenApiDocument document)
    {
        // Component types are compared at their definitions; uses of them only check the shape.
        foreach (var (name, schema) in document.Components.Schemas)
        {
            if (NamedKind(schema) is not null)
            {
                _componentTypes.Add(TypeOfComponent(name));
            }
        }

        // A component that is only a $ref to another (Typesense's NLSearchModelUpdateSchema) is an alias, as the generator
        // reads it; NSwag's resolver hands back the target's own schema for it, so it is the same instance as the target's.
        var aliases = document.Components.Schemas
            .GroupBy(pair => pair.Value, ReferenceEqualityComparer.Instance)
            .Where(group => group.Count() > 1)
            .SelectMany(group => group.Select(pair => pair.Key).Where(name => !_objects.ContainsKey(TypeOfComponent(name)) && !_enums.ContainsKey(TypeOfComponent(name))))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (name, schema) in document.Components.Schemas)
        {
            if (aliases.Contains(name))
            {
                continue;
            }

            var path = "components.schemas." + name;
            var typeName = TypeOfComponent(name);
            switch (NamedKind(schema))
            {
                case TypeKind.Enum:
                    if (_enums.TryGetValue(typeName, out var enumModel))
                    {
                        CompareEnum(path, schema, enumModel);
                    }
                    else
                    {
                        Add(path, $"NSwag reads a string enum; our model has no enum '{typeName}'");
                    }

                    break;
                case TypeKind.Object:
                    if (_objects.TryGetValue(typeName, out var objectModel))
                    {
                        CompareObject(path, schema, objectModel);
                    }
                    else if (_unionComponents.Contains(name) && (schema.OneOf.Count > 0 || schema.AnyOf.Count > 0))
                    {
                        // Properties beside a oneOf (Svix's sinks): NSwag reads them alone as the object and drops the
                        // alternatives, which our union's records hold with them: its limit, not a disagreement.
                    }
                    else
                    {
                        Add(path, $"NSwag reads an object schema; our model has no record '{typeName}'");
                    }

                    break;
            }
        }
    }

    /// <summary>As the generator decides which component schemas become types: string enums and objects; the rest are aliases.</summary>
    private static TypeKind? NamedKind(JsonSchema schema)
    {
        if (schema.HasReference)
        {
            return null;
        }

        if (schema.Enumeration.Any(v => v is not null) && (schema.Type == JsonObjectType.None || schema.Type.HasFlag(JsonObjectType.String)))
        {
            return TypeKind.Enum;
        }

        if (schema.Properties.Count > 0)
        {
            return TypeKind.Object;
        }

        return schema.AllOf.Count > 0 && !IsSingleReferenceAllOf(schema) ? TypeKind.Object : null;
    }

    /// <summary>
    /// An <c>allOf</c> of one <c>$ref</c> and, beside it, only parts that say nothing of the type (a description, an
    /// example, a default: Okta's <c>allOf: [{$ref: createdProperty}, {example: ...}]</c>), which the generator reads
    /// as the referenced type.
    /// </summary>
    private static bool IsSingleReferenceAllOf(JsonSchema schema) =>
        schema.Properties.Count == 0 && schema.AllOf.Count(part => part.HasReference) == 1
        && schema.AllOf.All(part => part.HasReference || IsAnnotationOnly(part));

    private static bool IsAnnotationOnly(JsonSchema schema) =>
        IsEmpty(schema) && schema.OneOf.Count == 0 && schema.AnyOf.Count == 0 && schema.Not is null && schema.RequiredProperties.Count == 0;

    private void CompareObject(string path, JsonSchema schema, ObjectModel model)
    {
        if (!_comparedTypes.Add("record " + model.Name))
        {
            return;
        }

        var properties = new List<KeyValuePair<string, JsonSchemaProperty>>();
        var required = new HashSet<string>(StringComparer.Ordinal);
        Flatten(schema, properties, required, new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance));

        var ours = model.Properties.ToDictionary(p => p.WireName, StringComparer.Ordinal);
        var theirs = properties.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, property) in properties)
        {
            var propertyPath = path + ".properties." + name;
            if (!ours.TryGetValue(name, out var ourProperty))
            {
                Add(propertyPath, $"NSwag reads the property '{name}'; our record {model.Name} has no such property");
                continue;
            }

            CompareType(propertyPath, property, ourProperty.Type);
            // A listed-required property our model makes optional (readOnly, writeOnly, deprecated: see PropertyModel) is
            // nullable by that documented rule, not by a different reading.
            var nullable = property.IsNullable(SchemaType.OpenApi3) || !required.Contains(name) || (ourProperty.IsListedRequired && !ourProperty.IsRequired)
                || AdmitsNull(property);
            if (nullable != ourProperty.Type.IsNullable)
            {
                Add(propertyPath, $"NSwag reads the property as {Nullable(nullable)} (nullable: {Lower(property.IsNullable(SchemaType.OpenApi3))}, {Required(required.Contains(name))}), our model as {Nullable(ourProperty.Type.IsNullable)}");
            }
        }

        foreach (var ourProperty in model.Properties.Where(p => !theirs.Contains(p.WireName)))
        {
            Add(path + ".properties." + ourProperty.WireName, $"our record {model.Name} has the property '{ourProperty.WireName}'; NSwag does not read it");
        }

        foreach (var name in required.Order(StringComparer.Ordinal))
        {
            if (!theirs.Contains(name))
            {
                Add(path + ".required", $"'{name}' is listed as required but is not a property: NSwag keeps it in the required list, our model drops it (define the property or remove it from 'required')");
            }
            else if (ours.TryGetValue(name, out var ourProperty) && !ourProperty.IsListedRequired)
            {
                Add(path + ".required", $"NSwag reads '{name}' as required, our model as optional");
            }
        }

        foreach (var ourProperty in model.Properties.Where(p => p.IsRequired && theirs.Contains(p.WireName) && !required.Contains(p.WireName)))
        {
            Add(path + ".required", $"our model reads '{ourProperty.WireName}' as required, NSwag as optional");
        }
    }

    /// <summary>The properties and required names of a schema and its <c>allOf</c> parts, later ones replacing earlier ones.</summary>
    private static void Flatten(JsonSchema schema, List<KeyValuePair<string, JsonSchemaProperty>> properties, HashSet<string> required, HashSet<JsonSchema> visited)
    {
        var actual = schema.ActualSchema;
        if (!visited.Add(actual))
        {
            return;
        }

        foreach (var part in actual.AllOf)
        {
            Flatten(part, properties, required, visited);
        }

        foreach (var (name, property) in actual.Properties)
        {
            var index = properties.FindIndex(p => p.Key == name);
            if (index >= 0)
            {
                properties[index] = new(name, property);
            }
            else
            {
                properties.Add(new(name, property));
            }
        }

        foreach (var name in actual.RequiredProperties)
        {
            required.Add(name);
        }
    }

    private void CompareEnum(string path, JsonSchema schema, EnumModel model)
    {
        if (!_comparedTypes.Add("enum " + model.Name))
        {
            return;
        }

        var theirs = schema.ActualSchema.Enumeration
            .Where(v => v is not null)
            .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty)
            .ToList();
        var ours = model.Members.Select(m => m.WireValue).ToList();
        foreach (var value in theirs.Where(v => !ours.Contains(v, StringComparer.Ordinal)))
        {
            Add(path + ".enum", $"NSwag reads the enum value '{value}'; our enum {model.Name} has no member for it");
        }

        foreach (var value in ours.Where(v => !theirs.Contains(v, StringComparer.Ordinal)))
        {
            Add(path + ".enum", $"our enum {model.Name} has the value '{value}'; NSwag does not read it");
        }
    }

    /// <summary>Compares the shape of a schema with our type, and recurses into records, enums, items and map values.</summary>
    private void CompareType(string path, JsonSchema? schema, TypeRef ours)
    {
        if (schema is null)
        {
            return;
        }

        var actual = Resolve(schema);
        var theirs = Shape(actual);
        if (theirs == TypeKind.Any && ours.Kind != TypeKind.Any)
        {
            // What NSwag cannot type (a oneOf/anyOf, a 3.1 const) it reads as any JSON: its limit, not the spec's.
            return;
        }

        if (theirs != Shape(ours) && !IsWiderInteger(actual, ours))
        {
            Add(path, $"NSwag reads {Describe(actual, theirs)}, our model reads {Describe(ours)}");
            return;
        }

        if (ours.Name is not null && _componentTypes.Contains(ours.Name))
        {
            return;
        }

        switch (ours.Kind)
        {
            case TypeKind.Object when ours.Name is not null && _objects.TryGetValue(ours.Name, out var model):
                CompareObject(path, actual, model);
                break;
            case TypeKind.Enum when ours.Name is not null && _enums.TryGetValue(ours.Name, out var enumModel):
                CompareEnum(path, actual, enumModel);
                break;
            case TypeKind.Array:
                CompareType(path + ".items", actual.Item, ours.Element!);
                break;
            case TypeKind.Map:
                CompareType(path + ".additionalProperties", actual.AdditionalPropertiesSchema, ours.Element!);
                break;
        }
    }

    /// <summary>Follows <c>$ref</c>s and an <c>allOf</c> of a single <c>$ref</c>, as the generator does.</summary>
    private static JsonSchema Resolve(JsonSchema schema)
    {
        var actual = schema.ActualSchema;
        for (var i = 0; i < 32 && IsSingleReferenceAllOf(actual); i++)
        {
            actual = actual.AllOf.First(part => part.HasReference).ActualSchema;
        }

        return actual;
    }

    /// <summary>What the generator would make of a schema (NSwag's reading), as a TypeKind.</summary>
    private static TypeKind Shape(JsonSchema schema)
    {
        var type = schema.Type & ~JsonObjectType.Null;
        if (schema.Enumeration.Any(v => v is not null) && (type == JsonObjectType.None || type == JsonObjectType.String))
        {
            return TypeKind.Enum;
        }

        switch (type)
        {
            case JsonObjectType.Array:
                return TypeKind.Array;
            case JsonObjectType.String:
                return schema.Format switch
                {
                    "date-time" => TypeKind.DateTimeOffset,
                    "date" => TypeKind.Date,
                    "uuid" => TypeKind.Guid,
                    _ => TypeKind.String,
                };
            case JsonObjectType.Integer:
                return schema.Format == "int64" ? TypeKind.Int64 : TypeKind.Int32;
            case JsonObjectType.Number:
                return schema.Format switch
                {
                    "float" => TypeKind.Single,
                    "decimal" => TypeKind.Decimal,
                    _ => TypeKind.Double,
                };
            case JsonObjectType.Boolean:
                return TypeKind.Boolean;
            case JsonObjectType.Object or JsonObjectType.None:
                if (schema.Properties.Count > 0 || schema.AllOf.Count > 0)
                {
                    return TypeKind.Object;
                }

                return schema.AdditionalPropertiesSchema is { } values && !IsEmpty(values) ? TypeKind.Map : TypeKind.Any;
            default:
                return TypeKind.Any;
        }
    }

    /// <summary>
    /// An integer NSwag reads as int that the generator widens by its own rule: <c>uint32</c>/<c>uint</c> are long,
    /// <c>uint64</c> decimal, and an integer without a format is long when its bounds or its own values are outside int.
    /// </summary>
    private static bool IsWiderInteger(JsonSchema schema, TypeRef ours) =>
        (schema.Type & ~JsonObjectType.Null) == JsonObjectType.Integer
        && schema.Format is not ("int32" or "int64")
        && ours.Kind is TypeKind.Int64 or TypeKind.Decimal;

    /// <summary>
    /// A <c>oneOf</c>/<c>anyOf</c> with a null alternative (3.1's <c>anyOf: [{type: string}, {type: 'null'}]</c>, as
    /// Pydantic writes every optional field; 3.0's <c>{nullable: true}</c> alternative), or a schema without a type,
    /// which NSwag's <c>IsNullable</c> does not see.
    /// </summary>
    private static bool AdmitsNull(JsonSchema schema)
    {
        var actual = schema.ActualSchema;
        // A schema without a type ({}) allows any JSON value, null included, as the generator reads it.
        return (IsEmpty(actual) && actual.OneOf.Count == 0 && actual.AnyOf.Count == 0)
            || actual.OneOf.Concat(actual.AnyOf).Any(part => part.ActualSchema.Type == JsonObjectType.Null || part.ActualSchema.IsNullableRaw == true);
    }

    private static bool IsEmpty(JsonSchema schema) =>
        !schema.HasReference && schema.Type == JsonObjectType.None && schema.Properties.Count == 0 && schema.AllOf.Count == 0
        && schema.Enumeration.Count == 0 && schema.Item is null && schema.AdditionalPropertiesSchema is null;

    private static TypeKind Shape(TypeRef type) => type.Kind;

    private static string Describe(JsonSchema schema, TypeKind shape) => shape switch
    {
        TypeKind.Array => "an array",
        TypeKind.Map => "a map (additionalProperties)",
        TypeKind.Object => "an object with properties",
        TypeKind.Enum => "a string enum",
        TypeKind.Any => "free-form JSON",
        _ => (schema.Type & ~JsonObjectType.Null).ToString().ToLowerInvariant() + (string.IsNullOrEmpty(schema.Format) ? string.Empty : " (format " + schema.Format + ")"),
    };

    private static string Describe(TypeRef type) => type.Kind switch
    {
        TypeKind.Array => "an array",
        TypeKind.Map => "a map",
        TypeKind.Object => "the record " + type.Name,
        TypeKind.Enum => "the enum " + type.Name,
        TypeKind.Any => "free-form JSON",
        TypeKind.String => "string",
        TypeKind.Int32 => "integer (int)",
        TypeKind.Int64 => "integer (long)",
        TypeKind.Single => "number (float)",
        TypeKind.Double => "number (double)",
        TypeKind.Decimal => "number (decimal)",
        TypeKind.Boolean => "boolean",
        TypeKind.DateTimeOffset => "string (date-time)",
        TypeKind.Date => "string (date)",
        TypeKind.Guid => "string (uuid)",
        _ => type.Kind.ToString(),
    };

    private static JsonSchema? JsonSchemaOf(IDictionary<string, OpenApiMediaType>? content)
    {
        if (content is null)
        {
            return null;
        }

        foreach (var (mediaType, media) in content)
        {
            var bare = mediaType.Split(';')[0].Trim();
            if (bare.Equals("application/json", StringComparison.OrdinalIgnoreCase) || bare.EndsWith("+json", StringComparison.OrdinalIgnoreCase) || bare == "*/*")
            {
                return media.Schema;
            }
        }

        return null;
    }

    private static bool IsSuccess(string code) =>
        code.Length == 3 && code[0] == '2' && (code.Substring(1) == "XX" || (char.IsDigit(code[1]) && char.IsDigit(code[2])));

    private static string? Location(OpenApiParameterKind kind) => kind switch
    {
        OpenApiParameterKind.Path => "path",
        OpenApiParameterKind.Query => "query",
        OpenApiParameterKind.Header => "header",
        OpenApiParameterKind.Cookie => "cookie",
        _ => null,
    };

    private static string Location(ParameterLocation location) => location switch
    {
        ParameterLocation.Path => "path",
        ParameterLocation.Query => "query",
        ParameterLocation.Cookie => "cookie",
        _ => "header",
    };

    private static string Required(bool required) => required ? "required" : "optional";

    private static string Nullable(bool nullable) => nullable ? "nullable" : "non-nullable";

    private static string Lower(bool value) => value ? "true" : "false";
}

/// <summary>One disagreement between NSwag's reading of the spec and our model.</summary>
/// <param name="Path">Where in the spec, e.g. <c>components.schemas.Pet.required</c>.</param>
/// <param name="Message">What each side read.</param>
internal sealed record CrossCheckFinding(string Path, string Message);
