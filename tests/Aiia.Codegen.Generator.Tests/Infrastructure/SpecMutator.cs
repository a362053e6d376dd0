using System.Globalization;
using System.Text;
using CsCheck;

namespace Aiia.Codegen.Generator.Tests.Infrastructure;

/// <summary>One random edit of a spec's text. Positions are raw numbers, taken modulo what the spec has.</summary>
internal abstract record Mutation
{
    public abstract string Apply(string text);

    protected static List<string> Lines(string text) => text.Split('\n').ToList();

    protected static string Join(List<string> lines) => string.Join("\n", lines);

    /// <summary>The indices of the lines matching <paramref name="predicate"/> (all lines when none match).</summary>
    protected static List<int> Where(List<string> lines, Func<string, bool> predicate)
    {
        var found = Enumerable.Range(0, lines.Count).Where(i => predicate(lines[i])).ToList();
        return found.Count > 0 ? found : Enumerable.Range(0, lines.Count).ToList();
    }

    protected static int Pick(List<int> candidates, uint raw) => candidates[(int)(raw % (uint)candidates.Count)];

    /// <summary>Splits <c>  key: value</c> into indentation + key and value (value null when the line has no <c>": "</c>).</summary>
    protected static (string Head, string? Value) SplitValue(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? (line, null) : (line.Substring(0, colon + 2), line.Substring(colon + 2));
    }

    protected static bool HasValue(string line) => SplitValue(line).Value is { Length: > 0 };

    protected static bool IsKeyLine(string line) => line.TrimStart().Length > 0 && line.Contains(':', StringComparison.Ordinal) && !line.TrimStart().StartsWith('#');
}

internal sealed record DeleteLines(uint Line, int Count) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var at = (int)(Line % (uint)lines.Count);
        lines.RemoveRange(at, Math.Min(Count, lines.Count - at));
        return Join(lines);
    }
}

/// <summary>Duplicates a line or a block (a key with everything under it): duplicated keys, repeated items.</summary>
internal sealed record DuplicateLines(uint Line, int Count) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var at = (int)(Line % (uint)lines.Count);
        var block = lines.Skip(at).Take(Count).ToList();
        lines.InsertRange(at + block.Count, block);
        return Join(lines);
    }
}

/// <summary>Copies a key line under another key, next to the original: siblings whose names collide after PascalCasing.</summary>
internal sealed record DuplicateAs(uint Line, string Key) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var at = Pick(Where(lines, IsKeyLine), Line);
        var copy = new ReplaceKey(0, Key).Apply(lines[at]);
        lines.Insert(at + 1, copy);
        return Join(lines);
    }
}

internal sealed record MoveLine(uint From, uint To) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var from = (int)(From % (uint)lines.Count);
        var line = lines[from];
        lines.RemoveAt(from);
        lines.Insert((int)(To % (uint)(lines.Count + 1)), line);
        return Join(lines);
    }
}

internal sealed record Reindent(uint Line, int Delta, bool Tab) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var at = (int)(Line % (uint)lines.Count);
        var line = lines[at];
        var indent = line.Length - line.TrimStart(' ').Length;
        var newIndent = Math.Max(0, indent + Delta);
        lines[at] = (Tab ? "\t" : string.Empty) + new string(' ', newIndent) + line.TrimStart(' ');
        return Join(lines);
    }
}

internal sealed record SwapScalars(uint LineA, uint LineB) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var candidates = Where(lines, HasValue);
        int a = Pick(candidates, LineA), b = Pick(candidates, LineB);
        var (headA, valueA) = SplitValue(lines[a]);
        var (headB, valueB) = SplitValue(lines[b]);
        if (valueA is null || valueB is null)
        {
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }
        else
        {
            lines[a] = headA + valueB;
            lines[b] = headB + valueA;
        }

        return Join(lines);
    }
}

