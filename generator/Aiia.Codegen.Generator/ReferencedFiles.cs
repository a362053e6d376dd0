using System;
using System.Collections.Generic;
using Aiia.Codegen.Model;

namespace Aiia.Codegen;

/// <summary>Chooses, among a project's YAML and JSON files, those a spec may refer to.</summary>
public static class ReferencedFiles
{
    /// <summary>
    /// <paramref name="input"/> with the <paramref name="candidates"/> whose file name its text mentions, and those
    /// these mention, and so on (a superset of what its external <c>$ref</c>s name, found without reading YAML; the
    /// spec itself left out). In the candidates' order, so the input stays equal while they do.
    /// </summary>
    public static SpecInput Attach(SpecInput input, IEnumerable<ReferencedFile> candidates)
    {
        var remaining = new List<ReferencedFile>();
        foreach (var candidate in candidates)
        {
            if (!string.Equals(candidate.Path, input.Path, StringComparison.Ordinal))
            {
                remaining.Add(candidate);
            }
        }

        var chosen = new bool[remaining.Count];
        var texts = new List<string> { input.Text };
        for (var t = 0; t < texts.Count; t++)
        {
            for (var i = 0; i < remaining.Count; i++)
            {
                if (!chosen[i] && Mentions(texts[t], System.IO.Path.GetFileName(remaining[i].Path)))
                {
                    chosen[i] = true;
                    texts.Add(remaining[i].Text);
                }
            }
        }

        var files = new List<ReferencedFile>();
        for (var i = 0; i < remaining.Count; i++)
        {
            if (chosen[i])
            {
                files.Add(remaining[i]);
            }
        }

        return input with { ReferencedFiles = new EquatableArray<ReferencedFile>(files.ToArray()) };
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds <paramref name="fileName"/> as a <c>$ref</c> may spell it: as is,
    /// percent-encoded (a <c>$ref</c> is a URI reference: <c>my%20schemas.yaml</c>, <c>sch%C3%A9mas.yaml</c>), or with
    /// the characters outside ASCII as <c>\uXXXX</c> escapes (JSON's, and a quoted YAML string's, as Python's
    /// <c>json.dumps</c> writes them). Found by the reader, such a file was reported missing (AIIA0044) though given.
    /// </summary>
    private static bool Mentions(string text, string fileName)
    {
        if (text.IndexOf(fileName, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        var encoded = Uri.EscapeDataString(fileName);
        return !string.Equals(encoded, fileName, StringComparison.Ordinal)
            && (text.IndexOf(encoded, StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf(fileName.Replace(" ", "%20"), StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf(UnicodeEscaped(fileName), StringComparison.OrdinalIgnoreCase) >= 0);
    }

    private static string UnicodeEscaped(string fileName)
    {
        var escaped = new System.Text.StringBuilder(fileName.Length * 2);
        foreach (var c in fileName)
        {
            if (c < '\u0080')
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }
}
