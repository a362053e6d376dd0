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
        // One pass into one array, no string per word: the reader names every property and schema of a spec with it.
        // A word is a run of letters and digits (a surrogate is neither, so a word holds none).
        var chars = new char[name.Length + 1];
        var length = 1; // chars[0] is kept for the '_' a leading digit needs
        var i = 0;
        while (i < name.Length)
        {
            if (!char.IsLetterOrDigit(name[i]))
            {
                i++;
                continue;
            }

            var end = i;
            var allUpper = true;
            while (end < name.Length && char.IsLetterOrDigit(name[end]))
            {
                allUpper = allUpper && (!char.IsLetter(name[end]) || char.IsUpper(name[end]));
                end++;
            }

            // A shouted word (IN_PROGRESS) reads as a word; a camel word (userHash) keeps its humps.
            chars[length++] = char.ToUpperInvariant(name[i]);
            for (var j = i + 1; j < end; j++)
            {
                chars[length++] = allUpper ? char.ToLowerInvariant(name[j]) : name[j];
            }

            i = end;
        }

        if (length == 1)
        {
            return string.Empty;
        }

        // C# metadata allows 1,023 UTF-8 bytes for a member's name (CS7013, reported only when the assembly is emitted):
        // a property, enum value, operation or parameter named from a long spec name keeps its longest prefix that fits in
        // MaxIdentifierBytes, with a hash of the whole after it, so the names the compiler and we derive from it
        // (<Name>k__BackingField, Default{Name}Value, {Name}Async) fit too. Type names are held to less by TypeNaming.
        var identifier = char.IsDigit(chars[1]) ? "_" + new string(chars, 1, length - 1) : new string(chars, 1, length - 1);
        return Naming.TypeNaming.Fitting(identifier, MaxIdentifierBytes);
    }

    /// <summary>The longest a name from <see cref="ToPascalCase"/> may be, in UTF-8 bytes: what a member name derived from it adds stays within metadata's 1,023.</summary>
    public const int MaxIdentifierBytes = 900;

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

    /// <summary>
    /// <paramref name="typeName"/> as a type declaration spells it: with <c>@</c> when it is all lower-case ASCII letters
    /// (an <c>AiiaClientName</c> such as <c>pets</c>), which C# otherwise warns may become a keyword (CS8981).
    /// </summary>
    public static string DeclaredTypeName(string typeName)
    {
        foreach (var c in typeName)
        {
            if (c is < 'a' or > 'z')
            {
                return typeName;
            }
        }

        return "@" + typeName;
    }

    /// <summary>Whether <paramref name="identifier"/> is a valid C# identifier (keywords excluded).</summary>
    public static bool IsValidIdentifier(string identifier) =>
        SyntaxFacts.IsValidIdentifier(identifier) && SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None;
}
