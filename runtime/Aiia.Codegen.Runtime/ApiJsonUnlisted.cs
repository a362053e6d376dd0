using System.ComponentModel;

namespace Aiia.Codegen.Runtime;

/// <summary>What a generated converter does with a JSON property its schema does not list.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum ApiJsonUnlisted
{
    /// <summary>Kept as raw JSON (<see cref="ApiUndocumentedProperties"/>) and written back after the listed ones.</summary>
    Keep,

    /// <summary>Skipped (<c>additionalProperties: false</c>, or the spec's opt-out).</summary>
    Ignore,

    /// <summary>A read error at the property's path (<c>x-aiia-undocumented-properties: error</c>).</summary>
    Error,
}
