using Aiia.Codegen.Cli.Output;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Cli.Specs;

/// <summary>
/// A spec read from disk: the path as the user wrote it (diagnostics show it), its text, and the files its external
/// <c>$ref</c>s name (and theirs), read beside it as a project gives them as AdditionalFiles.
/// </summary>
internal sealed record SpecFile(string Path, string Text, EquatableArray<ReferencedFile> ReferencedFiles = default)
{
    /// <summary>
    /// Reads <paramref name="path"/> as the compiler reads an AdditionalFile (UTF-8, a byte-order mark dropped,
    /// line endings kept), or reports why it cannot to <see cref="CliConsole.Error"/> and returns null.
    /// </summary>
    public static async Task<SpecFile?> TryReadAsync(string path, CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            if (Directory.Exists(path))
            {
                await console.Error.WriteLineAsync($"aiia-codegen: error: '{path}' is a directory; give the spec file, e.g. 'spec/api.openapi.yaml'.").ConfigureAwait(false);
                return null;
            }

            var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            return new SpecFile(path, text, await ReadReferencedAsync(path, text, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = exception is FileNotFoundException or DirectoryNotFoundException ? "no such file" : exception.Message;
            await console.Error.WriteLineAsync($"aiia-codegen: error: cannot read the spec '{path}': {reason}").ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>
    /// The files named by external <c>$ref</c>s, breadth first from the spec; one that does not exist or cannot be read is
    /// left out (the generator reports the <c>$ref</c> that names it, AIIA0044).
    /// </summary>
    private static async Task<EquatableArray<ReferencedFile>> ReadReferencedAsync(string path, string text, CancellationToken cancellationToken)
    {
        var files = new List<ReferencedFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { System.IO.Path.GetFullPath(path) };
        var pending = new Queue<(string Path, string Text)>();
        pending.Enqueue((path, text));
        while (pending.Count > 0)
        {
            var (from, fromText) = pending.Dequeue();
            foreach (var referenced in SpecCompiler.ReferencedPaths(from, fromText))
            {
                if (!seen.Add(referenced) || !File.Exists(referenced))
                {
                    continue;
                }

                try
                {
                    var referencedText = await File.ReadAllTextAsync(referenced, cancellationToken).ConfigureAwait(false);
                    files.Add(new ReferencedFile(referenced, referencedText));
                    pending.Enqueue((referenced, referencedText));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Left out: reported at its $ref.
                }
            }
        }

        return new EquatableArray<ReferencedFile>(files.ToArray());
    }
}
