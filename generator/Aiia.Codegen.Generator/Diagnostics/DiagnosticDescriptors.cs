using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Each is located at the offending YAML node, its message names the
/// spec path and says how to fix it, and its help link points at its section of <c>docs/diagnostics.md</c>.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Category = "Aiia.Codegen";

    /// <summary>Where the diagnostics are documented; each ID is a section (<c>#aiia0001</c>).</summary>
    public const string HelpBase = "https://github.com/aiia-codegen/Aiia.Codegen/blob/main/docs/diagnostics.md";

    /// <summary>The file is not well-formed YAML (including a key that appears twice in one mapping).</summary>
    public static readonly DiagnosticDescriptor YamlSyntax = Error(
        "AIIA0001", "The spec is not valid YAML",
        "The spec is not valid YAML at {0}: {1}. {2}");

    /// <summary>The document is not an OpenAPI 3.x document.</summary>
    public static readonly DiagnosticDescriptor NotOpenApi3 = Error(
        "AIIA0002", "The spec is not an OpenAPI 3.x document",
        "The spec is not an OpenAPI 3.x document at {1}: {0}. Start the document with 'openapi: 3.0.3' (or another 3.x version) and a 'paths' mapping.");

    /// <summary>A <c>$ref</c> does not resolve.</summary>
    public static readonly DiagnosticDescriptor UnresolvedReference = Error(
        "AIIA0003", "A $ref does not resolve",
        "The $ref '{0}' at {1} does not resolve. Point it at an existing entry of this document, e.g. '#/components/schemas/Name'.");

    /// <summary>A construct the generator does not support.</summary>
    public static readonly DiagnosticDescriptor Unsupported = Error(
        "AIIA0004", "Unsupported OpenAPI construct",
        "{0} at {1} is not supported. {2}");

    /// <summary>Two things map to the same C# name.</summary>
    public static readonly DiagnosticDescriptor NameCollision = Error(
        "AIIA0005", "Two names collide",
        "{0} at {1} maps to the C# name '{2}', which {3} already uses. Rename one of them.");

    /// <summary>A name is missing or cannot become a C# identifier.</summary>
    public static readonly DiagnosticDescriptor InvalidName = Error(
        "AIIA0006", "Invalid or missing name",
        "{0} at {1}. {2}");

    /// <summary>A parameter is malformed or does not match the path template.</summary>
    public static readonly DiagnosticDescriptor ParameterProblem = Error(
        "AIIA0007", "Parameter problem",
        "{0} at {1}. {2}");

    /// <summary>A format the generator does not know; the base type is used.</summary>
    public static readonly DiagnosticDescriptor UnknownFormat = new(
        "AIIA0008", "Unknown format",
        "The format '{0}' at {1} is not known; the property is generated as {2}. Use one of date-time, date, uuid, int32, int64, float, double, decimal, password, or remove the format.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink("AIIA0008"));

    /// <summary>An operation declares no responses.</summary>
    public static readonly DiagnosticDescriptor NoResponses = Error(
        "AIIA0009", "Operation without responses",
        "The operation at {0} declares no 2xx response. Add a 'responses' mapping with a 2xx response (e.g. '200' or '204').");

    /// <summary>
    /// A value of the spec has the wrong YAML shape or type (a mapping where a list belongs, <c>required: maybe</c>,
    /// <c>type: text</c>). Cycles are <see cref="ReferenceCycle"/>, item metadata <see cref="InvalidOption"/>.
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "AIIA0010", "Invalid value",
        "{0} at {1}. {2}");

    /// <summary>The generator itself failed; reported instead of crashing the build.</summary>
    public static readonly DiagnosticDescriptor InternalError = Error(
        "AIIA0011", "The generator failed on this spec",
        "The generator failed on this spec ({0}). Other specs still generate; please report this with the spec.");

    /// <summary><c>x-aiia-polling</c> does not fit its operation. The other extensions have their own IDs (AIIA0022–AIIA0025).</summary>
    public static readonly DiagnosticDescriptor InvalidPolling = Error(
        "AIIA0012", "Invalid x-aiia-polling extension",
        "x-aiia-polling: {0} at {1}. {2}");

    /// <summary>The spec exceeds a limit that keeps the build safe from hostile or runaway input.</summary>
    public static readonly DiagnosticDescriptor SpecTooLarge = Error(
        "AIIA0013", "The spec is too large or too deeply nested",
        "{0} at {1}. {2}");

    /// <summary>
    /// A generated name differs from the one its pattern gives, because an earlier name took it (the rule is in
    /// <c>Naming/SpecNaming.cs</c>): the code still compiles; this says what the C# name is.
    /// </summary>
    public static readonly DiagnosticDescriptor NameChanged = new(
        "AIIA0014", "A generated name was changed to avoid a collision",
        "{0} at {1} cannot be named '{2}' ({3}); it is generated as '{4}'. {5}.",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLink("AIIA0014"));

    // AIIA0015–AIIA0019 are free; the split of AIIA0010/AIIA0012 starts at AIIA0020.

    /// <summary>A <c>$ref</c> (an alias schema, or an <c>allOf</c> part) leads back to the schema it is read from.</summary>
    public static readonly DiagnosticDescriptor ReferenceCycle = Error(
        "AIIA0020", "A $ref cycle cannot become a type",
        "{0} at {1}: a C# type cannot contain or inherit itself. {2}");

    /// <summary>An <c>AdditionalFiles</c> item metadata option has a value the generator does not accept.</summary>
    public static readonly DiagnosticDescriptor InvalidOption = Error(
        "AIIA0021", "Invalid per-spec option",
        "{0} in {1}. {2}");

    /// <summary><c>x-aiia-code-exchange</c> does not fit its operation.</summary>
    public static readonly DiagnosticDescriptor InvalidCodeExchange = Error(
        "AIIA0022", "Invalid x-aiia-code-exchange extension",
        "x-aiia-code-exchange: {0} at {1}. {2}");

    /// <summary><c>x-aiia-session-renewal</c> or <c>x-aiia-session-start</c> does not fit its operation or the spec.</summary>
    public static readonly DiagnosticDescriptor InvalidSession = Error(
        "AIIA0023", "Invalid x-aiia-session-renewal or x-aiia-session-start extension",
        "Session extension: {0} at {1}. {2}");

    /// <summary><c>x-aiia-error-codes</c> is not a list of strings.</summary>
    public static readonly DiagnosticDescriptor InvalidErrorCodes = Error(
        "AIIA0024", "Invalid x-aiia-error-codes extension",
        "{0} at {1}. {2}");

    /// <summary><c>x-aiia-undocumented-properties</c> on a schema is not keep, ignore or error.</summary>
    public static readonly DiagnosticDescriptor InvalidUndocumentedProperties = Error(
        "AIIA0025", "Invalid x-aiia-undocumented-properties extension",
        "{0} at {1}. {2}");

    /// <summary>
    /// A security scheme the client cannot send (an unknown <c>type</c>, an <c>http</c> scheme other than basic or bearer,
    /// an <c>apiKey</c> without a usable <c>in</c> or <c>name</c>): it is ignored, and the spec still generates.
    /// </summary>
    public static readonly DiagnosticDescriptor UnsupportedSecurityScheme = Warning(
        "AIIA0030", "A security scheme is not supported and is ignored",
        "{0} at {1} is not supported; the scheme is ignored and operations that require it send the rest of their security. {2}");

    /// <summary>A security requirement names a scheme <c>components.securitySchemes</c> does not define: it is ignored.</summary>
    public static readonly DiagnosticDescriptor UndefinedSecurityScheme = Warning(
        "AIIA0031", "A security requirement names an undefined scheme",
        "The security requirement at {1} names the scheme '{0}', which components.securitySchemes does not define; it is ignored. Define the scheme or remove it from the requirement.");

    /// <summary>A <c>mutualTLS</c> scheme: the certificate is the HTTP handler's business, not the generated code's.</summary>
    public static readonly DiagnosticDescriptor MutualTls = Warning(
        "AIIA0032", "Mutual TLS is configured on the HTTP handler",
        "The security scheme '{0}' at {1} is mutualTLS: the generated client sends no credential for it. Configure the HttpClient's handler with the client certificate (SocketsHttpHandler.SslOptions.ClientCertificates).");

    /// <summary>A body or response is generated less exactly than the spec describes (no schema, no fields); the client still works.</summary>
    public static readonly DiagnosticDescriptor BodyLoosened = Warning(
        "AIIA0033", "A body is generated loosely",
        "{0} at {1}: {2}");

    /// <summary>A parameter cannot be sent in its style and is left out of the method.</summary>
    public static readonly DiagnosticDescriptor ParameterSkipped = Warning(
        "AIIA0034", "A parameter is left out",
        "{0} at {1} cannot be sent and is left out of the method. {2}");

    /// <summary>An operation declares no 2xx response; the method is still generated, as the message says.</summary>
    public static readonly DiagnosticDescriptor NoSuccessResponse = Warning(
        "AIIA0035", "Operation without a 2xx response",
        "The operation at {0} declares no 2xx response: {1}");

    /// <summary>An operation cannot be called as the spec describes it and is left out of the client.</summary>
    public static readonly DiagnosticDescriptor OperationSkipped = Warning(
        "AIIA0036", "An operation is left out",
        "{0} at {1}, so the operation is left out of the client. {2}");

    /// <summary><c>not</c> is ignored: the schema is generated as if it were absent.</summary>
    public static readonly DiagnosticDescriptor NotIgnored = Warning(
        "AIIA0037", "'not' is ignored",
        "'not' at {0} is ignored: the schema is generated as if it were absent. Remove 'not', or describe the allowed values without it.");

    /// <summary>A <c>oneOf</c>/<c>anyOf</c>/<c>discriminator</c> that cannot be typed exactly; what it becomes instead.</summary>
    public static readonly DiagnosticDescriptor CompositionDegraded = Warning(
        "AIIA0038", "Composition cannot be typed exactly",
        "{0} at {1} cannot be typed exactly: {2}. See docs/composition.md for what composition generates.");

    /// <summary>
    /// A schema that cannot be one C# type (a list of several types, an enum mixing kinds of values, an unknown type,
    /// the <c>false</c> schema): it is generated as <c>JsonElement</c>, so the rest of the spec still generates.
    /// </summary>
    public static readonly DiagnosticDescriptor SchemaAsJson = Warning(
        "AIIA0040", "A schema is generated as JsonElement",
        "{0} at {1} cannot be generated as one C# type, so it is generated as JsonElement: {2}");

    /// <summary>An enum value that cannot become a member (a mapping or a list) is left out of the enum.</summary>
    public static readonly DiagnosticDescriptor EnumValueIgnored = Warning(
        "AIIA0041", "An enum value is ignored",
        "The enum value {0} at {1} is ignored: {2}. Remove it from the list.");

    /// <summary>A schema <c>$ref</c> that points at nothing in the document: the schema becomes any JSON.</summary>
    public static readonly DiagnosticDescriptor UnresolvedSchemaReference = Warning(
        "AIIA0042", "A schema $ref does not resolve and is generated as any JSON",
        "The schema $ref '{0}' at {1} does not resolve, so it is generated as any JSON (System.Text.Json.JsonElement). Point it at an existing entry of this document, e.g. '#/components/schemas/Name'.");

    /// <summary>A path placeholder that no path parameter describes: the method takes it as a required string.</summary>
    public static readonly DiagnosticDescriptor PlaceholderWithoutParameter = Warning(
        "AIIA0043", "A path placeholder has no parameter",
        "The path placeholder '{{{0}}}' at {1} has no path parameter, so the method takes it as the string parameter '{2}'. Add a parameter with 'name: {0}' and 'in: path' to give it a type and a description.");

    /// <summary>
    /// An external <c>$ref</c> names a file that is not among the project's AdditionalFiles (the generator reads no file
    /// the build does not give it), or one that is not YAML or JSON (only those are read, given or not). The last
    /// argument is the advice, <see cref="AddReferencedFile"/> or <see cref="ReferencedFileNotADocument"/>.
    /// </summary>
    public static readonly DiagnosticDescriptor ReferencedFileMissing = Error(
        "AIIA0044", "A $ref names a file that is not an AdditionalFiles item",
        "The $ref '{0}' at {1} names the file '{2}', {3}");

    /// <summary>AIIA0044's advice for a YAML or JSON file: add it to the project.</summary>
    public static string AddReferencedFile(string fileName) =>
        $"which is not among the project's AdditionalFiles. Add it: <AdditionalFiles Include=\"{fileName}\" /> (a file that is not a *.openapi.yaml/.yml/.json spec is only read, never generated on its own).";

    /// <summary>AIIA0044's advice for any other file where a document is expected: adding it would not help, since
    /// such a <c>$ref</c> can name only a YAML or JSON document (a Markdown or text file only a description's).</summary>
    public const string ReferencedFileNotADocument =
        "which is not a YAML or JSON file: a $ref here can point only at a *.yaml, *.yml or *.json document, so adding it to the AdditionalFiles would not help (only a description may name a Markdown or text file, *.md, *.markdown or *.txt, read whole as its text).";

    /// <summary>A schema <c>$ref</c> to a URL: nothing is fetched at build time; the schema becomes any JSON.</summary>
    public static readonly DiagnosticDescriptor RemoteSchemaReference = Warning(
        "AIIA0045", "A remote schema $ref is generated as any JSON",
        "The $ref '{0}' at {1} is remote: the build fetches nothing, so this schema is generated as any JSON (System.Text.Json.JsonElement). Download the file beside the spec, add it as AdditionalFiles and refer to it by its relative path to get a type.");

    /// <summary>A <c>$ref</c> to a URL where no schema is expected (a parameter, response, request body, path item).</summary>
    public static readonly DiagnosticDescriptor RemoteReference = Error(
        "AIIA0046", "A remote $ref cannot be resolved",
        "The $ref '{0}' at {1} is remote: the build fetches nothing. Download the file beside the spec, add it as AdditionalFiles and refer to it by its relative path.");

    /// <summary><c>servers</c> on a path or an operation, other than the document's: the client has one base address.</summary>
    public static readonly DiagnosticDescriptor ServersIgnored = Warning(
        "AIIA0047", "Servers of a path or operation are not used",
        "The 'servers' at {0} are not used: its calls go to the client's BaseAddress, like every other. To reach '{1}', give them a client whose BaseAddress is that URL.");

    /// <summary>The project compiles a C# version older than the generated code is written in.</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Error(
        "AIIA0048", "The project's C# version is too old for the generated code",
        "The generated code needs C# 11 or later (required members, record structs), but this project compiles C# {0}, so nothing of this spec was generated. Set <LangVersion> to 11 or later, or remove it (the .NET 8 SDK and later default to C# 12 or newer).");

    /// <summary>
    /// A property's <c>default</c> that is not a value of its C# type (text on a number, a number beyond the type's range
    /// or too small for it): it is not exposed as a <c>Default…</c> member.
    /// </summary>
    public static readonly DiagnosticDescriptor DefaultNotExposed = Warning(
        "AIIA0049", "A default is not exposed",
        "The default {0} at {1} is not exposed: it is not {2}. Write a default the property's type holds, or remove it.");

    /// <summary>
    /// A YAML or JSON AdditionalFile that is an OpenAPI document (an <c>openapi</c> and a <c>paths</c> key) but is not
    /// named as a spec, and no spec refers to it: it was listed for a client, and none is generated.
    /// </summary>
    public static readonly DiagnosticDescriptor DocumentNotGenerated = Warning(
        "AIIA0056", "An OpenAPI document is not generated",
        "'{0}' is an OpenAPI document, but no client is generated from it: only files named *.openapi.yaml, *.openapi.yml or *.openapi.json are. Rename it to '{1}', or, if another tool reads it, suppress AIIA0056.");

    /// <summary>
    /// An enum value listed twice: JSON Schema says the values should be unique, and nothing is lost (the value is one
    /// member), so an info, which a build with warnings as errors does not stop on.
    /// </summary>
    public static readonly DiagnosticDescriptor EnumValueRepeated = new(
        "AIIA0057", "An enum value is listed twice",
        "The enum value {0} at {1} is listed twice; it is one member. Remove the repeat.",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLink("AIIA0057"));

    /// <summary>
    /// A parameter the client sends by other means (the API key of a security scheme, an <c>Accept</c>,
    /// <c>Content-Type</c> or <c>Authorization</c> header OpenAPI says to ignore): left out of the method, losing
    /// nothing, so an info.
    /// </summary>
    public static readonly DiagnosticDescriptor ParameterSentByClient = new(
        "AIIA0062", "A parameter the client sends itself is left out",
        "{0} at {1} is left out of the method: {2}. Nothing is lost; remove the parameter to silence this.",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLink("AIIA0062"));

    /// <summary>
    /// Two query parameters of one operation, or two fields of a form body, send one name (an exploded object's property
    /// beside a parameter of that name, say): both are sent, so the request carries it twice. The spec's ambiguity: a
    /// warning, and the spec generates.
    /// </summary>
    public static readonly DiagnosticDescriptor NameSentTwice = new(
        "AIIA0063", "Two query parameters or form fields send one name",
        "{0} at {1} is sent as '{2}'{3}, which {4} also sends: the request carries '{2}' twice. {5}.",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink("AIIA0063"));

    /// <summary>
    /// A C# name the spec gives (<c>x-aiia-name</c> or AutoRest's <c>x-ms-client-name</c> on a schema, property or parameter,
    /// <c>x-enum-varnames</c> or NSwag's <c>x-enumNames</c> beside an enum) that cannot be used: the name is derived
    /// from the wire name instead, as without the extension. Names are the client's, not the API's: a warning.
    /// </summary>
    public static readonly DiagnosticDescriptor GivenNameIgnored = Warning(
        "AIIA0064", "A C# name the spec gives is not used",
        "{0} at {1} is not used: {2}. {3}");

    /// <summary>Every descriptor, in ID order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        YamlSyntax, NotOpenApi3, UnresolvedReference, Unsupported, NameCollision, InvalidName, ParameterProblem,
        UnknownFormat, NoResponses, InvalidValue, InternalError, InvalidPolling, SpecTooLarge, NameChanged,
        ReferenceCycle, InvalidOption, InvalidCodeExchange, InvalidSession, InvalidErrorCodes, InvalidUndocumentedProperties,
        UnsupportedSecurityScheme, UndefinedSecurityScheme, MutualTls,
        BodyLoosened, ParameterSkipped, NoSuccessResponse, OperationSkipped,
        NotIgnored, CompositionDegraded,
        SchemaAsJson, EnumValueIgnored, UnresolvedSchemaReference, PlaceholderWithoutParameter,
        ReferencedFileMissing, RemoteSchemaReference, RemoteReference, ServersIgnored, LanguageVersionTooOld, DefaultNotExposed,
        DocumentNotGenerated, EnumValueRepeated, ParameterSentByClient, NameSentTwice, GivenNameIgnored);

    /// <summary>The help link of a diagnostic ID: its section of <c>docs/diagnostics.md</c>.</summary>
    public static string HelpLink(string id) => HelpBase + "#" + id.ToLowerInvariant();

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink(id));
}
