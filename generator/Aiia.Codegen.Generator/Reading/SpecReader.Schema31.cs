using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Reading;

/// <summary>
/// OpenAPI 3.1 (JSON Schema 2020-12) in schemas, and what a schema says about its type without <c>type</c>: a list of
/// types (<c>[string, 'null']</c>), a <c>const</c>, an enum of numbers or booleans. Keywords that do not change the
/// C# type (<c>$schema</c>, <c>$id</c>, <c>$defs</c>, <c>examples</c>, <c>prefixItems</c>, <c>if</c>/<c>then</c>/<c>else</c>,
/// <c>patternProperties</c>, numeric <c>exclusiveMinimum</c>...) are not read at all, so they are accepted.
/// </summary>
internal sealed partial class SpecReader
{
    /// <summary>
    /// What <c>type</c> says: one type name (or none), whether null is allowed, and whether it lists several types that
    /// no one C# type holds.
    /// </summary>
    private readonly record struct SchemaType(string? Name, bool AllowsNull, bool IsMixed);

    /// <summary>
    /// The schema's <c>type</c>: a single name, or a 3.1 list. In a list, <c>'null'</c> makes the type nullable,
    /// <c>[integer, number]</c> is a number, and any other pair of types is mixed.
    /// </summary>
    private static SchemaType TypeOf(SpecMapping schema)
    {
        switch (Get(schema, "type"))
        {
            case SpecScalar scalar:
                return scalar.Value == "null" && !scalar.IsNull
                    ? new SchemaType(null, true, false) // type: 'null' (3.1): only null, any JSON to C#
                    : new SchemaType(scalar.IsNull ? null : scalar.Value, false, false);
            case SpecSequence list:
                var names = new List<string>();
                var allowsNull = false;
                foreach (var item in list.Children)
                {
                    if (item is not SpecScalar { Value: { } name })
                    {
                        return new SchemaType(null, allowsNull, true);
                    }

                    if (name == "null" || SpecScalar.IsNullWord(name))
                    {
                        allowsNull = true;
                    }
                    else if (!names.Contains(name))
                    {
                        names.Add(name);
                    }
                }

                if (names.Count == 2 && names.Contains("integer") && names.Contains("number"))
                {
                    return new SchemaType("number", allowsNull, false);
                }

                return names.Count <= 1 ? new SchemaType(names.FirstOrDefault(), allowsNull, false) : new SchemaType(null, allowsNull, true);
            case null:
                return default;
            default:
                return new SchemaType(null, false, true);
        }
    }

    /// <summary>Whether an <c>enum</c> schema becomes a generated enum: its type is string, or it has none and lists only strings.</summary>
    private static bool IsStringEnum(SpecMapping schema)
    {
        var type = TypeOf(schema);
        return !type.IsMixed && (type.Name ?? ValueType(Get(schema, "enum"))) == "string";
    }

    /// <summary>
    /// The type a schema without <c>type</c> has by its values: its <c>const</c>'s, or its <c>enum</c>'s when all are of
    /// one kind (nulls aside). Null when it says nothing (any JSON) — or, with <paramref name="mixed"/>, when its values
    /// are of several kinds.
    /// </summary>
    private static string? ImpliedType(SpecMapping schema, out bool mixed)
    {
        mixed = false;
        if (Get(schema, "const") is SpecScalar constant && !constant.IsNull)
        {
            return ValueType(constant);
        }

        if (Get(schema, "enum") is SpecSequence values)
        {
            var type = ValueType(values);
            mixed = type is null && values.Children.Any(v => !IsNull(v));
            return type;
        }

        return null;
    }

