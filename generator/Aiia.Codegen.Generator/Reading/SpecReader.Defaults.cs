using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Reading;

/// <summary>
/// A property's <c>default</c>: exposed beside it when it fits the property's C# type, else reported; it, <c>readOnly</c>,
/// <c>writeOnly</c> (and a parameter's <c>description</c>) may be written on the schema the property refers to.
/// </summary>
internal sealed partial class SpecReader
{
    private readonly HashSet<SpecNode> _reportedDefaults = new(); // a schema read for several records says it once

    /// <summary>
    /// The default of a property's schema (<see cref="Annotating"/>): a component shared by several properties (an
    /// enum, an alias of a number) carries its default to each, as an inline schema does. Null when there is none, it
    /// is <c>null</c>, or it does not fit <paramref name="kind"/>.
    /// </summary>
    private string? DefaultOf(SpecMapping schema, TypeKind kind, string path) =>
        Annotating(schema, "default", ref path) is { } owner && Get(owner, "default") is SpecScalar scalar && !IsNull(scalar)
            ? DefaultFor(kind, scalar, path)
            : null;

    /// <summary>
    /// Whether a property is <c>readOnly</c> or <c>writeOnly</c> (<see cref="Annotating"/>): Mollie's <c>mode</c> and
    /// <c>createdAt</c> are server-owned through the components they <c>$ref</c>. Reports nothing.
    /// </summary>
    private bool IsOneWay(SpecMapping schema) =>
        AnnotationText(schema, "readOnly") is { } readOnly && SpecScalar.IsTrueWord(readOnly)
        || AnnotationText(schema, "writeOnly") is { } writeOnly && SpecScalar.IsTrueWord(writeOnly);

    /// <summary>The text of the annotation <paramref name="key"/> of a schema (<see cref="Annotating"/>), or null; reports nothing.</summary>
    private string? AnnotationText(SpecNode schema, string key)
    {
        var path = string.Empty;
        return schema is SpecMapping map && Annotating(map, key, ref path) is { } owner ? GetScalar(owner, key) : null;
    }

    /// <summary>
    /// The schema that gives a property's schema the annotation <paramref name="key"/>: the schema itself, else the one its
    /// <c>$ref</c> (or an <c>allOf</c> of just that <c>$ref</c>) names, through a chain of them, as JSON Schema applies a
    /// referenced schema's annotations to the value. Null when none says it; <paramref name="path"/> becomes its spec path.
    /// </summary>
    private SpecMapping? Annotating(SpecMapping schema, string key, ref string path)
    {
        for (var hops = 0; hops <= SpecLimits.MaxReferenceChain; hops++)
        {
            if (Get(schema, key) is not null)
            {
                return schema;
            }

            // A $ref that does not resolve, or leads back to itself, is reported where the property's type is read.
            // allOf: [{$ref}] is OpenAPI 3.0's way to give a reference a description of its own: the same reference.
            var reference = GetScalar(schema, "$ref")
                ?? (Get(schema, "allOf") is SpecSequence { Children.Length: 1 } allOf && allOf.Children[0] is SpecMapping only ? GetScalar(only, "$ref") : null);
            if (reference is null || ReferencedSchema(reference) is not { } target)
            {
                return null;
            }

            schema = target;
            path = JsonPointer.SpecPath(reference);
        }

        return null;
    }

    /// <summary>The schema a local <c>$ref</c> names: a component schema (its key unescaped), or any other pointed mapping.</summary>
    private SpecMapping? ReferencedSchema(string reference) =>
        ComponentNameOf(reference) is { } key && _componentSchemas.TryGetValue(key, out var component) ? component : PointedMapping(reference);

