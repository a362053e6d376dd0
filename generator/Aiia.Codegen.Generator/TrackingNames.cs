namespace Aiia.Codegen;

/// <summary>
/// Names of the generator's incremental steps, so tests can assert that each step is cached.
/// </summary>
public static class TrackingNames
{
    /// <summary>The spec file's text and its per-file options.</summary>
    public const string SpecInputs = nameof(SpecInputs);

    /// <summary>The spec's input with the files its external $refs may name.</summary>
    public const string SpecInputsWithFiles = nameof(SpecInputsWithFiles);

    /// <summary>The names each spec's namespace already holds in the project (namespaces under it, referenced types).</summary>
    public const string ProjectNames = nameof(ProjectNames);

    /// <summary>The spec's input with its files and the names its namespace already holds.</summary>
    public const string SpecInputsWithNames = nameof(SpecInputsWithNames);

    /// <summary>The parsed, value-equal model of one spec, with its diagnostics.</summary>
    public const string SpecModels = nameof(SpecModels);

    /// <summary>The emitted source texts of one spec.</summary>
    public const string SpecSources = nameof(SpecSources);
}