    /// <summary>The JSON type of a value (<c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>), or of every item of a list (null when they differ).</summary>
    private static string? ValueType(SpecNode? node)
    {
        switch (node)
        {
            case SpecScalar scalar:
                return scalar.Kind switch
                {
                    ScalarKind.String => "string",
                    ScalarKind.True or ScalarKind.False => "boolean",
                    ScalarKind.Number => long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? "integer" : "number",
                    _ => null,
                };
            case SpecSequence list:
                string? common = null;
                foreach (var item in list.Children)
                {
                    if (IsNull(item))
                    {
                        continue;
                    }

                    var type = ValueType(item);
                    if (type is null)
                    {
                        return null;
                    }

                    if (common is null || common == type)
                    {
                        common = type;
                    }
                    else if (IsNumeric(common) && IsNumeric(type))
                    {
                        common = "number";
                    }
                    else
                    {
                        return null;
                    }
                }

                return common;
            default:
                return null;
        }

        static bool IsNumeric(string type) => type is "integer" or "number";
    }

    /// <summary>The <c>false</c> schema (3.1: no value is valid) or a list of types no one C# type holds: any JSON, with a warning.</summary>
    private TypeRef SchemaAsJson(SpecNode node, string what, string path, string fix, bool nullable)
    {
        Report(DiagnosticDescriptors.SchemaAsJson, node, what, path, fix);
        return new TypeRef(TypeKind.Any, IsNullable: nullable);
    }

    /// <summary>
    /// The documentation of a property whose schema is an enum of numbers or booleans (generated as the plain type, so
    /// every value round-trips): its description, else the description of the component it refers to, then the values.
    /// </summary>
    private string? DescribeValues(SpecMapping? property, string? description)
    {
        if (ValueEnumOf(property) is not { } schema)
        {
            return description;
        }

        // The values' component is inlined as its number type: its description is the property's unless it has its own.
        description ??= GetScalar(schema, "description");

        var listed = string.Join(", ", NamedValues(schema));
        return listed.Length == 0 ? description : (description is null ? string.Empty : description.TrimEnd() + " ") + "One of: " + listed + ".";
    }

    /// <summary>
    /// The listed values of an enum of numbers or booleans, each with the name <c>x-enum-varnames</c> (or
    /// <c>x-enumNames</c>) gives it, as its documentation shows them: <c>1 (Low)</c>. No C# enum holds such values, so
    /// the names are only shown, and a list that does not match the values one for one is left out.
    /// </summary>
    private static IEnumerable<string> NamedValues(SpecMapping schema)
    {
        var items = ((SpecSequence)Get(schema, "enum")!).Children;
        var names = FirstPresent(schema, EnumNameExtensions) is { } extension ? Get(schema, extension) as SpecSequence : null;
        var named = names is not null && names.Children.Length == items.Length && names.Children.All(n => n is SpecScalar { IsNull: false, Value.Length: > 0 });
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is SpecScalar { IsNull: false } value)
            {
                yield return named ? $"{value.Value} ({((SpecScalar)names!.Children[i]).Value})" : value.Value;
            }
        }
    }

    /// <summary>The values of a property whose schema is an enum of numbers or booleans (empty for any other): what
    /// <c>diff</c> compares, since no C# enum holds them.</summary>
    private EquatableArray<string> ValuesOf(SpecMapping? property) =>
        ValueEnumOf(property) is { } schema ? ListedValues(schema).ToEquatableArray() : default;

    /// <summary>The schema of an enum of numbers or booleans a property is, directly or by its <c>$ref</c>; else null.</summary>
    private SpecMapping? ValueEnumOf(SpecMapping? property)
    {
        var schema = property;
        if (schema is not null && GetScalar(schema, "$ref") is { } reference && ComponentNameOf(reference) is { } key
            && _componentSchemas.TryGetValue(key, out var target))
        {
            schema = target;
        }

        return schema is null || Get(schema, "enum") is not SpecSequence || IsStringEnum(schema) ? null : schema;
    }

    private static IEnumerable<string> ListedValues(SpecMapping schema) =>
        ((SpecSequence)Get(schema, "enum")!).Children.OfType<SpecScalar>().Where(v => !v.IsNull).Select(v => v.Value);
}
