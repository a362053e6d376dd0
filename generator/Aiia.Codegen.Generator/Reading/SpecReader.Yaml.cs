using System.Collections.Generic;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Aiia.Codegen.Reading;

/// <summary>YAML access with located diagnostics: every wrong shape is reported at its node.</summary>
internal sealed partial class SpecReader
{
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private SpecDocuments? _documents;

    /// <summary>The spec's text and the files its external $refs brought in: where each offset is.</summary>
    private SpecDocuments Documents => _documents ??= new SpecDocuments(_input.Path, _input.Text);

    /// <summary>
    /// The span of a node: a scalar as written (quotes included); a mapping or list from its first token to the
    /// end of its last value (and its closing bracket when it is written in flow style), trailing blanks excluded.
    /// </summary>
    private LocationInfo Locate(SpecNode node) => Locate(node.Start, EndOf(node));

    /// <summary>
    /// A located span from character offsets (of the spec, or of a file it refers to); the line and column range is
    /// derived from that file's text.
    /// </summary>
    private LocationInfo Locate(int start, int end)
    {
        var document = Documents.At(start);
        var text = document.Text;
        start -= document.Base;
        end -= document.Base;
        start = System.Math.Min(System.Math.Max(start, 0), text.Length);
        end = System.Math.Min(System.Math.Max(end, start), text.Length);
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == start)
        {
            // An empty span (the YAML library marks some places as points): show the rest of that line.
            while (end < text.Length && text[end] is not ('\r' or '\n' or '\u0085' or '\u2028' or '\u2029'))
            {
                end++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
        }

        var span = TextSpan.FromBounds(start, end);
        return new LocationInfo(document.Path, span, document.Source.Lines.GetLinePositionSpan(span));
    }

    /// <summary>Where a node ends. The YAML library gives a mapping or list only the position of its start.</summary>
    private int EndOf(SpecNode node)
    {
        // Offsets are the spec's; the text is that of the node's file (a node grafted in from another file ends there).
        var document = Documents.At(node.Start);
        var text = document.Text;
        var chain = new List<SpecNode>();
        var current = node;
        var end = node.End - document.Base;
        while (chain.Count <= SpecLimits.MaxDepth)
        {
            SpecNode? last = current switch
            {
                SpecMapping { Children.Length: > 0 } mapping => LastValue(mapping),
                SpecSequence { Children.Length: > 0 } sequence => sequence.Children[sequence.Children.Length - 1],
                _ => null,
            };

            chain.Add(current);
            if (last is null || last.Start < current.Start || !document.Holds(last.Start))
            {
                // A leaf, an empty collection, an alias whose node stands earlier in the text, or a node of another
                // file: stop here.
                end = System.Math.Max(end, current.End - document.Base);
                break;
            }

            current = last;
            end = current.End - document.Base;
        }

        // Close flow collections from the innermost out: skip blanks, take the bracket if it is next.
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var closer = chain[i] switch
            {
                SpecMapping { IsFlow: true } => '}',
                SpecSequence { IsFlow: true } => ']',
                _ => '\0',
            };

            if (closer == '\0')
            {
                if (i < chain.Count - 1)
                {
                    break; // A block collection has no closer, and nor does anything around it.
                }

                continue;
            }

            if (i == chain.Count - 1)
            {
                // An empty flow collection: the YAML library's position stops before its opening bracket.
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                if (end < text.Length && text[end] == (closer == '}' ? '{' : '['))
                {
                    end++;
                }
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < text.Length && text[next] == closer)
            {
                end = next + 1;
            }
        }

