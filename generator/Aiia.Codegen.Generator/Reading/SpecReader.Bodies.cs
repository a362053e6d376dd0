using System;
using System.Collections.Generic;
using System.Linq;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;
using Aiia.Codegen.Naming;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Request and response bodies of every media type: JSON, forms, multipart, binary and text. Where several media
/// types are offered, JSON wins, then a form, multipart, binary and text.
/// </summary>
internal sealed partial class SpecReader
{
    private enum MediaClass
    {
        Json,
        Form,
        Multipart,
        Binary,
        Text,
    }

    // A parameter's 'content' holds one media type; JSON first, should it list more.
    private static readonly MediaClass[] ParameterMedia = { MediaClass.Json, MediaClass.Text, MediaClass.Form, MediaClass.Multipart, MediaClass.Binary };

    private static MediaClass Classify(string mediaType)
    {
        var bare = mediaType.Split(';')[0].Trim().ToLowerInvariant();
        if (bare is "application/json" or "*/*" || bare.EndsWith("+json", StringComparison.Ordinal) || bare.EndsWith("/json", StringComparison.Ordinal))
        {
            return MediaClass.Json;
        }

        if (bare == "application/x-www-form-urlencoded")
        {
            return MediaClass.Form;
        }

        if (bare.StartsWith("multipart/", StringComparison.Ordinal))
        {
            return MediaClass.Multipart;
        }

        if (bare.StartsWith("text/", StringComparison.Ordinal) || bare is "application/jwt" or "application/xml" || bare.EndsWith("+xml", StringComparison.Ordinal))
        {
            return MediaClass.Text;
        }

        return MediaClass.Binary;
    }

    /// <summary>The media type of <paramref name="owner"/>'s <c>content</c> to generate, by preference.</summary>
    private (string MediaType, MediaClass Class, SpecNode Value)? ChooseMedia(SpecMapping owner, string path, MediaClass[] preference)
    {
        var content = GetMapping(owner, "content", path);
        if (content is null)
        {
            return null;
        }

        ReportNonTextKeys(content, path + ".content");
        // One pass per preference over the entries (no list of tuples: see ReadParameters).
        foreach (var wanted in preference)
        {
            if (FirstMedia(content, wanted) is { } media)
            {
                return (media.MediaType, wanted, media.Value);
            }
        }

        return null;
    }

    /// <summary>The first entry of a <c>content</c> mapping of class <paramref name="wanted"/>, or null; reports nothing.</summary>
    private static (string MediaType, SpecNode Value)? FirstMedia(SpecMapping content, MediaClass wanted)
    {
        foreach (var pair in content.Children)
        {
            if (pair.Key is SpecScalar { Value: { } mediaType } && Classify(mediaType) == wanted)
            {
                return (mediaType, pair.Value);
            }
        }

        return null;
    }

    /// <summary>The concrete media type to send: a wildcard (<c>image/*</c>) becomes <c>application/octet-stream</c>.</summary>
    private static string SentMediaType(string mediaType)
    {
        var bare = mediaType.Split(';')[0].Trim();
        return bare.IndexOf('*') >= 0 ? "application/octet-stream" : bare;
    }

