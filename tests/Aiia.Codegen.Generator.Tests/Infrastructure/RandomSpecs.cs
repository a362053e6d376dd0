using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Aiia.Codegen.Generator.Tests.Infrastructure;

/// <summary>
/// Random, legal specs written in the generator's own vocabulary: schema, property, enum-value, operation, parameter and
/// security-scheme names drawn from what the generator derives (<c>PetJsonConverter</c>, <c>{Client}Options</c>,
/// <c>ListOfPet</c>, <c>IsPet</c>), what generated types already have (<c>EqualityContract</c>, <c>Kind</c>,
/// <c>UndocumentedProperties</c>), keywords, case-only twins and names without letters; in shapes that give names
/// (inline objects and enums, unions with and without discriminators, inheritance through <c>allOf</c>, lists, maps,
/// parameters in every location, form, multipart and text bodies, OpenAPI 3.1 type lists). Legal means no true
/// contradiction: <c>allOf</c> only names earlier schemas, so no composition cycle. The same seed and case always
/// give the same spec (<see cref="Random"/> with a seed is stable across runs).
/// </summary>
internal static class RandomSpecs
{
    /// <summary>The client name the generator gives a spec file named <c>random.openapi.yaml</c>.</summary>
    public const string FileName = "random.openapi.yaml";

    private static readonly string[] TypeNames =
    [
        "Pet", "pet", "PET", "Pet2", "Pet_2", "PetJsonConverter", "PetExtensions", "ListOfPet", "MapOfPet", "ListOfString", "MapOfString",
        "RandomClient", "RandomClientOptions", "RandomClientJsonCollections", "RandomClientExtensions", "RandomClientCredentials",
        "RandomClientServiceCollectionExtensions", "UnknownPet", "IsPet", "TryGetPet", "FromPet", "String", "Object", "Task", "Json",
        "JsonElement", "ApiJson", "Unknown", "Status", "Equals", "ToString", "System", "Aiia", "Global", "Microsoft", "Guid", "List",
        "Instance", "Properties", "ReadProperties", "WriteProperties", "Value", "Kind", "class", "Class", "int", "_", "1abc", "a-b", "a b",
        "Ünïcode", "ServiceCollectionExtensions", "PetKind", "PetStatus", "PetDetails", "PetItem", "PetValue", "RandomClientPet", "Error",
        "Problem", "Response", "Request", "GetPetRequest", "GetPetResponse", "CancellationToken", "HttpClient", "Type", "Nullable",
        "IReadOnlyList", "Dictionary", "Runtime", "Codegen", "Extensions", "Threading", "Text", "ClientJsonCollections",
        new string('l', 600),
    ];

    private static readonly string[] PropertyNames =
    [
        "id", "Id", "ID", "_id", "", "1abc", "a-b", "a b", "class", "@class", "UndocumentedProperties", "undocumentedProperties", "Json",
        "Unknown", "EqualityContract", "PrintMembers", "Deconstruct", "Clone", "GetType", "MemberwiseClone", "Finalize", "GetHashCode",
        "Equals", "ToString", "value", "Value", "v0", "v1", "state", "reader", "writer", "options", "builder", "Instance", "Properties", "pet",
        "Pet", "kind", "Kind", "DiscriminatorValue", "IsPet", "TryGetPet", "FromPet", "default", "DefaultCount", "defaultCount", "count",
        "null", "true", "type", "$type", "_", "__", "ñ", "日本", "a1", "__a1", "__a2", "__x", "present", "item",
    ];

    private static readonly string[] EnumValues =
    [
        "a", "A", "", "1", "-1", "unknown", "Unknown", "None", "none", "value__", "ToString", "Kind", "ToWireValue", "a b", "a-b", "a_b", "ñ",
        "日本", "Equals", "_", "class",
    ];

    private static readonly string[] OperationIds =
    [
        "getPet", "GetPet", "get_pet", "get-pet", "Dispose", "toString", "Equals", "GetHashCode", "createGetPetRequest", "SendAsync",
        "GetPetAsync", "WaitForPet", "Options", "Client", "", "1op", "class", "new", "BaseAddress", "HttpClient", "ListPets", "listPets",
    ];

