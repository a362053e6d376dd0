using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aiia.Codegen.Runtime.Tests;

// Hand-written stand-ins for generated models and converters, written the way the generator emits them:
// ApiJson readers, AtProperty/AtIndex around each nested read, MissingProperty for absent required ones.

internal sealed record Session(DateTimeOffset Expires, string AccessToken);

internal sealed record Item(int Count);

internal sealed record TokenResponse(bool Success, Session Session, IReadOnlyList<Item>? Items);

internal sealed record InitializeRequest(string UserHash, string RedirectUrl, DateOnly? Since);

internal sealed class SessionJsonConverter : JsonConverter<Session>
{
    public static SessionJsonConverter Instance { get; } = new();

    public override Session Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ApiJson.ExpectStartObject(ref reader);
        DateTimeOffset? expires = null;
        string? accessToken = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            ApiJson.ExpectPropertyName(ref reader);
            string name = reader.GetString()!;
            try
            {
                reader.Read();
                switch (name)
                {
                    case "expires": expires = ApiJson.ReadDateTimeOffset(ref reader); break;
                    case "accessToken": accessToken = ApiJson.ReadString(ref reader); break;
                    default: reader.Skip(); break;
                }
            }
            catch (JsonException ex)
            {
                throw ApiJson.AtProperty(ex, name);
            }
        }

        return new Session(
            expires ?? throw ApiJson.MissingProperty("expires"),
            accessToken ?? throw ApiJson.MissingProperty("accessToken"));
    }

    public override void Write(Utf8JsonWriter writer, Session value, JsonSerializerOptions options) =>
        throw new NotSupportedException();
}

internal sealed class ItemJsonConverter : JsonConverter<Item>
{
    public static ItemJsonConverter Instance { get; } = new();

    public override Item Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ApiJson.ExpectStartObject(ref reader);
        int? count = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            try
            {
                reader.Read();
                if (name == "count")
                {
                    count = ApiJson.ReadInt32(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }
            catch (JsonException ex)
            {
                throw ApiJson.AtProperty(ex, name);
            }
        }

        return new Item(count ?? throw ApiJson.MissingProperty("count"));
    }

    public override void Write(Utf8JsonWriter writer, Item value, JsonSerializerOptions options) =>
        throw new NotSupportedException();
}

internal sealed class TokenResponseJsonConverter : JsonConverter<TokenResponse>
{
    public static TokenResponseJsonConverter Instance { get; } = new();

    public override TokenResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ApiJson.ExpectStartObject(ref reader);
        bool? success = null;
        Session? session = null;
        List<Item>? items = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            try
            {
                reader.Read();
                switch (name)
                {
                    case "success":
                        success = ApiJson.ReadBoolean(ref reader);
                        break;
                    case "session":
                        session = reader.TokenType == JsonTokenType.Null
                            ? throw ApiJson.NullNotAllowed()
                            : SessionJsonConverter.Instance.Read(ref reader, typeof(Session), options);
                        break;
                    case "items":
                        items = ReadItems(ref reader, options);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
            catch (JsonException ex)
            {
                throw ApiJson.AtProperty(ex, name);
            }
        }

        return new TokenResponse(
            success ?? throw ApiJson.MissingProperty("success"),
            session ?? throw ApiJson.MissingProperty("session"),
            items);
    }

    private static List<Item> ReadItems(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        ApiJson.ExpectStartArray(ref reader);
        var items = new List<Item>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            try
            {
                items.Add(ItemJsonConverter.Instance.Read(ref reader, typeof(Item), options));
            }
            catch (JsonException ex)
            {
                throw ApiJson.AtIndex(ex, items.Count);
            }
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, TokenResponse value, JsonSerializerOptions options) =>
        throw new NotSupportedException();
}

internal sealed class InitializeRequestJsonConverter : JsonConverter<InitializeRequest>
{
    public static InitializeRequestJsonConverter Instance { get; } = new();

    public override InitializeRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, InitializeRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("userHash", value.UserHash);
        writer.WriteString("redirectUrl", value.RedirectUrl);
        if (value.Since is DateOnly since)
        {
            writer.WritePropertyName("since");
            ApiJson.WriteDate(writer, since);
        }

        writer.WriteEndObject();
    }
}

/// <summary>A polled status; <see cref="Code"/> stands for content that must never be logged.</summary>
internal sealed record PollStatus(string State, string? Code);

internal sealed class PollStatusJsonConverter : JsonConverter<PollStatus>
{
    public static PollStatusJsonConverter Instance { get; } = new();

    public override PollStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ApiJson.ExpectStartObject(ref reader);
        string? state = null;
        string? code = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            try
            {
                reader.Read();
                switch (name)
                {
                    case "state": state = ApiJson.ReadString(ref reader); break;
                    case "code": code = ApiJson.ReadString(ref reader); break;
                    default: reader.Skip(); break;
                }
            }
            catch (JsonException ex)
            {
                throw ApiJson.AtProperty(ex, name);
            }
        }

        return new PollStatus(state ?? throw ApiJson.MissingProperty("state"), code);
    }

    public override void Write(Utf8JsonWriter writer, PollStatus value, JsonSerializerOptions options) =>
        throw new NotSupportedException();
}
