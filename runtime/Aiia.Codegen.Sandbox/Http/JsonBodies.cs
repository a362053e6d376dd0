using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aiia.Codegen.Runtime;
using Microsoft.AspNetCore.Http;

namespace Aiia.Codegen.Sandbox;

/// <summary>
/// Reads request bodies and writes response bodies with the converters generated from the spec (never the
/// reflection-based serializer), so the sandbox speaks exactly the contract the clients are generated from.
/// </summary>
internal static class JsonBodies
{
    /// <summary>Far above any valid request of this API; a bigger body is refused unread.</summary>
    public const int MaxRequestBytes = 64 * 1024;

    /// <summary>The content type of every JSON response.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Buffers the request body; null when it is larger than <see cref="MaxRequestBytes"/>.</summary>
    public static async Task<byte[]?> ReadRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxRequestBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        byte[] chunk = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxRequestBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads one JSON value of the contract from <paramref name="body"/>.</summary>
    /// <param name="body">The buffered body.</param>
    /// <param name="converter">The generated converter.</param>
    /// <param name="value">The value read.</param>
    /// <param name="problem">Why the body was refused: a JSON path and what was expected, never a value from the body.</param>
    public static bool TryRead<T>(ReadOnlySpan<byte> body, JsonConverter<T> converter, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out string? problem)
        where T : class
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            if (!reader.Read())
            {
                value = null;
                problem = "The request body is empty.";
                return false;
            }

            // Exactly as the contract writes it: the tolerance a client shows a server (a number in a string) is not
            // one a server of the contract shows its clients.
            using (ApiJson.Exactly())
            {
                value = converter.Read(ref reader, typeof(T), ApiJson.SerializerOptions);
            }

            if (value is null)
            {
                problem = "$: expected an object, found null";
                return false;
            }

            // Anything after the value (trailing garbage) throws here, as it should.
            if (reader.Read())
            {
                value = null;
                problem = "The request body holds more than one JSON value.";
                return false;
            }

            problem = null;
            return true;
        }
        catch (ApiJsonException exception)
        {
            // Generated readers say where and what was expected, and by design never quote the input.
            value = null;
            problem = exception.Message;
            return false;
        }
        catch (JsonException)
        {
            // The reader's own message can quote the input (a token, even): say only that it is not JSON.
            value = null;
            problem = body.IsEmpty ? "The request body is empty." : "The request body is not valid JSON.";
            return false;
        }
    }

    /// <summary>Writes <paramref name="value"/> as the response body with status <paramref name="statusCode"/>.</summary>
    public static Task WriteAsync<T>(HttpContext context, int statusCode, T value, JsonConverter<T> converter)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, ApiJson.SerializerOptions);
        }

        return WriteAsync(context, statusCode, buffer.WrittenMemory);
    }

    /// <summary>Writes JSON already encoded as the whole response body with status <paramref name="statusCode"/>.</summary>
    public static Task WriteAsync(HttpContext context, int statusCode, ReadOnlyMemory<byte> json)
    {
        HttpResponse response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        response.ContentLength = json.Length;
        return response.Body.WriteAsync(json, context.RequestAborted).AsTask();
    }
}