    private static readonly string[] ParameterNames =
    [
        "id", "ID", "Id", "cancellationToken", "CancellationToken", "options", "body", "class", "", "page-size", "pageSize", "response",
        "client", "this", "request", "content", "uri", "url", "value", "_", "1x", "a b", "query", "headers", "message", "http", "json", "state",
    ];

    /// <summary>What <c>x-aiia-name</c> and <c>x-enum-varnames</c> give: every name the other lists hold, so a given
    /// name meets spec names, generated members, keywords and names without letters.</summary>
    private static readonly string[] GivenNames = [.. PropertyNames, .. ParameterNames, .. EnumValues, .. TypeNames.Take(30)];

    private static readonly string[] SchemeNames =
    [
        "apiKey", "ApiKey", "bearer", "basic", "oauth", "Options", "BaseAddress", "HttpClient", "Pet", "class", "a b", "Credentials",
    ];

    /// <summary>Project-chosen client names (AiiaClientName) that meet the spec's own names.</summary>
    public static readonly string[] ClientNames =
        ["Pet", "PetClient", "Kind", "Json", "Unknown", "Status", "Options", "ListOfPet", "Client", "PetJsonConverter", "Problem", "pets",
            "file", "required", "record", "ListOf"];

    /// <summary>Project-chosen namespaces (AiiaNamespace) that meet type names.</summary>
    public static readonly string[] Namespaces =
        ["Pet", "Contoso.Pet", "Contoso.Consumer.Pet", "Json", "Aiia", "Aiia.Codegen", "Contoso.System", "Contoso.Task", "Status",
            "Microsoft", "Contoso.Aiia.Codegen"];

    /// <summary>The sibling file a random spec's external <c>$ref</c>s point at.</summary>
    public const string SiblingFileName = "common.yaml";

    /// <summary>The second spec of a random case that has one, in the first one's namespace.</summary>
    public const string OtherSpecFileName = "other.openapi.yaml";

    /// <summary>
    /// Case <paramref name="index"/> of <paramref name="seed"/>: the spec, and the project's metadata for it; one case in
    /// four also has a sibling file its <c>$ref</c>s name (<see cref="SiblingFileName"/>, schema names drawn from the
    /// spec's own), one in four a second spec in the same namespace (<see cref="OtherSpecFileName"/>).
    /// </summary>
    public static SpecFile[] Files(int seed, int index)
    {
        var random = new Random(unchecked((seed * 100_003) + index));
        var builder = new Builder(random);
        var document = builder.Document();
        var file = Metadata(random, SpecFile.FromText(FileName, Text(document)));

        // Drawn after everything above, so that the cases of earlier seeds keep their first file as it was.
        switch (random.Next(4))
        {
            case 0:
                var sibling = new Builder(random, SiblingVocabulary(random, builder.Names));
                var schemas = sibling.Schemas();
                var paths = (JsonObject)document["paths"]!;
                paths["/ext"] = new JsonObject { ["get"] = sibling.ExternalOperation(SiblingFileName, random.Next(3) == 0 ? builder.Names : []) };
                var common = new JsonObject { ["components"] = new JsonObject { ["schemas"] = schemas } };
                return [file.WithText(Text(document)), SpecFile.FromText(SiblingFileName, Text(common))];
            case 1:
                var client = file.Metadata.TryGetValue(SpecFile.ClientNameKey, out var chosen) ? chosen : "RandomClient";
                var otherClient = random.Next(2) == 0 ? Pick(random, OtherClientNames(client)) : "OtherClient";
                otherClient = otherClient == client ? "OtherClient" : otherClient;

                // A name both specs ask for is AIIA0005 by design (two schemas 'Error'; a schema of the second named like
                // its own client while the first's options class is too, both numbered alike): the second leaves out
                // the first one's schema names and its own client's.
                var vocabulary = OtherVocabulary.Except(builder.Names).Where(name => name != otherClient).ToArray();
                var otherFile = SpecFile.FromText(OtherSpecFileName, Text(new Builder(random, vocabulary, "other", "/q").Document()));
                if (file.Metadata.TryGetValue(SpecFile.NamespaceKey, out var @namespace))
                {
                    otherFile = otherFile.WithNamespace(@namespace);
                }

                otherFile = otherClient == "OtherClient" ? otherFile : otherFile.WithClientName(otherClient);
                return random.Next(2) == 0 ? [file, otherFile] : [otherFile, file];
            default:
                return [file];
        }
    }

