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
        // Part headers in UTF-8: a name that is not ASCII is sent as browsers send it (RFC 7578 4.2), not as the RFC 2047
        // word .NET writes for ContentDispositionHeaderValue (=?utf-8?B?5ZCN5YmN?= for 名前), which RFC 7578 5.1.3
        // forbids and servers take for the name itself.
        var content = new MultipartFormDataContent(Boundary) { HeaderEncodingSelector = static (_, _) => Encoding.UTF8 };
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

                var disposition = "form-data; name=" + Quote(part.Name) + (part.File?.FileName is { } fileName ? "; filename=" + Quote(fileName) : string.Empty);
                item.Headers.TryAddWithoutValidation("Content-Disposition", disposition);
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

    // A quoted-string that cannot end early or break the header: quotes, backslashes and line breaks become '_'.
    private static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            text.Append(c is '"' or '\\' or '\r' or '\n' ? '_' : c);
        }

        return text.Append('"').ToString();
    }

    private sealed record Part(string Name, ReadOnlyMemory<byte> Bytes, string? ContentType, ApiFile? File);
}
