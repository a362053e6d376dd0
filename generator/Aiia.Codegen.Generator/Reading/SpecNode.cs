using System;
using System.Collections.Generic;

namespace Aiia.Codegen.Reading;

/// <summary>
/// A node of the spec's YAML, as <see cref="YamlLoader"/> builds it in its one pass over the text: only what the
/// reader uses (values, order, flow style and character offsets), far lighter than a general YAML node model.
/// An alias is not a node of its own: it is the node its anchor names, shared.
/// </summary>
internal abstract class SpecNode
{
    protected SpecNode(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Offset of the node's first character (of its opening token for a mapping or list).</summary>
    public int Start { get; }

    /// <summary>Offset just past a scalar; for a mapping or list, just past its opening token (see <c>SpecReader.EndOf</c>).</summary>
    public int End { get; }

    /// <summary>
    /// Nodes are equal only to themselves; hashed by offset, which is cheaper than the runtime's identity hash for the
    /// sets of visited schemas the reader keeps (two nodes share an offset only when one starts the other).
    /// </summary>
    public override int GetHashCode() => Start;
}

/// <summary>A scalar: its value with line and paragraph separators already turned into <c>\n</c>.</summary>
internal sealed class SpecScalar(string value, bool isPlain, int start, int end) : SpecNode(start, end)
{
    public string Value { get; } = value;

    /// <summary>Written without quotes or block indicators (only then can it mean null).</summary>
    public bool IsPlain { get; } = isPlain;
}

/// <summary>A mapping: its entries in document order (the loader has already rejected duplicate keys).</summary>
internal sealed class SpecMapping(bool isFlow, int start, int end) : SpecNode(start, end)
{
    /// <summary>Set once, by the loader, when the mapping ends (an array of the exact size: no list growth).</summary>
    public KeyValuePair<SpecNode, SpecNode>[] Children { get; internal set; } = Array.Empty<KeyValuePair<SpecNode, SpecNode>>();

    /// <summary>Written as <c>{ a: 1 }</c>.</summary>
    public bool IsFlow { get; } = isFlow;
}

/// <summary>A list: its items in document order.</summary>
internal sealed class SpecSequence(bool isFlow, int start, int end) : SpecNode(start, end)
{
    /// <summary>Set once, by the loader, when the list ends.</summary>
    public SpecNode[] Children { get; internal set; } = Array.Empty<SpecNode>();

    /// <summary>Written as <c>[a, b]</c>.</summary>
    public bool IsFlow { get; } = isFlow;
}