    private static string Text(JsonObject document) => document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>The sibling's schema names: some of the spec's own (they meet when imported), some of the vocabulary.</summary>
    private static string[] SiblingVocabulary(Random random, IReadOnlyList<string> names) =>
        names.Where(_ => random.Next(2) == 0).Concat(TypeNames.OrderBy(_ => random.Next()).Take(4)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The second spec's type names: its own (so that it shares no type with the first, which is AIIA0005 by design),
    /// and the names of the classes the first spec's client gives and the generator derives from them.
    /// </summary>
    private static readonly string[] OtherVocabulary =
    [
        "Other", "other", "Other2", "OtherJsonConverter", "OtherKind", "ListOfOther", "MapOfOther", "UnknownOther", "IsOther",
        "RandomClient", "RandomClientOptions", "RandomClientServiceCollectionExtensions", "RandomClientJsonCollections",
        "RandomClientSessionRenewer", "OtherClient", "OtherClientOptions", "OtherClientJsonCollections", "OtherThing", "OtherThing2",
    ];

    /// <summary>The second spec's client names: the first's derived classes and names the first spec's schemas have.</summary>
    private static string[] OtherClientNames(string client) =>
    [
        client + "Options", client + "ServiceCollectionExtensions", client + "JsonCollections", "Pet", "PetJsonConverter", "ListOfPet",
        "Status", "Error", "OtherThing",
    ];

    private static SpecFile Metadata(Random random, SpecFile file)
    {
        if (random.Next(3) == 0)
        {
            file = file.WithClientName(Pick(random, ClientNames));
        }

        if (random.Next(3) == 0)
        {
            file = file.WithNamespace(Pick(random, Namespaces));
        }

        if (random.Next(3) == 0)
        {
            // Shared types keep the name of their first place, so they meet every other name there too.
            file = file.WithShareIdenticalSchemas();
        }

        // Drawn after the above, so that the cases of earlier seeds keep their specs and metadata.
        return random.Next(4) == 0 ? file with { FileName = Pick(random, FileNames) } : file;
    }

    /// <summary>
    /// File names that give the client name <c>RandomClient</c> too, holding what ends a C# line (the generated files'
    /// first comment names the spec file; round 19 found a line break in it put the rest of the name into code).
    /// </summary>
    private static readonly string[] FileNames =
        ["random\n.openapi.yaml", "random\r.openapi.yaml", "random\u0085.openapi.yaml", "random\u2028.openapi.yaml", "random\u2029.openapi.yaml", "random\r\n.openapi.yaml"];

    // The Aiia spec's schema names, and the words that name its operations, properties, parameters and schemes.
    private static readonly string[] AiiaSchemas =
    [
        "Error", "InitializeRequest", "InitializeResponse", "AuthenticationState", "AuthenticationStatus", "TokensRequest",
        "UnattendedRequest", "TokensResponse", "SessionTokens", "Login", "ErrorResponse",
    ];

    private static readonly string[] AiiaWords =
    [
        "initialize", "getAuthenticationStatus", "exchangeCodeForTokens", "loginUnattended", "state", "code", "loginToken", "userHash",
        "accessToken", "expires", "providerId", "label", "subjectId", "supportsUnattended", "pollTimeout", "sessionId", "error", "redirectUrl",
        "success", "ClientId", "ClientSecret",
    ];

    // What the Aiia spec's generated client derives (waiters, the session renewer, code exchange) and what it has.
    private static readonly string[] AiiaTypeVocabulary =
    [
        "AiiaAuthenticationClient", "AiiaAuthenticationClientOptions", "AiiaAuthenticationClientSessionRenewer",
        "AiiaAuthenticationClientJsonCollections", "AiiaAuthenticationClientServiceCollectionExtensions", "AiiaAuthenticationClientCredentials",
        "AiiaAuthenticationClientTokensResponseJsonConverter", "TokensResponseJsonConverter", "AuthenticationStateKind",
        "AuthenticationStateJsonConverter", "Session", "SessionRenewer", "SessionKeeper", "Unknown", "Json", "Status", "Kind", "Options", "Pet",
        "pet", "String", "Task", "CancellationToken", "ApiException", "ApiJson", "Code", "CodeExchange", "AuthenticationStatusWaiter",
        "WaitForAuthenticationStatus", "Polling", "Redirect", "RedirectResult", "TimeProvider", "Equals", "Initialize", "InitializeAsync",
        "GetAuthenticationStatus", "ExchangeCodeForTokens", "LoginUnattended",
    ];

    private static readonly string[] AiiaWordVocabulary =
    [
        "options", "cancellationToken", "body", "request", "item", "present", "Kind", "kind", "Unknown", "class", "value", "Value", "State",
        "Code", "deadline", "timeProvider", "pollSeconds", "response", "equals", "toString", "json", "Json", "undocumentedProperties",
        "redirect", "transport", "_transport", "_options", "DocumentedErrorCodes", "CodeLifetime", "ObtainCode", "ParseRedirect",
        "BaseAddress", "TokenSource", "MaxRetries", "waitForAuthenticationStatus", "initializeAsync", "get", "Get", "dispose",
    ];

    /// <summary>
    /// Case <paramref name="index"/> of <paramref name="seed"/> of the Aiia spec renamed: some schemas, operations,
    /// properties, parameters and schemes given names the client derives or has, the x-aiia-* extensions still
    /// naming them (their own keys kept), sometimes with a client name of that vocabulary.
    /// </summary>
    public static SpecFile AiiaRenamed(SpecFile aiia, int seed, int index)
    {
        var random = new Random(unchecked((seed * 100_003) + index));
        var text = aiia.Text;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var schema in AiiaSchemas.Where(_ => random.Next(2) == 0))
        {
            text = Rename(aiia.Text, text, schema, Pick(random, AiiaTypeVocabulary), taken);
        }

        foreach (var word in AiiaWords.Where(_ => random.Next(3) == 0))
        {
            text = Rename(aiia.Text, text, word, Pick(random, AiiaWordVocabulary), taken);
        }

        var file = aiia.WithText(KeepExtensionKeys(aiia.Text, text));
        return random.Next(3) == 0 ? file.WithClientName(Pick(random, AiiaTypeVocabulary)) : file;
    }

