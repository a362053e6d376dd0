using System;
using System.Globalization;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Bounds on what one spec may cost the build. A spec beyond any of them gets <c>AIIA0013</c> at the place
/// where the limit was crossed, instead of a hang, a stack overflow or running out of memory. The numbers
/// are documented in <c>docs/diagnostics.md</c> (a test keeps them in step).
/// </summary>
/// <remarks>
/// The size of a spec can be set per spec (<c>AiiaMaxSpecSize</c>); the bounds that grow with the text (nodes and
/// schema visits) then scale with it (<see cref="ForSize"/>), the others stay.
/// </remarks>
public static class SpecLimits
{
    /// <summary>The largest spec text, in characters (20 MiB), unless the spec sets its own (<c>AiiaMaxSpecSize</c>).</summary>
    public const int DefaultMaxCharacters = 20 * 1024 * 1024;

    /// <summary>The deepest nesting of YAML mappings and lists.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The most YAML nodes (keys, values, mappings and lists) written in a spec of the default size: one per sixteen
    /// characters (GitHub's REST description, 13 MB of JSON, has 475,521: one per 27).
    /// </summary>
    public const int MaxNodes = 1_310_720;

    /// <summary>
    /// The most YAML nodes that all aliases of a spec together stand for (an alias of a list of ten items
    /// stands for eleven nodes), so an alias "billion laughs" is stopped however few aliases it uses. The aliases
    /// themselves are not counted: each stands for at least one node, and one costs no more than those.
    /// </summary>
    public const int MaxAliasExpansion = 10_000;

    /// <summary>
    /// The most schema visits while building the model of a spec of the default size. Every property, item, map value
    /// and allOf part resolved is one visit; a spec whose schemas are repeated inline many times (under YAML aliases, say;
    /// a shared parameter, request body or response is read once) is stopped here before it generates unbounded code.
    /// </summary>
    public const int MaxSchemaVisits = 500_000;

    /// <summary>The deepest nesting of schemas (through properties, items, map values and aliases).</summary>
    public const int MaxSchemaDepth = 64;

    /// <summary>The longest chain of <c>$ref</c> to <c>$ref</c> followed (within the spec or across its sibling files): a cycle stops here.</summary>
    public const int MaxReferenceChain = 32;

    /// <summary>The limits of a spec whose text may have up to <paramref name="maxCharacters"/> characters.</summary>
    public static SpecSizeLimits ForSize(int maxCharacters) => new(
        maxCharacters,
        Scale(MaxNodes, maxCharacters),
        Scale(MaxSchemaVisits, maxCharacters));

    /// <summary>The limits of a spec of the default size.</summary>
    public static SpecSizeLimits Default { get; } = ForSize(DefaultMaxCharacters);

    /// <summary>
    /// Reads an <c>AiiaMaxSpecSize</c> value: a whole number of characters (<c>30000000</c>) or of MiB (<c>30MiB</c>,
    /// <c>30 MiB</c>), at least 1 and at most 1,024 MiB. Null when it is neither.
    /// </summary>
    public static int? ParseMaxSize(string value)
    {
        var text = value.Trim();
        var mebibytes = text.EndsWith("MiB", StringComparison.OrdinalIgnoreCase);
        if (mebibytes)
        {
            text = text.Substring(0, text.Length - 3).TrimEnd();
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return null;
        }

        var characters = mebibytes ? number * 1024 * 1024 : number;
        return characters <= 1024L * 1024 * 1024 ? (int)characters : null;
    }

    private static int Scale(int atDefault, int maxCharacters) =>
        (int)Math.Max(1, Math.Min(int.MaxValue, (long)atDefault * maxCharacters / DefaultMaxCharacters));
}

/// <summary>The limits that grow with a spec's allowed size: its characters, the YAML nodes and the schema visits.</summary>
/// <param name="MaxCharacters">The largest text, in characters.</param>
/// <param name="MaxNodes">The most YAML nodes written.</param>
/// <param name="MaxSchemaVisits">The most schema visits while building the model.</param>
public sealed record SpecSizeLimits(int MaxCharacters, int MaxNodes, int MaxSchemaVisits);
