using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Aiia.Codegen.Diagnostics;

namespace Aiia.Codegen.Cli.Output;

/// <summary>
/// Writes a command's single JSON document with <see cref="Utf8JsonWriter"/>: no reflection-based serialization,
/// indented, property names in camelCase, and non-ASCII text kept readable.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Builds the document with <paramref name="write"/> and writes it, with a final newline, to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.WriteLine();
    }

    /// <summary>Writes <paramref name="diagnostics"/> as the array property <c>diagnostics</c>.</summary>
    public static void WriteDiagnostics(Utf8JsonWriter writer, IEnumerable<DiagnosticInfo> diagnostics)
    {
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            writer.WriteStartObject();
            writer.WriteString("id", diagnostic.Descriptor.Id);
            writer.WriteString("severity", DiagnosticText.Severity(diagnostic));
            writer.WriteString("message", DiagnosticText.Message(diagnostic));
            writer.WriteString("file", location.FilePath);
            writer.WriteNumber("line", location.Line);
            writer.WriteNumber("column", location.Column);
            writer.WriteNumber("endLine", location.LineSpan.End.Line + 1);
            writer.WriteNumber("endColumn", location.LineSpan.End.Character + 1);
            if (!string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri))
            {
                writer.WriteString("helpLink", diagnostic.Descriptor.HelpLinkUri);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
