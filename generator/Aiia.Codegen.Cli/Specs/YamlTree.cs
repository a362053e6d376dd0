using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Aiia.Codegen.Cli.Specs;

/// <summary>
/// The spec's YAML as a tree with line and column on every node, for what the model does not keep: example values,
/// component names and the places of things. Only read after the generator's reader accepted the text.
/// </summary>
internal static class YamlTree
{
    /// <summary>The root mapping of <paramref name="text"/>, or null when it is not a YAML mapping.</summary>
    public static YamlMappingNode? TryLoad(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    /// <summary>The value under <paramref name="key"/> of a mapping, or null.</summary>
    public static YamlNode? Get(YamlNode? node, string key)
    {
        if (node is not YamlMappingNode mapping)
        {
            return null;
        }

        foreach (var entry in mapping.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } name } && string.Equals(name, key, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>The mapping under a chain of keys, or null.</summary>
    public static YamlMappingNode? GetMapping(YamlNode? node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = Get(node, key);
        }

        return node as YamlMappingNode;
    }

    /// <summary>A scalar's text, or null.</summary>
    public static string? GetString(YamlNode? node, string key) => (Get(node, key) as YamlScalarNode)?.Value;

    /// <summary>The entries of a mapping with text keys, in document order (nothing for a non-mapping).</summary>
    public static IEnumerable<(string Key, YamlNode Value)> Entries(YamlNode? node)
    {
        if (node is not YamlMappingNode mapping)
        {
            yield break;
        }

        foreach (var entry in mapping.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } key })
            {
                yield return (key, entry.Value);
            }
        }
    }

    /// <summary>Every <c>$ref</c> value of the document that does not point into it (<c>other.yaml#/...</c>, <c>https://...</c>).</summary>
    public static IEnumerable<string> ExternalReferences(YamlNode root)
    {
        var pending = new Stack<(YamlNode Node, int Depth)>();
        pending.Push((root, 0));
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > 256 || !seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var entry in mapping.Children)
                    {
                        if (entry.Key is YamlScalarNode { Value: "$ref" } && entry.Value is YamlScalarNode { Value: { } target } && !target.StartsWith('#'))
                        {
                            yield return target;
                        }

                        pending.Push((entry.Value, depth + 1));
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        pending.Push((item, depth + 1));
                    }

                    break;
            }
        }
    }
}
