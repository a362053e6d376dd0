using System.Globalization;
using System.Text;
using System.Text.Json;
using Aiia.Codegen.Reading;

namespace Aiia.Codegen.Cli.Validation;

/// <summary>
/// Writes a value of the reader's tree (an <c>example</c>) as JSON. What each scalar is (null, boolean, number or
/// string) is the reader's rule, <see cref="SpecScalar.Kind"/>; this only spells numbers as JSON.
/// </summary>
/// <remarks>
/// NSwag's YAML loader turns every scalar into a string (<c>success: true</c> becomes <c>"true"</c>), so example values
/// are taken from the reader's tree; only the schemas come from NSwag.
/// </remarks>
internal static class ExampleJson
{
    private const int MaxDepth = 64;

    /// <summary>The JSON text of <paramref name="node"/>.</summary>
    public static string ToJson(SpecNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes <paramref name="node"/> as JSON to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, SpecNode node) => Write(writer, node, 0);

    private static void Write(Utf8JsonWriter writer, SpecNode node, int depth)
    {
        if (depth > MaxDepth)
        {
            // Deeper than an example goes; the reader's limits keep the tree finite.
            writer.WriteNullValue();
            return;
        }

        switch (node)
        {
            case SpecMapping mapping:
                writer.WriteStartObject();
                foreach (var entry in mapping.Children)
                {
                    writer.WritePropertyName(entry.Key is SpecScalar key ? key.Value : string.Empty);
                    Write(writer, entry.Value, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case SpecSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            case SpecScalar scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, SpecScalar scalar)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.Null:
                writer.WriteNullValue();
                break;
            case ScalarKind.True:
                writer.WriteBooleanValue(true);
                break;
            case ScalarKind.False:
                writer.WriteBooleanValue(false);
                break;
            case ScalarKind.Number:
                WriteNumber(writer, scalar.Value);
                break;
            default:
                writer.WriteStringValue(scalar.Value);
                break;
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string value)
    {
        if (value.StartsWith("0o", StringComparison.Ordinal) && value.Length is > 2 and <= 23 && value.AsSpan(2).IndexOfAnyExceptInRange('0', '7') < 0)
        {
            writer.WriteNumberValue(Convert.ToUInt64(value.Substring(2), 8));
        }
        else if (value.StartsWith("0x", StringComparison.Ordinal) && ulong.TryParse(value.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            writer.WriteNumberValue(hex);
        }
        else if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            // decimal keeps 12.50 as 12.50 and integers exactly; JSON Schema compares numbers by value.
            writer.WriteNumberValue(exact);
        }
        else if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var approximate) && double.IsFinite(approximate))
        {
            writer.WriteNumberValue(approximate);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
