using System.Collections.Generic;
using System.Linq;

namespace Aiia.Codegen.Reading;

// A union of inline records that differ only in the values of their string enums, read as one record.
internal sealed partial class SpecReader
{
    // What a lookalike alternative may say besides its properties: anything else could tell it apart.
    private static readonly string[] LookalikeRecordKeys = ["title", "description", "type", "properties", "required"];

    // What a property of a lookalike alternative may say when it is a string enum (a description may differ per value).
    private static readonly string[] LookalikeEnumKeys = ["title", "description", "type", "enum", "const"];

    /// <summary>
    /// PayPal's error catalogues (<c>details: {items: {anyOf: [...]}}</c>, 40 alternatives in its invoicing API): inline
    /// records that list the same properties and require the same ones, each property either the same schema in all
    /// of them or a string enum (or <c>const</c>) whose values differ, one issue and its one description per record.
    /// A union of such lookalikes is one record whose enums list every alternative's values, in order: it reads every
    /// value the union did (and, the enums being open, a new one the union would have kept as raw JSON), and it is one
    /// record with two enums where the union was forty records, eighty enums and their converters. The merged schema
    /// is built from the alternatives' own nodes, so every diagnostic still points into the spec. Null when the
    /// alternatives differ in anything else, or are not all inline records.
    /// </summary>
    private SpecMapping? MergedLookalikeRecords(SpecSequence alternatives)
    {
        var records = alternatives.Children;
        if (records.Length < 2 || records.Any(r => r is not SpecMapping map || !IsLookalikeCandidate(map)))
        {
            return null;
        }

        var first = (SpecMapping)records[0];
        var firstProperties = (SpecMapping)Get(first, "properties")!;
        var required = RequiredNames(first);
        // The same number of properties, each found by name below, the same requirements and the same type keyword.
        if (records.Cast<SpecMapping>().Any(record => ((SpecMapping)Get(record, "properties")!).Children.Length != firstProperties.Children.Length
            || !RequiredNames(record).SetEquals(required) || (Get(record, "type") is null) != (Get(first, "type") is null)))
        {
            return null;
        }

        var merged = new List<KeyValuePair<SpecNode, SpecNode>>();
        foreach (var property in firstProperties.Children)
        {
            var name = ((SpecScalar)property.Key).Value;
            var schemas = new List<SpecNode>();
            foreach (SpecMapping record in records)
            {
                if (Get((SpecMapping)Get(record, "properties")!, name) is not { } schema)
                {
                    return null;
                }

                schemas.Add(schema);
            }

            if (schemas.TrueForAll(s => SameTree(s, schemas[0])))
            {
                merged.Add(property);
            }
            else if (MergedEnum(schemas) is { } values)
            {
                merged.Add(new(property.Key, values));
            }
            else
            {
                return null;
            }
        }

        var result = new SpecMapping(first.IsFlow, first.Start, first.End);
        var children = first.Children.Where(c => ((SpecScalar)c.Key).Value is not ("title" or "description" or "properties")).ToList();
        var propertiesMapping = new SpecMapping(firstProperties.IsFlow, firstProperties.Start, firstProperties.End) { Children = [.. merged] };
        children.Add(new(GetKey(first, "properties")!, propertiesMapping));
        result.Children = [.. children];
        return result;
    }

    private static bool IsLookalikeCandidate(SpecMapping map) =>
        map.Children.All(c => c.Key is SpecScalar key && LookalikeRecordKeys.Contains(key.Value))
        && (Get(map, "type") is null || GetScalar(map, "type") == "object")
        && Get(map, "properties") is SpecMapping { Children.Length: > 0 } properties
        && properties.Children.All(p => p.Key is SpecScalar);

    private static HashSet<string> RequiredNames(SpecMapping map) =>
        new(Get(map, "required") is SpecSequence list ? list.Children.OfType<SpecScalar>().Select(s => s.Value) : []);

    /// <summary>One string enum listing, in order and once each, the values of the schemas, if each is a string enum or const.</summary>
    private static SpecMapping? MergedEnum(List<SpecNode> schemas)
    {
        var values = new List<SpecNode>();
        var seen = new HashSet<string>();
        foreach (var node in schemas)
        {
            if (node is not SpecMapping schema || !schema.Children.All(c => c.Key is SpecScalar key && LookalikeEnumKeys.Contains(key.Value))
                || (Get(schema, "type") is not null && GetScalar(schema, "type") != "string"))
            {
                return null;
            }

            var listed = Get(schema, "enum") is SpecSequence list ? list.Children
                : Get(schema, "const") is { } constant ? [constant]
                : [];
            if (listed.Length == 0 || listed.Any(v => v is not SpecScalar { IsNull: false, Kind: ScalarKind.String }))
            {
                return null;
            }

            values.AddRange(listed.Where(v => seen.Add(((SpecScalar)v).Value)));
        }

        var first = (SpecMapping)schemas[0];
        var enumKey = GetKey(first, "enum") ?? GetKey(first, "const")!;
        var sequence = new SpecSequence(isFlow: true, values[0].Start, values[0].End) { Children = [.. values] };
        var typeKey = new SpecScalar("type", isPlain: true, tag: null, enumKey.Start, enumKey.End);
        var typeValue = new SpecScalar("string", isPlain: true, tag: null, enumKey.Start, enumKey.End);
        var enumName = new SpecScalar("enum", isPlain: true, tag: null, enumKey.Start, enumKey.End);
        return new SpecMapping(first.IsFlow, first.Start, first.End) { Children = [new(typeKey, typeValue), new(enumName, sequence)] };
    }

    /// <summary>Whether two trees say the same: equal scalars (value and meaning), mappings with the same entries in order, lists alike.</summary>
    private static bool SameTree(SpecNode a, SpecNode b) => (a, b) switch
    {
        _ when ReferenceEquals(a, b) => true,
        (SpecScalar x, SpecScalar y) => x.Value == y.Value && x.Kind == y.Kind,
        (SpecMapping x, SpecMapping y) => x.Children.Length == y.Children.Length
            && x.Children.Zip(y.Children, (p, q) => SameTree(p.Key, q.Key) && SameTree(p.Value, q.Value)).All(same => same),
        (SpecSequence x, SpecSequence y) => x.Children.Length == y.Children.Length
            && x.Children.Zip(y.Children, SameTree).All(same => same),
        _ => false,
    };
}
