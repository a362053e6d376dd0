using System.Linq;
using Aiia.Codegen.Model;

namespace Aiia.Codegen;

/// <summary>
/// Everything the generator needs to know about one spec file, as plain values.
/// </summary>
/// <param name="Path">The file's path, used for diagnostics and messages.</param>
/// <param name="Text">The file's text.</param>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="ClientName">The client class name, or null for the default derived from the file name.</param>
/// <param name="Accessibility">The accessibility of generated types as written in the project (<c>public</c> when null).</param>
/// <param name="UndocumentedProperties">What records do with JSON properties their schema does not list, as written in the
/// project: <c>keep</c> (when null), <c>ignore</c> or <c>error</c>.</param>
/// <param name="MaxSpecSize">The largest text the spec and each file it refers to may have, as written in the project
/// (<c>AiiaMaxSpecSize</c>: characters, or MiB with the suffix <c>MiB</c>); <see cref="Reading.SpecLimits.DefaultMaxCharacters"/>
/// when null.</param>
/// <param name="ReferencedFiles">Other files the spec may refer to with an external <c>$ref</c> (<c>common.yaml#/...</c>):
/// the project's AdditionalFiles that could be, as paths and texts.</param>
/// <param name="TakenNames">The names the project already uses in <paramref name="Namespace"/> (see
/// <see cref="ProjectNames"/>): no generated type takes one. Empty outside a compilation (the CLI).</param>
/// <param name="NamespaceTakenBy">The type of the project whose full name <paramref name="Namespace"/> (or a namespace it
/// is in) is, as messages show it: such a namespace cannot be declared. Null when none is, or outside a compilation.</param>
/// <param name="VarTypeSeen">The type named <c>var</c> that code in <paramref name="Namespace"/> sees (declared there or
/// in a namespace it is in), as messages show it: every <c>var</c> local of the generated code would declare one. Null
/// when there is none, or outside a compilation.</param>
/// <param name="ShareIdenticalSchemas">Whether inline schemas that generate the same type share one, as written in the
/// project (<c>AiiaShareIdenticalSchemas</c>): <c>true</c>, or <c>false</c> (when null).</param>
public sealed record SpecInput(
    string Path,
    string Text,
    string Namespace,
    string? ClientName,
    string? Accessibility = null,
    string? UndocumentedProperties = null,
    string? MaxSpecSize = null,
    EquatableArray<ReferencedFile> ReferencedFiles = default,
    EquatableArray<TakenName> TakenNames = default,
    string? NamespaceTakenBy = null,
    string? VarTypeSeen = null,
    string? ShareIdenticalSchemas = null)
{
    /// <summary>The endings of spec files: each becomes a client (a JSON spec is read as the YAML it is).</summary>
    private static readonly string[] SpecEndings = { ".openapi.yaml", ".openapi.yml", ".openapi.json" };

    /// <summary>What a default client name leaves out of a file name: a spec ending, else a plain YAML or JSON one.</summary>
    private static readonly string[] NameEndings = { ".openapi.yaml", ".openapi.yml", ".openapi.json", ".yaml", ".yml", ".json" };

    /// <summary>The spec endings the generator picks up.</summary>
    public static bool IsSpecPath(string path) =>
        SpecEndings.Any(ending => path.EndsWith(ending, System.StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The text files a <c>description</c> may be a <c>$ref</c> to (<c>description: {$ref: description.md}</c>, as
    /// Redocly's tools keep long descriptions): Markdown or plain text, read whole as the description.
    /// </summary>
    public static bool IsDescriptionTextPath(string path) =>
        path.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".markdown", System.StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".txt", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The files an external <c>$ref</c> can point at: YAML or JSON (<c>*.yaml</c>, <c>*.yml</c>, <c>*.json</c>), specs included.
    /// </summary>
    public static bool IsReferableDocumentPath(string path) =>
        path.EndsWith(".yaml", System.StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yml", System.StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>dir/aiia-authentication.openapi.yaml</c> → <c>AiiaAuthenticationClient</c>; <c>pets.openapi.json</c> →
    /// <c>PetsClient</c>; a file the CLI is given under another name, <c>spotify.yaml</c> → <c>SpotifyClient</c>, as it will
    /// be named once renamed for the generator.
    /// </summary>
    public static string DefaultClientName(string path)
    {
        var fileName = System.IO.Path.GetFileName(path);
        var stem = fileName;
        foreach (var ending in NameEndings)
        {
            if (fileName.EndsWith(ending, System.StringComparison.OrdinalIgnoreCase))
            {
                stem = fileName.Substring(0, fileName.Length - ending.Length);
                break;
            }
        }

        var pascal = Identifiers.ToPascalCase(stem);
        return (pascal.Length == 0 ? "Api" : pascal) + "Client";
    }

    /// <summary>A keyword segment, written <c>class</c> or <c>@class</c>, as C# declares it (<c>@class</c>); else null.</summary>
    private static string? EscapedKeyword(string segment)
    {
        var bare = segment.StartsWith("@", System.StringComparison.Ordinal) ? segment.Substring(1) : segment;
        var escaped = Identifiers.EscapeKeyword(bare);
        return escaped.Length > bare.Length ? escaped : null;
    }

    /// <summary>
    /// Makes every dotted segment a C# identifier (a project named <c>my-app</c> gets <c>MyApp</c>, a keyword is
    /// escaped: <c>class.Event</c> gets <c>@class.Event</c>, as C# writes that namespace); <c>Generated</c>
    /// when nothing is left. The generator applies it to the root namespace and to <c>AiiaNamespace</c>, the CLI to
    /// <c>--namespace</c>.
    /// </summary>
    public static string CleanNamespace(string? value)
    {
        var segments = (value ?? string.Empty)
            .Split('.')
            .Select(segment => segment.Trim())
            .Where(segment => segment.Length > 0)
            .Select(segment => Identifiers.IsValidIdentifier(segment) ? segment : EscapedKeyword(segment) ?? Identifiers.ToPascalCase(segment))
            .Where(segment => segment.Length > 0)
            .ToArray();
        return segments.Length == 0 ? "Generated" : string.Join(".", segments);
    }
}
