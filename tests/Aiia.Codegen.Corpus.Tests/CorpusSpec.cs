using System.IO.Compression;

namespace Aiia.Codegen.Corpus;

/// <summary>
/// One real public spec of <c>tests/Corpus/specs</c> (listed with its origin in <c>tests/Corpus/README.md</c>), as the
/// corpus test and the corpus benchmark read it. Files larger than 1 MB are stored gzip-compressed (<c>.gz</c>); none
/// carries the <c>.openapi.</c> infix, so no MSBuild glob picks them up.
/// </summary>
internal sealed record CorpusSpec(string FileName)
{
    /// <summary><c>tests/Corpus/specs</c>, found from the running assembly up to the folder holding Aiia.Codegen.sln.</summary>
    public static string Directory { get; } = FindDirectory();

    /// <summary>Every corpus spec, in ordinal file-name order.</summary>
    public static IReadOnlyList<CorpusSpec> All { get; } = System.IO.Directory.GetFiles(Directory)
        .Select(Path.GetFileName)
        .OfType<string>()
        .Order(StringComparer.Ordinal)
        .Select(name => new CorpusSpec(name))
        .ToArray();

    /// <summary>The file name without compression and format extensions: <c>github-rest.json.gz</c> → <c>github-rest</c>.</summary>
    public string Name => Path.GetFileNameWithoutExtension(IsCompressed ? Path.GetFileNameWithoutExtension(FileName) : FileName);

    public bool IsCompressed => FileName.EndsWith(".gz", StringComparison.Ordinal);

    /// <summary>The spec is JSON (<c>.json</c> or <c>.json.gz</c>), else YAML.</summary>
    public bool IsJson => (IsCompressed ? Path.GetFileNameWithoutExtension(FileName) : FileName).EndsWith(".json", StringComparison.Ordinal);

    /// <summary>
    /// The name the spec is handed to the generator under: <c>NAME.openapi.json</c> for JSON once the generator picks
    /// those up, else <c>NAME.openapi.yaml</c> (JSON is a subset of YAML, so the YAML reader reads JSON specs too).
    /// </summary>
    public string AdditionalFileName => Name + (IsJson && SpecInput.IsSpecPath("spec.openapi.json") ? ".openapi.json" : ".openapi.yaml");

    public string FullPath => System.IO.Path.Combine(Directory, FileName);

    public static CorpusSpec Named(string name) =>
        All.SingleOrDefault(spec => spec.Name == name) ?? throw new ArgumentException($"No corpus spec is named '{name}'.", nameof(name));

    /// <summary>The spec's text, decompressed when stored as <c>.gz</c>.</summary>
    public string ReadText() => ReadFile(FullPath);

    /// <summary>The text of the spec file at <paramref name="path"/>, decompressed when it is a <c>.gz</c> file.</summary>
    public static string ReadFile(string path)
    {
        using var file = File.OpenRead(path);
        using Stream content = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(content);
        return reader.ReadToEnd();
    }

    private static string FindDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Aiia.Codegen.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException("The corpus is read from the repository: no Aiia.Codegen.sln above " + AppContext.BaseDirectory)
            : System.IO.Path.Combine(directory.FullName, "tests", "Corpus", "specs");
    }
}
