using System.Buffers;

namespace Aiia.Codegen.Runtime;

/// <summary>A response body in a buffer rented from the shared pool; <see cref="Return"/> clears and gives it back
/// (bodies hold codes and tokens).</summary>
internal readonly struct ResponseBody(int status, byte[] buffer, int length)
{
    public int Status { get; } = status;

    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, length);

    public static ResponseBody Empty(int status) => new(status, [], 0);

    public void Return()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }
}
