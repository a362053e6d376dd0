using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Aiia.Codegen.Reading;

/// <summary>
/// A node of the spec's YAML, as <see cref="YamlLoader"/> builds it in its one pass over the text: only what the
/// reader uses (values, order, flow style and character offsets), far lighter than a general YAML node model.
/// An alias is not a node of its own: it is the node its anchor names, shared. Public for the CLI, which walks the
/// same tree (<see cref="SpecCompiler.LoadTree"/>) rather than reading the YAML a second way.
/// </summary>
public abstract class SpecNode
{
    // The end offset (never negative) with a flag of the node's kind in its sign bit: a scalar's IsPlain, a
    // collection's IsFlow. Every node of a spec outlives its load (hundreds of thousands of them for a large spec), and
    // a field of its own would make each one 8 bytes larger.
    private readonly int _endAndFlag;

    private protected SpecNode(int start, int end, bool flag)
    {
        Start = start;
        _endAndFlag = flag ? end | int.MinValue : end;
    }

    /// <summary>Offset of the node's first character (of its opening token for a mapping or list).</summary>
    public int Start { get; }

    /// <summary>Offset just past a scalar; for a mapping or list, just past its opening token (see <c>SpecReader.EndOf</c>).</summary>
    public int End => _endAndFlag & int.MaxValue;

    /// <summary>The flag given to the constructor.</summary>
    private protected bool Flag => _endAndFlag < 0;

    /// <summary>
    /// Nodes are equal only to themselves; hashed by offset, which is cheaper than the runtime's identity hash for the
    /// sets of visited schemas the reader keeps (two nodes share an offset only when one starts the other).
    /// </summary>
    public override int GetHashCode() => Start;
}

/// <summary>A scalar: its value with line and paragraph separators already turned into <c>\n</c>.</summary>
public sealed class SpecScalar : SpecNode
{
    internal SpecScalar(string value, bool isPlain, string? tag, int start, int end)
        : base(start, end, isPlain)
    {
        Value = value;
        Tag = tag;
    }

    /// <summary>The text of the scalar.</summary>
    public string Value { get; }

    /// <summary>Written without quotes or block indicators (only then can it mean null).</summary>
    public bool IsPlain => Flag;

    /// <summary>Its explicit tag (<c>tag:yaml.org,2002:str</c> for <c>!!str</c>), or null.</summary>
    public string? Tag { get; }

    /// <summary>
    /// What the scalar means under the YAML 1.2 core schema, the one rule for null, booleans and numbers: a core tag
    /// decides; otherwise only a plain scalar (untagged, or tagged <c>!</c>/<c>?</c>) can be null (<c>~</c>, <c>null</c>,
    /// nothing), a boolean (<c>true</c>/<c>false</c> in three spellings) or a number; everything else is a string.
    /// </summary>
    public ScalarKind Kind
    {
        get
        {
            switch (Tag)
            {
                case "tag:yaml.org,2002:str":
                    return ScalarKind.String;
                case "tag:yaml.org,2002:null":
                    return ScalarKind.Null;
                case "tag:yaml.org,2002:bool":
                    return IsTrueWord(Value) ? ScalarKind.True : ScalarKind.False;
                case "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float":
                    return ScalarKind.Number;
            }

            if (!IsPlain || (Tag is not null && Tag != "!" && Tag != "?"))
            {
                return ScalarKind.String;
            }

            if (IsNullWord(Value))
            {
                return ScalarKind.Null;
            }

            if (IsTrueWord(Value))
            {
                return ScalarKind.True;
            }

            if (IsFalseWord(Value))
            {
                return ScalarKind.False;
            }

            return NumberPatterns.IsNumber(Value) ? ScalarKind.Number : ScalarKind.String;
        }
    }

    /// <summary>
    /// <see cref="Kind"/> is <see cref="ScalarKind.Null"/>, found without the number patterns (the reader asks this of
    /// nearly every value it reads).
    /// </summary>
    public bool IsNull => Tag == "tag:yaml.org,2002:null" || (IsPlain && Tag is null or "!" or "?" && IsNullWord(Value));

    /// <summary>The core schema's null words: nothing, <c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c>.</summary>
    internal static bool IsNullWord(string value) => value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The core schema's <c>true</c> in its three spellings.</summary>
    internal static bool IsTrueWord(string value) => value is "true" or "True" or "TRUE";

    /// <summary>The core schema's <c>false</c> in its three spellings.</summary>
    internal static bool IsFalseWord(string value) => value is "false" or "False" or "FALSE";

    /// <summary>The core schema's integers (decimal, <c>0o</c> octal, <c>0x</c> hex) and floats; built on first use only.</summary>
    private static class NumberPatterns
    {
        private static readonly Regex Number = new(
            @"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)$",
            RegexOptions.CultureInvariant);

        public static bool IsNumber(string value) => Number.IsMatch(value);
    }
}

/// <summary>What a scalar means under the YAML core schema (<see cref="SpecScalar.Kind"/>).</summary>
public enum ScalarKind
{
    /// <summary>Null.</summary>
    Null,

    /// <summary>The boolean true.</summary>
    True,

    /// <summary>The boolean false.</summary>
    False,

    /// <summary>A number (integer or float).</summary>
    Number,

    /// <summary>A string.</summary>
    String,
}

/// <summary>A mapping: its entries in document order (the loader has already rejected duplicate keys).</summary>
public sealed class SpecMapping : SpecNode
{
    internal SpecMapping(bool isFlow, int start, int end)
        : base(start, end, isFlow)
    {
    }

    /// <summary>Set once, by the loader, when the mapping ends (an array of the exact size: no list growth).</summary>
    public KeyValuePair<SpecNode, SpecNode>[] Children { get; internal set; } = Array.Empty<KeyValuePair<SpecNode, SpecNode>>();

    /// <summary>Written as <c>{ a: 1 }</c>.</summary>
    public bool IsFlow => Flag;
}

/// <summary>A list: its items in document order.</summary>
public sealed class SpecSequence : SpecNode
{
    internal SpecSequence(bool isFlow, int start, int end)
        : base(start, end, isFlow)
    {
    }

    /// <summary>Set once, by the loader, when the list ends.</summary>
    public SpecNode[] Children { get; internal set; } = Array.Empty<SpecNode>();

    /// <summary>Written as <c>[a, b]</c>.</summary>
    public bool IsFlow => Flag;
}
