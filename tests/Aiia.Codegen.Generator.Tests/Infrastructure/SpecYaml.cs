namespace Aiia.Codegen.Generator.Tests.Infrastructure;

/// <summary>
/// Wraps a fragment into a minimal valid OpenAPI 3.0.3 document, so a test states only what matters. The preamble
/// is always the same two lines, so line numbers in a test read as "fragment line + 3" (after <c>paths:</c>):
/// <code>
/// openapi: 3.0.3
/// info: {title: T, version: '1'}
/// paths:              (Paths; Components writes 'paths: {}')
///   {paths, indented}
/// components:
///   {components, indented}
/// </code>
/// Markers (<c>[|...|]</c>) pass through untouched.
/// </summary>
internal static class SpecYaml
{
    public const string Preamble = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n";

    /// <summary>The <c>paths</c> mapping's entries (<c>/items: ...</c>), and optionally the <c>components</c> mapping's.</summary>
    public static string Paths(string paths, string? components = null) =>
        Preamble + "paths:\n" + Indent(paths) + (components is null ? "" : "\ncomponents:\n" + Indent(components));

    /// <summary>No operations (<c>paths: {}</c>), only the <c>components</c> mapping's entries (<c>schemas: ...</c>).</summary>
    public static string Components(string components) =>
        Preamble + "paths: {}\ncomponents:\n" + Indent(components);

    /// <summary>Everything after <c>openapi</c> and <c>info</c>: for tests about the top-level keys themselves.</summary>
    public static string Document(string rest) => Preamble + rest;

    private static string Indent(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.Length == 0 ? line : "  " + line));
}
