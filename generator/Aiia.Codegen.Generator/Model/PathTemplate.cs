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

    /// <summary>
    /// The part of a path key that is the request's path: what comes before a query (<c>/search?mode=fast</c>, which
    /// OpenAPI does not allow in a path key but specs write) or a fragment (<c>/v1/connectors/{id}#idOrName</c>, which
    /// some generators add to tell apart operations of one path and method; it is never sent).
    /// </summary>
    public static string RequestPath(string template)
    {
        var end = template.IndexOfAny(QueryOrFragment);
        return end < 0 ? template : template.Substring(0, end);
    }

    /// <summary>
    /// The name/value pairs of a query written in a path key (<c>/search?mode=fast&amp;all</c> → <c>mode</c>/<c>fast</c>,
    /// <c>all</c>/empty), unescaped, in order; empty when there is none (a <c>?</c> inside a fragment is the fragment's).
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> LiteralQuery(string template)
    {
        var start = template.IndexOfAny(QueryOrFragment);
        if (start < 0 || template[start] != '?')
        {
            return System.Array.Empty<KeyValuePair<string, string>>();
        }

        var end = template.IndexOf('#', start);
        var query = end < 0 ? template.Substring(start + 1) : template.Substring(start + 1, end - start - 1);
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var pair in query.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var name = equals < 0 ? pair : pair.Substring(0, equals);
            var value = equals < 0 ? string.Empty : pair.Substring(equals + 1);
            if (name.Length > 0)
            {
                pairs.Add(new KeyValuePair<string, string>(System.Uri.UnescapeDataString(name), System.Uri.UnescapeDataString(value)));
            }
        }

        return pairs;
    }

    private static readonly char[] QueryOrFragment = { '?', '#' };
}

/// <summary>One <c>{name}</c> in a path template.</summary>
/// <param name="Index">Where its <c>{</c> is.</param>
/// <param name="Length">Its length, braces included.</param>
/// <param name="Name">The parameter name between the braces.</param>
public sealed record PathPlaceholder(int Index, int Length, string Name);
