using System;
using System.Globalization;

namespace Aiia.Codegen.Reading;

/// <summary>
/// JSON pointers (RFC 6901) over the reader's nodes: the one walk behind every <c>$ref</c> that points into a document —
/// path items, schemas below a component, and references into sibling files.
/// </summary>
internal static class JsonPointer
{
    /// <summary>The segments of a pointer (without its <c>#</c>; empty, or starting with <c>/</c>), unescaped.</summary>
    public static string[] Segments(string pointer)
    {
        if (pointer.Length == 0)
        {
            return Array.Empty<string>();
        }

        var segments = pointer.Substring(1).Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Unescape(segments[i]);
        }

        return segments;
    }

    /// <summary>The spec path (as messages show it) of a local reference: <c>#/paths/~1pets/get</c> → <c>paths./pets.get</c>.</summary>
    public static string SpecPath(string localReference) => string.Join(".", Segments(localReference.Substring(1)));

    /// <summary>
    /// The node <paramref name="pointer"/> names under <paramref name="root"/>, or null when a step finds nothing;
    /// <paramref name="lastKey"/> is the key node of the last mapping step taken (a diagnostic about the target points
    /// there), null when there was none.
    /// </summary>
    public static SpecNode? Resolve(SpecNode root, string pointer, out SpecScalar? lastKey)
    {
        lastKey = null;
        SpecNode? node = root;
        foreach (var segment in Segments(pointer))
        {
            node = node switch
            {
                SpecMapping mapping => Step(mapping, segment, ref lastKey),
                SpecSequence list when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < list.Children.Length => list.Children[index],
                _ => null,
            };

            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>A key as one segment of a pointer: <c>~</c> as <c>~0</c>, <c>/</c> as <c>~1</c>.</summary>
    public static string EscapeToken(string key) => key.Replace("~", "~0").Replace("/", "~1");

    /// <summary>A pointer segment: <c>~1</c> is <c>/</c>, <c>~0</c> is <c>~</c>; percent escapes (a URI fragment's) decoded first.</summary>
    private static string Unescape(string segment) => Uri.UnescapeDataString(segment).Replace("~1", "/").Replace("~0", "~");

    private static SpecNode? Step(SpecMapping mapping, string segment, ref SpecScalar? lastKey)
    {
        foreach (var pair in mapping.Children)
        {
            if (pair.Key is SpecScalar scalar && scalar.Value == segment)
            {
                lastKey = scalar;
                return pair.Value;
            }
        }

        return null;
    }
}
