using System.Globalization;
using System.Linq;
using System.Text;
using Aiia.Codegen.Model;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Diagnostics;

/// <summary>
/// A diagnostic as cacheable data: the descriptor, where (always a place in the spec file), and the message arguments.
/// </summary>
public sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> MessageArgs)
{
    /// <summary>Creates the Roslyn diagnostic.</summary>
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location.ToLocation(), ShownArgs.Cast<object>().ToArray());

    /// <summary>The message with its arguments filled in.</summary>
    public string Message => string.Format(
        CultureInfo.InvariantCulture,
        Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture),
        ShownArgs.Cast<object>().ToArray());

    /// <summary>
    /// The message arguments as messages show them (<see cref="Printable"/>): a spec name's characters that do not
    /// print are written as <c>\uXXXX</c>.
    /// </summary>
    public string[] ShownArgs => MessageArgs.Select(Printable).ToArray();

    /// <summary>Whether this diagnostic stops generation for its spec.</summary>
    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    /// <summary>
    /// <paramref name="text"/> with each control, format or line and paragraph separator character, and each lone
    /// surrogate, written as <c>\uXXXX</c> (<c>\UXXXXXXXX</c> outside the BMP). A message quotes spec names, which may
    /// hold any of them: an escape sequence a terminal would obey (<c>\u001B]0;title\u0007</c>), a right-to-left
    /// override that reorders the line, or a zero-width joiner or soft hyphen that makes two different names
    /// (<c>pet\u200DName</c>, <c>petName</c>) read alike in "cannot be named 'petName' (the parameter 'petName' already
    /// has that name)".
    /// </summary>
    /// <param name="text">A message argument.</param>
    /// <returns>The argument itself when it has no such character.</returns>
    public static string Printable(string text)
    {
        StringBuilder? shown = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate)
            {
                // Outside the BMP only format characters hide (the tag characters U+E0000-E007F spell text unseen).
                shown ??= new StringBuilder(text, 0, i, text.Length + 16);
                shown.Append(pair
                    ? "\\U" + char.ConvertToUtf32(c, text[i + 1]).ToString("X8", CultureInfo.InvariantCulture)
                    : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                shown?.Append(c);
                if (pair)
                {
                    shown?.Append(text[i + 1]);
                }
            }

            i += pair ? 1 : 0;
        }

        return shown?.ToString() ?? text;
    }
}
