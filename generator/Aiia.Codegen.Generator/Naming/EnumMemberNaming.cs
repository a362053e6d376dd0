using System.Text;

namespace Aiia.Codegen.Naming;

/// <summary>
/// The member names of an enum's values, one rule for every enum, in the order of the spec's list:
/// <list type="number">
/// <item>a value is named by its PascalCase (<c>in_progress</c> → <c>InProgress</c>);</item>
/// <item>the empty value is <c>Empty</c>; a value with no letter or digit is its symbols spelled (<c>+</c> →
/// <c>Plus</c>, <c>&lt;=</c> → <c>LtEq</c>), or <c>Value</c> when they have no spelling;</item>
/// <item>a value whose name an earlier value took gets its symbols spelled when that tells it apart
/// (<c>StartTime&lt;</c> after <c>StartTime</c> → <c>StartTimeLt</c>), else the lowest free number from 2
/// (<c>ASC</c> after <c>asc</c> → <c>Asc2</c>), after an underscore when the name ends in a digit (<c>v1</c> after
/// <c>V1</c> → <c>V1_2</c>).</item>
/// </list>
/// Every name that is not the value's PascalCase is reported (AIIA0014). A value listed twice is one member.
/// </summary>
internal static class EnumMemberNaming
{
    /// <summary>The member of the empty value.</summary>
    public const string EmptyValue = "Empty";

    /// <summary>The member of a value whose symbols have no spelling.</summary>
    public const string NamelessValue = "Value";

    /// <summary>The name <paramref name="wireValue"/> asks for (rules 1 and 2).</summary>
    public static string Desired(string wireValue)
    {
        var name = Identifiers.ToPascalCase(wireValue);
        if (name.Length > 0)
        {
            return name;
        }

        if (wireValue.Length == 0)
        {
            return EmptyValue;
        }

        var spelled = Spelled(wireValue);
        return spelled.Length > 0 ? spelled : NamelessValue;
    }

    /// <summary>The value's PascalCase with each symbol spelled as a word: <c>StartTime&lt;</c> → <c>StartTimeLt</c>.</summary>
    public static string Spelled(string wireValue)
    {
        var builder = new StringBuilder(wireValue.Length * 2);
        foreach (var c in wireValue)
        {
            var word = SymbolWord(c);
            builder.Append(word is null ? c.ToString() : " " + word + " ");
        }

        return Identifiers.ToPascalCase(builder.ToString());
    }

    private static string? SymbolWord(char c) => c switch
    {
        '<' => "Lt",
        '>' => "Gt",
        '=' => "Eq",
        '+' => "Plus",
        '-' => "Minus",
        '*' => "Star",
        '/' => "Slash",
        '\\' => "Backslash",
        '.' => "Dot",
        ',' => "Comma",
        ':' => "Colon",
        ';' => "Semicolon",
        '!' => "Not",
        '?' => "Question",
        '~' => "Tilde",
        '%' => "Percent",
        '&' => "And",
        '|' => "Or",
        '^' => "Caret",
        '#' => "Hash",
        '@' => "At",
        '$' => "Dollar",
        '(' => "Open",
        ')' => "Close",
        '[' => "OpenBracket",
        ']' => "CloseBracket",
        '{' => "OpenBrace",
        '}' => "CloseBrace",
        '\'' => "Quote",
        '"' => "DoubleQuote",
        _ => null,
    };
}