    // Every whole-word use, so references and the extensions' values follow; never onto a word the spec already uses.
    private static string Rename(string original, string text, string word, string name, HashSet<string> taken) =>
        taken.Add(name) && !Regex.IsMatch(original, WholeWord(name))
            ? Regex.Replace(text, WholeWord(word), name.Replace("$", "$$", StringComparison.Ordinal))
            : text;

    private static string WholeWord(string word) => $@"(?<![\w-]){Regex.Escape(word)}(?![\w-])";

    /// <summary>The keys inside x-aiia-* blocks are the extension's own words: each line's key as it was.</summary>
    private static string KeepExtensionKeys(string original, string edited)
    {
        var before = original.Split('\n');
        var after = edited.Split('\n'); // renaming never adds or removes a line
        var blockIndent = -1;
        for (var i = 0; i < before.Length; i++)
        {
            var line = before[i];
            var indent = line.Length - line.TrimStart().Length;
            if (blockIndent >= 0 && line.Trim().Length > 0 && indent <= blockIndent)
            {
                blockIndent = -1;
            }

            if (blockIndent >= 0 && line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
                && after[i].IndexOf(':', StringComparison.Ordinal) is > 0 and var editedColon)
            {
                after[i] = line[..colon] + after[i][editedColon..];
            }

            if (line.TrimStart().StartsWith("x-aiia-", StringComparison.Ordinal) && line.TrimEnd().EndsWith(':'))
            {
                blockIndent = indent;
            }
        }

        return string.Join('\n', after);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> list) => list[random.Next(list.Count)];

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/components/schemas/" + Escape(name) };

