using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Aiia.Codegen.Sessions;

/// <summary>The renewal values column: a flat JSON object of strings, written and read without reflection.</summary>
internal static class RenewalValuesJson
{
    public static string Write(IReadOnlyDictionary<string, string> values)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (KeyValuePair<string, string> pair in values.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.WriteString(pair.Key, pair.Value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyDictionary<string, string> Read(string json)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                values[name] = reader.GetString() ?? string.Empty;
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            throw new SessionStoreException("A stored session's renewal values are not a JSON object of strings.", exception);
        }

        return values;
    }
}