    private RequestBodyModel? ReadRequestBody(SpecMapping operation, string methodName, string path)
    {
        if (Get(operation, "requestBody") is not { } node)
        {
            return null;
        }

        path += ".requestBody";
        if (node is not SpecMapping body)
        {
            Report(DiagnosticDescriptors.InvalidValue, node, "A request body must be a mapping", path, "Give it 'content'.");
            return null;
        }

        if (Dereference(body, "requestBodies", ref path, out var component) is not { } referenced)
        {
            return null;
        }

        body = referenced;

        var required = GetBool(body, "required", path);
        var description = GetString(body, "description", path);
        var chosen = ChooseMedia(body, path, new[] { MediaClass.Json, MediaClass.Form, MediaClass.Multipart, MediaClass.Binary, MediaClass.Text });
        if (chosen is not { } media)
        {
            return null;
        }

        var mediaPath = path + ".content." + media.MediaType;
        var schema = media.Value is SpecMapping mediaMap ? Get(mediaMap, "schema") : null;
        var stream = new RequestBodyModel("body", new TypeRef(TypeKind.String, IsNullable: !required), required, description, BodyKind.Binary, SentMediaType(media.MediaType));
        if (schema is null && media.Class is not (MediaClass.Binary or MediaClass.Text))
        {
            Report(DiagnosticDescriptors.BodyLoosened, media.Value, $"The request body's '{media.MediaType}' has no schema", mediaPath, "it is sent as a Stream the caller fills; add 'schema:' to get a typed body.");
            return stream;
        }

        switch (media.Class)
        {
            case MediaClass.Json:
                // (The JSON schema's path leaves the media type out, as it always has.)
                var type = SharedSchemaType(schema!, path + ".content.schema", component, "Request", methodName + "Request");
                return new RequestBodyModel("body", type.WithNullable(!required), required, description, BodyKind.Json, SentMediaType(media.MediaType));
            case MediaClass.Text:
                return new RequestBodyModel("body", new TypeRef(TypeKind.String, IsNullable: !required), required, description, BodyKind.Text, SentMediaType(media.MediaType));
            case MediaClass.Binary:
                return stream;
            default:
                var kind = media.Class == MediaClass.Form ? BodyKind.Form : BodyKind.Multipart;
                var fields = ReadBodyFields(schema!, (SpecMapping)media.Value, kind, methodName, mediaPath);
                return new RequestBodyModel("body", new TypeRef(TypeKind.String), required, description, kind, SentMediaType(media.MediaType), fields.ToEquatableArray());
        }
    }

    /// <summary>The properties of a form or multipart schema (with its <c>allOf</c> parts), each a method parameter.</summary>
    private List<BodyFieldModel> ReadBodyFields(SpecNode schema, SpecMapping media, BodyKind kind, string methodName, string path)
    {
        var fields = new List<BodyFieldModel>();
        var properties = new List<(string Wire, SpecNode Node, bool Required)>();
        CollectFormProperties(schema, properties, 0);
        var textOnly = new HashSet<string>(StringComparer.Ordinal);
        CollectAlternativeFormProperties(schema, properties, textOnly);
        if (properties.Count == 0)
        {
            Report(DiagnosticDescriptors.BodyLoosened, schema, "The form body's schema lists no properties", path + ".schema", "no field is sent; describe the fields under 'properties'.");
            return fields;
        }

        var encoding = GetMapping(media, "encoding", path);
        var propertiesPath = path + ".schema.properties";
        var sources = new List<PairSource>(properties.Count);
        foreach (var (wire, node, required) in properties)
        {
            var fieldPath = path + ".schema.properties." + wire;
            var given = GivenName(node, fieldPath);
            if (given is null && !HasLetterOrDigit(wire))
            {
                Report(DiagnosticDescriptors.BodyLoosened, node, $"The field '{wire}' has no letters or digits", fieldPath, "it is left out.");
                continue;
            }

            var file = kind == BodyKind.Multipart && !textOnly.Contains(wire) ? FileShape(node) : 0;
            var type = file == 0 && !textOnly.Contains(wire) ? SharedSchemaType(node, fieldPath, null, string.Empty, methodName + Identifiers.ToPascalCase(given ?? wire)) : new TypeRef(TypeKind.String);
            var (style, explode) = (ValueStyle.Form, true);
            if (encoding is not null && GetMapping(encoding, wire, path + ".encoding") is { } fieldEncoding)
            {
                (style, explode) = ReadStyle(fieldEncoding, path + ".encoding." + wire, ValueStyle.Form);
            }

            var description = Deref(node) is { } target ? GetString(target, "description", fieldPath) : null;
            var field = new BodyFieldModel(string.Empty, wire, type.WithNullable(!required || type.IsNullable), required, file, description, style, explode, given);
            _readingSources.Add(field.Key, node, propertiesPath); // its C# name is the naming pass's
            fields.Add(field);
            sources.Add(new PairSource(FormField, wire, field.Type, style, explode, node, fieldPath));
        }

        if (kind == BodyKind.Form)
        {
            WarnNamesSentTwice(sources);
        }

        return fields;
    }

