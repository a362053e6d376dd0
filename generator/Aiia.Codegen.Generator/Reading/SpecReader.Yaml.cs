using System.Collections.Generic;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.RepresentationModel;

namespace Aiia.Codegen.Reading;

/// <summary>YAML access with located diagnostics: every wrong shape is reported at its node.</summary>
internal sealed partial class SpecReader
{
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private LocationInfo Locate(YamlNode node) => Locate(node.Start, node.End);

    /// <summary>The first line of the spec: where problems of the file as a whole (its options) are shown.</summary>
    private LocationInfo FileStart()
    {
        var firstLine = _input.Text.IndexOfAny(new[] { '\r', '\n' });
        var length = firstLine < 0 ? _input.Text.Length : firstLine;
        return new LocationInfo(_input.Path, new TextSpan(0, length), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, length)));
    }

    private LocationInfo Locate(YamlDotNet.Core.Mark start, YamlDotNet.Core.Mark end)
    {
        var startIndex = (int)System.Math.Min(start.Index, _input.Text.Length);
        var endIndex = (int)System.Math.Min(System.Math.Max(end.Index, start.Index), _input.Text.Length);
        return new LocationInfo(
            _input.Path,
            TextSpan.FromBounds(startIndex, endIndex),
            new LinePositionSpan(
                new LinePosition((int)System.Math.Max(start.Line - 1, 0), (int)System.Math.Max(start.Column - 1, 0)),
                new LinePosition((int)System.Math.Max(end.Line - 1, 0), (int)System.Math.Max(end.Column - 1, 0))));
    }

    private void Report(DiagnosticDescriptor descriptor, YamlNode? node, params string[] args) =>
        _diagnostics.Add(new DiagnosticInfo(descriptor, node is null ? null : Locate(node), new EquatableArray<string>(args)));

    private void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args) =>
        _diagnostics.Add(new DiagnosticInfo(descriptor, location, new EquatableArray<string>(args)));

    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    private static YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode scalar && scalar.Value == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>The key node of <paramref name="key"/> (diagnostics about a whole entry point at its key).</summary>
    private static YamlNode? GetKey(YamlMappingNode map, string key)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode scalar && scalar.Value == key)
            {
                return pair.Key;
            }
        }

        return null;
    }

    private YamlMappingNode? GetMapping(YamlMappingNode map, string key, string path)
    {
        var node = Get(map, key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Report(DiagnosticDescriptors.InvalidValue, node, $"'{key}' must be a mapping", path + "." + key, "Write it as 'key: value' pairs on indented lines.");
        return null;
    }

    private YamlSequenceNode? GetSequence(YamlMappingNode map, string key, string path)
    {
        var node = Get(map, key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Report(DiagnosticDescriptors.InvalidValue, node, $"'{key}' must be a list", path + "." + key, "Write it as '- item' lines or as [a, b].");
        return null;
    }

    private string? GetString(YamlMappingNode map, string key, string path)
    {
        var node = Get(map, key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Report(DiagnosticDescriptors.InvalidValue, node, $"'{key}' must be a text value", path + "." + key, "Write a single value, not a mapping or a list.");
        return null;
    }

    private bool GetBool(YamlMappingNode map, string key, string path)
    {
        var node = Get(map, key);
        if (node is null || IsNull(node))
        {
            return false;
        }

        if (node is YamlScalarNode { Value: "true" or "True" or "TRUE" })
        {
            return true;
        }

        if (node is YamlScalarNode { Value: "false" or "False" or "FALSE" })
        {
            return false;
        }

        Report(DiagnosticDescriptors.InvalidValue, node, $"'{key}' must be true or false", path + "." + key, "Write true or false.");
        return false;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null" or "Null" or "NULL" } scalar
        && scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any;

    /// <summary>Entries of a mapping with scalar keys, in document order; other keys are reported.</summary>
    private IEnumerable<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Entries(YamlMappingNode map, string path)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: not null } scalar)
            {
                yield return (scalar.Value, scalar, pair.Value);
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidValue, pair.Key, "A key must be a plain text value", path, "Use a plain name as the key.");
            }
        }
    }
}
