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
                if (!chosen[i] && texts[t].IndexOf(System.IO.Path.GetFileName(remaining[i].Path), StringComparison.OrdinalIgnoreCase) >= 0)
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
}
