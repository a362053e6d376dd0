namespace Aiia.Codegen.Corpus.Tests;

/// <summary>
/// The examples of a corpus spec known not to come back unchanged through the generated types
/// (<see cref="ExampleRoundTrip"/>), one per line in <c>tests/Corpus/examples-not-kept/{spec}.txt</c>: nearly all are
/// examples their own schema refuses (a required property missing, a string where the schema says number), a few the
/// limits of a C# type (a date-time's nanoseconds). Reviewed like a snapshot: an example that stops coming back, or one
/// that starts to, fails the corpus test until the list says so; <c>AIIA_ACCEPT_SNAPSHOTS=1</c> rewrites the lists.
/// </summary>
internal static class ExamplesNotKept
{
    private static string Directory => Path.Combine(CorpusSpec.Directory, "..", "examples-not-kept");

    private static string PathOf(string spec) => Path.Combine(Directory, spec + ".txt");

    /// <summary>The examples of <paramref name="spec"/> listed as not kept.</summary>
    public static IReadOnlyList<string> Listed(string spec) =>
        File.Exists(PathOf(spec)) ? File.ReadAllLines(PathOf(spec)).Where(line => line.Length > 0).ToArray() : [];

    /// <summary>Lists <paramref name="found"/> as the examples of <paramref name="spec"/> not kept (none: no file).</summary>
    public static void Accept(string spec, IReadOnlyList<string> found)
    {
        if (found.Count == 0)
        {
            if (File.Exists(PathOf(spec)))
            {
                File.Delete(PathOf(spec));
            }

            return;
        }

        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(PathOf(spec), string.Join('\n', found) + "\n");
    }

    /// <summary>Whether snapshots are being accepted (<c>AIIA_ACCEPT_SNAPSHOTS=1</c>), as for the generator's snapshots.</summary>
    public static bool Accepting => Environment.GetEnvironmentVariable("AIIA_ACCEPT_SNAPSHOTS") == "1";

    /// <summary>The failure message when <paramref name="found"/> differs from the list, or null when it does not.</summary>
    public static string? Difference(string spec, int checkedCount, IReadOnlyList<string> found)
    {
        var listed = Listed(spec);
        var added = found.Except(listed, StringComparer.Ordinal).ToList();
        var kept = listed.Except(found, StringComparer.Ordinal).ToList();
        if (added.Count == 0 && kept.Count == 0)
        {
            return null;
        }

        return $"{spec}: of {checkedCount} examples read into the generated types and written back, {added.Count} no longer come back unchanged and {kept.Count} listed in tests/Corpus/examples-not-kept/{spec}.txt now do (AIIA_ACCEPT_SNAPSHOTS=1 rewrites the list once reviewed):\n"
            + Changes(added, kept);
    }

    /// <summary>The first 20 lines added (<c>+</c>) and the first 20 gone (<c>-</c>), one per line.</summary>
    private static string Changes(IEnumerable<string> added, IEnumerable<string> gone) =>
        string.Join('\n', added.Take(20).Select(line => "+ " + line).Concat(gone.Take(20).Select(line => "- " + line)));

    /// <summary>
    /// The failure message when the examples <paramref name="found"/> not kept are not the listed ones by where they sit
    /// in the spec (what follows, which names the generated types, may differ), or null when they are.
    /// </summary>
    public static string? PlaceDifference(string spec, IReadOnlyList<string> found)
    {
        var listed = Listed(spec).Select(Place).ToHashSet(StringComparer.Ordinal);
        var places = found.Select(Place).ToHashSet(StringComparer.Ordinal);
        return listed.SetEquals(places)
            ? null
            : $"{spec}: the examples not kept are not the listed ones:\n"
                + Changes(places.Except(listed), listed.Except(places));
    }

    /// <summary>Where a listed example sits: its line up to the type it went through (<c> through Pet: </c>) or the message (<c>: </c>).</summary>
    private static string Place(string line)
    {
        var message = line.IndexOf(": ", StringComparison.Ordinal);
        var through = line.IndexOf(" through ", StringComparison.Ordinal);
        return line[..(through >= 0 && (message < 0 || through < message) ? through : message < 0 ? line.Length : message)];
    }
}
