using System.Globalization;
using Aiia.Codegen.Cli.Specs;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NSwag;
using Aiia.Codegen.Reading;

namespace Aiia.Codegen.Cli.Validation;

/// <summary>
/// Checks every <c>example</c> and <c>examples</c> value of a spec against its schema: in schemas (at any depth),
/// parameters, request and response media types, and <c>components/examples</c> entries where a media type or
/// parameter refers to them. Values come from the YAML (typed by the YAML core schema); schemas come from NSwag's
/// reading of the document and are checked with NJsonSchema's validator.
/// </summary>
internal sealed class ExampleValidator
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private readonly SpecTree _tree;
    private readonly SpecMapping _root;
    private readonly OpenApiDocument _document;
    private readonly List<ExampleFinding> _findings = [];
    private readonly HashSet<(SpecNode, JsonSchema)> _checked = new(new NodeSchemaComparer());

    private ExampleValidator(SpecTree tree, OpenApiDocument document)
    {
        _tree = tree;
        _root = tree.Root;
        _document = document;
    }

    /// <summary>Checks the examples of <paramref name="tree"/> against the schemas of <paramref name="document"/>.</summary>
    public static ExampleReport Validate(SpecTree tree, OpenApiDocument document)
    {
        var validator = new ExampleValidator(tree, document);
        validator.WalkPaths();
        validator.WalkComponents();
        return new ExampleReport(validator._checked.Count, validator._findings);
    }

    private void WalkPaths()
    {
        foreach (var (pathTemplate, itemNode) in SpecTree.Entries(SpecTree.Get(_root, "paths")))
        {
            if (!_document.Paths.TryGetValue(pathTemplate, out var item))
            {
                continue;
            }

            var itemPath = "paths." + pathTemplate;
            WalkParameters(SpecTree.Get(itemNode, "parameters"), item.Parameters, itemPath + ".parameters");
            foreach (var (method, operationNode) in SpecTree.Entries(itemNode))
            {
                if (Array.IndexOf(HttpMethods, method) < 0 || !item.TryGetValue(method, out var operation))
                {
                    continue;
                }

                var operationPath = itemPath + "." + method;
                WalkParameters(SpecTree.Get(operationNode, "parameters"), operation.Parameters, operationPath + ".parameters");
                var body = SpecTree.Get(operationNode, "requestBody");
                if (body is not null && SpecTree.Get(body, "$ref") is null)
                {
                    WalkContent(SpecTree.Get(body, "content"), operation.RequestBody?.Content, operationPath + ".requestBody.content");
                }

                foreach (var (code, responseNode) in SpecTree.Entries(SpecTree.Get(operationNode, "responses")))
                {
                    if (SpecTree.Get(responseNode, "$ref") is null && operation.Responses.TryGetValue(code, out var response))
                    {
                        WalkContent(SpecTree.Get(responseNode, "content"), response.Content, operationPath + ".responses." + code + ".content");
                    }
                }
            }
        }
    }

    private void WalkComponents()
    {
        var components = SpecTree.Get(_root, "components");
        foreach (var (name, node) in SpecTree.Entries(SpecTree.Get(components, "schemas")))
        {
            if (_document.Components.Schemas.TryGetValue(name, out var schema))
            {
                WalkSchema(node, schema, "components.schemas." + name);
            }
        }

        foreach (var (name, node) in SpecTree.Entries(SpecTree.Get(components, "parameters")))
        {
            if (_document.Components.Parameters.TryGetValue(name, out var parameter))
            {
                WalkParameter(node, parameter, "components.parameters." + name);
            }
        }

        foreach (var (name, node) in SpecTree.Entries(SpecTree.Get(components, "requestBodies")))
        {
            if (_document.Components.RequestBodies.TryGetValue(name, out var body))
            {
                WalkContent(SpecTree.Get(node, "content"), body.Content, "components.requestBodies." + name + ".content");
            }
        }

        foreach (var (name, node) in SpecTree.Entries(SpecTree.Get(components, "responses")))
        {
            if (_document.Components.Responses.TryGetValue(name, out var response))
            {
                WalkContent(SpecTree.Get(node, "content"), response.Content, "components.responses." + name + ".content");
            }
        }
    }

    private void WalkParameters(SpecNode? node, IEnumerable<OpenApiParameter>? all, string path)
    {
        if (node is not SpecSequence sequence || all is null)
        {
            return;
        }

        var parameters = all.ToList();

        for (var i = 0; i < sequence.Children.Length && i < parameters.Count; i++)
        {
            if (SpecTree.Get(sequence.Children[i], "$ref") is null)
            {
                WalkParameter(sequence.Children[i], parameters[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            }
        }
    }

    private void WalkParameter(SpecNode node, OpenApiParameter parameter, string path)
    {
        var schema = parameter.Schema;
        WalkSchema(SpecTree.Get(node, "schema"), schema, path + ".schema");
        if (SpecTree.Get(node, "example") is { } example)
        {
            Check(example, schema, path + ".example");
        }

        WalkExamples(SpecTree.Get(node, "examples"), schema, path + ".examples");
    }

    private void WalkContent(SpecNode? node, IDictionary<string, OpenApiMediaType>? content, string path)
    {
        foreach (var (mediaType, mediaNode) in SpecTree.Entries(node))
        {
            if (content is null || !content.TryGetValue(mediaType, out var media))
            {
                continue;
            }

            var mediaPath = path + "." + mediaType;
            WalkSchema(SpecTree.Get(mediaNode, "schema"), media.Schema, mediaPath + ".schema");
            if (SpecTree.Get(mediaNode, "example") is { } example)
            {
                Check(example, media.Schema, mediaPath + ".example");
            }

            WalkExamples(SpecTree.Get(mediaNode, "examples"), media.Schema, mediaPath + ".examples");
        }
    }

    /// <summary>A map of Example Objects, each with a <c>value</c> or a <c>$ref</c> to <c>components/examples</c>.</summary>
    private void WalkExamples(SpecNode? node, JsonSchema? schema, string path)
    {
        const string prefix = "#/components/examples/";
        foreach (var (name, exampleNode) in SpecTree.Entries(node))
        {
            var examplePath = path + "." + name;
            if (SpecTree.GetString(exampleNode, "$ref") is { } reference)
            {
                if (!reference.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var componentName = reference.Substring(prefix.Length);
                var target = SpecTree.Get(SpecTree.GetMapping(_root, "components", "examples"), componentName);
                if (SpecTree.Get(target, "value") is { } referenced)
                {
                    Check(referenced, schema, examplePath + " ($ref components.examples." + componentName + ").value");
                }
            }
            else if (SpecTree.Get(exampleNode, "value") is { } value)
            {
                Check(value, schema, examplePath + ".value");
            }
        }
    }

    /// <summary>Follows a schema and its NSwag reading together, down properties, items, maps and compositions.</summary>
    private void WalkSchema(SpecNode? node, JsonSchema? schema, string path)
    {
        if (node is not SpecMapping || schema is null || SpecTree.Get(node, "$ref") is not null)
        {
            return; // A $ref's target is walked where it is defined.
        }

        if (SpecTree.Get(node, "example") is { } example)
        {
            Check(example, schema, path + ".example");
        }

        foreach (var (name, propertyNode) in SpecTree.Entries(SpecTree.Get(node, "properties")))
        {
            if (schema.Properties.TryGetValue(name, out var property))
            {
                WalkSchema(propertyNode, property, path + ".properties." + name);
            }
        }

        WalkSchema(SpecTree.Get(node, "items"), schema.Item, path + ".items");
        WalkSchema(SpecTree.Get(node, "additionalProperties"), schema.AdditionalPropertiesSchema, path + ".additionalProperties");
        WalkSchema(SpecTree.Get(node, "not"), schema.Not, path + ".not");
        WalkParts(SpecTree.Get(node, "allOf"), schema.AllOf, path + ".allOf");
        WalkParts(SpecTree.Get(node, "oneOf"), schema.OneOf, path + ".oneOf");
        WalkParts(SpecTree.Get(node, "anyOf"), schema.AnyOf, path + ".anyOf");
    }

    private void WalkParts(SpecNode? node, ICollection<JsonSchema> parts, string path)
    {
        if (node is not SpecSequence sequence)
        {
            return;
        }

        var list = parts.ToList();
        for (var i = 0; i < sequence.Children.Length && i < list.Count; i++)
        {
            WalkSchema(sequence.Children[i], list[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
        }
    }

    private void Check(SpecNode value, JsonSchema? schema, string specPath)
    {
        // Keyed by the schema a $ref points at, so an example shared by several operations is checked once.
        if (schema is null || !_checked.Add((value, schema.ActualSchema)))
        {
            return;
        }

        var json = ExampleJson.ToJson(value);
        ICollection<ValidationError> errors;
        try
        {
            errors = Validate(schema, json);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var (line, column) = _tree.PositionOf(value);
            _findings.Add(new ExampleFinding(specPath, line, column, "$", "ValidatorFailed", "the example could not be checked: " + exception.Message));
            return;
        }

        foreach (var error in Flatten(errors))
        {
            var segments = PathSegments(error);
            var node = Locate(value, segments);
            var jsonPath = "$" + string.Concat(segments.Select(s => s.Index is { } index ? "[" + index.ToString(CultureInfo.InvariantCulture) + "]" : "." + s.Name));
            var (line, column) = _tree.PositionOf(node);
            _findings.Add(new ExampleFinding(specPath, line, column, jsonPath, error.Kind.ToString(), Describe(error)));
        }
    }

    /// <summary>
    /// Whether the error is a boolean "not in the enum" that the enum lists: NJsonSchema compares enum values by their
    /// text, and a YAML spec's <c>enum: [true]</c> reads as <c>true</c> where the example's boolean is <c>True</c>
    /// (Firefly III's CurrencyUpdate.primary was "true is not one of the enum values (true)").
    /// </summary>
    private static bool IsListedBoolean(ValidationError error) =>
        error.Kind == ValidationErrorKind.NotInEnumeration
        && error.Token is JValue { Type: JTokenType.Boolean } value
        && error.Schema?.ActualSchema.Enumeration.Any(v => string.Equals(
            Convert.ToString(v, CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase)) == true;

    // An ECMAScript pattern .NET refuses (an identity escape such as \_) is translated once and the example checked again.
    private static ICollection<ValidationError> Validate(JsonSchema schema, string json)
    {
        try
        {
            return schema.Validate(json, SchemaType.OpenApi3);
        }
        catch (ArgumentException) when (EcmaPatterns.Translate(schema))
        {
            return schema.Validate(json, SchemaType.OpenApi3);
        }
    }

    /// <summary>
    /// The leaf errors, but for booleans their enum lists (<see cref="IsListedBoolean"/>). A <c>oneOf</c> or <c>anyOf</c>
    /// is judged again without those: Sentry's symbol sources, a <c>oneOf</c> whose <c>http</c> alternative holds
    /// <c>{type: boolean, enum: [true]}</c>, failed that alternative, and so reported every other alternative's errors
    /// for an example that matches exactly the one.
    /// </summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError { Kind: ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf } choice)
            {
                var alternatives = choice.Errors.Values.Select(e => Flatten(e).ToList()).ToList();
                var matching = alternatives.Count(leaves => leaves.Count == 0);
                if (choice.Kind == ValidationErrorKind.NotAnyOf ? matching > 0 : matching == 1)
                {
                    continue;
                }
            }

            var children = error switch
            {
                ChildSchemaValidationError child => child.Errors.Values.SelectMany(e => e).ToList(),
                MultiTypeValidationError multi => multi.Errors.Values.SelectMany(e => e).ToList(),
                _ => [],
            };

            if (children.Count == 0)
            {
                if (!IsListedBoolean(error))
                {
                    yield return error;
                }

                continue;
            }

            foreach (var leaf in Flatten(children))
            {
                yield return leaf;
            }
        }
    }

    /// <summary>NJsonSchema's <c>#/session.expires</c> or <c>#/items[0].name</c> as segments; the missing property of <c>PropertyRequired</c> dropped.</summary>
    private static List<(string Name, int? Index)> PathSegments(ValidationError error)
    {
        var segments = new List<(string Name, int? Index)>();
        var path = error.Path ?? string.Empty;
        path = path.StartsWith("#/", StringComparison.Ordinal) ? path.Substring(2) : path.TrimStart('#');
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part;
            var bracket = name.IndexOf('[', StringComparison.Ordinal);
            var indexes = new List<int>();
            if (bracket >= 0)
            {
                foreach (var index in name.Substring(bracket).Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                    {
                        indexes.Add(value);
                    }
                }

                name = name.Substring(0, bracket);
            }

            if (name.Length > 0)
            {
                segments.Add((name, null));
            }

            segments.AddRange(indexes.Select(i => (string.Empty, (int?)i)));
        }

        if (error.Kind == ValidationErrorKind.PropertyRequired && segments.Count > 0 && segments[^1].Index is null && segments[^1].Name == error.Property)
        {
            segments.RemoveAt(segments.Count - 1);
        }

        return segments;
    }

    /// <summary>The deepest YAML node the path reaches: the offending value, or the object missing a property.</summary>
    private static SpecNode Locate(SpecNode start, List<(string Name, int? Index)> segments)
    {
        var node = start;
        foreach (var (name, index) in segments)
        {
            SpecNode? next = index is { } i
                ? node is SpecSequence sequence && i < sequence.Children.Length ? sequence.Children[i] : null
                : SpecTree.Get(node, name);
            if (next is null)
            {
                break;
            }

            node = next;
        }

        return node;
    }

    private static string Describe(ValidationError error)
    {
        var found = Found(error.Token);
        var schema = error.Schema;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"the required property '{error.Property}' is missing",
            ValidationErrorKind.StringExpected => $"expected a string, found {found}",
            ValidationErrorKind.NumberExpected => $"expected a number, found {found}",
            ValidationErrorKind.IntegerExpected => $"expected an integer, found {found}",
            ValidationErrorKind.BooleanExpected => $"expected a boolean, found {found}",
            ValidationErrorKind.ObjectExpected => $"expected an object, found {found}",
            ValidationErrorKind.ArrayExpected => $"expected an array, found {found}",
            ValidationErrorKind.NullExpected => $"expected null, found {found}",
            ValidationErrorKind.NotInEnumeration => $"{found} is not one of the enum values ({string.Join(", ", schema?.ActualSchema.Enumeration.Where(v => v is not null) ?? [])})",
            ValidationErrorKind.PatternMismatch => $"{found} does not match the pattern '{schema?.ActualSchema.Pattern}'",
            ValidationErrorKind.StringTooShort => $"{found} is shorter than {schema?.ActualSchema.MinLength} characters",
            ValidationErrorKind.StringTooLong => $"{found} is longer than {schema?.ActualSchema.MaxLength} characters",
            ValidationErrorKind.NumberTooSmall => $"{found} is below the minimum {schema?.ActualSchema.Minimum}",
            ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => $"{found} is above the maximum {schema?.ActualSchema.Maximum}",
            ValidationErrorKind.TooFewItems => $"the array has fewer than {schema?.ActualSchema.MinItems} items",
            ValidationErrorKind.TooManyItems => $"the array has more than {schema?.ActualSchema.MaxItems} items",
            ValidationErrorKind.DateTimeExpected => $"{found} is not a date-time",
            ValidationErrorKind.DateExpected => $"{found} is not a date",
            ValidationErrorKind.TimeExpected => $"{found} is not a time",
            ValidationErrorKind.GuidExpected or ValidationErrorKind.UuidExpected => $"{found} is not a uuid",
            ValidationErrorKind.UriExpected => $"{found} is not a uri",
            ValidationErrorKind.EmailExpected => $"{found} is not an email address",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"the property '{error.Property}' is not in the schema, which allows no other properties",
            _ => $"{error.Kind} ({found})",
        };
    }

    private static string Found(JToken? token) => token switch
    {
        null => "nothing",
        JValue { Type: JTokenType.Null } => "null",
        JValue { Type: JTokenType.String } value => "the string \"" + Shorten(value.ToString(CultureInfo.InvariantCulture)) + "\"",
        JValue { Type: JTokenType.Boolean } value => value.ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
        JValue value => value.ToString(CultureInfo.InvariantCulture),
        JObject => "an object",
        JArray => "an array",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";

    private sealed class NodeSchemaComparer : IEqualityComparer<(SpecNode, JsonSchema)>
    {
        public bool Equals((SpecNode, JsonSchema) x, (SpecNode, JsonSchema) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((SpecNode, JsonSchema) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}

/// <summary>How many examples were checked, and what was wrong with them.</summary>
internal sealed record ExampleReport(int Checked, IReadOnlyList<ExampleFinding> Findings);

/// <summary>
/// One way an example does not fit its schema.
/// </summary>
/// <param name="SpecPath">Where the example is, e.g. <c>components.schemas.Pet.example</c> or <c>paths./pets.get.responses.200.content.application/json.examples.one.value</c>.</param>
/// <param name="Line">One-based line of the offending value in the spec.</param>
/// <param name="Column">One-based column of the offending value.</param>
/// <param name="JsonPath">Where inside the example, e.g. <c>$.session.expires</c>.</param>
/// <param name="Kind">NJsonSchema's error kind, e.g. <c>PropertyRequired</c>.</param>
/// <param name="Message">What is wrong, in words.</param>
internal sealed record ExampleFinding(string SpecPath, long Line, long Column, string JsonPath, string Kind, string Message);
