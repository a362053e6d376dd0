using System.Collections.Generic;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Reading;

/// <summary>
/// The C# names a spec gives without changing its wire names: on a component schema (its type), a property, parameter
/// or form field <c>x-aiia-name</c> (or AutoRest's <c>x-ms-client-name</c>, which Azure's specs carry); beside an enum
/// <c>x-enum-varnames</c> (or NSwag's <c>x-enumNames</c>), one name per value in the enum's order, or AutoRest's
/// <c>x-ms-enum</c> values. A given name takes the place of the wire name in the naming rules (it is cased and, when
/// taken, numbered like any other); one that cannot be used is AIIA0064 and the wire name names it, as without it.
/// </summary>
internal sealed partial class SpecReader
{
    /// <summary>The extensions naming a property, parameter or form field, the first present winning.</summary>
    internal static readonly string[] NameExtensions = { "x-aiia-name", "x-ms-client-name" };

    /// <summary>The extensions naming an enum's values by position, the first present winning.</summary>
    internal static readonly string[] EnumNameExtensions = { "x-enum-varnames", "x-enumNames" };

    private const string AutoRestEnumExtension = "x-ms-enum";

    /// <summary>The schemas, parameters and fields whose given name was read: an <c>x-aiia-name</c> on any other schema is reported.</summary>
    private readonly HashSet<SpecMapping> _namesRead = new(ReferenceComparer<SpecMapping>.Instance);

    /// <summary>
    /// AIIA0064 for the project's own <c>x-aiia-name</c> on a schema whose place names nothing (a request or response
    /// body, list items, an <c>allOf</c> part, a parameter's schema rather than the parameter), once per schema: it would
    /// otherwise be ignored without a word. AutoRest's <c>x-ms-client-name</c> is left alone there, as AutoRest's specs
    /// carry it in places of their own.
    /// </summary>
    private void NoteUnreadGivenName(SpecNode node, string path)
    {
        if (node is SpecMapping mapping && Get(mapping, NameExtensions[0]) is { } value && _namesRead.Add(mapping))
        {
            Report(DiagnosticDescriptors.GivenNameIgnored, value, $"'{NameExtensions[0]}'", path, "a schema here names no C# type or member (it names component schemas, properties, parameters and form fields)", "Move it to the property, parameter or component schema whose name it should give, or move the schema to components.schemas.");
        }
    }

    /// <summary>
    /// AIIA0064 for the project's own <c>x-aiia-name</c> on an operation or a security scheme: what they generate is
    /// named after their <paramref name="key"/> (an <c>operationId</c>, a scheme's key), which the wire does not carry,
    /// so the key is where to choose the name.
    /// </summary>
    private void NoteGivenNameOfKeyNamed(SpecMapping mapping, string path, string what, string key, string advice)
    {
        if (Get(mapping, NameExtensions[0]) is { } value)
        {
            Report(DiagnosticDescriptors.GivenNameIgnored, value, $"'{NameExtensions[0]}'", path, $"{what} is named after its {key}, which the wire does not carry", advice);
        }
    }

    /// <summary>The names component schemas give their types, by key (read once, where the components are indexed).</summary>
    private readonly Dictionary<string, string> _givenTypeNames = new(System.StringComparer.Ordinal);

    /// <summary>What a component schema's type is named from: the name it gives itself, else its key (an imported
    /// schema's own name); cased and numbered by the naming pass like any type name.</summary>
    private string TypeNameSource(string key) => _givenTypeNames.TryGetValue(key, out var given) ? given : SchemaName(key);

    /// <summary>Where a type comes from (<paramref name="component"/> null for an inline schema), with the name its component gives it.</summary>
    private SpecSource ComponentSource(string path, string? component) =>
        new(path, component) { GivenName = component is not null && _givenTypeNames.TryGetValue(component, out var given) ? given : null };

    /// <summary>The C# name <paramref name="node"/> gives itself, or null (none, or one that cannot be used: reported,
    /// saying the name then comes from <paramref name="earlier"/>, the name an earlier definition gave, or the wire name).</summary>
    private string? GivenName(SpecNode? node, string path, string? earlier = null)
    {
        if (node is not SpecMapping mapping)
        {
            return null;
        }

        _namesRead.Add(mapping);
        if (FirstPresent(mapping, NameExtensions) is not { } extension)
        {
            return null;
        }

        var value = Get(mapping, extension)!;
        if (UsableName(value, out var why) is { } text)
        {
            return text;
        }

        var source = earlier is null ? "is derived as without it" : $"comes from the name an earlier definition gives, '{earlier}'";
        Report(DiagnosticDescriptors.GivenNameIgnored, value, $"'{extension}'", path, $"{why}, so the C# name {source}", $"Write the C# name as text, e.g. '{extension}: petName'.");
        return null;
    }

