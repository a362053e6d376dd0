using System.Buffers;

namespace Aiia.Codegen.Runtime;

/// <summary>A response body in a buffer rented from the shared pool; <see cref="Return"/> clears and gives it back
/// (bodies hold codes and tokens).</summary>
internal readonly struct ResponseBody(int status, byte[] buffer, int length, HttpResponseMessage? streamed = null)
{
    public int Status { get; } = status;

    /// <summary>The open response of a download, handed to the caller unread; null otherwise.</summary>
    public HttpResponseMessage? Streamed { get; } = streamed;

    public static ResponseBody Open(int status, HttpResponseMessage response) => new(status, [], 0, response);

    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, length);

    public static ResponseBody Empty(int status) => new(status, [], 0);

    public void Return()
    {
        Streamed?.Dispose();
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }
}
