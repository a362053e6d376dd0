namespace Aiia.Codegen.Cli.Specs;

/// <summary>
/// The namespace rules of the generator, for a CLI that has no project: an <c>--namespace</c> is cleaned exactly as
/// the generator cleans <c>AiiaNamespace</c> metadata, and without one the spec's file name gives the namespace.
/// </summary>
internal static class GenerationNames
{
    /// <summary>Cleans a namespace exactly as the generator cleans <c>AiiaNamespace</c> (<c>my-app.api</c> → <c>MyApp.Api</c>).</summary>
    public static string CleanNamespace(string? value) => SpecInput.CleanNamespace(value);

    /// <summary>
    /// The namespace when <c>--namespace</c> is not given: the spec's file name without <c>.openapi.yaml</c>, PascalCased
    /// (<c>aiia-authentication.openapi.yaml</c> → <c>AiiaAuthentication</c>), beside the default client name
    /// <c>AiiaAuthenticationClient</c>.
    /// </summary>
    public static string DefaultNamespace(string specPath)
    {
        var client = SpecInput.DefaultClientName(specPath);
        return CleanNamespace(client.Substring(0, client.Length - "Client".Length));
    }

    /// <summary>The generator's input for a spec read by the CLI, with the options given on the command line.</summary>
    public static SpecInput ToInput(SpecFile file, string? @namespace, string? clientName, string? accessibility, string? undocumentedProperties = null, bool shareIdenticalSchemas = false) => new(
        file.Path,
        file.Text,
        string.IsNullOrWhiteSpace(@namespace) ? DefaultNamespace(file.Path) : CleanNamespace(@namespace),
        string.IsNullOrWhiteSpace(clientName) ? null : clientName.Trim(),
        string.IsNullOrWhiteSpace(accessibility) ? null : accessibility,
        string.IsNullOrWhiteSpace(undocumentedProperties) ? null : undocumentedProperties,
        ReferencedFiles: file.ReferencedFiles,
        ShareIdenticalSchemas: shareIdenticalSchemas ? "true" : null);
}
