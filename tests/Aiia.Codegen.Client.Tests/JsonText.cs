using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aiia.Codegen.Runtime;

namespace Aiia.Codegen.Client.Tests;

/// <summary>Reads and writes JSON text through a generated converter, as the generated client does.</summary>
internal static class JsonText
{
    public static T Read<T>(string json, JsonConverter<T> converter)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return converter.Read(ref reader, typeof(T), ApiJson.SerializerOptions)!;
    }

    public static string Write<T>(T value, JsonConverter<T> converter)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, ApiJson.SerializerOptions);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The JSON without insignificant whitespace, to compare texts written by hand with written ones.</summary>
    public static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
