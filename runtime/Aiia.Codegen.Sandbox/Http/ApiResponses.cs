using System.Buffers;
using System.Text.Json;
using Aiia.Codegen.Sandbox.Contract;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Sandbox;

/// <summary>Writes the API's error bodies, <c>{"error": "...", "details": {"reason": "...", "validationErrors": {...}}}</c>,
/// and logs each refusal (reasons are fixed texts or JSON paths: never a submitted value).</summary>
internal sealed class ApiResponses(ILogger logger)
{
    public const string InvalidInput = "InvalidInput";
    public const string Unauthorized = "Unauthorized";
    public const string SessionNotFound = "SessionNotFound";
    public const string UnattendedNotSupported = "UnattendedNotSupported";
    public const string ServiceUnavailable = "ServiceUnavailable";
    public const string TooManyRequests = "TooManyRequests";
    public const string InternalError = "InternalError";

    /// <summary>The reason of every injected error.</summary>
    public const string InjectedFault = "Injected fault";

    public Task ErrorAsync(
        HttpContext context,
        string endpoint,
        int statusCode,
        string error,
        string reason,
        IReadOnlyDictionary<string, string[]>? validationErrors = null)
    {
        SandboxLog.Refused(logger, endpoint, statusCode, error, reason);
        var body = new ErrorResponse { Error = error, Details = Details(reason, validationErrors) };
        return JsonBodies.WriteAsync(context, statusCode, body, ErrorResponseJsonConverter.Instance);
    }

    /// <summary>Builds the free-form details as a <see cref="JsonElement"/>, the type the contract gives them.</summary>
    private static JsonElement Details(string reason, IReadOnlyDictionary<string, string[]>? validationErrors)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("reason", reason);
            if (validationErrors is { Count: > 0 })
            {
                writer.WriteStartObject("validationErrors");
                foreach ((string field, string[] messages) in validationErrors)
                {
                    writer.WriteStartArray(field);
                    foreach (string message in messages)
                    {
                        writer.WriteStringValue(message);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
