using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Aiia.Codegen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Scalar values as generated code can hold them. An escape such as <c>"\uD800"</c> yields text that is not
/// Unicode (it cannot appear in generated XML docs): reported. Line and paragraph separators (U+2028, U+2029,
/// U+0085), which C# reads as line breaks, become <c>\n</c>, which the emitters handle.
/// </summary>
internal sealed partial class SpecReader
{
    private bool CheckScalarText(YamlNode root)
    {
        var ok = true;
        var visited = new HashSet<YamlNode>(ReferenceComparer.Instance);
        var pending = new Stack<(YamlNode Node, string Path)>();
        pending.Push((root, "$"));
        while (pending.Count > 0)
        {
            var (node, path) = pending.Pop();
            if (!visited.Add(node))
            {
                continue; // An alias: its node was checked where it is anchored.
            }

            switch (node)
            {
                case YamlScalarNode scalar:
                    ok &= CheckScalar(scalar, path);
                    break;
                case YamlMappingNode mapping:
                    foreach (var pair in mapping.Children)
                    {
                        var key = (pair.Key as YamlScalarNode)?.Value ?? "?";
                        pending.Push((pair.Key, path));
                        pending.Push((pair.Value, Join(path, key)));
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        pending.Push((sequence.Children[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
                    }

                    break;
            }
        }

        return ok;
    }

    private bool CheckScalar(YamlScalarNode scalar, string path)
    {
        var value = scalar.Value;
        if (value is null)
        {
            return true;
        }

        StringBuilder? normalized = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                normalized?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                Report(
                    DiagnosticDescriptors.InvalidValue,
                    scalar,
                    $"The value holds U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}, which is not a Unicode character",
                    path,
                    "Remove the escape that produces it, or write the intended character itself.");
                return false;
            }

            if (c is '\u2028' or '\u2029' or '\u0085')
            {
                normalized ??= new StringBuilder(value, 0, i, value.Length);
                normalized.Append('\n');
                continue;
            }

            normalized?.Append(c);
        }

        if (normalized is not null)
        {
            scalar.Value = normalized.ToString();
        }

        return true;
    }

    /// <summary>YAML nodes compare by content; aliases are recognised by reference.</summary>
    private sealed class ReferenceComparer : IEqualityComparer<YamlNode>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(YamlNode? x, YamlNode? y) => ReferenceEquals(x, y);

        public int GetHashCode(YamlNode obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