    /// <summary>
    /// A <c>default</c> as scalar text valid for the property's type (a string, an enum's wire value, a number of the
    /// type, <c>true</c>/<c>false</c>); null for another type (dates, objects, arrays: not exposed), or for a value that
    /// does not fit the type, which is reported (AIIA0049).
    /// </summary>
    private string? DefaultFor(TypeKind kind, SpecScalar node, string path)
    {
        var value = node.Value;
        var invariant = CultureInfo.InvariantCulture;
        const NumberStyles integer = NumberStyles.AllowLeadingSign;
        string? text;
        string need;
        switch (kind)
        {
            case TypeKind.String or TypeKind.Enum:
                return value;
            case TypeKind.Int32:
                text = int.TryParse(value, integer, invariant, out var int32) ? int32.ToString(invariant) : RadixDefault(node, int.MaxValue) ?? IntegralDefault(value, int.MinValue, int.MaxValue);
                need = "a whole number from -2147483648 to 2147483647 (int)";
                break;
            case TypeKind.Int64:
                text = long.TryParse(value, integer, invariant, out var int64) ? int64.ToString(invariant) : RadixDefault(node, long.MaxValue) ?? IntegralDefault(value, long.MinValue, long.MaxValue);
                need = "a whole number that fits a long";
                break;
            case TypeKind.Single or TypeKind.Double:
                text = RealDefault(value, kind == TypeKind.Single);
                need = kind == TypeKind.Single ? "a number a float holds (not 0 by underflow, not beyond ±3.4E+38)" : "a number a double holds (not 0 by underflow, not beyond ±1.7E+308)";
                break;
            case TypeKind.Decimal:
                text = DecimalDefault(value);
                need = "a number a decimal holds (not 0 by underflow, not beyond ±7.9E+28)";
                break;
            case TypeKind.Boolean:
                text = value switch { "true" or "True" or "TRUE" => "true", "false" or "False" or "FALSE" => "false", _ => null };
                need = "true or false";
                break;
            default:
                return null;
        }

        if (text is null && _reportedDefaults.Add(node))
        {
            Report(DiagnosticDescriptors.DefaultNotExposed, node, $"'{value}'", path + ".default", need);
        }

        return text;
    }

    /// <summary>
    /// A float or double default as the number the spec wrote, in C# real-literal form (<c>1.0E-30</c>, <c>-0.0</c>):
    /// the compiler rounds it to the nearest value of the type, as a JSON reader does, so the constant is exactly the
    /// spec's value on every host (a value printed back after parsing would depend on the host's formatting). Null for
    /// text that is not a plain number, or a number the type cannot hold (beyond its range, or non-zero but rounding to 0).
    /// </summary>
    private static string? RealDefault(string value, bool single)
    {
        if (PlainNumber(value) is not { } plain)
        {
            return null;
        }

        var invariant = CultureInfo.InvariantCulture;
        double parsed;
        if (single)
        {
            var ok = float.TryParse(plain.Text, NumberStyles.Float, invariant, out var f);
            parsed = ok ? f : double.NaN;
        }
        else
        {
            parsed = double.TryParse(plain.Text, NumberStyles.Float, invariant, out var d) ? d : double.NaN;
        }

        // .NET Framework hosts fail to parse an overflow, newer ones give infinity: both do not fit.
        return double.IsNaN(parsed) || double.IsInfinity(parsed) || (parsed == 0 && plain.NonZero) ? null : plain.Text;
    }

