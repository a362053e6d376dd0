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
/// Reads the spec's YAML into <see cref="SpecNode"/>s in one pass over YamlDotNet's event stream, iteratively. On
/// the way it finds what a node model would hide or choke on: syntax errors (with the spec path where they occur),
/// duplicate keys, aliases to nothing or to the node that contains them, input beyond <see cref="SpecLimits"/>
/// (nesting depth, node count and what the aliases stand for), and scalar values that are not Unicode
/// text. Only the first document of the stream becomes nodes; the rest is still checked.
/// </summary>
internal static class YamlLoader
{
    /// <summary>
    /// A problem: what, where (character offsets into the text, or the file's first line when
    /// <see cref="AtFileStart"/>), and the message arguments.
    /// </summary>
    public sealed record Problem(DiagnosticDescriptor Descriptor, int Start, int End, string[] Args)
    {
        public bool AtFileStart { get; init; }
    }

    /// <summary>
    /// What was loaded: the first document's root (null when the stream is empty or on a <see cref="Fatal"/>
    /// problem), the one problem that stopped the load, or the scalars whose text cannot be used (all of them).
    /// </summary>
    public sealed record Result(SpecNode? Root, Problem? Fatal, IReadOnlyList<Problem> InvalidScalars);

    /// <summary>
    /// An open mapping or list. Frames are reused once their node has ended (a spec has hundreds of thousands of
    /// mappings, but only as many open at once as it nests), and so are their key tables.
    /// </summary>
    private sealed class Frame
    {
        private const int FewKeys = 8; // Up to this many keys are compared one by one; beyond it, hashed.

        private readonly string[] _fewKeys = new string[FewKeys];
        private readonly long[] _fewKeyLines = new long[FewKeys];
        private int _keyCount;
        private Dictionary<string, long>? _manyKeys; // key → line of its first occurrence
        private bool _hashed;

        public SpecNode Node = null!;
        public bool ExpectingKey;
        public string? Key;
        public SpecNode? KeyNode;
        public int Index;
        public string? Anchor;
        public long StartCount;

        /// <summary>The mapping's entries or the list's items so far (the node gets them as an array when it ends).</summary>
        public readonly List<KeyValuePair<SpecNode, SpecNode>> Entries = new();
        public readonly List<SpecNode> Items = new();

        public bool IsMapping => Node is SpecMapping;

        /// <summary>Written as <c>{ ... }</c> or <c>[ ... ]</c>.</summary>
        public bool IsFlow => Node is SpecMapping { IsFlow: true } or SpecSequence { IsFlow: true };

        /// <summary>Where the collection's first token starts (its bracket, in flow style).</summary>
        public int StartIndex => Node.Start;

        /// <summary>The open mapping when the next node is one of its keys, else null.</summary>
        public static Frame? AwaitingKey(List<Frame> frames) =>
            frames.Count > 0 && frames[frames.Count - 1] is { IsMapping: true, ExpectingKey: true } mapping ? mapping : null;

        public void Reset(SpecNode node, long startCount)
        {
            Node = node;
            StartCount = startCount;
            ExpectingKey = true;
            Key = null;
            KeyNode = null;
            Index = 0;
            Anchor = null;
            _keyCount = 0;
            _hashed = false;
            _manyKeys?.Clear();
            Entries.Clear();
            Items.Clear();
        }

        /// <summary>Hands the children to the node; the frame can then be reused.</summary>
        public void End()
        {
            if (Node is SpecMapping mapping)
            {
                mapping.Children = Entries.Count == 0 ? Array.Empty<KeyValuePair<SpecNode, SpecNode>>() : Entries.ToArray();
            }
            else if (Items.Count > 0)
            {
                ((SpecSequence)Node).Children = Items.ToArray();
            }
        }