    private static JsonObject Schema(string type, string? format = null) =>
        format is null ? new JsonObject { ["type"] = type } : new JsonObject { ["type"] = type, ["format"] = format };

    /// <summary>One spec: its choices come from one <see cref="Random"/>, in a fixed order.</summary>
    private sealed class Builder(Random random, IReadOnlyList<string>? typeNames = null, string operationPrefix = "", string pathPrefix = "/p")
    {
        private readonly bool _openApi31 = random.Next(3) == 0;
        private List<string> _names = [];

        /// <summary>The component schemas' names.</summary>
        public IReadOnlyList<string> Names => _names;

        public JsonObject Document()
        {
            var components = new JsonObject { ["schemas"] = Schemas() };
            var document = new JsonObject
            {
                ["openapi"] = _openApi31 ? "3.1.0" : "3.0.3",
                ["info"] = new JsonObject { ["title"] = "Random", ["version"] = "1" },
                ["servers"] = new JsonArray(new JsonObject { ["url"] = "https://api.example.com" }),
            };
            if (random.Next(2) == 0)
            {
                var (schemes, requirement) = Security();
                components["securitySchemes"] = schemes;
                document["security"] = new JsonArray(requirement);
            }

            document["paths"] = Paths();
            document["components"] = components;
            return document;
        }

        /// <summary>The component schemas, named from the vocabulary.</summary>
        public JsonObject Schemas()
        {
            _names = (typeNames ?? TypeNames).OrderBy(_ => random.Next()).Take(random.Next(2, 9)).ToList();
            var schemas = new JsonObject();
            for (var i = 0; i < _names.Count; i++)
            {
                schemas[_names[i]] = ComponentSchema(_names.Take(i).ToList());
            }

            MakeBases(schemas);
            return schemas;
        }

        /// <summary>
        /// An operation of the spec whose answer names the schemas of this builder in <paramref name="file"/> (an
        /// object of them, one of them, or a list), and now and then the spec's own <paramref name="ownNames"/> by the
        /// spec's file name from inside an inline object.
        /// </summary>
        public JsonObject ExternalOperation(string file, IReadOnlyList<string> ownNames)
        {
            JsonObject External(string name) => new() { ["$ref"] = file + "#/components/schemas/" + Escape(name) };
            var properties = new JsonObject();
            foreach (var name in _names.Where(_ => random.Next(3) > 0))
            {
                properties[Pick(random, PropertyNames) + properties.Count] = External(name);
            }

            foreach (var name in ownNames.Take(2))
            {
                properties["own" + properties.Count] = Ref(name);
            }

            var schema = random.Next(3) switch
            {
                0 => External(Pick(random, _names)),
                1 => new JsonObject { ["type"] = "array", ["items"] = External(Pick(random, _names)) },
                _ => new JsonObject { ["type"] = "object", ["properties"] = properties },
            };
            var operation = new JsonObject { ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "ok", ["content"] = Json(schema) } } };
            if (random.Next(2) == 0)
            {
                operation["operationId"] = Pick(random, OperationIds);
            }

