using System.Collections.Generic;

namespace Aiia.Codegen.Model;

/// <summary>The <c>{name}</c> placeholders of an OpenAPI path template; one rule for the reader and the emitter.</summary>
public static class PathTemplate
{
    /// <summary>
    /// The placeholders of <paramref name="template"/> in order: a <c>{</c>, a name of one or more characters other
    /// than <c>{</c>, <c>}</c> and <c>/</c>, and a <c>}</c>. (A scan rather than a regular expression: building one is
    /// a measurable part of a cold generation.)
    /// </summary>
    public static IReadOnlyList<PathPlaceholder> Placeholders(string template)
    {
        List<PathPlaceholder>? found = null;
        for (var start = 0; start < template.Length; start++)
        {
            if (template[start] != '{')
            {
                continue;
            }

            var end = start + 1;
            while (end < template.Length && template[end] is not ('{' or '}' or '/'))
            {
                end++;
            }

            if (end < template.Length && template[end] == '}' && end > start + 1)
            {
                (found ??= new List<PathPlaceholder>()).Add(new PathPlaceholder(start, end + 1 - start, template.Substring(start + 1, end - start - 1)));
                start = end;
            }
        }

        return (IReadOnlyList<PathPlaceholder>?)found ?? System.Array.Empty<PathPlaceholder>();
    }
}

/// <summary>One <c>{name}</c> in a path template.</summary>
/// <param name="Index">Where its <c>{</c> is.</param>
/// <param name="Length">Its length, braces included.</param>
/// <param name="Name">The parameter name between the braces.</param>
public sealed record PathPlaceholder(int Index, int Length, string Name);
