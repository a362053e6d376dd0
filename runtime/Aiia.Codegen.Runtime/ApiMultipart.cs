using System.Net.Http.Headers;
using System.Text;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// A <c>multipart/form-data</c> body: text fields, JSON parts and files, in the order they were added. A file part
/// reads the caller's stream, so such a body is sent once only (never retried).
/// </summary>
internal sealed class ApiMultipart : ApiRequestBody
{
    private readonly List<Part> _parts = [];

    /// <summary>The boundary; random per request unless a test fixes it.</summary>
    public string Boundary { get; init; } = "aiia-" + Guid.NewGuid().ToString("N");

    public override bool IsRepeatable => _parts.TrueForAll(p => p.File is null);

    public void AddText(string name, string value, string contentType) => _parts.Add(new Part(name, Encoding.UTF8.GetBytes(value), contentType, null));

    public void AddFile(string name, ApiFile file) => _parts.Add(new Part(name, default, null, file));

    public override HttpContent CreateContent()
    {
        var content = new MultipartFormDataContent(Boundary);
        try
        {
            foreach (Part part in _parts)
            {
                HttpContent item;
                if (part.File is { } file)
                {
                    item = new CallerStreamContent(file.Content);
                    item.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType ?? "application/octet-stream");
                }
                else
                {
                    item = new ReadOnlyMemoryContent(part.Bytes);
                    item.Headers.ContentType = MediaTypeHeaderValue.Parse(part.ContentType!);
                }

                var disposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(part.Name) };
                if (part.File?.FileName is { } fileName)
                {
                    disposition.FileName = Quote(fileName);
                }

                item.Headers.ContentDisposition = disposition;
                content.Add(item);
            }

            return content;
        }
        catch
        {
            content.Dispose();
            throw;
        }
    }

    // A quoted-string: backslash and quote escaped, line breaks (which would end the header) dropped.
    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal) + "\"";

    private sealed record Part(string Name, ReadOnlyMemory<byte> Bytes, string? ContentType, ApiFile? File);
}
