using Aiia.Codegen.Reading;
using Microsoft.CodeAnalysis.Text;

namespace Aiia.Codegen.Cli.Specs;

/// <summary>
/// The generator's reader tree of a spec (<see cref="SpecCompiler.LoadTree"/>), for what the model does not keep:
/// example values, component names and the places of things. Navigation only; what a scalar means is the reader's
/// rule (<see cref="SpecScalar.Kind"/>).
/// </summary>
internal sealed class SpecTree
{
    private readonly SourceText _text;

    private SpecTree(SpecMapping root, string text)
    {
        Root = root;
        _text = SourceText.From(text);
    }

    /// <summary>The root mapping.</summary>
    public SpecMapping Root { get; }

    /// <summary>The tree of <paramref name="text"/>, or null when the reader cannot load it or it is not a YAML mapping.</summary>
    public static SpecTree? TryLoad(string text) => SpecCompiler.LoadTree(text) is SpecMapping root ? new SpecTree(root, text) : null;

    /// <summary>One-based line and column where <paramref name="node"/> starts.</summary>
    public (long Line, long Column) PositionOf(SpecNode node)
    {
        var position = _text.Lines.GetLinePosition(Math.Min(Math.Max(node.Start, 0), _text.Length));
        return (position.Line + 1, position.Character + 1);
    }

    /// <summary>The value under <paramref name="key"/> of a mapping, or null.</summary>
    public static SpecNode? Get(SpecNode? node, string key)
    {
        if (node is not SpecMapping mapping)
        {
            return null;
        }

        foreach (var entry in mapping.Children)
        {
            if (entry.Key is SpecScalar { Value: var name } && string.Equals(name, key, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>The mapping under a chain of keys, or null.</summary>
    public static SpecMapping? GetMapping(SpecNode? node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = Get(node, key);
        }

        return node as SpecMapping;
    }

    /// <summary>A scalar's text, or null.</summary>
    public static string? GetString(SpecNode? node, string key) => (Get(node, key) as SpecScalar)?.Value;

    /// <summary>The entries of a mapping with text keys, in document order (nothing for a non-mapping).</summary>
    public static IEnumerable<(string Key, SpecNode Value)> Entries(SpecNode? node)
    {
        if (node is not SpecMapping mapping)
        {
            yield break;
        }

        foreach (var entry in mapping.Children)
        {
            if (entry.Key is SpecScalar { Value: var key })
            {
                yield return (key, entry.Value);
            }
        }
    }

    /// <summary>Every <c>$ref</c> value of the document that does not point into it (<c>other.yaml#/...</c>, <c>https://...</c>).</summary>
    public IEnumerable<string> ExternalReferences()
    {
        var pending = new Stack<(SpecNode Node, int Depth)>();
        pending.Push((Root, 0));
        var seen = new HashSet<SpecNode>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > 256 || !seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case SpecMapping mapping:
                    foreach (var entry in mapping.Children)
                    {
                        if (entry.Key is SpecScalar { Value: "$ref" } && entry.Value is SpecScalar { Value: var target } && !target.StartsWith('#'))
                        {
                            yield return target;
                        }

                        pending.Push((entry.Value, depth + 1));
                    }

                    break;
                case SpecSequence sequence:
                    foreach (var item in sequence.Children)
                    {
                        pending.Push((item, depth + 1));
                    }

                    break;
            }
        }
    }
}