    /// <summary>The first of <paramref name="extensions"/> <paramref name="mapping"/> has (the one that wins), or null.</summary>
    private static string? FirstPresent(SpecMapping mapping, string[] extensions) =>
        System.Array.Find(extensions, extension => Get(mapping, extension) is not null);

    /// <summary>The name <paramref name="node"/> gives, when it is text with a letter or digit; else null, and
    /// <paramref name="why"/> says why not, as AIIA0064 does.</summary>
    private static string? UsableName(SpecNode node, out string why)
    {
        var isText = node is SpecScalar && !IsNull(node);
        why = isText ? "it has no letter or digit" : "it must be a string";
        return isText && ((SpecScalar)node).Value is { } text && HasLetterOrDigit(text) ? text : null;
    }

    /// <summary>
    /// The C# name given to each of an enum's <paramref name="items"/> (null where none is): by position from
    /// <see cref="EnumNameExtensions"/>, else by value from <c>x-ms-enum</c>'s <c>values</c>. Null when none is given.
    /// </summary>
    private string?[]? GivenEnumNames(SpecMapping schema, string path, SpecNode[] items)
    {
        if (FirstPresent(schema, EnumNameExtensions) is not { } extension)
        {
            return AutoRestEnumNames(schema, items);
        }

        var node = Get(schema, extension)!;
        var listPath = path + "." + extension;
        if (node is not SpecSequence list)
        {
            Report(DiagnosticDescriptors.GivenNameIgnored, node, $"'{extension}'", listPath, "it must be a list of names, one per value of 'enum' in its order, so the values are named after themselves", $"Write it as a list, e.g. '{extension}: [Available, Sold]'.");
            return null;
        }

        if (list.Children.Length != items.Length)
        {
            var outcome = list.Children.Length < items.Length ? "the values past its end are named after themselves" : "the names past the enum's end name nothing";
            Report(DiagnosticDescriptors.GivenNameIgnored, node, $"Part of '{extension}'", listPath, $"it names {Count(list.Children.Length, "value")} but 'enum' lists {Count(items.Length, "value")}, so {outcome}", "Give one name per value of 'enum', in its order.");
        }

        var names = new string?[items.Length];
        for (var i = 0; i < names.Length && i < list.Children.Length; i++)
        {
            var item = list.Children[i];
            names[i] = UsableName(item, out var why);
            if (names[i] is null && !IsNull(items[i]))
            {
                var wire = (items[i] as SpecScalar)?.Value;
                Report(DiagnosticDescriptors.GivenNameIgnored, item, $"The name of the value '{wire}' in '{extension}'", listPath, why + ", so the value is named after itself", "Write each name as text with a letter or digit.");
            }
        }

        return names;
    }

    /// <summary>The names <c>x-ms-enum</c>'s <c>values</c> give (<c>{value: sold, name: Sold}</c>).</summary>
    private static string?[]? AutoRestEnumNames(SpecMapping schema, SpecNode[] items) =>
        AutoRestEnumValues(schema, items, entry => GetScalar(entry, "name") is { } name && HasLetterOrDigit(name) ? name : null);

    /// <summary>
    /// What AutoRest's <c>x-ms-enum</c> <c>values</c> (<c>{value: sold, name: Sold, description: …}</c>) say of each of an
    /// enum's <paramref name="items"/>, by value: the first entry <paramref name="read"/> finds something in. Read where
    /// well formed and otherwise left to AutoRest without a word, as its other keys are. Null when it says nothing.
    /// </summary>
    private static string?[]? AutoRestEnumValues(SpecMapping schema, SpecNode[] items, System.Func<SpecMapping, string?> read)
    {
        if (Get(schema, AutoRestEnumExtension) is not SpecMapping autoRest || Get(autoRest, "values") is not SpecSequence values)
        {
            return null;
        }

        var byValue = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var entry in values.Children)
        {
            if (entry is SpecMapping pair && GetScalar(pair, "value") is { } value && !byValue.ContainsKey(value) && read(pair) is { } said)
            {
                byValue.Add(value, said);
            }
        }

        if (byValue.Count == 0)
        {
            return null;
        }

        var result = new string?[items.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = items[i] is SpecScalar { Value: { } wire } && byValue.TryGetValue(wire, out var said) ? said : null;
        }

        return result;
    }

    private static string Count(int n, string noun) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
