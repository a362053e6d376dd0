using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.IO;
using System.Text;
using Aiia.Codegen.Diagnostics;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Walks the YAML event stream once, iteratively, before the representation model is built (which recurses
/// and shares aliased nodes). It finds what the model would hide or choke on: syntax errors (with the spec
/// path where they occur), duplicate keys, aliases to nothing or to the node that contains them, and input
/// beyond <see cref="SpecLimits"/> (nesting depth, node count, alias count and what the aliases stand for).
/// </summary>
internal static class YamlPrescan
{
    /// <summary>
    /// The first problem found: what, where (character offsets into the text, or the file's first line when
    /// <see cref="AtFileStart"/>), and the message arguments.
    /// </summary>
    public sealed record Problem(DiagnosticDescriptor Descriptor, int Start, int End, string[] Args)
    {
        public bool AtFileStart { get; init; }
    }

    private sealed class Frame
    {
        public bool IsMapping;
        public bool IsFlow;
        public int StartIndex;
        public bool ExpectingKey = true;
        public string? Key;
        public int Index;
        public string? Anchor;
        public long StartCount;
        public Dictionary<string, long>? Keys; // key → line of its first occurrence
    }

    public static Problem? Check(string text)
    {
        if (text.Length > SpecLimits.MaxCharacters)
        {
            return new Problem(
                DiagnosticDescriptors.SpecTooLarge,
                0,
                0,
                new[]
                {
                    $"The spec has {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, more than the limit of {SpecLimits.MaxCharacters.ToString("N0", CultureInfo.InvariantCulture)}",
                    "$",
                    "Split the spec into several files (each AdditionalFiles item is generated on its own).",
                })
            {
                AtFileStart = true,
            };
        }

        // YAML allows only printable characters; the YAML library lets some others through, and they would end up in
        // generated XML docs (an unpaired surrogate, U+FFFF) that do not compile.
        var invalid = FindInvalidCharacter(text);
        var frames = new List<Frame>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal); // anchor → expanded size, -1 while open
        long count = 0; // nodes, aliases counted as what they stand for (the size of anchored nodes)
        long written = 0; // nodes as written
        long expansion = 0; // nodes that aliases stand for
        var aliases = 0;
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current;
                if (current is null)
                {
                    continue;
                }

                if (invalid >= 0 && Index(current.End) > invalid)
                {
                    // The node holding the character (or the first one after it) names the spec path.
                    var key = current is Scalar { } holder && Index(holder.Start) <= invalid
                        && frames.Count > 0 && frames[frames.Count - 1] is { IsMapping: true, ExpectingKey: true }
                        ? holder.Value
                        : null;
                    return InvalidCharacter(text, invalid, PathOf(frames, key));
                }

                switch (current)
                {
                    case Scalar scalar:
                    {
                        count++;
                        if (++written > SpecLimits.MaxNodes)
                        {
                            return TooManyNodes(current, frames);
                        }

                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = 1;
                        }

                        if (frames.Count > 0 && frames[frames.Count - 1] is { IsMapping: true, ExpectingKey: true } mapping)
                        {
                            mapping.Keys ??= new Dictionary<string, long>(StringComparer.Ordinal);
                            if (mapping.Keys.TryGetValue(scalar.Value, out var firstLine))
                            {
                                return new Problem(
                                    DiagnosticDescriptors.YamlSyntax,
                                    Index(scalar.Start),
                                    Index(scalar.End),
                                    new[]
                                    {
                                        PathOf(frames, scalar.Value),
                                        $"the key '{scalar.Value}' appears twice in this mapping (first on line {firstLine.ToString(CultureInfo.InvariantCulture)})",
                                        "Remove or rename one of them: a YAML mapping cannot hold a key twice.",
                                    });
                            }

                            mapping.Keys.Add(scalar.Value, scalar.Start.Line);
                            mapping.Key = scalar.Value;
                        }

                        Complete(frames);
                        break;
                    }

                    case AnchorAlias alias:
                    {
                        aliases++;
                        if (aliases > SpecLimits.MaxAliases)
                        {
                            return new Problem(
                                DiagnosticDescriptors.SpecTooLarge,
                                Index(alias.Start),
                                Index(alias.End),
                                new[]
                                {
                                    $"The spec uses more than {SpecLimits.MaxAliases.ToString(CultureInfo.InvariantCulture)} YAML aliases",
                                    PathOf(frames),
                                    "Use OpenAPI '$ref' to share schemas and parameters instead of YAML anchors and aliases.",
                                });
                        }

                        if (!anchors.TryGetValue(alias.Value.Value, out var size))
                        {
                            return new Problem(
                                DiagnosticDescriptors.YamlSyntax,
                                Index(alias.Start),
                                Index(alias.End),
                                new[]
                                {
                                    PathOf(frames),
                                    $"the alias '*{alias.Value.Value}' refers to no anchor '&{alias.Value.Value}' defined before it",
                                    "Define the anchor before the alias, or use an OpenAPI '$ref' instead.",
                                });
                        }

                        if (size < 0)
                        {
                            return new Problem(
                                DiagnosticDescriptors.Unsupported,
                                Index(alias.Start),
                                Index(alias.End),
                                new[]
                                {
                                    $"The alias '*{alias.Value.Value}' inside the node anchored '&{alias.Value.Value}' (a recursive YAML structure)",
                                    PathOf(frames),
                                    "Use an OpenAPI '$ref' to describe recursive schemas.",
                                });
                        }

                        count += size;
                        expansion += size;
                        if (expansion > SpecLimits.MaxAliasExpansion)
                        {
                            return new Problem(
                                DiagnosticDescriptors.SpecTooLarge,
                                Index(alias.Start),
                                Index(alias.End),
                                new[]
                                {
                                    $"The spec's YAML aliases stand for more than {SpecLimits.MaxAliasExpansion.ToString("N0", CultureInfo.InvariantCulture)} nodes in all (aliases of aliases multiply)",
                                    PathOf(frames),
                                    "Use OpenAPI '$ref' to share schemas and parameters instead of YAML anchors and aliases.",
                                });
                        }

                        if (frames.Count > 0 && frames[frames.Count - 1] is { IsMapping: true, ExpectingKey: true } mapping)
                        {
                            mapping.Key = "*" + alias.Value.Value;
                        }

                        Complete(frames);
                        break;
                    }

                    case NodeEvent start when current is MappingStart or SequenceStart:
                    {
                        count++;
                        if (++written > SpecLimits.MaxNodes)
                        {
                            return TooManyNodes(current, frames);
                        }

                        if (frames.Count > 0 && frames[frames.Count - 1] is { IsMapping: true, ExpectingKey: true } mapping)
                        {
                            mapping.Key = "?"; // A mapping or list used as a key.
                        }

                        var (startIndex, endIndex) = CollectionStart(text, start);
                        if (frames.Count >= SpecLimits.MaxDepth)
                        {
                            return new Problem(
                                DiagnosticDescriptors.SpecTooLarge,
                                startIndex,
                                endIndex,
                                new[]
                                {
                                    $"The spec nests mappings and lists deeper than {SpecLimits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels",
                                    PathOf(frames),
                                    "Move deeply nested schemas to components and refer to them with $ref.",
                                });
                        }

                        var frame = new Frame
                        {
                            IsMapping = current is MappingStart,
                            IsFlow = current is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow },
                            StartIndex = startIndex,
                            StartCount = count - 1,
                        };
                        if (!start.Anchor.IsEmpty)
                        {
                            frame.Anchor = start.Anchor.Value;
                            anchors[frame.Anchor] = -1;
                        }

                        frames.Add(frame);
                        break;
                    }

                    case MappingEnd or SequenceEnd:
                    {
                        if (frames.Count == 0)
                        {
                            break;
                        }

                        var frame = frames[frames.Count - 1];
                        frames.RemoveAt(frames.Count - 1);
                        if (frame.Anchor is not null)
                        {
                            anchors[frame.Anchor] = count - frame.StartCount;
                        }

                        Complete(frames);
                        break;
                    }
                }
            }
        }
        catch (YamlException exception)
        {
            if (invalid >= 0 && invalid <= Math.Max(Index(exception.Start), Index(exception.End)))
            {
                return InvalidCharacter(text, invalid, PathOf(frames));
            }

            if (UnclosedFlow(text, frames, Index(exception.Start)) is { } unclosed)
            {
                return unclosed with { Args = new[] { unclosed.Args[0], unclosed.Args[1] + " (" + Describe(exception) + ")", unclosed.Args[2] } };
            }

            return new Problem(
                DiagnosticDescriptors.YamlSyntax,
                Index(exception.Start),
                Index(exception.End),
                new[] { PathOf(frames), Describe(exception), "Fix the YAML here: check the indentation, quotes, brackets and the ': ' after each key." });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The YAML library failed on this text in a way it does not describe (it has thrown
            // InvalidOperationException on an unclosed bracket): still a syntax problem, at the place it stopped.
            var at = Index(scanner.CurrentPosition);
            if (invalid >= 0 && invalid <= at)
            {
                return InvalidCharacter(text, invalid, PathOf(frames));
            }

            if (UnclosedFlow(text, frames, at) is { } unclosed)
            {
                return unclosed;
            }

            return new Problem(
                DiagnosticDescriptors.YamlSyntax,
                at,
                at,
                new[] { PathOf(frames), "the YAML reader cannot read past this point (" + exception.GetType().Name + ")", "Fix the YAML here: check the indentation, quotes, brackets and the ': ' after each key." });
        }

        return invalid >= 0 ? InvalidCharacter(text, invalid, PathOf(frames)) : null;
    }

    /// <summary>
    /// The index of the first character YAML does not allow (outside tab, line breaks, U+0020–U+007E, U+0085,
    /// U+00A0–U+D7FF, U+E000–U+FFFD and well-formed surrogate pairs), or -1.
    /// </summary>
    private static int FindInvalidCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' or '\u0085' || (c >= ' ' && c <= '~') || (c >= '\u00A0' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD'))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    private static Problem InvalidCharacter(string text, int index, string path) => new(
        DiagnosticDescriptors.YamlSyntax,
        index,
        index + 1,
        new[]
        {
            path,
            $"the character U+{((int)text[index]).ToString("X4", CultureInfo.InvariantCulture)} is not allowed in YAML",
            "Remove it, or write it as an escape (\"\\u0001\") inside a double-quoted value.",
        });

    /// <summary>The YAML library's message without its "(Line: 3, Col: 5, Idx: 20) - (...): " prefix.</summary>
    public static string Describe(YamlException exception)
    {
        var message = exception.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        message = marker >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(marker + 3) : message;
        return message.TrimEnd('.', ' ');
    }

    private static Problem TooManyNodes(ParsingEvent at, List<Frame> frames) => new(
        DiagnosticDescriptors.SpecTooLarge,
        Index(at.Start),
        Index(at.End),
        new[]
        {
            $"The spec has more than {SpecLimits.MaxNodes.ToString("N0", CultureInfo.InvariantCulture)} YAML nodes",
            PathOf(frames),
            "Split the spec into several files (each AdditionalFiles item is generated on its own).",
        });

    /// <summary>
    /// A syntax error past the line where the innermost open flow collection (<c>[</c> or <c>{</c>) started is
    /// reported at that bracket: it is almost always the one left unclosed.
    /// </summary>
    private static Problem? UnclosedFlow(string text, List<Frame> frames, int errorIndex)
    {
        if (frames.Count == 0 || frames[frames.Count - 1] is not { IsFlow: true } frame)
        {
            return null;
        }

        var lineEnd = text.IndexOfAny(new[] { '\r', '\n' }, Math.Min(frame.StartIndex, text.Length));
        var atEnd = true;
        for (var i = Math.Min(errorIndex, text.Length); i < text.Length && atEnd; i++)
        {
            atEnd = char.IsWhiteSpace(text[i]);
        }

        if (!atEnd && (lineEnd < 0 || errorIndex <= lineEnd))
        {
            return null;
        }

        var bracket = frame.IsMapping ? "{" : "[";
        return new Problem(
            DiagnosticDescriptors.YamlSyntax,
            frame.StartIndex,
            Math.Min(frame.StartIndex + 1, text.Length),
            new[]
            {
                PathOf(frames.Take(frames.Count - 1).ToList()),
                $"this '{bracket}' is not closed",
                $"Close it with '{(frame.IsMapping ? "}" : "]")}' on its line, or write the value in block style (one item per line).",
            });
    }

    /// <summary>The span of a collection's opening: the YAML library gives a flow collection an empty span before its bracket.</summary>
    private static (int Start, int End) CollectionStart(string text, ParsingEvent start)
    {
        int from = Index(start.Start), to = Math.Max(Index(start.End), from);
        if (to < text.Length && text[to] is '[' or '{')
        {
            to++;
        }

        return (from, to);
    }

    private static int Index(Mark mark) => (int)Math.Min(Math.Max(mark.Index, 0), int.MaxValue);

    /// <summary>A node has ended: its parent mapping moves from key to value (or on to the next key), its list to the next item.</summary>
    private static void Complete(List<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return;
        }

        var parent = frames[frames.Count - 1];
        if (!parent.IsMapping)
        {
            parent.Index++;
        }
        else if (parent.ExpectingKey)
        {
            parent.ExpectingKey = false;
        }
        else
        {
            parent.ExpectingKey = true;
            parent.Key = null;
        }
    }

    /// <summary>The spec path of the node being read, in the reader's style: <c>paths./pets.get.parameters[0]</c>.</summary>
    private static string PathOf(List<Frame> frames, string? lastKey = null)
    {
        var builder = new StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsMapping)
            {
                var key = ReferenceEquals(frame, frames[frames.Count - 1]) && lastKey is not null ? lastKey : frame.Key;
                if (key is not null)
                {
                    builder.Append(builder.Length == 0 ? string.Empty : ".").Append(key);
                }
            }
            else
            {
                builder.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return builder.Length == 0 ? "$" : builder.ToString();
    }
}
