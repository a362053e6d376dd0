using System.Net.Http.Headers;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// A successful response whose body is not JSON (a download: <c>application/octet-stream</c>, <c>application/pdf</c>,
/// <c>image/*</c>, ...): it owns the open response and its body stream, which is read as it arrives and never
/// buffered. <see cref="ApiClientOptions.MaxResponseBytes"/> does not apply: the caller decides how much to read.
/// Dispose it (it closes the connection's response) as soon as the body has been read.
/// </summary>
public sealed class ApiBinaryResponse : IDisposable, IAsyncDisposable
{
    private readonly HttpResponseMessage _response;

    internal ApiBinaryResponse(HttpResponseMessage response, Stream content)
    {
        _response = response;
        Content = content;
        StatusCode = (int)response.StatusCode;
        HttpContentHeaders headers = response.Content.Headers;
        ContentType = headers.ContentType?.ToString();
        ContentLength = headers.ContentLength;
        FileName = FileNameOf(headers.ContentDisposition);
    }

    /// <summary>The body, read as it arrives; disposed with this response.</summary>
    public Stream Content { get; }

    /// <summary>The 2xx status code.</summary>
    public int StatusCode { get; }

    /// <summary>The <c>Content-Type</c> the server sent (with its parameters), or null.</summary>
    public string? ContentType { get; }

    /// <summary>The <c>Content-Length</c> the server sent, or null when it did not say.</summary>
    public long? ContentLength { get; }

    /// <summary>The file name of the <c>Content-Disposition</c> header, or null.</summary>
    public string? FileName { get; }

    /// <summary>Reads the whole body into memory.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes.</returns>
    public async Task<byte[]> ReadAllBytesAsync(CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await Content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>Closes the body and the response.</summary>
    public void Dispose()
    {
        Content.Dispose();
        _response.Dispose();
    }

    /// <summary>Closes the body and the response.</summary>
    /// <returns>A task that completes when both are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _response.Dispose();
    }

    /// <summary>Names the status and content type, never the body.</summary>
    /// <returns>A description for logs.</returns>
    public override string ToString() => $"ApiBinaryResponse {{ StatusCode = {StatusCode}, ContentType = {ContentType ?? "(none)"}, ContentLength = {ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(unknown)"} }}";

    private static string? FileNameOf(ContentDispositionHeaderValue? disposition)
    {
        string? name = disposition?.FileNameStar ?? disposition?.FileName;
        return name?.Trim('"');
    }
}