    private void CollectFormProperties(SpecNode schema, List<(string Wire, SpecNode Node, bool Required)> properties, int depth)
    {
        if (depth > 8 || Deref(schema) is not { } map)
        {
            return;
        }

        var required = GetSequence(map, "required", "$")?.Children.OfType<SpecScalar>().Select(s => s.Value ?? string.Empty).ToList() ?? new List<string>();
        if (Get(map, "properties") is SpecMapping declared)
        {
            foreach (var (wire, _, value) in Entries(declared, "properties"))
            {
                if (!properties.Any(p => p.Wire == wire))
                {
                    properties.Add((wire, value, required.Contains(wire)));
                }
            }
        }

        if (Get(map, "allOf") is SpecSequence parts)
        {
            foreach (var part in parts.Children)
            {
                CollectFormProperties(part, properties, depth + 1);
            }
        }
    }

    /// <summary>
    /// The fields of a form whose schema is a <c>oneOf</c> or <c>anyOf</c> of objects (Polar's OAuth token request: one
    /// object per grant type), after those it lists itself: every alternative's fields, each sent when given. One is
    /// required only when every alternative requires it; one the alternatives describe differently is one enum of
    /// every value they give when each gives string values (<c>grant_type</c>, a different <c>const</c> in each), else the
    /// text the form carries, in <paramref name="textOnly"/>, so that any alternative's value can be sent.
    /// </summary>
    private void CollectAlternativeFormProperties(SpecNode schema, List<(string Wire, SpecNode Node, bool Required)> properties, HashSet<string> textOnly)
    {
        if (Deref(schema) is not { } map || (Get(map, "oneOf") ?? Get(map, "anyOf")) is not SpecSequence alternatives)
        {
            return;
        }

        var own = properties.Count;
        var each = new List<List<(string Wire, SpecNode Node, bool Required)>>();
        foreach (var alternative in alternatives.Children)
        {
            var fields = new List<(string Wire, SpecNode Node, bool Required)>();
            CollectFormProperties(alternative, fields, 1);
            each.Add(fields);
            foreach (var (wire, node, _) in fields)
            {
                var index = properties.FindIndex(p => p.Wire == wire);
                if (index < 0)
                {
                    properties.Add((wire, node, false));
                }
                else if (index >= own && !SameTree(Deref(properties[index].Node) ?? properties[index].Node, Deref(node) ?? node))
                {
                    textOnly.Add(wire);
                }
            }
        }

        for (var i = own; i < properties.Count; i++)
        {
            var (wire, node, _) = properties[i];
            var required = each.TrueForAll(fields => fields.Exists(f => f.Wire == wire && f.Required));
            if (textOnly.Contains(wire) && MergedEnum([.. each.SelectMany(fields => fields.Where(f => f.Wire == wire).Select(f => Deref(f.Node) ?? f.Node))]) is { } values)
            {
                textOnly.Remove(wire);
                node = values;
            }

            properties[i] = (wire, node, required);
        }
    }

    /// <summary>0 when the schema is not a file, 1 for one file (<c>format: binary</c>, <c>contentMediaType</c>), 2 for a list of them.</summary>
    private int FileShape(SpecNode node)
    {
        if (Deref(node) is not { } schema)
        {
            return 0;
        }

        if (GetScalar(schema, "format") is "binary" or "base64" || Get(schema, "contentMediaType") is not null)
        {
            return 1;
        }

        return GetScalar(schema, "type") == "array" && Get(schema, "items") is { } items && FileShape(items) == 1 ? 2 : 0;
    }

    /// <summary>The schema mapping behind any number of <c>$ref</c>s to component schemas, or null.</summary>
    private SpecMapping? Deref(SpecNode node)
    {
        for (var hops = 0; hops < 16 && node is SpecMapping map; hops++)
        {
            if (GetScalar(map, "$ref") is not { } reference)
            {
                return map;
            }

            if (ComponentNameOf(reference) is not { } key || !_componentSchemas.TryGetValue(key, out var target))
            {
                return null;
            }

            node = target;
        }

        return null;
    }

