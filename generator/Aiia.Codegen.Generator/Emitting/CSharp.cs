using System;
using System.Linq;
using System.Text;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>C# spelling of model pieces: type names, literals, doc text.</summary>
internal static class CSharp
{
    public const string Runtime = "global::Aiia.Codegen.Runtime";
    public const string Json = "global::System.Text.Json";

    public static string GeneratedCodeAttribute { get; } =
        $"[global::System.CodeDom.Compiler.GeneratedCode(\"Aiia.Codegen\", \"{typeof(CSharp).Assembly.GetName().Version}\")]";

    /// <summary>
    /// <c>[Obsolete]</c> on a type of a schema the spec deprecates (record, enum struct and its Kind, union), naming the
    /// schema: the user's uses of it are warned about, the generated files' are not (SpecEmitter's pragma).
    /// </summary>
    public static void ObsoleteSchema(SourceWriter writer, bool deprecated, SpecSource? source, string typeName)
    {
        if (deprecated)
        {
            writer.Line($"[global::System.Obsolete({Literal($"The schema {source?.ComponentName ?? typeName} is deprecated in the spec.")})]");
        }
    }

    /// <summary>The fully qualified C# type of <paramref name="type"/>, with <c>?</c> when nullable.</summary>
    public static string TypeName(TypeRef type, string @namespace) =>
        TypeNameCore(type, @namespace) + (type.IsNullable ? "?" : string.Empty);

    public static string TypeNameCore(TypeRef type, string @namespace) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Single => "float",
        TypeKind.Double => "double",
        TypeKind.Decimal => "decimal",
        TypeKind.Boolean => "bool",
        TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeKind.Date => "global::System.DateOnly",
        TypeKind.Guid => "global::System.Guid",
        TypeKind.Any => Json + ".JsonElement",
        TypeKind.Object or TypeKind.Enum => Qualified(type.Name!, @namespace),
        TypeKind.Array => "global::System.Collections.Generic.IReadOnlyList<" + TypeName(type.Element!, @namespace) + ">",
        TypeKind.Map => "global::System.Collections.Generic.IReadOnlyDictionary<string, " + TypeName(type.Element!, @namespace) + ">",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Qualified(string name, string @namespace) => "global::" + @namespace + "." + name;

    /// <summary>A regular string literal.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c > '\u007e')
                    {
                        // Escaped so generated files are ASCII whatever the spec holds.
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A UTF-8 string literal (<c>"name"u8</c>).</summary>
    public static string Utf8Literal(string value) => Literal(value) + "u8";

    /// <summary>What C# reads as the end of a line (so of a <c>//</c> comment): a spec's text may hold any of them.</summary>
    private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    /// <summary>The text's lines, XML-escaped, trimmed, without blank leading or trailing lines.</summary>
    public static string[] DocLines(string text)
    {
        if (text.IndexOfAny(LineBreaks) < 0)
        {
            return new[] { EscapeXml(text.Trim()) }; // Most descriptions are one line.
        }

        var lines = text.Replace("\r\n", "\n").Split('\n', '\r', '\u0085', '\u2028', '\u2029')
            .Select(line => EscapeXml(line.Trim()))
            .ToList();
        while (lines.Count > 1 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 1 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        return lines.ToArray();
    }

    public static string EscapeXml(string text)
    {
        var first = 0;
        while (first < text.Length && !NeedsXmlEscape(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text; // Nothing to escape: no copy.
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c); // a line break would end the comment
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsXmlEscape(char c) => c is '&' or '<' or '>' or '\u2028' or '\u2029' || char.IsControl(c);

    // Every class name below is the naming pass's (ApiSpec.GeneratedNames); none is built here.

    /// <summary>The generated converter class of a record or enum.</summary>
    public static string ConverterType(string typeName, ApiSpec spec) => Qualified(spec.GeneratedNames.ConverterOf(typeName), spec.Namespace);

    /// <summary>The converter instance for a type as a whole (a response or a request body).</summary>
    public static string ConverterInstance(TypeRef type, ApiSpec spec) =>
        type.Kind is TypeKind.Object or TypeKind.Enum
            ? ConverterType(type.Name!, spec) + ".Instance"
            : Qualified(spec.GeneratedNames.ShapeConverterOf(type), spec.Namespace) + ".Instance";

    /// <summary>The name of the class holding list and map helpers for one spec.</summary>
    public static string CollectionsClass(ApiSpec spec) => Qualified(spec.GeneratedNames.JsonCollections, spec.Namespace);

    /// <summary>The client options class.</summary>
    public static string OptionsClass(ApiSpec spec) => Qualified(spec.GeneratedNames.Options, spec.Namespace);
}
