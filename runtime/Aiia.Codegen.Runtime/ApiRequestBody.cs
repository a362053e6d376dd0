using System.Net;
using System.Net.Http.Headers;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// The body of an <see cref="ApiRequest"/>: builds a fresh <see cref="HttpContent"/> for every attempt. A body that
/// reads a caller's stream can be sent once only, so its request is never retried.
/// </summary>
internal abstract class ApiRequestBody
{
    /// <summary>Whether the body can be sent again (a retry).</summary>
    public virtual bool IsRepeatable => true;

    /// <summary>A new content for one attempt.</summary>
    public abstract HttpContent CreateContent();

    /// <summary>Bytes with a content type (JSON, text, or an encoded form).</summary>
    internal sealed class Bytes(ReadOnlyMemory<byte> bytes, string contentType) : ApiRequestBody
    {
        public ReadOnlyMemory<byte> Value { get; } = bytes;

        public override HttpContent CreateContent()
        {
            var content = new ReadOnlyMemoryContent(Value);
            // A new header value per message: MediaTypeHeaderValue is mutable, so it is never shared.
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            return content;
        }
    }

    /// <summary>A caller's stream, sent as it is read.</summary>
    internal sealed class Streamed(Stream stream, string contentType) : ApiRequestBody
    {
        public override bool IsRepeatable => false;

        public override HttpContent CreateContent()
        {
            var content = new CallerStreamContent(stream);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            return content;
        }
    }

    /// <summary>
    /// Copies a stream the caller owns: unlike <see cref="StreamContent"/>, disposing the message leaves the stream open.
    /// </summary>
    internal sealed class CallerStreamContent(Stream stream) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream target, TransportContext? context) =>
            stream.CopyToAsync(target);

        protected override Task SerializeToStreamAsync(Stream target, TransportContext? context, CancellationToken cancellationToken) =>
            stream.CopyToAsync(target, cancellationToken);

        protected override bool TryComputeLength(out long length)
        {
            if (stream.CanSeek)
            {
                length = stream.Length - stream.Position;
                return true;
            }

            length = 0;
            return false;
        }
    }
}
