using Aiia.Codegen.Corpus;

namespace Aiia.Codegen.Benchmarks;

/// <summary>
/// The two documents every generation benchmark runs on, the Aiia spec and the large synthetic one, and the real public
/// specs of tests/Corpus as <c>corpus/NAME</c> (e.g. <c>corpus/github-rest</c>).
/// </summary>
internal static class Specs
{
    public const string Aiia = "aiia";
    public const string Large = "large";
    public const string CorpusPrefix = "corpus/";

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The path the generator is told (for a corpus spec: its name as an AdditionalFiles item beside the stored file).</summary>
    public static string PathOf(string name) => name switch
    {
        _ when CorpusSpecNamed(name) is { } spec => Path.Combine(CorpusSpec.Directory, spec.AdditionalFileName),
        Aiia => Path.Combine(RepositoryRoot, "spec", "aiia-authentication.openapi.yaml"),
        Large => Path.Combine(RepositoryRoot, "bench", "specs", "large.openapi.yaml"),
        _ => throw new ArgumentException($"Unknown spec '{name}': use {Aiia}, {Large} or {CorpusPrefix}NAME.", nameof(name)),
    };

    /// <summary>The text of a spec; the large one is written first when it is missing or stale, a corpus one decompressed.</summary>
    public static string Load(string name)
    {
        if (CorpusSpecNamed(name) is { } spec)
        {
            return spec.ReadText();
        }

        if (name == Large)
        {
            LargeSpec.EnsureWritten(PathOf(Large));
        }

        return File.ReadAllText(PathOf(name));
    }

    private static CorpusSpec? CorpusSpecNamed(string name) =>
        !name.StartsWith(CorpusPrefix, StringComparison.Ordinal) ? null
        : CorpusSpec.Named(name[CorpusPrefix.Length..]) is { IsMultiFile: false } spec ? spec
        : throw new ArgumentException($"'{name}' is a multi-file spec: the benchmarks take one file (try `probe` on its extracted entry).", nameof(name));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Aiia.Codegen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (Aiia.Codegen.sln not found above " + AppContext.BaseDirectory + ").");
    }
}