        /// <summary>Records a key of this mapping, or returns false with the line where it already appeared.</summary>
        public bool TryAddKey(string key, long line, out long firstLine)
        {
            firstLine = 0;
            if (_hashed)
            {
                if (_manyKeys!.TryGetValue(key, out firstLine))
                {
                    return false;
                }

                _manyKeys.Add(key, line);
                return true;
            }

            for (var i = 0; i < _keyCount; i++)
            {
                if (string.Equals(_fewKeys[i], key, StringComparison.Ordinal))
                {
                    firstLine = _fewKeyLines[i];
                    return false;
                }
            }

            if (_keyCount < FewKeys)
            {
                _fewKeys[_keyCount] = key;
                _fewKeyLines[_keyCount++] = line;
                return true;
            }

            _manyKeys ??= new Dictionary<string, long>(StringComparer.Ordinal);
            for (var i = 0; i < _keyCount; i++)
            {
                _manyKeys.Add(_fewKeys[i], _fewKeyLines[i]);
            }

            _manyKeys.Add(key, line);
            _hashed = true;
            return true;
        }
    }

    private static readonly IReadOnlyList<Problem> NoProblems = new Problem[0];

    /// <summary>Loads <paramref name="text"/> within <paramref name="limits"/> (<see cref="SpecLimits.Default"/> when null).</summary>
    public static Result Load(string text, SpecSizeLimits? limits = null)
    {
        limits ??= SpecLimits.Default;
        var result = LoadOnce(text, limits);
        return result.Fatal is { } fatal && BlankLines.IsRejectedBlockScalar(fatal.Args) ? BlankLines.Retry(text, limits, result) : result;
    }

    /// <summary>
    /// The YAML library rejects valid block scalars whose lines hold only blanks (<c>key: |+</c> over lines of spaces:
    /// "found extra spaces in first line", aaubry/YamlDotNet#523). Such a text is read again with those lines emptied,
    /// which YAML reads the same way (a blank line of a block scalar is an empty line; only blanks beyond the scalar's
    /// indentation are lost), and its offsets are mapped back to the text as written.
    /// </summary>
    private static class BlankLines
    {
        public static bool IsRejectedBlockScalar(string[] args) =>
            args.Length > 1 && (args[1].Contains("found extra spaces in first line") || args[1].Contains("found more spaces in lines above first content line"));

        public static Result Retry(string text, SpecSizeLimits limits, Result failed)
        {
            var emptied = new StringBuilder(text.Length);
            var removedBefore = new List<(int At, int Removed)>(); // offset in the emptied text → characters removed before it
            var removed = 0;
            var lineStart = 0;
            while (lineStart < text.Length)
            {
                var lineEnd = lineStart;
                while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
                {
                    lineEnd++;
                }

                var blank = lineEnd > lineStart;
                for (var i = lineStart; i < lineEnd && blank; i++)
                {
                    blank = text[i] == ' ';
                }

                if (blank)
                {
                    removed += lineEnd - lineStart;
                    removedBefore.Add((emptied.Length, removed));
                }
                else
                {
                    emptied.Append(text, lineStart, lineEnd - lineStart);
                }

                var next = lineEnd < text.Length && text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n'
                    ? lineEnd + 2
                    : Math.Min(lineEnd + 1, text.Length);

                emptied.Append(text, lineEnd, next - lineEnd);
                lineStart = next;
            }

            if (removed == 0)
            {
                return failed;
            }

            var retried = LoadOnce(emptied.ToString(), limits);
            if (retried.Fatal is not null)
            {
                return failed;
            }

            int Original(int offset)
            {
                var shift = 0;
                int low = 0, high = removedBefore.Count - 1;
                while (low <= high)
                {
                    var middle = (low + high) / 2;
                    if (removedBefore[middle].At <= offset)
                    {
                        shift = removedBefore[middle].Removed;
                        low = middle + 1;
                    }
                    else
                    {
                        high = middle - 1;
                    }
                }

                return offset + shift;
            }

            var root = retried.Root is null ? null : SpecNodeCopy.Remap(retried.Root, Original);
            var problems = retried.InvalidScalars.Select(p => p with { Start = Original(p.Start), End = Original(p.End) }).ToList();
            return new Result(root, null, problems);
        }
    }

