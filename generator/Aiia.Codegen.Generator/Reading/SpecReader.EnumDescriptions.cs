using System.Collections.Generic;

namespace Aiia.Codegen.Reading;

/// <summary>
/// What each value of an enum means, as other tools' extensions describe it: <c>x-enumDescriptions</c> (a map from value
/// to text, as Okta's and Mollie's specs write it, or a list in the enum's order) or openapi-generator's
/// <c>x-enum-descriptions</c> (a list), else AutoRest's <c>x-ms-enum</c> <c>values[].description</c>. The text becomes the
/// member's documentation and nothing else, so a malformed entry is passed over without a word: the extension belongs
/// to the tool that defines it, and the member is documented by its wire value as without it.
/// </summary>
internal sealed partial class SpecReader
{
    /// <summary>The extensions describing an enum's values, the first present winning.</summary>
    private static readonly string[] EnumDescriptionExtensions = { "x-enumDescriptions", "x-enum-descriptions" };

    /// <summary>The description of each of an enum's <paramref name="items"/> (null where none is); null when none is given.</summary>
    private static string?[]? EnumValueDescriptions(SpecMapping schema, SpecNode[] items)
    {
        var extension = FirstPresent(schema, EnumDescriptionExtensions);
        var descriptions = extension is null ? null : Get(schema, extension);
        var autoRest = AutoRestEnumValues(schema, items, entry => Text(Get(entry, "description")));
        var texts = new string?[items.Length];
        var any = false;
        for (var i = 0; i < items.Length; i++)
        {
            texts[i] = descriptions switch
            {
                SpecMapping byValue when items[i] is SpecScalar { Value: { } wire } => Text(Get(byValue, wire)),
                SpecSequence byPosition when i < byPosition.Children.Length => Text(byPosition.Children[i]),
                _ => null,
            } ?? autoRest?[i];
            any |= texts[i] is not null;
        }

        return any ? texts : null;
    }

    /// <summary>A description's text: a scalar with something in it, trimmed.</summary>
    private static string? Text(SpecNode? node) =>
        node is SpecScalar { Value: { } value } && !IsNull(node) && value.Trim() is { Length: > 0 } text ? text : null;
}
