using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Aiia.Codegen.Cli.Validation;

/// <summary>
/// Turns a YAML value (an <c>example</c>) into JSON with the YAML 1.2 core schema's typing: a plain <c>true</c> is a
/// boolean, a plain <c>42</c> a number, <c>null</c>/<c>~</c>/nothing is null, and a quoted scalar is always a string.
/// </summary>
/// <remarks>
/// NSwag's YAML loader turns every scalar into a string (<c>success: true</c> becomes <c>"true"</c>), so example values
/// are taken from the YAML itself; only the schemas come from NSwag.
/// </remarks>
internal static partial class YamlJson
{
    private const int MaxDepth = 64;

    [GeneratedRegex(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^0o[0-7]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OctalInteger();

    [GeneratedRegex(@"^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HexInteger();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    /// <summary>The JSON text of <paramref name="node"/>.</summary>
    public static string ToJson(YamlNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node, 0);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The JSON kind a scalar has under the core schema: <c>null</c>, <c>boolean</c>, <c>number</c> or <c>string</c>.</summary>
    public static string KindOf(YamlScalarNode scalar) => Classify(scalar) switch
    {
        ScalarKind.Null => "null",
        ScalarKind.True or ScalarKind.False => "boolean",
        ScalarKind.Number => "number",
        _ => "string",
    };

    private static void Write(Utf8JsonWriter writer, YamlNode node, int depth)
    {
        if (depth > MaxDepth)
        {
            // Only reachable through a recursive YAML alias; JSON cannot hold it.
            writer.WriteNullValue();
            return;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var entry in mapping.Children)
                {
                    writer.WritePropertyName(entry.Key is YamlScalarNode key ? key.Value ?? string.Empty : entry.Key.ToString());
                    Write(writer, entry.Value, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        switch (Classify(scalar))
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
                WriteNumber(writer, value);
                break;
            default:
                writer.WriteStringValue(value);
                break;
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string value)
    {
        if (OctalInteger().IsMatch(value) && value.Length <= 23)
        {
            writer.WriteNumberValue(Convert.ToUInt64(value.Substring(2), 8));
        }
        else if (HexInteger().IsMatch(value) && ulong.TryParse(value.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
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

    private static ScalarKind Classify(YamlScalarNode scalar)
    {
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        var value = scalar.Value ?? string.Empty;
        switch (tag)
        {
            case "tag:yaml.org,2002:str":
                return ScalarKind.String;
            case "tag:yaml.org,2002:null":
                return ScalarKind.Null;
            case "tag:yaml.org,2002:bool":
                return value is "true" or "True" or "TRUE" ? ScalarKind.True : ScalarKind.False;
            case "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float":
                return ScalarKind.Number;
        }

        if (scalar.Style != ScalarStyle.Plain || (tag is not null && tag != "!" && tag != "?"))
        {
            return ScalarKind.String;
        }

        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return ScalarKind.Null;
        }

        if (value is "true" or "True" or "TRUE")
        {
            return ScalarKind.True;
        }

        if (value is "false" or "False" or "FALSE")
        {
            return ScalarKind.False;
        }

        return DecimalInteger().IsMatch(value) || OctalInteger().IsMatch(value) || HexInteger().IsMatch(value) || Float().IsMatch(value)
            ? ScalarKind.Number
            : ScalarKind.String;
    }

    private enum ScalarKind
    {
        Null,
        True,
        False,
        Number,
        String,
    }
}