/// <summary>Replaces a value with one of <see cref="SpecMutator.Values"/>: names that collide, keywords, refs, YAML syntax.</summary>
internal sealed record ReplaceValue(uint Line, string Value) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var at = Pick(Where(lines, HasValue), Line);
        var (head, value) = SplitValue(lines[at]);
        lines[at] = value is null ? lines[at] + " " + Value : head + Value;
        return Join(lines);
    }
}

/// <summary>Renames a key to one of <see cref="SpecMutator.Keys"/>: unsupported constructs, wrong places for right keys.</summary>
internal sealed record ReplaceKey(uint Line, string Key) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var at = Pick(Where(lines, IsKeyLine), Line);
        var line = lines[at];
        var indent = line.Length - line.TrimStart(' ').Length;
        var body = line.TrimStart(' ');
        var dash = body.StartsWith("- ", StringComparison.Ordinal) ? "- " : string.Empty;
        body = body.Substring(dash.Length);
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        lines[at] = new string(' ', indent) + dash + Key + (colon < 0 ? ":" : body.Substring(colon));
        return Join(lines);
    }
}

/// <summary>Changes a <c>type:</c> (or <c>format:</c>, <c>in:</c>) to another, sometimes invalid, value.</summary>
internal sealed record SwapType(uint Line, string Type) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var at = Pick(Where(lines, l => l.TrimStart().StartsWith("type:", StringComparison.Ordinal) || l.TrimStart().StartsWith("format:", StringComparison.Ordinal) || l.TrimStart().StartsWith("in:", StringComparison.Ordinal)), Line);
        var (head, _) = SplitValue(lines[at]);
        lines[at] = head + Type;
        return Join(lines);
    }
}

/// <summary>Points a <c>$ref</c> somewhere else: a missing name, another section, a malformed pointer.</summary>
internal sealed record BreakReference(uint Line, string Target) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var at = Pick(Where(lines, l => l.Contains("$ref", StringComparison.Ordinal)), Line);
        var (head, _) = SplitValue(lines[at]);
        lines[at] = head + Target;
        return Join(lines);
    }
}

internal sealed record Truncate(uint Position) : Mutation
{
    public override string Apply(string text) => text.Substring(0, (int)(Position % (uint)(text.Length + 1)));
}

internal sealed record InsertText(uint Position, string Text) : Mutation
{
    public override string Apply(string text)
    {
        var at = (int)(Position % (uint)(text.Length + 1));
        return text.Substring(0, at) + Text + text.Substring(at);
    }
}

/// <summary>Anchors one value and makes another line an alias of it (shared, and sometimes recursive, YAML nodes).</summary>
internal sealed record AddAlias(uint AnchorLine, uint AliasLine) : Mutation
{
    public override string Apply(string text)
    {
        var lines = Lines(text);
        var candidates = Where(lines, IsKeyLine);
        int a = Pick(candidates, AnchorLine), b = Pick(candidates, AliasLine);
        var (headA, valueA) = SplitValue(lines[a]);
        lines[a] = valueA is null ? lines[a].TrimEnd() + " &mut" : headA + "&mut " + valueA;
        var (headB, valueB) = SplitValue(lines[b]);
        lines[b] = valueB is null ? lines[b].TrimEnd() + " *mut" : headB + "*mut";
        return Join(lines);
    }
}

internal sealed record CrLf : Mutation
{
    public override string Apply(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
}

/// <summary>The mutations of one case and the spec they apply to.</summary>
internal sealed record MutationCase(int SpecIndex, Mutation[] Mutations)
{
    public string Apply(string text) => Mutations.Aggregate(text, (current, mutation) => mutation.Apply(current));