    /// <summary>
    /// YAML 1.2's core schema reads a plain <c>0x10</c> as 16 and <c>0o10</c> as 8: the value in decimal when it is at most
    /// <paramref name="max"/>; null for any other text (a quoted one is a string).
    /// </summary>
    private static string? RadixDefault(SpecScalar node, long max)
    {
        var value = node.Value;
        if (node.Kind != ScalarKind.Number || value.Length < 3 || value[0] != '0' || value[1] is not ('x' or 'o'))
        {
            return null;
        }

        var radix = value[1] == 'x' ? 16 : 8;
        long result = 0;
        for (var i = 2; i < value.Length; i++)
        {
            var c = value[i];
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : radix;
            if (digit >= radix || result > (max - digit) / radix)
            {
                return null;
            }

            result = (result * radix) + digit;
        }

        return result.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// An integer default written with a fraction or an exponent (<c>1.0</c>, <c>1e2</c>): JSON Schema counts any number
    /// with a zero fractional part as an integer, and the client reads such values so too. Null when a digit below the
    /// units is not 0 (decided on the text: a parsed value would round <c>1e-30</c> to 0) or it is out of range.
    /// </summary>
    private static string? IntegralDefault(string value, decimal min, decimal max)
    {
        if (PlainNumber(value) is not { } plain)
        {
            return null;
        }

        var text = plain.Text;
        var e = text.IndexOf('E');
        var exponent = 0;
        if (e >= 0 && !int.TryParse(text.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            return null; // an exponent beyond int: zero or out of range either way
        }

        var mantissa = e >= 0 ? text.Substring(0, e) : text;
        var point = mantissa.IndexOf('.');
        var whole = (point >= 0 ? mantissa.Substring(0, point) : mantissa).TrimStart('-');
        var fraction = point >= 0 ? mantissa.Substring(point + 1) : string.Empty;
        // A fraction digit k (from 0) is worth 10^(exponent - k - 1); a whole digit j from the right 10^(exponent + j).
        for (var k = 0; k < fraction.Length; k++)
        {
            if (fraction[k] != '0' && exponent - k - 1 < 0)
            {
                return null;
            }
        }

        for (var j = 0; j < whole.Length; j++)
        {
            if (whole[whole.Length - 1 - j] != '0' && exponent + j < 0)
            {
                return null;
            }
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max
            ? decimal.Truncate(parsed).ToString(CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>A decimal default as the decimal it is (rounded to the type's 28 digits, as a reader rounds it); null when it does not fit.</summary>
    private static string? DecimalDefault(string value)
    {
        var invariant = CultureInfo.InvariantCulture;
        return PlainNumber(value) is { } plain
            && decimal.TryParse(plain.Text, NumberStyles.Float, invariant, out var parsed)
            && (parsed != 0 || !plain.NonZero)
            ? parsed.ToString(invariant)
            : null;
    }

    /// <summary>
    /// A number as JSON or YAML writes it (<c>-1.5e+3</c>, <c>.5</c>, <c>5.</c>) in C# real-literal form (<c>-1.5E3</c>,
    /// <c>0.5</c>, <c>5</c>), and whether a digit of it is not 0; null for anything else (<c>NaN</c>, <c>.inf</c>, hex).
    /// </summary>
    private static (string Text, bool NonZero)? PlainNumber(string value)
    {
        var i = 0;
        var text = new StringBuilder(value.Length + 2);
        if (i < value.Length && value[i] is '+' or '-')
        {
            if (value[i] == '-')
            {
                text.Append('-');
            }

            i++;
        }

        var integerStart = i;
        var nonZero = false;
        while (i < value.Length && value[i] is >= '0' and <= '9')
        {
            nonZero |= value[i] != '0';
            i++;
        }

        var integerDigits = value.Substring(integerStart, i - integerStart);
        var fraction = string.Empty;
        if (i < value.Length && value[i] == '.')
        {
            var fractionStart = ++i;
            while (i < value.Length && value[i] is >= '0' and <= '9')
            {
                nonZero |= value[i] != '0';
                i++;
            }

            fraction = value.Substring(fractionStart, i - fractionStart);
        }

        if (integerDigits.Length + fraction.Length == 0)
        {
            return null;
        }

        text.Append(integerDigits.Length == 0 ? "0" : integerDigits);
        if (fraction.Length > 0)
        {
            text.Append('.').Append(fraction);
        }

        if (i < value.Length && value[i] is 'e' or 'E')
        {
            text.Append('E');
            i++;
            if (i < value.Length && value[i] is '+' or '-')
            {
                if (value[i] == '-')
                {
                    text.Append('-');
                }

                i++;
            }

            var exponentStart = i;
            while (i < value.Length && value[i] is >= '0' and <= '9')
            {
                text.Append(value[i]);
                i++;
            }

            if (i == exponentStart)
            {
                return null;
            }
        }

        return i == value.Length ? (text.ToString(), nonZero) : null;
    }
}
