using System.Globalization;
using System.Text.Json;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Corpus.Tests;

/// <summary>
/// Whether an example written back through the generated types is the example that was read: every property and value
/// kept, numbers by value (a <c>float</c>'s at a float's precision), a date-time as the same instant, nothing added.
/// The model's types say where a value was a C# <c>float</c>: a record's property by its wire name, a list's item, a
/// map's value, a discriminated record by its tag, a union's one alternative of the value's JSON kind (or the type its
/// object alternatives agree on for a property).
/// </summary>
internal sealed class ExampleComparison(IEnumerable<ObjectModel> objects, IEnumerable<UnionModel> unions)
{
    private readonly Dictionary<string, ObjectModel> _objects = objects.ToDictionary(o => o.Name, StringComparer.Ordinal);
    private readonly Dictionary<string, UnionModel> _unions = unions.ToDictionary(u => u.Name, StringComparer.Ordinal);

    /// <summary>How <paramref name="actual"/> differs from <paramref name="expected"/>, read as <paramref name="type"/>
    /// (null when unknown: numbers are then compared exactly), each difference with its JSON path.</summary>
    public List<string> Differences(JsonElement expected, JsonElement actual, TypeRef? type)
    {
        var differences = new List<string>();
        Compare(expected, actual, type, "$", differences);
        return differences;
    }

    private void Compare(JsonElement expected, JsonElement actual, TypeRef? type, string path, List<string> differences)
    {
        type = Narrow(type, expected);
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object when actual.ValueKind == JsonValueKind.Object:
                var written = actual.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                foreach (var property in expected.EnumerateObject())
                {
                    if (written.Remove(property.Name, out var value))
                    {
                        Compare(property.Value, value, Member(type, expected, property.Name), path + "." + property.Name, differences);
                    }
                    else if (property.Value.ValueKind != JsonValueKind.Null)
                    {
                        differences.Add($"{path}.{property.Name} lost");
                    }
                }

                foreach (var added in written)
                {
                    differences.Add($"{path}.{added.Key} added ({added.Value.GetRawText()})");
                }

                break;
            case JsonValueKind.Array when actual.ValueKind == JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    differences.Add($"{path} has {actual.GetArrayLength()} items, not {expected.GetArrayLength()}");
                    break;
                }

                var item = type is { Kind: TypeKind.Array } ? type.Element : null;
                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    Compare(expected[i], actual[i], item, $"{path}[{i}]", differences);
                }

                break;
            case JsonValueKind.Number when actual.ValueKind == JsonValueKind.Number:
                if (!SameNumber(expected, actual, type?.Kind == TypeKind.Single))
                {
                    differences.Add($"{path} {expected.GetRawText()} became {actual.GetRawText()}");
                }

                break;
            case JsonValueKind.String when actual.ValueKind == JsonValueKind.String:
                var before = expected.GetString()!;
                var after = actual.GetString()!;
                if (before != after && !SameInstant(before, after))
                {
                    differences.Add($"{path} \"{before}\" became \"{after}\"");
                }

                break;
            default:
                if (expected.ValueKind != actual.ValueKind)
                {
                    differences.Add($"{path} {expected.GetRawText()} became {actual.GetRawText()}");
                }

                break;
        }
    }

    /// <summary>
    /// Two JSON numbers are the same by decimal value (by double value beyond a decimal's range); read into a C#
    /// <c>float</c> (<paramref name="single"/>), the same when both parse to the same float: a <c>format: float</c>
    /// value with more digits than a float holds comes back with the float's, which is its declared precision.
    /// </summary>
    internal static bool SameNumber(JsonElement expected, JsonElement actual, bool single) => single
        ? Parse(expected) == Parse(actual)
        : expected.TryGetDecimal(out var a) && actual.TryGetDecimal(out var b) ? a == b : expected.GetDouble() == actual.GetDouble();

    private static float Parse(JsonElement number) => float.Parse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool SameInstant(string before, string after) =>
        DateTimeOffset.TryParse(before, CultureInfo.InvariantCulture, DateTimeStyles.None, out var a)
        && DateTimeOffset.TryParse(after, CultureInfo.InvariantCulture, DateTimeStyles.None, out var b) && a == b;

    /// <summary>
    /// The type of a record's property or a map's value, by its wire name; null when unknown. In a union of several
    /// object alternatives, the type every alternative that could hold <paramref name="value"/> (those listing all of its
    /// properties, else all of them) agrees on: which one was read is the union's reading rule, not repeated here.
    /// </summary>
    private TypeRef? Member(TypeRef? type, JsonElement value, string wireName)
    {
        if (type is { Kind: TypeKind.Map })
        {
            return type.Element;
        }

        if (type is not { Kind: TypeKind.Object, Name: { } name })
        {
            return null;
        }

        if (_objects.TryGetValue(name, out var record))
        {
            return PropertyType(record, wireName);
        }

        var records = _unions.TryGetValue(name, out var union)
            ? union.Alternatives.Select(a => a.Type.Name is { } n ? _objects.GetValueOrDefault(n) : null).OfType<ObjectModel>().Where(r => !r.IsAbstract).ToList()
            : [];
        var listing = records.Where(r => value.EnumerateObject().All(p => PropertyType(r, p.Name) is not null)).ToList();
        var types = (listing.Count > 0 ? listing : records).Select(r => PropertyType(r, wireName)).OfType<TypeRef>().Distinct().Take(2).ToList();
        return types.Count == 1 ? types[0] : null;
    }

    private static TypeRef? PropertyType(ObjectModel record, string wireName) =>
        record.Properties.FirstOrDefault(p => p.WireName == wireName)?.Type;

    /// <summary>
    /// The type <paramref name="value"/> was read as: for a discriminated base record, the record its tag names; for a
    /// union, its one alternative of the value's JSON kind (null when there are more or none: compared exactly).
    /// </summary>
    private TypeRef? Narrow(TypeRef? type, JsonElement value)
    {
        if (type is not { Kind: TypeKind.Object, Name: { } name })
        {
            return type;
        }

        if (_objects.TryGetValue(name, out var record))
        {
            if (record.Discriminator is not { } discriminator)
            {
                return type;
            }

            var tag = value.ValueKind == JsonValueKind.Object && value.TryGetProperty(discriminator.PropertyName, out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()
                : null;
            var chosen = discriminator.Cases.FirstOrDefault(c => c.WireValue == tag)?.TypeName;
            return chosen is null ? null : new TypeRef(TypeKind.Object, chosen);
        }

        if (!_unions.TryGetValue(name, out var union))
        {
            return null;
        }

        var fitting = union.Alternatives.Select(a => a.Type).Where(a => Fits(a, value.ValueKind)).Take(2).ToList();
        return fitting.Count == 1 ? Narrow(fitting[0], value)
            : value.ValueKind == JsonValueKind.Object ? type // Member asks the object alternatives.
            : null;
    }

    // Only the kinds matter that hold numbers below them; a string or boolean value has no float to find.
    private static bool Fits(TypeRef type, JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => type.Kind is TypeKind.Map or TypeKind.Object or TypeKind.Any,
        JsonValueKind.Array => type.Kind is TypeKind.Array or TypeKind.Any,
        JsonValueKind.Number => type.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal or TypeKind.Any,
        _ => true,
    };
}
