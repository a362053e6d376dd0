using System.Collections.Immutable;
using System.Formats.Tar;
using System.IO.Compression;

namespace Aiia.Codegen.Corpus;

/// <summary>
/// One real public spec of <c>tests/Corpus/specs</c> (listed with its origin in <c>tests/Corpus/README.md</c>), as the
/// corpus test and the corpus benchmark read it. Files larger than 1 MB are stored gzip-compressed (<c>.gz</c>); none
/// carries the <c>.openapi.</c> infix, so no MSBuild glob picks them up. A spec kept in many files linked by relative
/// <c>$ref</c>s is stored as a <c>.tar.gz</c> of its files as published, its entry file named in <see cref="Entries"/>.
/// </summary>
internal sealed record CorpusSpec(string FileName)
{
    private const string ArchiveExtension = ".tar.gz";

    /// <summary>The entry file of each multi-file spec (<c>.tar.gz</c>), by archive name: its path inside the archive.</summary>
    public static ImmutableDictionary<string, string> Entries { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["digitalocean.tar.gz"] = "specification/DigitalOcean-public.v2.yaml",
        ["influxdata.tar.gz"] = "src/cloud-priv.yml",
        ["matrix-sync.tar.gz"] = "data/api/client-server/sync.yaml",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary><c>tests/Corpus/specs</c>, found from the running assembly up to the folder holding Aiia.Codegen.sln.</summary>
    public static string Directory { get; } = FindDirectory();

    /// <summary>Every corpus spec, in ordinal file-name order.</summary>
    public static IReadOnlyList<CorpusSpec> All { get; } = System.IO.Directory.GetFiles(Directory)
        .Select(Path.GetFileName)
        .OfType<string>()
        .Order(StringComparer.Ordinal)
        .Select(name => new CorpusSpec(name))
        .ToArray();

    /// <summary>
    /// The file name without compression and format extensions: <c>github-rest.json.gz</c> → <c>github-rest</c>,
    /// <c>digitalocean.tar.gz</c> → <c>digitalocean</c>.
    /// </summary>
    public string Name => Path.GetFileNameWithoutExtension(IsCompressed ? Path.GetFileNameWithoutExtension(FileName) : FileName);

    public bool IsCompressed => FileName.EndsWith(".gz", StringComparison.Ordinal);

    /// <summary>The spec is many files, stored as a <c>.tar.gz</c> (see <see cref="Entries"/>).</summary>
    public bool IsMultiFile => FileName.EndsWith(ArchiveExtension, StringComparison.Ordinal);

    /// <summary>A multi-file spec's entry: its path inside the archive; null for a single file.</summary>
    public string? Entry => IsMultiFile ? Entries.GetValueOrDefault(FileName) : null;

    /// <summary>The spec is JSON (<c>.json</c> or <c>.json.gz</c>, or an entry file <c>.json</c>), else YAML.</summary>
    public bool IsJson => (Entry ?? (IsCompressed ? Path.GetFileNameWithoutExtension(FileName) : FileName)).EndsWith(".json", StringComparison.Ordinal);

    /// <summary>
    /// The name the spec is handed to the generator under: <c>NAME.openapi.json</c> for JSON once the generator picks
    /// those up, else <c>NAME.openapi.yaml</c> (JSON is a subset of YAML, so the YAML reader reads JSON specs too).
    /// </summary>
    public string AdditionalFileName => Name + (IsJson && SpecInput.IsSpecPath("spec.openapi.json") ? ".openapi.json" : ".openapi.yaml");

    /// <summary>
    /// Where the spec is handed to the generator, relative to the project's spec folder: <see cref="AdditionalFileName"/>,
    /// for a multi-file spec in its entry's folder (the entry renamed as a user would, so its relative <c>$ref</c>s
    /// still find their files).
    /// </summary>
    public string AdditionalFilePath => Entry is { } entry && Path.GetDirectoryName(entry) is { Length: > 0 } folder
        ? folder.Replace('\\', '/') + "/" + AdditionalFileName
        : AdditionalFileName;

    public string FullPath => System.IO.Path.Combine(Directory, FileName);

    public static CorpusSpec Named(string name) =>
        All.SingleOrDefault(spec => spec.Name == name) ?? throw new ArgumentException($"No corpus spec is named '{name}'.", nameof(name));

    /// <summary>The spec's text (a multi-file spec's entry), decompressed when stored as <c>.gz</c>.</summary>
    public string ReadText() => Entry is { } entry ? ReadFiles()[entry] : ReadFile(FullPath);

    /// <summary>
    /// Every file of a multi-file spec, the entry included, by its path inside the archive (<c>/</c>-separated); a
    /// single-file spec is its one file.
    /// </summary>
    public ImmutableDictionary<string, string> ReadFiles()
    {
        if (!IsMultiFile)
        {
            return ImmutableDictionary<string, string>.Empty.Add(FileName, ReadFile(FullPath));
        }

        var files = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        using var file = File.OpenRead(FullPath);
        using var content = new GZipStream(file, CompressionMode.Decompress);
        using var archive = new TarReader(content);
        while (archive.GetNextEntry() is { } item)
        {
            if (item.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && item.DataStream is { } data)
            {
                using var reader = new StreamReader(data);
                files.Add(item.Name, reader.ReadToEnd());
            }
        }

        return files.ToImmutable();
    }

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
