using System.Text;
using NJsonSchema;

namespace Aiia.Codegen.Cli.Validation;

/// <summary>
/// OpenAPI's <c>pattern</c> is an ECMA-262 regular expression, which the validator runs as a .NET one. ECMAScript (outside
/// its unicode mode) lets any character be escaped to mean itself: SendGrid's <c>^[a-zA-Z0-9\-\_]</c>; .NET refuses
/// <c>\_</c> and an escaped letter it does not know. Such identity escapes become the character itself, so the example
/// is checked rather than reported as uncheckable.
/// </summary>
internal static class EcmaPatterns
{
    // Letters that are escapes in both dialects (classes, anchors, control characters, hex, unicode, back references).
    private const string KnownEscapeLetters = "dDwWsSbBfnrtvxucpPk";

    /// <summary>The pattern with ECMAScript identity escapes of letters and '_' unescaped; unchanged when it has none.</summary>
    public static string ToDotNet(string pattern)
    {
        StringBuilder? translated = null;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[i + 1];
                if (next == '_' || (char.IsLetter(next) && next < 128 && KnownEscapeLetters.IndexOf(next) < 0))
                {
                    (translated ??= new StringBuilder(pattern, 0, i, pattern.Length)).Append(next);
                    i++;
                    continue;
                }

                translated?.Append(pattern[i]).Append(next);
                i++;
                continue;
            }

            translated?.Append(pattern[i]);
        }

        return translated?.ToString() ?? pattern;
    }

    /// <summary>Translates the patterns of a schema and every schema inside it (once each); returns whether any changed.</summary>
    public static bool Translate(JsonSchema schema)
    {
        var changed = false;
        var seen = new HashSet<JsonSchema>();
        var pending = new Stack<JsonSchema>();
        pending.Push(schema);
        while (pending.Count > 0)
        {
            var current = pending.Pop().ActualSchema;
            if (!seen.Add(current))
            {
                continue;
            }

            if (current.Pattern is { } pattern && ToDotNet(pattern) is var dotNet && dotNet != pattern)
            {
                current.Pattern = dotNet;
                changed = true;
            }

            foreach (var inner in current.Properties.Values.Cast<JsonSchema>().Concat(current.AllOf).Concat(current.OneOf).Concat(current.AnyOf)
                .Concat(current.Items).Append(current.Item).Append(current.AdditionalPropertiesSchema).Append(current.Not).OfType<JsonSchema>())
            {
                pending.Push(inner);
            }
        }

        return changed;
    }
}