    /// <summary>OpenAPI <c>style</c> and <c>explode</c>: explode defaults to true for <c>form</c> only.</summary>
    private (ValueStyle Style, bool Explode) ReadStyle(SpecMapping owner, string path, ValueStyle defaultStyle)
    {
        var styleText = GetString(owner, "style", path);
        var style = styleText switch
        {
            null => defaultStyle,
            "deepObject" => ValueStyle.DeepObject,
            "spaceDelimited" => ValueStyle.SpaceDelimited,
            "pipeDelimited" => ValueStyle.PipeDelimited,
            "matrix" => ValueStyle.Matrix,
            "label" => ValueStyle.Label,
            _ => ValueStyle.Form,
        };
        var explode = Get(owner, "explode") is null ? style is ValueStyle.Form or ValueStyle.DeepObject : GetBool(owner, "explode", path);
        return (style, explode);
    }

    /// <summary>
    /// A second 2xx response whose JSON body is not the chosen one's (a 200 and a 202 of other schemas): the method
    /// returns the chosen response's type, so such a body may not read. Reported, not silently dropped.
    /// </summary>
    private void ReportOtherSuccessBodies(SpecMapping responses, string path, string chosenCode, SpecNode chosen)
    {
        var chosenSchema = JsonBodySchema(chosen);
        foreach (var (code, key, value) in Entries(responses, path))
        {
            if (code == chosenCode || code == "204" || code.Length != 3 || code[0] != '2' || JsonBodySchema(value) is not { } schema
                || (chosenSchema is not null && SameSchema(schema, chosenSchema, 0)))
            {
                continue;
            }

            Report(DiagnosticDescriptors.BodyLoosened, key, $"The {code} response's body", path + "." + code,
                chosenSchema is null
                    ? $"the method returns what the {chosenCode} response describes (no JSON body), so this body is not read as its schema."
                    : $"it is not the {chosenCode} response's, whose type the method returns: a {code} body that does not fit that type fails as ApiResponseFormatException.");
        }
    }

    /// <summary>The schema of a response's JSON body (through a response <c>$ref</c>), or null; reports nothing.</summary>
    private SpecNode? JsonBodySchema(SpecNode response) =>
        ResponseContent(response) is { } content && FirstMedia(content, MediaClass.Json) is { Value: SpecMapping media }
            ? Get(media, "schema")
            : null;

    /// <summary>A response's <c>content</c> (through one response <c>$ref</c>), or null; reports nothing (the success
    /// response's own reading reports what is wrong).</summary>
    private SpecMapping? ResponseContent(SpecNode response)
    {
        var mapping = response as SpecMapping;
        if (mapping is not null && GetScalar(mapping, "$ref") is { } reference)
        {
            mapping = PointedMapping(reference);
        }

        return mapping is not null ? Get(mapping, "content") as SpecMapping : null;
    }

    /// <summary>
    /// The 2xx statuses documented without a body (no <c>content</c>, or <c>204</c>) beside a JSON success: answers a
    /// server gives on purpose ("nothing playing", "nothing yet"), which the method returns as null rather than
    /// failing them as a body that does not match. A <c>2XX</c> range has no one status, and is left out.
    /// </summary>
    private EquatableArray<int> BodilessSuccessStatuses(SpecMapping responses)
    {
        var statuses = new List<int>();
        foreach (var pair in responses.Children)
        {
            if (pair.Key is SpecScalar { Value: { Length: 3 } code } && code[0] == '2' && int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var status)
                && (status == 204 || ResponseContent(pair.Value) is not { Children.Length: > 0 }))
            {
                statuses.Add(status);
            }
        }

