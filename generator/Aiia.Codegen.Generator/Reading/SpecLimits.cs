namespace Aiia.Codegen.Reading;

/// <summary>
/// Bounds on what one spec may cost the build. A spec beyond any of them gets <c>AIIA0013</c> at the place
/// where the limit was crossed, instead of a hang, a stack overflow or running out of memory. The numbers
/// are documented in <c>docs/diagnostics.md</c> (a test keeps them in step).
/// </summary>
public static class SpecLimits
{
    /// <summary>The largest spec text, in characters (4 MiB).</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;

    /// <summary>The deepest nesting of YAML mappings and lists.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most YAML aliases (<c>*name</c>) in one spec.</summary>
    public const int MaxAliases = 100;

    /// <summary>The most YAML nodes (keys, values, mappings and lists) written in one spec.</summary>
    public const int MaxNodes = 500_000;

    /// <summary>
    /// The most YAML nodes that all aliases of a spec together stand for (an alias of a list of ten items
    /// stands for eleven nodes), so an alias "billion laughs" is stopped however few aliases it uses.
    /// </summary>
    public const int MaxAliasExpansion = 10_000;

    /// <summary>
    /// The most schema visits while building the model. Every property, item, map value and allOf part
    /// resolved is one visit; a spec whose schemas are reused inline many times (a shared response with a
    /// large inline schema, say) is stopped here before it generates unbounded code.
    /// </summary>
    public const int MaxSchemaVisits = 100_000;

    /// <summary>The deepest nesting of schemas (through properties, items, map values and aliases).</summary>
    public const int MaxSchemaDepth = 64;
}