            return operation;
        }

        // A schema made a subtype (allOf of an earlier one) gives that one a discriminator when it is an object.
        private void MakeBases(JsonObject schemas)
        {
            foreach (var name in _names)
            {
                if (schemas[name] is not JsonObject sub || sub["x-base"] is not JsonValue marker)
                {
                    continue;
                }

                sub.Remove("x-base");
                if (schemas[marker.GetValue<string>()] is not JsonObject { } @base || @base["type"]?.ToString() != "object"
                    || @base["properties"] is not JsonObject properties || random.Next(3) == 0)
                {
                    continue;
                }

                var discriminator = @base["discriminator"] as JsonObject
                    ?? new JsonObject { ["propertyName"] = random.Next(2) == 0 ? "kind" : Pick(random, PropertyNames) };
                @base["discriminator"] = discriminator;
                var propertyName = discriminator["propertyName"]!.GetValue<string>();
                properties[propertyName] = Schema("string");
                var required = @base["required"] as JsonArray ?? [];
                if (!required.Any(r => r!.GetValue<string>() == propertyName))
                {
                    required.Add(propertyName);
                }

                @base["required"] = required;
                if (random.Next(2) == 0)
                {
                    var mapping = discriminator["mapping"] as JsonObject ?? [];
                    discriminator["mapping"] = mapping;
                    mapping[Pick(random, EnumValues) + mapping.Count] = "#/components/schemas/" + Escape(name);
                }
            }
        }

        private (JsonObject Schemes, JsonObject Requirement) Security()
        {
            var schemes = new JsonObject();
            var requirement = new JsonObject();
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var name = Pick(random, SchemeNames);
                schemes[name] = random.Next(4) switch
                {
                    0 => new JsonObject
                    {
                        ["type"] = "apiKey",
                        ["in"] = Pick(random, new[] { "header", "query", "cookie" }),
                        ["name"] = Pick(random, ParameterNames) is { Length: > 0 } wire ? wire : "X-Key",
                    },
                    1 => new JsonObject { ["type"] = "http", ["scheme"] = "bearer" },
                    2 => new JsonObject { ["type"] = "http", ["scheme"] = "basic" },
                    _ => new JsonObject
                    {
                        ["type"] = "oauth2",
                        ["flows"] = new JsonObject
                        {
                            ["clientCredentials"] = new JsonObject { ["tokenUrl"] = "https://auth.example.com/token", ["scopes"] = new JsonObject() },
                        },
                    },
                };
                requirement[name] = new JsonArray();
            }

            return (schemes, requirement);
        }

        private JsonObject Paths()
        {
            var paths = new JsonObject();
            for (var i = random.Next(1, 6) - 1; i >= 0; i--)
            {
                var placeholder = Pick(random, ParameterNames);
                var path = pathPrefix + i + (random.Next(2) == 0 ? "/{" + placeholder + "}" : string.Empty);
                var method = Pick(random, new[] { "get", "post", "put", "delete", "patch" });
                paths[path] = new JsonObject { [method] = Operation(path, placeholder, method) };
            }

            return paths;
        }

        private JsonObject Operation(string path, string placeholder, string method)
        {
            var operation = new JsonObject();
            if (random.Next(5) > 0)
            {
                operation["operationId"] = operationPrefix + Pick(random, OperationIds);
            }

            var parameters = new JsonArray();
            if (path.Contains('{', StringComparison.Ordinal))
            {
                parameters.Add(new JsonObject { ["name"] = placeholder, ["in"] = "path", ["required"] = true, ["schema"] = Scalar() });
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = random.Next(0, 5); i > 0; i--)
            {
                var name = Pick(random, ParameterNames);
                var location = Pick(random, new[] { "query", "header", "cookie" });
                if (seen.Add(location + ":" + name) && (location == "query" || name.Length > 0))
                {
                    var parameter = new JsonObject { ["name"] = name, ["in"] = location, ["required"] = random.Next(2) == 0, ["schema"] = ParameterSchema() };
                    GiveName(parameter);
                    parameters.Add(parameter);
                }
            }

            if (parameters.Count > 0)
            {
                operation["parameters"] = parameters;
            }

            if (method is "post" or "put" or "patch" && random.Next(3) > 0)
            {
                operation["requestBody"] = new JsonObject { ["required"] = random.Next(2) == 0, ["content"] = RequestContent() };
            }

            var responses = new JsonObject { [Pick(random, new[] { "200", "201", "202", "default", "2XX" })] = Response() };
            if (random.Next(3) == 0)
            {
                responses["400"] = new JsonObject { ["description"] = "bad", ["content"] = Json(Ref(Pick(random, _names))) };
            }

            operation["responses"] = responses;
            return operation;
        }

        private static JsonObject Json(JsonObject schema) => new() { ["application/json"] = new JsonObject { ["schema"] = schema } };

        private JsonObject RequestContent() => random.Next(6) switch
        {
            0 => new JsonObject { ["application/x-www-form-urlencoded"] = new JsonObject { ["schema"] = InlineObject(2) } },
            1 => new JsonObject
            {
                ["multipart/form-data"] = new JsonObject
                {
                    ["schema"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject { [Pick(random, PropertyNames)] = Schema("string", "binary"), [Pick(random, ParameterNames)] = Scalar() },
                    },
                },
            },
            2 => new JsonObject { ["text/plain"] = new JsonObject { ["schema"] = Schema("string") } },
            3 => new JsonObject { ["application/octet-stream"] = new JsonObject { ["schema"] = Schema("string", "binary") } },
            _ => Json(BodySchema()),
        };

        private JsonObject Response() => random.Next(6) switch
        {
            0 => new JsonObject { ["description"] = "ok" },
            1 => new JsonObject { ["description"] = "ok", ["content"] = new JsonObject { ["text/plain"] = new JsonObject { ["schema"] = Schema("string") } } },
            2 => new JsonObject { ["description"] = "ok", ["content"] = new JsonObject { ["application/octet-stream"] = new JsonObject { ["schema"] = Schema("string", "binary") } } },
            3 => new JsonObject
            {
                ["description"] = "ok",
                ["headers"] = new JsonObject { [Pick(random, ParameterNames) is { Length: > 0 } header ? header : "X-H"] = new JsonObject { ["schema"] = Scalar() } },
                ["content"] = Json(BodySchema()),
            },
            _ => new JsonObject { ["description"] = "ok", ["content"] = Json(BodySchema()) },
        };

        private JsonObject ParameterSchema() => random.Next(6) switch
        {
            0 => Ref(Pick(random, _names)),
            1 => StringEnum(),
            2 => new JsonObject { ["type"] = "array", ["items"] = random.Next(2) == 0 ? StringEnum() : Scalar() },
            3 => new JsonObject
            {
                ["oneOf"] = new JsonArray(Scalar(), random.Next(3) switch
                {
                    0 => StringEnum(),
                    1 => new JsonObject { ["type"] = "array", ["items"] = Scalar() },
                    _ => Scalar(),
                }),
            },
            _ => Scalar(),
        };

        private JsonObject BodySchema() => random.Next(5) switch
        {
            0 => new JsonObject { ["type"] = "array", ["items"] = Ref(Pick(random, _names)) },
            1 => new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref(Pick(random, _names)) },
            2 => InlineObject(1),
            _ => Ref(Pick(random, _names)),
        };

        private JsonObject Scalar() => random.Next(7) switch
        {
            0 => Schema("integer"),
            1 => Schema("integer", "int64"),
            2 => Schema("number"),
            3 => Schema("boolean"),
            4 => Schema("string", "date-time"),
            5 => Schema("string", "uuid"),
            _ => Schema("string"),
        };

        private JsonObject StringEnum()
        {
            var values = EnumValues.OrderBy(_ => random.Next()).Take(random.Next(1, 6)).Select(v => (JsonNode)v).ToArray();
            var schema = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(values) };
            if (random.Next(4) == 0)
            {
                // Names by position, now and then one too few or too many (AIIA0064).
                var count = Math.Max(0, values.Length + random.Next(-1, 2));
                schema[random.Next(3) == 0 ? "x-enumNames" : "x-enum-varnames"] = new JsonArray(Enumerable.Range(0, count).Select(_ => (JsonNode)Pick(random, GivenNames)).ToArray());
            }

            return schema;
        }

        // A C# name given to a property or parameter now and then (x-aiia-name or AutoRest's x-ms-client-name), rarely not text.
        private void GiveName(JsonObject node)
        {
            if (random.Next(5) == 0)
            {
                node[random.Next(3) == 0 ? "x-ms-client-name" : "x-aiia-name"] = random.Next(10) == 0 ? new JsonObject { ["a"] = 1 } : Pick(random, GivenNames);
            }
        }

        private JsonObject ComponentSchema(List<string> earlier)
        {
            switch (random.Next(10))
            {
                case 0:
                    return StringEnum();
                case 1:
                    return new JsonObject
                    {
                        ["type"] = "integer",
                        ["enum"] = new JsonArray(Enumerable.Range(0, random.Next(1, 4)).Select(v => (JsonNode)((v * 3) - 1)).ToArray()),
                    };
                case 2 when _names.Count > 2:
                    return Union();
                case 3 when earlier.Count > 0:
                    return new JsonObject { ["allOf"] = new JsonArray(Ref(Pick(random, earlier)), InlineObject(1)) };
                case 4:
                    return new JsonObject { ["type"] = "array", ["items"] = Ref(Pick(random, _names)) };
                case 5:
                    return new JsonObject { ["type"] = "object", ["additionalProperties"] = random.Next(2) == 0 ? Ref(Pick(random, _names)) : Scalar() };
                case 6:
                    return Scalar();
                case 8 when earlier.Count > 0:
                    var @base = Pick(random, earlier);
                    return new JsonObject { ["allOf"] = new JsonArray(Ref(@base), InlineObject(1)), ["x-base"] = @base };
                default:
                    return InlineObject(0);
            }
        }

        private JsonObject Union()
        {
            var alternatives = _names.OrderBy(_ => random.Next()).Take(random.Next(2, 4)).ToList();
            var items = alternatives.Select(a => (JsonNode)Ref(a)).ToList();
            if (random.Next(2) == 0)
            {
                items.Add(random.Next(3) switch
                {
                    0 => Scalar(),
                    1 => new JsonObject { ["type"] = "array", ["items"] = Scalar() },
                    _ => InlineObject(1),
                });
            }

            var union = new JsonObject { [random.Next(2) == 0 ? "oneOf" : "anyOf"] = new JsonArray(items.ToArray()) };
            if (random.Next(3) == 0)
            {
                var discriminator = new JsonObject { ["propertyName"] = Pick(random, PropertyNames) };
                if (random.Next(2) == 0)
                {
                    var mapping = new JsonObject();
                    foreach (var alternative in alternatives)
                    {
                        mapping[Pick(random, EnumValues) + alternative.Length] = "#/components/schemas/" + Escape(alternative);
                    }

                    discriminator["mapping"] = mapping;
                }

                union["discriminator"] = discriminator;
            }

            return union;
        }

        private JsonObject InlineObject(int depth)
        {
            var properties = new JsonObject();
            var required = new JsonArray();
            foreach (var name in PropertyNames.OrderBy(_ => random.Next()).Take(random.Next(0, 7)))
            {
                var property = random.Next(9) switch
                {
                    0 => Ref(Pick(random, _names)),
                    1 => new JsonObject { ["type"] = "array", ["items"] = random.Next(2) == 0 ? Ref(Pick(random, _names)) : Scalar() },
                    2 => new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref(Pick(random, _names)) },
                    3 when depth < 2 => InlineObject(depth + 1),
                    4 => StringEnum(),
                    5 => new JsonObject { ["type"] = "string", ["default"] = "x" },
                    6 => new JsonObject { ["type"] = "integer", ["default"] = 3 },
                    _ => Scalar(),
                };
                Decorate(property);
                GiveName(property);
                properties[name] = property;
                if (random.Next(3) == 0)
                {
                    required.Add(name);
                }
            }

            var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
            if (required.Count > 0)
            {
                schema["required"] = required;
            }

            return schema;
        }

        // nullable (3.0's keyword or 3.1's type list), deprecated, readOnly or writeOnly, now and then.
        private void Decorate(JsonObject property)
        {
            var isRef = property.ContainsKey("$ref");
            if (random.Next(6) == 0 && !isRef)
            {
                if (_openApi31 && property["type"] is JsonValue type)
                {
                    property["type"] = new JsonArray(type.GetValue<string>(), "null");
                    (property["enum"] as JsonArray)?.Add(null);
                }
                else
                {
                    property["nullable"] = true;
                }
            }

            if (random.Next(8) == 0)
            {
                property["deprecated"] = true;
            }

            if (random.Next(10) == 0 && !isRef)
            {
                property[random.Next(2) == 0 ? "readOnly" : "writeOnly"] = true;
            }
        }
    }
}
