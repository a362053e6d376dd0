using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;
using Aiia.Codegen.Naming;

namespace Aiia.Codegen.Reading;

/// <summary>Paths and operations: each operation becomes one client method.</summary>
internal sealed partial class SpecReader
{
    private static readonly string[] HttpMethods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private List<OperationModel> ReadOperations(SpecMapping paths, string? documentServer)
    {
        var operations = new List<OperationModel>();
        foreach (var (pathTemplate, pathKey, value) in Entries(paths, "paths"))
        {
            var itemPath = "paths." + pathTemplate;
            if (pathTemplate.StartsWith("x-", StringComparison.Ordinal))
            {
                continue; // A specification extension of the Paths object, not a path.
            }

            if (value is not SpecMapping pathItem)
            {
                Report(DiagnosticDescriptors.InvalidValue, value, "A path item must be a mapping", itemPath, "Give it operations such as 'get:' or 'post:'.");
                continue;
            }

            if (GetKey(pathItem, "$ref") is { } refKey)
            {
                // A path item may be shared (3.1's components.pathItems, or any place of this document): read the target.
                var reference = GetString(pathItem, "$ref", itemPath) ?? string.Empty;
                if (PointedMapping(reference) is not { } target || GetKey(target, "$ref") is not null)
                {
                    Report(DiagnosticDescriptors.UnresolvedReference, Get(pathItem, "$ref") ?? refKey, reference, itemPath);
                    continue;
                }

                pathItem = target;
            }

            ReportOtherServers(pathItem, itemPath, documentServer);
            var sharedParameters = GetSequence(pathItem, "parameters", itemPath);
            foreach (var (method, methodKey, operationNode) in Entries(pathItem, itemPath))
            {
                if (Array.IndexOf(HttpMethods, method) < 0)
                {
                    continue;
                }

                var operationPath = itemPath + "." + method;
                if (operationNode is not SpecMapping operation)
                {
                    Report(DiagnosticDescriptors.InvalidValue, operationNode, "An operation must be a mapping", operationPath, "Give it 'responses' and, ideally, an 'operationId'.");
                    continue;
                }

                ReportOtherServers(operation, operationPath, documentServer);
                _readingSources = new OperationSources();
                var model = ReadOperation(pathTemplate, pathKey, method, methodKey, operation, sharedParameters, operationPath);
                if (model is null)
                {
                    continue;
                }

                // Method and parameter names are the naming pass's (Naming/ClientNaming.cs): a later operation of a
                // taken name is reported there, at its operationId; a renamed parameter at its own entry.
                _operationOrigins.Add((methodKey, (SpecNode?)Get(operation, "operationId") ?? methodKey, operationPath));
                _operationSources.Add(_readingSources);
                operations.Add(model);
            }
        }

        return operations;
    }

    /// <summary>The URL of the first of <paramref name="owner"/>'s <c>servers</c>, or null.</summary>
    private static string? FirstServer(SpecMapping owner) =>
        Get(owner, "servers") is SpecSequence { Children.Length: > 0 } servers && servers.Children[0] is SpecMapping first ? GetScalar(first, "url") : null;

