using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Aiia.Codegen;

/// <summary>
/// Turns spec names (wire names, schema names, enum values) into C# identifiers, deterministically.
/// </summary>
public static class Identifiers
{
    /// <summary>
    /// <c>account-to-account</c> → <c>AccountToAccount</c>, <c>userHash</c> → <c>UserHash</c>,
    /// <c>IN_PROGRESS</c> → <c>InProgress</c>, <c>2fa</c> → <c>_2fa</c>. Returns an empty string when
    /// the name has no letter or digit.
    /// </summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var word in SplitWords(name))
        {
            var allUpper = true;
            foreach (var c in word)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    allUpper = false;
                    break;
                }
            }

            builder.Append(char.ToUpperInvariant(word[0]));
            var rest = word.Substring(1);
            // A shouted word (IN_PROGRESS) reads as a word; a camel word (userHash) keeps its humps.
            builder.Append(allUpper && word.Length > 1 ? rest.ToLowerInvariant() : rest);
        }

        if (builder.Length > 0 && char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary><c>sessionId</c> → <c>sessionId</c>, <c>X-Request-Id</c> → <c>xRequestId</c>, <c>class</c> → <c>@class</c>.</summary>
    public static string ToCamelCase(string name)
    {
        var pascal = ToPascalCase(name);
        if (pascal.Length == 0)
        {
            return pascal;
        }

        var camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return EscapeKeyword(camel);
    }

    /// <summary>Prefixes <c>@</c> when <paramref name="identifier"/> is a C# keyword.</summary>
    public static string EscapeKeyword(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None
            ? "@" + identifier
            : identifier;

    /// <summary>Whether <paramref name="identifier"/> is a valid C# identifier (keywords excluded).</summary>
    public static bool IsValidIdentifier(string identifier) =>
        SyntaxFacts.IsValidIdentifier(identifier) && SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None;

    private static IEnumerable<string> SplitWords(string name)
    {
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }

                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
