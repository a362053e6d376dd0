using Aiia.Codegen.Cli.Output;

namespace Aiia.Codegen.Cli.Specs;

/// <summary>A spec read from disk: the path as the user wrote it (diagnostics show it) and its text.</summary>
internal sealed record SpecFile(string Path, string Text)
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
            return new SpecFile(path, text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = exception is FileNotFoundException or DirectoryNotFoundException ? "no such file" : exception.Message;
            await console.Error.WriteLineAsync($"aiia-codegen: error: cannot read the spec '{path}': {reason}").ConfigureAwait(false);
            return null;
        }
    }
}