    /// <summary>A server URL fit to show as the example base address: absolute <c>https</c>, no variables
    /// (<c>{region}</c>), query, fragment or user info; with a trailing <c>/</c>. Null otherwise.</summary>
    private static string? ExampleBaseAddress(string? server) =>
        server is not null && server.IndexOfAny(new[] { '{', '}', '"', '\\' }) < 0
        && Uri.TryCreate(server, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
        && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"
            : null;

    /// <summary>Whether <paramref name="name"/> is an HTTP token (RFC 9110 5.6.2), as a header's or cookie's name must be.</summary>
    private static bool IsHttpToken(string name) =>
        name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~');

    /// <summary>What a header or cookie name that is no HTTP token (<see cref="IsHttpToken"/>) should be instead.</summary>
    private static string HttpTokenAdvice(string? location) =>
        $"A {location} name is an HTTP token: ASCII letters, digits and !#$%&'*+-.^_`|~, no spaces or other characters.";

    /// <summary>Path and operation <c>servers</c> other than the document's are not used (one base address per client).</summary>
    private void ReportOtherServers(SpecMapping owner, string path, string? documentServer)
    {
        if (FirstServer(owner) is { } server && server != documentServer)
        {
            Report(DiagnosticDescriptors.ServersIgnored, GetKey(owner, "servers")!, path + ".servers", server);
        }
    }

    private OperationModel? ReadOperation(
        string pathTemplate,
        SpecNode pathKey,
        string method,
        SpecNode methodKey,
        SpecMapping operation,
        SpecSequence? sharedParameters,
        string path)
    {
        var operationId = GetString(operation, "operationId", path);
        NoteGivenNameOfKeyNamed(operation, path, "an operation's method", operationId is null ? "method and path" : "operationId", operationId is null ? "Give it an operationId to choose the C# name." : "Change the operationId to choose the C# name.");
        string methodName;
        if (operationId is null)
        {
            // Stable derived name: GET /pets/{petId}/photos → GetPetsByPetIdPhotos.
            methodName = DeriveMethodName(method, pathTemplate);
            operationId = char.ToLowerInvariant(methodName[0]) + methodName.Substring(1);
        }
        else
        {
            methodName = Identifiers.ToPascalCase(operationId);
            if (methodName.Length == 0)
            {
                // An operationId such as '--' names the method as if there were none: GET /pets → GetPets.
                methodName = DeriveMethodName(method, pathTemplate);
                Report(DiagnosticDescriptors.NameChanged, Get(operation, "operationId"), $"The operation '{operationId}'", path + ".operationId", operationId, "a C# name needs a letter or digit", methodName + "Async", RenameAdvice.Of(NameOrigin.Operation));
            }
        }

        var parameters = ReadParameters(operation, sharedParameters, methodName, path, out var parameterNodes, out var parameterPaths, out var skippedPath);
        if (skippedPath is not null)
        {
            Report(DiagnosticDescriptors.OperationSkipped, methodKey, $"The path parameter '{skippedPath}' cannot be sent", path, "Give it a primitive or enum schema.");
            return null;
        }

        CheckPathParameters(pathTemplate, pathKey, parameters, parameterNodes, path);

        var body = ReadRequestBody(operation, methodName, path);
        var responses = GetMapping(operation, "responses", path);
        if (responses is null && !_isOpenApi30 && Get(operation, "responses") is null)
        {
            // From 3.1 on, 'responses' is optional: as an empty list of responses says, any 2xx is the answer.
            responses = new SpecMapping(isFlow: false, methodKey.End, methodKey.End);
        }
        else if (responses is null || responses.Children.Length == 0)
        {
            Report(DiagnosticDescriptors.NoResponses, (SpecNode?)GetKey(operation, "responses") ?? methodKey, path + ".responses");
            return null;
        }

        if (!TryReadSuccessResponse(responses, methodName, path + ".responses", GetKey(operation, "responses") ?? methodKey, string.Equals(method, "head", StringComparison.OrdinalIgnoreCase), out var response, out var responseKind, out var redirectIsAnswer))
        {
            return null;
        }

        ReadErrorResponses(responses, methodName, path + ".responses");
        var security = ReadSecurity(operation, path);
        LeaveOutApiKeyParameters(parameters, parameterNodes, methodKey, security, path);
        WarnNamesSentTwice(parameters, parameterNodes, parameterPaths, security);

        // In document order (placeholders last): the naming pass names them so, then puts the required ones first.
        var model = new OperationModel(
            methodName,
            operationId,
            method.ToUpperInvariant(),
            pathTemplate,
            GetString(operation, "summary", path),
            GetString(operation, "description", path),
            parameters.ToEquatableArray(),
            body,
            response,
            security,
            GetBool(operation, "deprecated", path));
        return model with
        {
            ResponseKind = responseKind,
            RedirectIsAnswer = redirectIsAnswer,
            BodilessStatuses = response is not null && responseKind == ResponseKind.Json ? BodilessSuccessStatuses(responses) : default,
            Accept = AcceptedMediaTypes(responses, responseKind),
            Polling = ReadPolling(operation, model, method, path),
            CodeExchange = ReadCodeExchange(operation, model, path),
        };
    }

    /// <summary>
    /// A parameter that is the API key of a scheme the operation uses (the same name where the key goes) is left out:
    /// the scheme sends the key from the options, and both would send it twice (<c>?api_key=a&amp;api_key=b</c>).
    /// </summary>
    private void LeaveOutApiKeyParameters(List<ParameterModel> parameters, Dictionary<ParameterModel, SpecNode> nodes, SpecNode methodKey, EquatableArray<SecurityRequirementModel> security, string path)
    {
        foreach (var parameter in parameters.ToList())
        {
            var location = parameter.In switch
            {
                ParameterLocation.Query => ApiKeyLocation.Query,
                ParameterLocation.Header => ApiKeyLocation.Header,
                ParameterLocation.Cookie => ApiKeyLocation.Cookie,
                _ => (ApiKeyLocation?)null,
            };
            var comparison = parameter.In == ParameterLocation.Header ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var scheme = location is null ? null : _securitySchemes.FirstOrDefault(s =>
                s.Kind == SecuritySchemeKind.ApiKey && s.In == location && string.Equals(s.ParameterName, parameter.WireName, comparison)
                && security.Any(requirement => requirement.Schemes.Any(use => use.SchemeName == s.SchemeName)));
            if (scheme is not null)
            {
                Report(DiagnosticDescriptors.ParameterSentByClient, nodes.TryGetValue(parameter, out var node) ? node : methodKey, $"The {parameter.In.ToString().ToLowerInvariant()} parameter '{parameter.WireName}'", path + ".parameters", $"it is the API key of the security scheme '{scheme.SchemeName}', sent from the client's options");
                parameters.Remove(parameter);
            }
        }
    }

    private static string DeriveMethodName(string method, string pathTemplate)
    {
        var builder = new System.Text.StringBuilder(Identifiers.ToPascalCase(method));
        foreach (var segment in pathTemplate.Split('/'))
        {
            var placeholders = PathTemplate.Placeholders(segment);
            builder.Append(placeholders.Count == 1 && placeholders[0].Length == segment.Length
                ? "By" + Identifiers.ToPascalCase(placeholders[0].Name)
                : Identifiers.ToPascalCase(segment).TrimStart('_'));
        }

        return builder.ToString();
    }

    private List<ParameterModel> ReadParameters(
        SpecMapping operation,
        SpecSequence? sharedParameters,
        string methodName,
        string path,
        out Dictionary<ParameterModel, SpecNode> nodes,
        out Dictionary<ParameterModel, string> itemPaths,
        out string? skippedPath)
    {
        skippedPath = null;
        nodes = new Dictionary<ParameterModel, SpecNode>(ReferenceComparer<ParameterModel>.Instance);
        itemPaths = new Dictionary<ParameterModel, string>(ReferenceComparer<ParameterModel>.Instance);
        var paths = new List<string>(); // where each is, for its diagnostics
        // Operation-level parameters override path-level ones with the same name and location.
        // (Parallel lists of references, not a list of tuples: a generic collection of a struct is code the JIT must
        // compile at the first generation even in the ReadyToRun copy.)
        var keys = new List<string>();
        var parameters = new List<ParameterModel>();
        var sources = new List<SpecNode>();
        var lists = new List<SpecSequence>(); // which list each comes from: a repeat in the same one is reported
        foreach (var (sequence, sequencePath) in new[] { (sharedParameters, path.Substring(0, path.LastIndexOf('.')) + ".parameters"), (GetSequence(operation, "parameters", path), path + ".parameters") })
        {
            if (sequence is null)
            {
                continue;
            }

            for (var i = 0; i < sequence.Children.Length; i++)
            {
                var itemPath = sequencePath + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                var parameter = ReadParameter(sequence.Children[i], methodName, itemPath, out var skipped);
                if (parameter is null)
                {
                    skippedPath ??= skipped;
                    continue;
                }

                var key = parameter.Key;
                var index = keys.IndexOf(key);
                if (index >= 0)
                {
                    if (ReferenceEquals(lists[index], sequence))
                    {
                        // The same list names it twice (for a header, maybe in another case: header names are
                        // case-insensitive, so both would be sent as one header): the later one is the parameter.
                        var earlier = parameters[index];
                        var location = earlier.In.ToString().ToLowerInvariant();
                        Report(DiagnosticDescriptors.ParameterSkipped, sources[index] is SpecMapping repeated ? Get(repeated, "name") ?? repeated : sources[index],
                            $"The {location} parameter '{earlier.WireName}'", sequencePath + "[" + Array.IndexOf(sequence.Children, sources[index]).ToString(CultureInfo.InvariantCulture) + "]",
                            $"The parameter at {itemPath} is the same {location} parameter{(earlier.In == ParameterLocation.Header ? " (header names are case-insensitive)" : string.Empty)} and takes its place: list it once.");
                    }

                    parameters[index] = parameter;
                    sources[index] = sequence.Children[i];
                    lists[index] = sequence;
                    paths[index] = itemPath;
                }
                else
                {
                    keys.Add(key);
                    parameters.Add(parameter);
                    sources.Add(sequence.Children[i]);
                    lists.Add(sequence);
                    paths.Add(itemPath);
                }
            }
        }

        var parametersPath = path + ".parameters";
        for (var i = 0; i < parameters.Count; i++)
        {
            _readingSources.Add(keys[i], sources[i], parametersPath); // where a rename is reported
            nodes[parameters[i]] = sources[i] is SpecMapping item ? (Get(item, "$ref") ?? Get(item, "name") ?? item) : sources[i];
            itemPaths[parameters[i]] = paths[i];
        }

        return parameters;
    }

    private ParameterModel? ReadParameter(SpecNode node, string methodName, string path, out string? skippedPath)
    {
        skippedPath = null;
        if (node is not SpecMapping parameter)
        {
            Report(DiagnosticDescriptors.InvalidValue, node, "A parameter must be a mapping", path, "Give it 'name', 'in' and 'schema'.");
            return null;
        }

        if (Dereference(parameter, "parameters", ref path, out var component) is not { } referenced)
        {
            return null;
        }

        parameter = referenced;

        var wireName = GetString(parameter, "name", path);
        var location = GetString(parameter, "in", path);
        if (string.IsNullOrEmpty(wireName))
        {
            // Nothing to send it as: left out, and the rest of the operation still generates.
            Report(DiagnosticDescriptors.ParameterSkipped, (SpecNode?)GetKey(parameter, "name") ?? parameter, $"The {location ?? "unplaced"} parameter without a name", path, "Give it a 'name'.");
            return null;
        }

        ParameterLocation parameterLocation;
        switch (location)
        {
            case "path":
                parameterLocation = ParameterLocation.Path;
                break;
            case "query":
                parameterLocation = ParameterLocation.Query;
                break;
            case "header":
                parameterLocation = ParameterLocation.Header;
                break;
            case "cookie":
                parameterLocation = ParameterLocation.Cookie;
                break;
            default:
                // Swagger 2's 'body' and 'formData' survive in converted specs; a request body says what they meant.
                Report(DiagnosticDescriptors.ParameterSkipped, (SpecNode?)Get(parameter, "in") ?? parameter, $"The parameter '{wireName}' with 'in: {location}'", path, "Use path, query, header or cookie (a body is described by 'requestBody').");
                return null;
        }

        if (parameterLocation == ParameterLocation.Header && wireName is { } header
            && (header.Equals("Accept", StringComparison.OrdinalIgnoreCase) || header.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || header.Equals("Authorization", StringComparison.OrdinalIgnoreCase)))
        {
            var setBy = char.ToUpperInvariant(header[0]) switch
            {
                'A' when header.Length == 6 => "the client sends Accept itself, naming the media types of the operation's documented responses that it can read",
                'A' => "a security scheme sends Authorization",
                _ => "the request body's media type sets Content-Type",
            };
            var nameNode = (SpecNode?)Get(parameter, "name") ?? parameter;
            if (header.Length == 13 && _securitySchemes.Count == 0)
            {
                // Nothing else sends it: the caller cannot authenticate, which is a loss worth a warning.
                Report(DiagnosticDescriptors.ParameterSkipped, nameNode, $"The header parameter '{wireName}'", path, "OpenAPI says such a parameter is ignored: a security scheme sends Authorization, but this spec has none. Describe the credentials under 'components.securitySchemes' and 'security'.");
            }
            else
            {
                // Lossless, and published specs do it on every operation (UK Open Banking): an info, not a warning.
                Report(DiagnosticDescriptors.ParameterSentByClient, nameNode, $"The header parameter '{wireName}'", path, $"OpenAPI says such a parameter is ignored, and {setBy}");
            }

            return null;
        }

        if (parameterLocation is ParameterLocation.Header or ParameterLocation.Cookie && wireName is { } sentName && !IsHttpToken(sentName))
        {
            // The transport would refuse the header (and the request builder the cookie) on every call that gives it.
            Report(DiagnosticDescriptors.ParameterSkipped, (SpecNode?)Get(parameter, "name") ?? parameter, $"The {location} parameter '{wireName}'", path, HttpTokenAdvice(location));
            return null;
        }

        var schema = Get(parameter, "schema");
        var schemaPath = path + ".schema";
        string? contentType = null; // a parameter described by 'content' (a media type) instead of 'schema' and 'style'
        var contentIsJson = false;
        if (schema is null && GetKey(parameter, "content") is { } contentKey)
        {
            if (ChooseMedia(parameter, path, ParameterMedia) is not { Value: SpecMapping media } chosen || Get(media, "schema") is not { } mediaSchema)
            {
                Report(DiagnosticDescriptors.ParameterSkipped, contentKey, $"The {location} parameter '{wireName}' with 'content' of no schema", path, "Give its media type a 'schema', or describe the parameter with 'schema' and 'style'.");
                skippedPath = parameterLocation == ParameterLocation.Path ? wireName : null;
                return null;
            }

            (schema, contentType, contentIsJson) = (mediaSchema, chosen.MediaType, chosen.Class == MediaClass.Json);
            schemaPath = path + ".content." + contentType + ".schema";
        }

        if (schema is null)
        {
            var anchor = (SpecNode?)GetKey(parameter, "name") ?? parameter;
            Report(DiagnosticDescriptors.ParameterProblem, anchor, $"The parameter '{wireName}' has no 'schema'", path, "Add a schema, e.g. 'schema: { type: string }'.");
            return null;
        }

        var given = GivenName(parameter, path);
        if (given is null && !HasLetterOrDigit(wireName!))
        {
            // Its C# name is the naming pass's ('parameter' for '$'), reported at its name.
            _readingSources.AddNameless(parameterLocation + ":" + wireName, Get(parameter, "name")!, path);
        }
        var type = SharedSchemaType(schema, schemaPath, component, string.Empty, methodName + Identifiers.ToPascalCase(given ?? wireName!));
        // Spotify's (and many generated specs') parameters say what they are on their schema, not beside it.
        var description = GetString(parameter, "description", path) ?? AnnotationText(schema, "description");
        // Path parameters are always required (OpenAPI says so); others only when the spec says so.
        var required = parameterLocation == ParameterLocation.Path || GetBool(parameter, "required", path);
        // 'content': a primitive, an enum or a union of them is sent as its text, like a schema's (Stream's
        // 'application/json' path names are the names, not JSON strings); anything else as its JSON text.
        if (contentType is not null && type.Kind is TypeKind.Object or TypeKind.Array or TypeKind.Map or TypeKind.Any && !ScalarUnions.IsScalarUnion(type, _unions))
        {
            if (!contentIsJson)
            {
                Report(DiagnosticDescriptors.ParameterSkipped, schema, $"The {location} parameter '{wireName}' with 'content' of {contentType}", schemaPath, "Only a JSON media type can carry a parameter that is not a primitive: use 'application/json'.");
                skippedPath = parameterLocation == ParameterLocation.Path ? wireName : null;
                return null;
            }

            return new ParameterModel(string.Empty, wireName!, parameterLocation, type.WithNullable(!required), required, description, ValueStyle.Json, false, GivenName: given);
        }

        // A schema that says nothing of the value ({}, or a list of items: {}: Sentry's project filter) is text: a
        // parameter travels as text, so the caller gives it (and a list of it) as such rather than the parameter being lost.
        if (type.Kind == TypeKind.Any)
        {
            type = new TypeRef(TypeKind.String, IsNullable: type.IsNullable);
        }
        else if (type is { Kind: TypeKind.Array, Element.Kind: TypeKind.Any })
        {
            type = type with { Element = new TypeRef(TypeKind.String) };
        }

        // A union of primitives and enums is sent as the one it holds; so is a query union of records, maps and lists
        // of scalars (each in the parameter's style). Any other union has no form a parameter can take (its properties
        // depend on the value), so it is left out like a list of objects.
        var isSendableUnion = ScalarUnions.IsScalarUnion(type, _unions)
            || (parameterLocation == ParameterLocation.Query && ScalarUnions.IsQueryUnion(type, _unions));
        var isOtherUnion = !isSendableUnion && ScalarUnions.IsUnion(type, _unions);
        var isList = type.Kind == TypeKind.Array && !type.Element!.IsCollection
            && (type.Element.Kind is not (TypeKind.Object or TypeKind.Any)
                || (ScalarUnions.IsScalarUnion(type.Element, _unions) && !ScalarUnions.MayHoldList(type.Element, _unions)));
        var isObject = !isSendableUnion && type.Kind is TypeKind.Object or TypeKind.Map;
        if ((type.Kind == TypeKind.Array && !isList) || isOtherUnion || (isObject && parameterLocation != ParameterLocation.Query))
        {
            var what = type.Kind == TypeKind.Array ? "a list of objects or lists"
                : isOtherUnion ? "a union with an object or list among its alternatives" : "an object";
            Report(DiagnosticDescriptors.ParameterSkipped, schema, $"The {location} parameter '{wireName}' of {what}", schemaPath, "Only query parameters may be objects, or unions of objects and values; any parameter may be a primitive, an enum, a union of them or a list of them.");
            skippedPath = parameterLocation == ParameterLocation.Path ? wireName : null;
            return null;
        }

        var (style, explode) = ReadStyle(parameter, path, ValueStyle.Form);
        var pathStyle = style is ValueStyle.Matrix or ValueStyle.Label; // ;name=a,b and .a,b: the path's own
        if (parameterLocation == ParameterLocation.Query && pathStyle)
        {
            style = ValueStyle.Form;
        }
        else if (parameterLocation != ParameterLocation.Query && !(parameterLocation == ParameterLocation.Path && pathStyle))
        {
            // simple (headers' and the path's default) and cookies: a list is comma-joined.
            (style, explode) = (ValueStyle.Form, false);
        }

        return new ParameterModel(string.Empty, wireName!, parameterLocation, type.WithNullable(!required), required, description, style, explode, GivenName: given);
    }

    private void CheckPathParameters(string pathTemplate, SpecNode pathKey, List<ParameterModel> parameters, Dictionary<ParameterModel, SpecNode> nodes, string path)
    {
        var placeholders = PathTemplate.Placeholders(pathTemplate).Select(p => p.Name).ToList();
        foreach (var parameter in parameters.Where(p => p.In == ParameterLocation.Path).ToList())
        {
            if (!placeholders.Contains(parameter.WireName))
            {
                // Nothing in the path can carry it: the method goes without it and still calls the right URL.
                Report(DiagnosticDescriptors.ParameterSkipped, nodes.TryGetValue(parameter, out var node) ? node : pathKey, $"The path parameter '{parameter.WireName}', which does not appear in the path,", path + ".parameters", $"Add '{{{parameter.WireName}}}' to the path or remove the parameter.");
                parameters.Remove(parameter);
            }
        }

        foreach (var placeholder in placeholders)
        {
            if (parameters.Any(p => p.In == ParameterLocation.Path && p.WireName == placeholder))
            {
                continue;
            }

            // The URL cannot be built without a value: the placeholder becomes a required string parameter, reported
            // (AIIA0043, with its C# name) once the naming pass has named it.
            _readingSources.AddPlaceholder(pathKey, placeholder, path);
            parameters.Add(new ParameterModel(string.Empty, placeholder, ParameterLocation.Path, new TypeRef(TypeKind.String), true, null, IsPlaceholder: true));
        }
    }

    private static bool HasLetterOrDigit(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mapping a <c>#/…</c> JSON pointer of this document points at, or null.</summary>
    private SpecMapping? PointedMapping(string reference) =>
        reference.StartsWith("#/", StringComparison.Ordinal) ? JsonPointer.Resolve(_root, reference.Substring(1), out _) as SpecMapping : null;

    /// <summary>The entry of <c>components.{section}</c> a <c>#/components/{section}/{name}</c> pointer names (the name unescaped), or null.</summary>
    private SpecMapping? ComponentEntry(string reference, string section) =>
        ComponentKey(reference, section) is not null ? PointedMapping(reference) : null;

    /// <summary>
    /// What a parameter, request body or response written as a <c>$ref</c> stands for: the mapping it points at in this
    /// document — a component (<c>#/components/parameters/Page</c>) or any other place (bundlers point repeats at the
    /// first use: <c>#/paths/~1pets/get/parameters/0</c>) — through any chain of such references. Null when it points at
    /// nothing (AIIA0003) or back at itself (AIIA0020); <paramref name="path"/> becomes the target's spec path and
    /// <paramref name="component"/> the <c>components.{section}</c> key the last hop names, if any (its shared schemas
    /// are named after it).
    /// </summary>
    private SpecMapping? Dereference(SpecMapping holder, string section, ref string path, out string? component)
    {
        component = null;
        var seen = 0;
        while (GetString(holder, "$ref", path) is { } reference)
        {
            var referenceNode = Get(holder, "$ref")!;
            if (PointedMapping(reference) is not { } target)
            {
                Report(DiagnosticDescriptors.UnresolvedReference, referenceNode, reference, path);
                return null;
            }

            if (++seen > SpecLimits.MaxReferenceChain)
            {
                Report(DiagnosticDescriptors.ReferenceCycle, referenceNode, $"The $ref '{reference}' leads back to itself", path, "Point it at the entry itself.");
                return null;
            }

            component = ComponentKey(reference, section);
            holder = target;
            path = JsonPointer.SpecPath(reference);
        }

        return holder;
    }

    /// <summary>The key a <c>#/components/{section}/{name}</c> pointer names (unescaped), or null for any other pointer.</summary>
    private static string? ComponentKey(string reference, string section)
    {
        if (!reference.StartsWith("#/components/" + section + "/", StringComparison.Ordinal))
        {
            return null;
        }

        var segments = JsonPointer.Segments(reference.Substring(1));
        return segments.Length == 3 ? segments[2] : null;
    }
}
