using System;
using System.Collections.Generic;
using System.Linq;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Copies a node tree with its offsets moved (into another file's range of the offset space, or back to the text a
/// loader was not given). Aliases stay shared nodes; the loader bounded the nesting, so recursion is safe.
/// </summary>
internal static class SpecNodeCopy
{
    public static SpecNode Remap(SpecNode root, Func<int, int> offset) =>
        Copy(root, offset, new Dictionary<SpecNode, SpecNode>());

    private static SpecNode Copy(SpecNode node, Func<int, int> offset, Dictionary<SpecNode, SpecNode> copies)
    {
        if (copies.TryGetValue(node, out var copy))
        {
            return copy;
        }

        switch (node)
        {
            case SpecScalar scalar:
                copy = new SpecScalar(scalar.Value, scalar.IsPlain, scalar.Tag, offset(scalar.Start), offset(scalar.End));
                copies[node] = copy;
                return copy;
            case SpecMapping mapping:
            {
                var moved = new SpecMapping(mapping.IsFlow, offset(mapping.Start), offset(mapping.End));
                copies[node] = moved;
                moved.Children = mapping.Children
                    .Select(pair => new KeyValuePair<SpecNode, SpecNode>(Copy(pair.Key, offset, copies), Copy(pair.Value, offset, copies)))
                    .ToArray();
                return moved;
            }

            default:
            {
                var sequence = (SpecSequence)node;
                var moved = new SpecSequence(sequence.IsFlow, offset(sequence.Start), offset(sequence.End));
                copies[node] = moved;
                moved.Children = sequence.Children.Select(item => Copy(item, offset, copies)).ToArray();
                return moved;
            }
        }
    }
}
