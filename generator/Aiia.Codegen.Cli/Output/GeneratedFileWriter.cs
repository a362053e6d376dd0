using System.Text;
using Aiia.Codegen.Emitting;

namespace Aiia.Codegen.Cli.Output;

/// <summary>
/// Writes generated sources the way the compiler writes them with <c>EmitCompilerGeneratedFiles</c>: the text as
/// emitted (line endings untouched), encoded as UTF-8 with a byte-order mark (the encoding Roslyn gives
/// <c>AddSource(string, string)</c>), named by hint name.
/// </summary>
internal static class GeneratedFileWriter
{
    /// <summary>UTF-8 with a byte-order mark, as the compiler writes generated sources.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The exact bytes of one generated file on disk.</summary>
    public static byte[] ToBytes(string text)
    {
        var preamble = Encoding.GetPreamble();
        var body = Encoding.GetBytes(text);
        var bytes = new byte[preamble.Length + body.Length];
        preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, preamble.Length);
        return bytes;
    }

    /// <summary>
    /// Writes <paramref name="sources"/> into <paramref name="directory"/>, skipping files whose bytes are already right,
    /// and removes files of the same client (<c>{prefix}.{Part}.g.cs</c>) that are no longer generated.
    /// Returns an error message, or null.
    /// </summary>
    public static string? Write(string directory, string prefix, IReadOnlyList<GeneratedSource> sources, List<FileOutcome> outcomes)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var expected = new HashSet<string>(StringComparer.Ordinal);
            foreach (var source in sources)
            {
                var path = Path.Combine(directory, source.HintName);
                expected.Add(source.HintName);
                var bytes = ToBytes(source.Text);
                if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
                {
                    outcomes.Add(new FileOutcome(path, source.HintName, FileStatus.Unchanged));
                    continue;
                }

                // Write beside, then move over: a reader (an IDE, a build) never sees half a file.
                var temporary = path + ".tmp";
                File.WriteAllBytes(temporary, bytes);
                File.Move(temporary, path, overwrite: true);
                outcomes.Add(new FileOutcome(path, source.HintName, FileStatus.Written));
            }

            foreach (var path in Directory.EnumerateFiles(directory, prefix + ".*.g.cs").OrderBy(p => p, StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                var part = name.Substring(prefix.Length + 1, name.Length - prefix.Length - 1 - ".g.cs".Length);
                if (!expected.Contains(name) && part.Length > 0 && !part.Contains('.', StringComparison.Ordinal))
                {
                    File.Delete(path);
                    outcomes.Add(new FileOutcome(path, name, FileStatus.Removed));
                }
            }

            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"cannot write to '{directory}': {exception.Message}";
        }
    }
}

/// <summary>What happened to one file.</summary>
internal enum FileStatus
{
    /// <summary>Written (new or changed).</summary>
    Written,

    /// <summary>Already had exactly these bytes.</summary>
    Unchanged,

    /// <summary>A file of this client the spec no longer produces.</summary>
    Removed,
}

/// <summary>One file <c>generate</c> touched or checked.</summary>
internal sealed record FileOutcome(string Path, string HintName, FileStatus Status);
