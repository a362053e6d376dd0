using System.Collections.Immutable;

namespace Aiia.Codegen.Generator.Tests.Infrastructure;

/// <summary>
/// One spec handed to the generator as an AdditionalFiles item: a stable fake path (no machine paths in
/// snapshots or diagnostics), its text, and its item metadata (<c>AiiaNamespace</c>, <c>AiiaClientName</c>).
/// </summary>
internal sealed record SpecFile(string FileName, string Text, ImmutableDictionary<string, string> Metadata)
{
    /// <summary>The directory every test spec pretends to live in.</summary>
    public const string FakeDirectory = "/src/Contoso.Consumer/Specs";

    public const string AiiaSpec = "aiia-authentication.openapi.yaml";
    public const string PetstoreSpec = "petstore.openapi.yaml";
    public const string LedgerSpec = "ledger.openapi.yml";

    /// <summary>oneOf/anyOf/discriminator, shared with the client tests' round trips.</summary>
    public const string CompositionSpec = "composition.openapi.yaml";

    /// <summary>Every spec the tests know: the real one and the test specs.</summary>
    public static ImmutableArray<string> All { get; } = [AiiaSpec, PetstoreSpec, LedgerSpec, CompositionSpec];

    public const string NamespaceKey = "build_metadata.AdditionalFiles.AiiaNamespace";
    public const string ClientNameKey = "build_metadata.AdditionalFiles.AiiaClientName";

    public string Path => FakeDirectory + "/" + FileName;

    /// <summary>Loads a spec copied to the output directory (Specs/**, plus the real spec linked there).</summary>
    public static SpecFile Load(string fileName)
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "Specs", fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Test spec '{fileName}' was not copied to the output directory.", path);
        }

        return new SpecFile(fileName, File.ReadAllText(path), ImmutableDictionary<string, string>.Empty);
    }

    public static SpecFile FromText(string fileName, string text) =>
        new(fileName, text, ImmutableDictionary<string, string>.Empty);

    public SpecFile WithNamespace(string? value) => WithMetadata(NamespaceKey, value);

    public SpecFile WithClientName(string? value) => WithMetadata(ClientNameKey, value);

    /// <summary>The spec with <c>AiiaShareIdenticalSchemas</c> set to <paramref name="value"/> (null: not set).</summary>
    public SpecFile WithShareIdenticalSchemas(string? value = "true") => WithMetadata(OpenApiClientGenerator.ShareIdenticalSchemasMetadata, value);

    public SpecFile WithText(string text) => this with { Text = text };

    public SpecFile WithMetadata(string key, string? value) =>
        this with { Metadata = value is null ? Metadata.Remove(key) : Metadata.SetItem(key, value) };
}