    private static Result LoadOnce(string text, SpecSizeLimits limits)
    {
        if (text.Length > limits.MaxCharacters)
        {
            return Stop(new Problem(
                DiagnosticDescriptors.SpecTooLarge,
                0,
                0,
                new[]
                {
                    $"The spec has {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, more than the limit of {limits.MaxCharacters.ToString("N0", CultureInfo.InvariantCulture)}",
                    "$",
                    "Raise the limit with AiiaMaxSpecSize on its AdditionalFiles item (e.g. AiiaMaxSpecSize=\"40MiB\"), or split the spec into several files.",
                })
            {
                AtFileStart = true,
            });
        }

        // YAML allows only printable characters; the YAML library lets some others through, and they would end up in
        // generated XML docs (an unpaired surrogate, U+FFFF) that do not compile.
        var invalid = FindInvalidCharacter(text);
        var frames = new List<Frame>();
        var spare = new Stack<Frame>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal); // anchor → expanded size, -1 while open
        var anchored = new Dictionary<string, SpecNode>(StringComparer.Ordinal);
        List<Problem>? invalidScalars = null;
        var texts = new SharedTexts();
        SpecNode? root = null;
        long count = 0; // nodes, aliases counted as what they stand for (the size of anchored nodes)
        long written = 0; // nodes as written
        long expansion = 0; // nodes that aliases stand for
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
                        && Frame.AwaitingKey(frames) is not null
                        ? holder.Value
                        : null;
                    return Stop(InvalidCharacter(text, invalid, PathOf(frames, key)));
                }

                switch (current)
                {
                    case Scalar scalar:
                    {
                        count++;
                        if (++written > limits.MaxNodes)
                        {
                            return Stop(TooManyNodes(current, frames, limits.MaxNodes));
                        }

                        if (Frame.AwaitingKey(frames) is { } mapping)
                        {
                            if (!mapping.TryAddKey(scalar.Value, scalar.Start.Line, out var firstLine))
                            {
                                return Stop(new Problem(
                                    DiagnosticDescriptors.YamlSyntax,
                                    Index(scalar.Start),
                                    Index(scalar.End),
                                    new[]
                                    {
                                        PathOf(frames, scalar.Value),
                                        $"the key '{scalar.Value}' appears twice in this mapping (first on line {firstLine.ToString(CultureInfo.InvariantCulture)})",
                                        "Remove or rename one of them: a YAML mapping cannot hold a key twice.",
                                    }));
                            }
                        }

                        var value = texts.Share(ScalarText(scalar.Value, out var bad));
                        if (bad >= 0)
                        {
                            (invalidScalars ??= new List<Problem>()).Add(InvalidScalar(scalar, bad, PathOf(frames)));
                        }

                        var node = new SpecScalar(value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, scalar.Tag.IsEmpty ? null : scalar.Tag.Value, Index(scalar.Start), Index(scalar.End));
                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = 1;
                            anchored[scalar.Anchor.Value] = node;
                        }

                        Complete(frames, node, scalar.Value, ref root);
                        break;
                    }

                    case AnchorAlias alias:
                    {
                        if (!anchors.TryGetValue(alias.Value.Value, out var size))
                        {
                            return Stop(new Problem(
                                DiagnosticDescriptors.YamlSyntax,
                                Index(alias.Start),
                                Index(alias.End),
                                new[]
                                {
                                    PathOf(frames),
                                    $"the alias '*{alias.Value.Value}' refers to no anchor '&{alias.Value.Value}' defined before it",
                                    "Define the anchor before the alias, or use an OpenAPI '$ref' instead.",
                                }));
                        }

                        if (size < 0)
                        {
                            return Stop(new Problem(
                                DiagnosticDescriptors.Unsupported,
                                Index(alias.Start),
                                Index(alias.End),
                                new[]
                                {
                                    $"The alias '*{alias.Value.Value}' inside the node anchored '&{alias.Value.Value}' (a recursive YAML structure)",
                                    PathOf(frames),
                                    "Use an OpenAPI '$ref' to describe recursive schemas.",
                                }));
                        }

                        count += size;
                        expansion += size;
                        if (expansion > SpecLimits.MaxAliasExpansion)
                        {
                            return Stop(new Problem(
                                DiagnosticDescriptors.SpecTooLarge,
                                Index(alias.Start),
                                Index(alias.End),
                                new[]
                                {
                                    $"The spec's YAML aliases stand for more than {SpecLimits.MaxAliasExpansion.ToString("N0", CultureInfo.InvariantCulture)} nodes in all (aliases of aliases multiply)",
                                    PathOf(frames),
                                    "Use OpenAPI '$ref' to share schemas and parameters instead of YAML anchors and aliases.",
                                }));
                        }

                        Complete(frames, anchored[alias.Value.Value], "*" + alias.Value.Value, ref root);
                        break;
                    }

                    case NodeEvent start when current is MappingStart or SequenceStart:
                    {
                        count++;
                        if (++written > limits.MaxNodes)
                        {
                            return Stop(TooManyNodes(current, frames, limits.MaxNodes));
                        }

                        if (Frame.AwaitingKey(frames) is { } mapping)
                        {
                            mapping.Key = "?"; // A mapping or list used as a key.
                        }

                        var (startIndex, endIndex) = CollectionStart(text, start);
                        if (frames.Count >= SpecLimits.MaxDepth)
                        {
                            return Stop(new Problem(
                                DiagnosticDescriptors.SpecTooLarge,
                                startIndex,
                                endIndex,
                                new[]
                                {
                                    $"The spec nests mappings and lists deeper than {SpecLimits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels",
                                    PathOf(frames),
                                    "Move deeply nested schemas to components and refer to them with $ref.",
                                }));
                        }

                        var isMapping = current is MappingStart;
                        var isFlow = current is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow };
                        var frame = spare.Count > 0 ? spare.Pop() : new Frame();
                        frame.Reset(
                            isMapping ? new SpecMapping(isFlow, startIndex, Index(start.End)) : new SpecSequence(isFlow, startIndex, Index(start.End)),
                            count - 1);
                        if (!start.Anchor.IsEmpty)
                        {
                            frame.Anchor = start.Anchor.Value;
                            anchors[frame.Anchor] = -1;
                            anchored[frame.Anchor] = frame.Node;
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
                        frame.End();
                        if (frame.Anchor is not null)
                        {
                            anchors[frame.Anchor] = count - frame.StartCount;
                        }

                        Complete(frames, frame.Node, "?", ref root);
                        spare.Push(frame);
                        break;
                    }
                }
            }
        }
        catch (YamlException exception)
        {
            if (invalid >= 0 && invalid <= Math.Max(Index(exception.Start), Index(exception.End)))
            {
                return Stop(InvalidCharacter(text, invalid, PathOf(frames)));
            }

            if (UnclosedFlow(text, frames, Index(exception.Start)) is { } unclosed)
            {
                return Stop(unclosed with { Args = new[] { unclosed.Args[0], unclosed.Args[1] + " (" + Describe(exception) + ")", unclosed.Args[2] } });
            }

            return Stop(new Problem(
                DiagnosticDescriptors.YamlSyntax,
                Index(exception.Start),
                Index(exception.End),
                new[] { PathOf(frames), Describe(exception), "Fix the YAML here: check the indentation, quotes, brackets and the ': ' after each key." }));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The YAML library failed on this text in a way it does not describe (it has thrown
            // InvalidOperationException on an unclosed bracket): still a syntax problem, at the place it stopped.
            var at = Index(scanner.CurrentPosition);
            if (invalid >= 0 && invalid <= at)
            {
                return Stop(InvalidCharacter(text, invalid, PathOf(frames)));
            }

            if (UnclosedFlow(text, frames, at) is { } unclosed)
            {
                return Stop(unclosed);
            }

            return Stop(new Problem(
                DiagnosticDescriptors.YamlSyntax,
                at,
                at,
                new[] { PathOf(frames), "the YAML reader cannot read past this point (" + exception.GetType().Name + ")", "Fix the YAML here: check the indentation, quotes, brackets and the ': ' after each key." }));
        }

        return invalid >= 0
            ? Stop(InvalidCharacter(text, invalid, PathOf(frames)))
            : new Result(root, null, (IReadOnlyList<Problem>?)invalidScalars ?? NoProblems);
    }

    private static Result Stop(Problem problem) => new(null, problem, NoProblems);

    /// <summary>
    /// The same string for a short scalar text seen a moment ago: a spec repeats its keys and small values
    /// (<c>type</c>, <c>string</c>, <c>description</c>, property names) tens of thousands of times, and every node
    /// outlives the load, so each copy would be moved by every collection until the reader is done. A fixed table of
    /// the latest text per hash slot (a dictionary of every text would grow into the large-object heap); long texts
    /// (descriptions) rarely repeat.
    /// </summary>
    private sealed class SharedTexts
    {
        private const int MaxLength = 64;
        private readonly string?[] _slots = new string?[4096];

        public string Share(string text)
        {
            if (text.Length > MaxLength)
            {
                return text;
            }

            var slot = StringComparer.Ordinal.GetHashCode(text) & (_slots.Length - 1);
            if (_slots[slot] is { } seen && string.Equals(seen, text, StringComparison.Ordinal))
            {
                return seen;
            }

            _slots[slot] = text;
            return text;
        }
    }

    /// <summary>
    /// A scalar's value, kept exactly: it may be a wire name, an enum value or a default. An escape such as
    /// <c>"\uD800"</c> yields text that is not Unicode (it cannot appear in generated XML docs): <paramref name="bad"/>
    /// is its index, else -1. Line and paragraph separators (U+2028, U+2029, U+0085), which C# reads as line breaks,
    /// are the emitters' concern (<c>CSharp.Literal</c> escapes them, doc comments break or blank them).
    /// </summary>
    private static string ScalarText(string value, out int bad)
    {
        bad = -1;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < '\uD800')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                bad = i;
                return value;
            }
        }

        return value;
    }

    private static Problem InvalidScalar(Scalar scalar, int index, string path) => new(
        DiagnosticDescriptors.InvalidValue,
        Index(scalar.Start),
        Index(scalar.End),
        new[]
        {
            $"The value holds U+{((int)scalar.Value[index]).ToString("X4", CultureInfo.InvariantCulture)}, which is not a Unicode character",
            path,
            "Remove the escape that produces it, or write the intended character itself.",
        });

    /// <summary>
    /// The index of the first character YAML does not allow (outside tab, line breaks, U+0020–U+D7FF, U+E000–U+FFFD and
    /// well-formed surrogate pairs), or -1. U+007F–U+009F are let through: YAML 1.2 allows them in quoted scalars so
    /// that every JSON text is YAML, and JSON specs carry them in examples; generated literals and XML docs escape them.
    /// </summary>
    private static int FindInvalidCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' || (c >= ' ' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD'))
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

    private static Problem TooManyNodes(ParsingEvent at, List<Frame> frames, int maxNodes) => new(
        DiagnosticDescriptors.SpecTooLarge,
        Index(at.Start),
        Index(at.End),
        new[]
        {
            $"The spec has more than {maxNodes.ToString("N0", CultureInfo.InvariantCulture)} YAML nodes",
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

    /// <summary>
    /// A node has ended: it becomes its parent's key, value or item (or the document's root), and the parent
    /// mapping moves from key to value (or on to the next key), its list to the next item.
    /// </summary>
    private static void Complete(List<Frame> frames, SpecNode node, string key, ref SpecNode? root)
    {
        if (frames.Count == 0)
        {
            root ??= node; // The first document's; later documents are checked, not kept.
            return;
        }

        var parent = frames[frames.Count - 1];
        if (!parent.IsMapping)
        {
            parent.Items.Add(node);
            parent.Index++;
        }
        else if (parent.ExpectingKey)
        {
            parent.ExpectingKey = false;
            parent.Key = key;
            parent.KeyNode = node;
        }
        else
        {
            parent.Entries.Add(new KeyValuePair<SpecNode, SpecNode>(parent.KeyNode!, node));
            parent.ExpectingKey = true;
            parent.Key = null;
            parent.KeyNode = null;
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
