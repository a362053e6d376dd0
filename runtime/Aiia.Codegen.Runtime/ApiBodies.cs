using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aiia.Codegen.Runtime;

/// <summary>Reads bodies with a size bound, into pooled buffers, and parses them with generated converters.</summary>
internal static class ApiBodies
{
    // A declared length up to this is rented at once; beyond it the buffer grows as bytes arrive.
    private const int MaxInitialBuffer = 1024 * 1024;

    /// <summary>Reads the body into a rented buffer, or returns null as soon as it is known to exceed
    /// <paramref name="limit"/> (from <c>Content-Length</c>, or after <paramref name="limit"/> + 1 bytes): never more.</summary>
    public static async ValueTask<ResponseBody?> ReadAsync(HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        int status = (int)response.StatusCode;
        long? declared = response.Content.Headers.ContentLength;
        if (declared > limit)
        {
            return null;
        }

        // One byte past the limit is enough to know it was passed.
        long cap = Math.Min(limit + 1, Array.MaxLength);
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(cap, declared is > 0 and < MaxInitialBuffer ? declared.Value + 1 : 4096));
        int length = 0;
        try
        {
            using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (length == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(cap, (long)buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                int room = (int)Math.Min(buffer.Length, cap) - length;
                int read = await stream.ReadAsync(buffer.AsMemory(length, room), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new ResponseBody(status, buffer, length);
                }

                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    return null;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            throw;
        }
    }

    /// <summary>The body without a leading UTF-8 byte order mark. RFC 8259 lets a parser ignore one, System.Text.Json's
    /// stream entry points (<c>JsonSerializer.DeserializeAsync</c>, so <c>GetFromJsonAsync</c>) and
    /// <c>HttpContent.ReadAsStringAsync</c> skip it, and some servers (and JSON files saved by Windows editors) send it;
    /// <see cref="Utf8JsonReader"/> on a span and <c>Encoding.UTF8.GetString</c> do not skip it.</summary>
    public static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> body) =>
        body.StartsWith(Utf8ByteOrderMark) ? body[Utf8ByteOrderMark.Length..] : body;

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads exactly one JSON value with <paramref name="converter"/>; a mismatch is an
    /// <see cref="ApiJsonException"/> with its JSON path and no value. A leading byte order mark is skipped.</summary>
    public static T Parse<T>(ReadOnlySpan<byte> body, JsonConverter<T> converter)
    {
        body = WithoutByteOrderMark(body);
        if (body.Length == 0)
        {
            throw new ApiJsonException("$", "expected a JSON body, the response was empty");
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read())
            {
                throw new ApiJsonException("$", "expected a JSON body, the response was only whitespace");
            }

            T? value = converter.Read(ref reader, typeof(T), ApiJson.SerializerOptions);
            // Anything but whitespace after the value makes the reader throw: the body is not one JSON value.
            while (reader.Read())
            {
            }

            return value ?? throw ApiJson.NullNotAllowed();
        }
        catch (JsonException ex) when (ex is not ApiJsonException)
        {
            throw ApiJson.ToApiJsonException(ex);
        }
    }
}
