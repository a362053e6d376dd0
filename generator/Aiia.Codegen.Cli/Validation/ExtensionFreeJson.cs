using System.Text;
using System.Text.Json;
using Aiia.Codegen.Reading;

namespace Aiia.Codegen.Cli.Validation;

/// <summary>
/// Writes a spec as JSON without its vendor extensions (<c>x-…</c> keys), for NSwag when it cannot read an extension's
/// value (Mollie's <c>x-enumDescriptions</c> map). Extensions carry no schema meaning, so the cross-check and the
/// examples read the same document without them.
/// </summary>
internal static class ExtensionFreeJson
{
    // Maps whose keys are names the spec chose (a property may be called x-request-id), not OpenAPI's fields.
    private static readonly HashSet<string> NameMaps = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "headers", "schemas", "parameters", "responses", "requestBodies",
        "securitySchemes", "examples", "links", "callbacks", "pathItems", "variables", "mapping", "scopes", "encoding",
        "content", "$defs", "definitions", "dependentSchemas", "paths", "webhooks",
    };

    // Values written as they are: data, not OpenAPI objects.
    private static readonly HashSet<string> Values = new(StringComparer.Ordinal) { "example", "default", "enum", "const", "value" };

    /// <summary>The JSON text of <paramref name="root"/> without vendor extensions.</summary>
    public static string ToJson(SpecNode root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, root, namesHere: false);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Write(Utf8JsonWriter writer, SpecNode node, bool namesHere)
    {
        switch (node)
        {
            case SpecMapping mapping:
                writer.WriteStartObject();
                foreach (var entry in mapping.Children)
                {
                    var key = entry.Key is SpecScalar scalar ? scalar.Value : string.Empty;
                    if (!namesHere && key.StartsWith("x-", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    writer.WritePropertyName(key);
                    if (!namesHere && Values.Contains(key))
                    {
                        ExampleJson.Write(writer, entry.Value);
                    }
                    else
                    {
                        Write(writer, entry.Value, namesHere: !namesHere && NameMaps.Contains(key));
                    }
                }

                writer.WriteEndObject();
                break;
            case SpecSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item, namesHere: false);
                }

                writer.WriteEndArray();
                break;
            default:
                ExampleJson.Write(writer, node);
                break;
        }
    }
}
