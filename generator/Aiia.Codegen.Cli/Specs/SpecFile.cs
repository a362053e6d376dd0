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
            return new SpecFile(path, text, ReadReferenced(path, text, cancellationToken));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = exception is FileNotFoundException or DirectoryNotFoundException ? "no such file" : exception.Message;
            await console.Error.WriteLineAsync($"aiia-codegen: error: cannot read the spec '{path}': {reason}").ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>
    /// The files named by external <c>$ref</c>s (and theirs), read from disk; one that does not exist or cannot be read is
    /// left out (the generator reports the <c>$ref</c> that names it, AIIA0044).
    /// </summary>
    private static EquatableArray<ReferencedFile> ReadReferenced(string path, string text, CancellationToken cancellationToken) =>
        SpecCompiler.ReferencedFiles(path, text, referenced =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return File.Exists(referenced) ? File.ReadAllText(referenced) : null;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return null; // reported at its $ref
            }
        });
}
