using System.Collections.Immutable;

namespace Aiia.Codegen.Corpus.Tests;

/// <summary>
/// Specs still blocked, with the blocking construct. A pending spec's case asserts that it STILL fails, so when a feature
/// lands the spec it unblocks fails its case until it is removed from here: the list stays current. Target: empty.
/// Empty since 30 Nov 2026, when the issue-10 work (security schemes, bodies, composition, 3.1, inputs, lenient
/// references) let every corpus spec generate a clean client. A spec added to the corpus that does not yet is listed here
/// with its blocking construct.
/// </summary>
internal static class PendingSpecs
{
    public static ImmutableDictionary<string, string> Blocked { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    }.ToImmutableDictionary(StringComparer.Ordinal);
}
