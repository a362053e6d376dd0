namespace Aiia.Codegen.Runtime;

/// <summary>
/// A file sent as a <c>multipart/form-data</c> part (or as a whole binary request body): its bytes as a stream,
/// with the file name and content type the server is told. The stream is read when the request is sent and is
/// neither rewound nor disposed by the client: the caller owns it.
/// </summary>
public sealed class ApiFile
{
    /// <summary>Creates a file.</summary>
    /// <param name="content">The bytes, read from the current position when the request is sent.</param>
    /// <param name="fileName">The file name sent in the part's <c>Content-Disposition</c>, or null for none.</param>
    /// <param name="contentType">The part's content type, or null for <c>application/octet-stream</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public ApiFile(Stream content, string? fileName = null, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>The bytes.</summary>
    public Stream Content { get; }

    /// <summary>The file name, or null.</summary>
    public string? FileName { get; }

    /// <summary>The content type, or null for <c>application/octet-stream</c>.</summary>
    public string? ContentType { get; }

    /// <summary>Names the file and its content type, never its bytes.</summary>
    /// <returns>A description for logs.</returns>
    public override string ToString() => $"ApiFile {{ FileName = {FileName ?? "(none)"}, ContentType = {ContentType ?? "application/octet-stream"} }}";
}