        return statuses.ToEquatableArray();
    }

    /// <summary>
    /// The request's <c>Accept</c>: the media types the documented answers declare that the client can read — the
    /// success responses' of the kind the method reads (JSON, text or binary), then the error responses' JSON ones
    /// (their bodies are read as JSON), in document order, each once. Null when there are none. A key that could not
    /// travel in a header (a comma, a line break, non-ASCII) is left out.
    /// </summary>
    private string? AcceptedMediaTypes(SpecMapping responses, ResponseKind kind)
    {
        var hasSuccess = responses.Children.Any(p => p.Key is SpecScalar { Value: { Length: 3 } code } && code[0] == '2');
        var success = new List<string>();
        var errors = new List<string>();
        foreach (var pair in responses.Children)
        {
            if (pair.Key is not SpecScalar { Value: { Length: > 0 } code } || code[0] is '1' or '3' || ResponseContent(pair.Value) is not { } content)
            {
                continue;
            }

            var isSuccess = code[0] == '2' || (code == "default" && !hasSuccess);
            foreach (var media in content.Children)
            {
                if (media.Key is SpecScalar { Value: { } mediaType } && IsHeaderToken(mediaType)
                    && (isSuccess ? ReadAs(Classify(mediaType)) == kind : Classify(mediaType) == MediaClass.Json))
                {
                    (isSuccess ? success : errors).Add(mediaType.Trim());
                }
            }
        }

        var all = success.Concat(errors).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return all.Count == 0 ? null : string.Join(", ", all);
    }

    /// <summary>How the client reads a success body of a media class (see <see cref="TryReadSuccessResponse"/>).</summary>
    private static ResponseKind ReadAs(MediaClass media) => media switch
    {
        MediaClass.Json => ResponseKind.Json,
        MediaClass.Text => ResponseKind.Text,
        _ => ResponseKind.Binary,
    };

    // A media type that can be an item of a header list: visible ASCII and spaces, no comma, a '/'.
    private static bool IsHeaderToken(string mediaType) =>
        mediaType.IndexOf('/') > 0 && mediaType.Trim().Length > 0 && mediaType.All(c => c is >= ' ' and <= '~' && c != ',');

    /// <summary>Whether two schemas say the same (the same node, or equal keys and values); nested at most 32 deep.</summary>
    private static bool SameSchema(SpecNode a, SpecNode b, int depth)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (depth > 32)
        {
            return false;
        }

        switch (a, b)
        {
            case (SpecScalar x, SpecScalar y):
                return x.Value == y.Value;
            case (SpecSequence x, SpecSequence y):
                if (x.Children.Length != y.Children.Length)
                {
                    return false;
                }

                for (var i = 0; i < x.Children.Length; i++)
                {
                    if (!SameSchema(x.Children[i], y.Children[i], depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case (SpecMapping x, SpecMapping y):
                if (x.Children.Length != y.Children.Length)
                {
                    return false;
                }

                foreach (var pair in x.Children)
                {
                    if (pair.Key is not SpecScalar { Value: { } name } || Get(y, name) is not { } other || !SameSchema(pair.Value, other, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The error responses' JSON bodies (4xx, 5xx, and <c>default</c> beside a 2xx), read so that an inline schema has
    /// its record and converter for <c>ApiException.TryGetError</c> (Spotify's <c>{error: {status, message}}</c>).
    /// A <c>components.responses</c> entry is read once and named after it (<c>NotFoundResponse</c>), whichever
    /// operations use it; an operation's own after the operation and status, as its success body is after the
    /// operation (<c>GetArtist404Response</c>, <c>GetArtistDefaultResponse</c>). A <c>$ref</c>'d schema has its type already.
    /// </summary>
    private void ReadErrorResponses(SpecMapping responses, string methodName, string path)
    {
        var hasSuccess = false;
        foreach (var (code, _, _) in Entries(responses, path))
        {
            hasSuccess |= code.Length == 3 && code[0] == '2';
        }

        foreach (var (code, _, value) in Entries(responses, path))
        {
            var isError = code.Length == 3 && code[0] is '4' or '5' || (code == "default" && hasSuccess);
            var responsePath = path + "." + code;
            if (!isError || value is not SpecMapping response || ReferenceTarget(response, "responses", ref responsePath, out var component) is not { } target
                || JsonBodySchema(target) is not SpecMapping schema || _sharedSchemaTypes.ContainsKey(schema) || Get(schema, "$ref") is not null)
            {
                continue;
            }

            _errorBodyTypes.Add(SharedSchemaType(schema, responsePath + ".content.schema", component, "Response", methodName + (code == "default" ? "Default" : code.ToUpperInvariant()) + "Response"));
        }
    }

    /// <summary>
    /// The success response: the lowest 2xx with a body (a bodiless <c>200</c> beside a JSON <c>201</c> then returns
    /// null, see <see cref="BodilessSuccessStatuses"/>), else the lowest 2xx; without one, <c>default</c> (its body is
    /// the result), and without that either, 3xx answers are returned unfollowed, and an operation with only errors
    /// returns nothing.
    /// </summary>
    private bool TryReadSuccessResponse(SpecMapping responses, string methodName, string path, SpecNode responsesKey, bool isHead, out TypeRef? type, out ResponseKind kind, out bool redirectIsAnswer)
    {
        type = null;
        kind = ResponseKind.Json;
        redirectIsAnswer = false;
        SpecNode? chosen = null;
        string? chosenCode = null;
        SpecNode? withBody = null;
        string? withBodyCode = null;
        var hasRedirect = false;
        SpecNode? fallback = null;
        foreach (var (code, _, value) in Entries(responses, path))
        {
            var isSuccess = code.Length == 3 && code[0] == '2' && (code.Substring(1) == "XX" || char.IsDigit(code[1]) && char.IsDigit(code[2]));
            if (isSuccess && (chosenCode is null || string.CompareOrdinal(code, chosenCode) < 0))
            {
                chosen = value;
                chosenCode = code;
            }

            if (isSuccess && code != "204" && ResponseContent(value) is { Children.Length: > 0 }
                && (withBodyCode is null || string.CompareOrdinal(code, withBodyCode) < 0))
            {
                withBody = value;
                withBodyCode = code;
            }

            hasRedirect |= code.Length == 3 && code[0] == '3';
            if (code == "default")
            {
                fallback = value;
            }
        }

        if (withBody is not null)
        {
            chosen = withBody;
            chosenCode = withBodyCode;
        }
        else if (chosen is null)
        {
            if (fallback is not null)
            {
                Report(DiagnosticDescriptors.NoSuccessResponse, responsesKey, path, "its 'default' response is read as the success (any 2xx); other statuses still throw ApiException.");
                chosen = fallback;
                chosenCode = "default";
            }
            else
            {
                redirectIsAnswer = hasRedirect;
                Report(DiagnosticDescriptors.NoSuccessResponse, responsesKey, path, hasRedirect
                    ? "the method returns when the server answers with a redirect, which it does not follow."
                    : "the method returns nothing on a 2xx and throws ApiException on the documented errors.");
                return true;
            }
        }

        ReportOtherSuccessBodies(responses, path, chosenCode!, chosen);
        path += "." + chosenCode;
        if (chosen is not SpecMapping response)
        {
            Report(DiagnosticDescriptors.InvalidValue, chosen, "A response must be a mapping", path, "Give it 'description' and, when it has a body, 'content'.");
            return false;
        }

        if (Dereference(response, "responses", ref path, out var component) is not { } referenced)
        {
            return false;
        }

        response = referenced;

        if (Get(response, "content") is null || chosenCode == "204" || isHead)
        {
            // A HEAD response has no body whatever its 'content' says (HTTP sends the GET's headers only): Radarr's
            // 'HEAD /ping' lists the GET's JSON schema, and reading it failed on every call.
            return true;
        }

        var chosenMedia = ChooseMedia(response, path, new[] { MediaClass.Json, MediaClass.Binary, MediaClass.Form, MediaClass.Multipart, MediaClass.Text });
        if (chosenMedia is not { } media)
        {
            return true;
        }

        switch (media.Class)
        {
            case MediaClass.Json:
                var schema = media.Value is SpecMapping mediaMap ? Get(mediaMap, "schema") : null;
                if (schema is null)
                {
                    Report(DiagnosticDescriptors.BodyLoosened, media.Value, $"The response's '{media.MediaType}' has no schema", path + ".content." + media.MediaType, "the method returns no body; add 'schema:' to get a typed one.");
                    return true;
                }

                type = SharedSchemaType(schema, path + ".content.schema", component, "Response", methodName + "Response").WithNullable(false);
                return true;
            default:
                kind = ReadAs(media.Class);
                return true;
        }
    }
}
