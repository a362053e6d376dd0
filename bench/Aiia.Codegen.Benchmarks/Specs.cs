namespace Aiia.Codegen.Benchmarks;

/// <summary>The two documents every generation benchmark runs on: the Aiia spec and the large synthetic one.</summary>
internal static class Specs
{
    public const string Aiia = "aiia";
    public const string Large = "large";

    public static string RepositoryRoot { get; } = FindRoot();

    public static string PathOf(string name) => name switch
    {
        Aiia => Path.Combine(RepositoryRoot, "spec", "aiia-authentication.openapi.yaml"),
        Large => Path.Combine(RepositoryRoot, "bench", "specs", "large.openapi.yaml"),
        _ => throw new ArgumentException($"Unknown spec '{name}': use {Aiia} or {Large}.", nameof(name)),
    };

    /// <summary>The text of a spec; the large one is written first when it is missing or stale.</summary>
    public static string Load(string name)
    {
        if (name == Large)
        {
            LargeSpec.EnsureWritten(PathOf(Large));
        }

        return File.ReadAllText(PathOf(name));
    }

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
