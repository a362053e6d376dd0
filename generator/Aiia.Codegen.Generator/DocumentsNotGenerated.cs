using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Aiia.Codegen.Model;

namespace Aiia.Codegen;

/// <summary>
/// Finds the OpenAPI documents a project lists as AdditionalFiles under a name the generator does not pick up
/// (<c>spotify.yaml</c>, as vendors ship them): without a word, the build succeeds and the client is simply missing.
/// </summary>
public static class DocumentsNotGenerated
{
    // Root keys: in YAML at the start of a line; in JSON anywhere (it may be minified). Both keys, so a file of shared
    // components that only names its OpenAPI version is not taken for a spec.
    private static readonly Regex YamlOpenApi = new(@"^[""']?openapi[""']?[ \t]*:", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex YamlPaths = new(@"^[""']?paths[""']?[ \t]*:", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex JsonOpenApi = new(@"""openapi""\s*:", RegexOptions.CultureInvariant);
    private static readonly Regex JsonPaths = new(@"""paths""\s*:", RegexOptions.CultureInvariant);

    /// <summary>
    /// The paths of the <paramref name="documents"/> that look like OpenAPI documents, are not named as specs, and that no
    /// spec's text mentions (so a shared file a spec refers to is not reported), in their order.
    /// </summary>
    public static EquatableArray<string> Of(ImmutableArray<ReferencedFile> documents, ImmutableArray<SpecInput> specs)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            foreach (var file in spec.ReferencedFiles)
            {
                referenced.Add(file.Path);
            }
        }

        var found = new List<string>();
        foreach (var document in documents)
        {
            if (!SpecInput.IsSpecPath(document.Path) && !referenced.Contains(document.Path) && LooksLikeOpenApi(document.Text))
            {
                found.Add(document.Path);
            }
        }

        return new EquatableArray<string>(found.ToArray());
    }

    /// <summary>Whether <paramref name="text"/> has the root keys <c>openapi</c> and <c>paths</c>, in YAML or JSON.</summary>
    public static bool LooksLikeOpenApi(string text) =>
        text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith("{", StringComparison.Ordinal)
            ? JsonOpenApi.IsMatch(text) && JsonPaths.IsMatch(text)
            : YamlOpenApi.IsMatch(text) && YamlPaths.IsMatch(text);

    /// <summary>The name the file would be generated under: <c>spotify.yaml</c> → <c>spotify.openapi.yaml</c>.</summary>
    public static string SpecFileName(string path)
    {
        var fileName = System.IO.Path.GetFileName(path);
        var extension = System.IO.Path.GetExtension(fileName);
        return fileName.Substring(0, fileName.Length - extension.Length) + ".openapi" + extension;
    }
}