        return end + document.Base;
    }

    private static SpecNode LastValue(SpecMapping mapping)
    {
        SpecNode? last = null;
        foreach (var pair in mapping.Children)
        {
            last = pair.Value;
        }

        return last!;
    }

    /// <summary>The first key of a mapping (problems of a document as a whole are shown there), else the mapping.</summary>
    private static SpecNode FirstKey(SpecMapping map)
    {
        foreach (var pair in map.Children)
        {
            return pair.Key;
        }

        return map;
    }

    /// <summary>A spec path one key deeper: <c>$</c> + <c>paths</c> → <c>paths</c>, <c>components</c> + <c>schemas</c> → <c>components.schemas</c>.</summary>
    private static string Join(string path, string key) => path == "$" ? key : path + "." + key;

    /// <summary>The first line of the spec: where problems of the file as a whole (its options) are shown.</summary>
    private LocationInfo FileStart()
    {
        var main = Documents.Main;
        var line = main.Source.Lines[0].Span;
        var span = new TextSpan(0, System.Math.Min(line.Length, 200));
        return new LocationInfo(main.Path, span, main.Source.Lines.GetLinePositionSpan(span));
    }

    private void Report(DiagnosticDescriptor descriptor, SpecNode? node, params string[] args)
    {
        if ((descriptor == DiagnosticDescriptors.UnresolvedReference || descriptor == DiagnosticDescriptors.UnresolvedSchemaReference) && node is not null && _externals?.HasReported(node) == true)
        {
            return; // An external $ref whose file is missing or remote: said once, by ExternalReferences.
        }

        _diagnostics.Add(new DiagnosticInfo(descriptor, node is null ? FileStart() : Locate(node), new EquatableArray<string>(args)));
    }

    private void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
        _diagnostics.Add(new DiagnosticInfo(descriptor, location, new EquatableArray<string>(args)));

    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    private static SpecNode? Get(SpecMapping map, string key)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is SpecScalar scalar && scalar.Value == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>The key node of <paramref name="key"/> (diagnostics about a whole entry point at its key).</summary>
    private static SpecNode? GetKey(SpecMapping map, string key)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is SpecScalar scalar && scalar.Value == key)
            {
                return pair.Key;
            }
        }

        return null;
    }

    private SpecMapping? GetMapping(SpecMapping map, string key, string path)
    {
        var node = Get(map, key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is SpecMapping mapping)
        {
            return mapping;
        }

        Report(DiagnosticDescriptors.InvalidValue, node, $"'{key}' must be a mapping", Join(path, key), "Write it as 'key: value' pairs on indented lines.");
        return null;
    }

    private SpecSequence? GetSequence(SpecMapping map, string key, string path)
    {
        var node = Get(map, key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is SpecSequence sequence)
        {
            return sequence;
        }

        Report(DiagnosticDescriptors.InvalidValue, node, $"'{key}' must be a list", Join(path, key), "Write it as '- item' lines or as [a, b].");
        return null;
    }

    private string? GetString(SpecMapping map, string key, string path)
    {
        var node = Get(map, key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is SpecScalar scalar)
        {
            return scalar.Value;
        }

        Report(DiagnosticDescriptors.InvalidValue, node, $"'{key}' must be a text value", Join(path, key), "Write a single value, not a mapping or a list.");
        return null;
    }

    private bool GetBool(SpecMapping map, string key, string path)
    {
        var node = Get(map, key);
        if (node is null || IsNull(node))
        {
            return false;
        }

        if (node is SpecScalar trueScalar && SpecScalar.IsTrueWord(trueScalar.Value))
        {
            return true;
        }

        if (node is SpecScalar falseScalar && SpecScalar.IsFalseWord(falseScalar.Value))
        {
            return false;
        }

        Report(DiagnosticDescriptors.InvalidValue, node, $"'{key}' must be true or false", Join(path, key), "Write true or false.");
        return false;
    }

    private static bool IsNull(SpecNode node) => node is SpecScalar { IsNull: true };

    /// <summary>Entries of a mapping with scalar keys, in document order; other keys are reported.</summary>
    private IEnumerable<(string Key, SpecScalar KeyNode, SpecNode Value)> Entries(SpecMapping map, string path)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is SpecScalar { Value: not null } scalar)
            {
                yield return (scalar.Value, scalar, pair.Value);
            }
            else
            {
                ReportNonTextKey(pair.Key, path);
            }
        }
    }

    /// <summary>Reports the keys of <paramref name="map"/> that are not text, the ones <see cref="Entries"/> skips, for a caller that walks the pairs itself.</summary>
    private void ReportNonTextKeys(SpecMapping map, string path)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is not SpecScalar { Value: not null })
            {
                ReportNonTextKey(pair.Key, path);
            }
        }
    }

    private void ReportNonTextKey(SpecNode key, string path) =>
        Report(DiagnosticDescriptors.InvalidValue, key, "A key must be a plain text value", path, "Use a plain name as the key.");
}