    public override string ToString() =>
        $"spec #{SpecIndex.ToString(CultureInfo.InvariantCulture)}: " + string.Join("; ", Mutations.Select(m => m.ToString()));
}

/// <summary>CsCheck generators of random spec edits.</summary>
internal static class SpecMutator
{
    /// <summary>Values that stress the reader: collisions after PascalCasing, keywords, locals of generated code, refs, YAML syntax.</summary>
    public static readonly string[] Values =
    [
        "", "~", "null", "V1", "v1", "class", "Class", "request", "item", "present", "body", "cancellationToken", "options",
        "progress", "_", "-", "--", "123", "2fa", "1e400", "-1", "0", "true", "false", "yes", "[]", "{}", "[a, b]", "[1, 2]",
        "{a: 1}", "{type: string}", "{$ref: '#/components/schemas/Missing'}", "'#/components/schemas/Missing'",
        "'#/components/schemas/'", "'#/paths/x'", "'#/components/responses/Error'", "string", "integer", "number",
        "boolean", "object", "array", "int16", "date-time", "date", "uuid", "password", "decimal", "float",
        "application/xml", "text/plain", "'{id}'", "/x/{id}", "/x/{", "&a x", "*a", "!!binary aGk=", "!custom x",
        "|", ">-", "\"\\u0000\"", "\"\\t\"", "'\u00e9t\u00e9'", "\u00dcn\u00efc\u00f6d\u00e9", "a: b", "- a", "'", "\"", "#",
        "ToString", "EqualityContract", "Equals", "GetHashCode", "Unknown", "Value", "Instance", "Read", "Write",
        "PropertyName0", "Petstore", "Pet", "PetJsonConverter", "PetStatus", "PetStatusKind", "Kind", "ToWireValue",
        "UndocumentedProperties", "undocumented", "property", "x-aiia-undocumented-properties", "Error", "x-aiia-polling", "query", "path",
        "header", "cookie", "body", "'200'", "'2XX'", "default", "System", "global", "Contoso", "'3.0.3'", "'2.0'", "3.1.0",
        new string('x', 600), "'a' 'b'", "[unclosed", "{unclosed", "'unclosed", "\"unclosed", "@at", "`tick", "%percent",
        "\"\\uD800\"", "\"\\uFFFF\"", "\"a\\Lb\"", "\"a\\Pb\"", "\"a\\Nb\"", "\"\\x01\"", "\"\\0\"", "\"\\e\\a\"",
        "\"</summary><x>\"", "\"*/ /*\"", "\"\\\\\"", "\"{0}\"", "\"\\U0001F600\"",
    ];

    /// <summary>Keys: unsupported constructs, required keys out of place, extensions, YAML oddities.</summary>
    public static readonly string[] Keys =
    [
        "oneOf", "anyOf", "allOf", "not", "discriminator", "$ref", "enum", "required", "nullable", "format", "items",
        "additionalProperties", "properties", "type", "operationId", "parameters", "responses", "requestBody", "content",
        "schema", "in", "name", "x-aiia-polling", "x-aiia-code-exchange", "x-sensitive", "security", "securitySchemes",
        "paths", "components", "schemas", "openapi", "swagger", "info", "get", "post", "put", "delete", "patch", "'200'",
        "'204'", "'404'", "default", "<<", "? complex", "V1", "v1", "timeoutParameter", "stateProperty", "terminalStates",
        "codeProperty", "lifetimeSeconds", "application/json", "text/plain", "deprecated", "description", "'/x/{id}'",
        "toString", "equals", "getHashCode", "getType", "equalityContract", "printMembers", "baseAddress", "validate",
        "request", "item", "present", "body", "cancellationToken", "options", "class", "2fa", "_", "Value", "unknown",
        "first-name", "firstName", "First_Name", "id", "Id", "ID", "ok", "OK", "'-'", "'@'",
    ];

    public static readonly string[] Types =
    [
        "string", "integer", "number", "boolean", "array", "object", "null", "[string, null]", "foo", "int32", "int64",
        "float", "double", "decimal", "date-time", "date", "uuid", "password", "int8", "binary", "path", "query",
        "header", "cookie", "body", "{}", "",
    ];

    public static readonly string[] References =
    [
        "'#/components/schemas/Missing'", "'#/components/schemas/'", "'#/components/parameters/Missing'",
        "'#/components/responses/Missing'", "'#/components/requestBodies/Missing'", "'#/components/schemas'",
        "'#/components/parameters/PetId'", "'#/components/schemas/Pet'", "'#/components/responses/Error'",
        "'other.yaml#/components/schemas/Pet'", "'https://example.test/x.yaml'", "'#'", "''", "'#/paths/~1pets'",
        "{}", "[]", "~",
    ];

