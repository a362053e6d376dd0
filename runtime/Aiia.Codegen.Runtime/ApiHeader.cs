using System.ComponentModel;

namespace Aiia.Codegen.Runtime;

/// <summary>A header of one <see cref="ApiRequest"/>.</summary>
/// <param name="Name">The header name.</param>
/// <param name="Value">The header value; never logged.</param>
/// <param name="Sensitive">True for credentials and tokens, so consumers know to redact the value.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly record struct ApiHeader(string Name, string Value, bool Sensitive)
{
    /// <summary>Shows the name only: the value may be a secret.</summary>
    /// <returns>The header name and whether it is sensitive.</returns>
    public override string ToString() => Sensitive ? $"{Name}: (sensitive)" : $"{Name}: (value)";
}
