using System;
using System.Collections.Generic;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Where the members of the records and enums read sit in the YAML, by the type's spec path
/// (<see cref="Model.SpecSource.SpecPath"/>, not its C# name, which the naming pass may change). The reader keeps only
/// their wire facts in the model; the naming pass names them (<c>Naming/MemberNaming.cs</c>), and each rename is
/// reported at the property's key or the enum's value, among the reading's diagnostics where the type's reading ended:
/// the order the reader's own reports had when it named members.
/// </summary>
internal sealed class MemberSources
{
    private readonly Dictionary<string, TypeMembers> _types = new(StringComparer.Ordinal);
    private int _read;

    /// <summary>Records where a record's property keys sit (by wire name), when its reading ends.</summary>
    /// <param name="path">The record's spec path.</param>
    /// <param name="keys">Each property's key (a copied property's <c>$ref</c>).</param>
    /// <param name="diagnostics">How many diagnostics were reported so far.</param>
    /// <param name="typeRequests">How many type names were asked for so far.</param>
    public void AddRecord(string path, Dictionary<string, SpecNode> keys, int diagnostics, int typeRequests) =>
        _types[path] = new TypeMembers(keys, null, null, diagnostics, typeRequests, _read++);

    /// <summary>Records where a union's alternatives sit (in the order of its model's), when its reading ends.</summary>
    /// <param name="path">The union's spec path.</param>
    /// <param name="keywordPath">The path of its <c>oneOf</c> or <c>anyOf</c>, which a report names.</param>
    /// <param name="alternatives">Each alternative's schema.</param>
    /// <param name="diagnostics">How many diagnostics were reported so far.</param>
    /// <param name="typeRequests">How many type names were asked for so far.</param>
    public void AddUnion(string path, string keywordPath, SpecNode[] alternatives, int diagnostics, int typeRequests) =>
        _types[path] = new TypeMembers(null, null, null, diagnostics, typeRequests, _read++) { Alternatives = alternatives, AlternativesPath = keywordPath };

    /// <summary>Records where an enum's values sit, when its reading ends.</summary>
    /// <param name="path">The enum's spec path.</param>
    /// <param name="values">Its list of values.</param>
    /// <param name="itemDiagnostics">How many diagnostics were reported before each value was read, when reading
    /// the list reported any (a value listed twice); else null: <paramref name="diagnostics"/> for all.</param>
    /// <param name="diagnostics">How many diagnostics were reported before the list was read.</param>
    /// <param name="typeRequests">How many type names were asked for so far.</param>
    public void AddEnum(string path, SpecSequence values, int[]? itemDiagnostics, int diagnostics, int typeRequests) =>
        _types[path] = new TypeMembers(null, values, itemDiagnostics, diagnostics, typeRequests, _read++);

    /// <summary>Where a renamed member is reported (its node, the path the message names, its place among the
    /// diagnostics), or null when it was not recorded.</summary>
    public MemberReportSite? Site(Naming.MemberSite member)
    {
        if (!_types.TryGetValue(member.SpecPath, out var type))
        {
            return null;
        }

        switch (member.Kind)
        {
            case Naming.MemberKind.Property:
                return type.Keys is { } keys && keys.TryGetValue(member.WireName, out var key)
                    ? new MemberReportSite(key, member.SpecPath + ".properties", type.Position(type.Diagnostics))
                    : null;
            case Naming.MemberKind.Alternative:
                return type.Alternatives is { } alternatives
                    && int.TryParse(member.WireName, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < alternatives.Length
                    ? new MemberReportSite(alternatives[index], type.AlternativesPath!, type.Position(type.Diagnostics))
                    : null;
            default:
                var items = type.Values?.Children ?? Array.Empty<SpecNode>();
                for (var i = 0; i < items.Length; i++)
                {
                    if (items[i] is SpecScalar { IsNull: false } scalar && scalar.Value == member.WireName)
                    {
                        return new MemberReportSite(scalar, member.SpecPath + ".enum", type.Position(type.ItemDiagnostics?[i] ?? type.Diagnostics));
                    }
                }

                return null;
        }
    }

    /// <summary>One type's members (a record's keys, an enum's values or a union's alternatives) and where its reading ended (one object per type: records are many).</summary>
    private sealed class TypeMembers(Dictionary<string, SpecNode>? keys, SpecSequence? values, int[]? itemDiagnostics, int diagnostics, int typeRequests, int read)
    {
        public Dictionary<string, SpecNode>? Keys { get; } = keys;

        public SpecSequence? Values { get; } = values;

        public int[]? ItemDiagnostics { get; } = itemDiagnostics;

        public int Diagnostics { get; } = diagnostics;

        public SpecNode[]? Alternatives { get; init; }

        public string? AlternativesPath { get; init; }

        public ReportPosition Position(int diagnostics) => new(diagnostics, typeRequests, read);
    }
}

/// <summary>A renamed member's node, the path its report names, and where the report goes among the diagnostics.</summary>
internal sealed record MemberReportSite(SpecNode Node, string Path, ReportPosition Position);

/// <summary>
/// Where a report the naming pass returns goes among the reading's diagnostics: after <paramref name="Diagnostics"/> of
/// them, after the renames of the first <paramref name="TypeRequests"/> types asked for and before the later ones, and
/// after the members of the types whose reading ended earlier (<paramref name="Read"/>).
/// </summary>
internal sealed record ReportPosition(int Diagnostics, int TypeRequests, int Read);