    /// <summary>Bytes that no spec should hold: control characters, a NUL, a BOM, surrogates, YAML indicators.</summary>
    private static readonly Gen<string> Garbage =
        Gen.Frequency(
            (3, Gen.Char.Array[1, 8].Select(chars => new string(chars))),
            (2, Gen.OneOf(Gen.Const("\0"), Gen.Const("\t"), Gen.Const("\uFEFF"), Gen.Const("\uD800"), Gen.Const("\u2028"),
                Gen.Const("\r"), Gen.Const("\u0085"), Gen.Const(": "), Gen.Const("- "), Gen.Const("{"), Gen.Const("]"),
                Gen.Const("&"), Gen.Const("*"), Gen.Const("!"), Gen.Const("|"), Gen.Const(">"), Gen.Const("%"), Gen.Const("@"),
                Gen.Const("`"), Gen.Const("\""), Gen.Const("'"), Gen.Const("#"), Gen.Const("\n  "), Gen.Const("---\n"),
                Gen.Const("...\n"))));

    private static Gen<string> OneOf(string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    public static readonly Gen<Mutation> Mutation = Gen.Frequency<Mutation>(
        (5, Gen.Select(Gen.UInt, Gen.Int[1, 6], (line, count) => (Mutation)new DeleteLines(line, count))),
        (4, Gen.Select(Gen.UInt, Gen.Int[1, 8], (line, count) => (Mutation)new DuplicateLines(line, count))),
        (2, Gen.Select(Gen.UInt, Gen.UInt, (from, to) => (Mutation)new MoveLine(from, to))),
        (3, Gen.Select(Gen.UInt, Gen.Int[-6, 6], Gen.Int[0, 9], (line, delta, tab) => (Mutation)new Reindent(line, delta, tab == 0))),
        (8, Gen.Select(Gen.UInt, Gen.UInt, (a, b) => (Mutation)new SwapScalars(a, b))),
        (14, Gen.Select(Gen.UInt, OneOf(Values), (line, value) => (Mutation)new ReplaceValue(line, value))),
        (10, Gen.Select(Gen.UInt, OneOf(Keys), (line, key) => (Mutation)new ReplaceKey(line, key))),
        (8, Gen.Select(Gen.UInt, OneOf(Keys), (line, key) => (Mutation)new DuplicateAs(line, key))),
        (8, Gen.Select(Gen.UInt, OneOf(Types), (line, type) => (Mutation)new SwapType(line, type))),
        (6, Gen.Select(Gen.UInt, OneOf(References), (line, target) => (Mutation)new BreakReference(line, target))),
        (1, Gen.UInt.Select(position => (Mutation)new Truncate(position))),
        (3, Gen.Select(Gen.UInt, Garbage, (position, bytes) => (Mutation)new InsertText(position, bytes))),
        (2, Gen.Select(Gen.UInt, Gen.UInt, (a, b) => (Mutation)new AddAlias(a, b))),
        (1, Gen.Const((Mutation)new CrLf())));

    public static Gen<MutationCase> Case(int specCount) =>
        Gen.Select(Gen.Int[0, specCount - 1], Mutation.Array[1, 4], (spec, mutations) => new MutationCase(spec, mutations));

    /// <summary>Case <paramref name="index"/> of the run seeded with <paramref name="seed"/>: the same pair always gives the same case.</summary>
    public static MutationCase Generate(int specCount, ulong seed, int index) =>
        Case(specCount).Generate(new PCG((uint)index, seed), null!, out _);

    /// <summary>Describes a text for a failure message: its length and a hash, so a reproduced case can be confirmed.</summary>
    public static string Fingerprint(string text) =>
        $"{text.Length.ToString(CultureInfo.InvariantCulture)} chars, hash {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12]}";
}
