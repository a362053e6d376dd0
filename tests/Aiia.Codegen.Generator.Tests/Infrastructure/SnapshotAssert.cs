using System.Runtime.CompilerServices;

namespace Aiia.Codegen.Generator.Tests.Infrastructure;

/// <summary>
/// Verify's conventions without Verify: <c>Snapshots/{name}.verified.cs</c> in the source tree is the expected
/// text; a mismatch (or a missing snapshot) writes <c>{name}.received.cs</c> beside it and fails with the first
/// differing line. <c>AIIA_ACCEPT_SNAPSHOTS=1</c> accepts instead, except in CI (<c>CI=true</c>), where
/// nothing is ever accepted. A generator run is one folder, <c>Snapshots/{folder}/</c>, with one verified file per
/// generated hint name (<see cref="MatchFiles"/>), so a review shows which generated file changed.
/// </summary>
internal static class SnapshotAssert
{
    public const string AcceptVariable = "AIIA_ACCEPT_SNAPSHOTS";
    private const string ProjectFileName = "Aiia.Codegen.Generator.Tests.csproj";

    private const string VerifiedSuffix = ".verified.cs";

    /// <summary>
    /// Each of <paramref name="files"/> (a hint name such as <c>X.Client.g.cs</c> and its text) against
    /// <c>Snapshots/{folder}/X.Client.g.verified.cs</c>. Every file is compared (a received file is written for each one
    /// that differs) before the test fails naming them all. Accepting also deletes the verified files of hint names
    /// that are gone; <see cref="StaleAndMissing"/> is what a test checks for names that appear or disappear.
    /// </summary>
    public static void MatchFiles(IEnumerable<(string HintName, string Text)> files, string folder, [CallerFilePath] string callerFilePath = "")
    {
        var failures = new List<string>();
        var hintNames = new List<string>();
        foreach (var (hintName, text) in files)
        {
            var name = SnapshotName(hintName);
            hintNames.Add(hintName);
            try
            {
                Match(text, folder + "/" + name, callerFilePath);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e.Message);
            }
        }

        if (ShouldAccept())
        {
            foreach (var stale in StaleAndMissing(hintNames, folder, callerFilePath).Stale)
            {
                File.Delete(Path.Combine(SnapshotDirectory(callerFilePath), folder, stale + VerifiedSuffix));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of the generated files of '{folder}' differ from their snapshots:\n\n" + string.Join("\n\n", failures));
    }

    /// <summary>
    /// The snapshot names of <c>Snapshots/{folder}/</c> that no hint name produces (stale), and the hint names that
    /// have no verified file (missing).
    /// </summary>
    public static (IReadOnlyList<string> Stale, IReadOnlyList<string> Missing) StaleAndMissing(
        IEnumerable<string> hintNames, string folder, [CallerFilePath] string callerFilePath = "")
    {
        var directory = Path.Combine(SnapshotDirectory(callerFilePath), folder);
        var verified = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*" + VerifiedSuffix).Select(f => Path.GetFileName(f)[..^VerifiedSuffix.Length]).ToHashSet(StringComparer.Ordinal)
            : [];
        var generated = hintNames.Select(SnapshotName).ToHashSet(StringComparer.Ordinal);
        return (
            verified.Except(generated).Order(StringComparer.Ordinal).ToList(),
            generated.Except(verified).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary><c>X.Client.g.cs</c> → <c>X.Client.g</c>: the verified file is <c>X.Client.g.verified.cs</c>.</summary>
    public static string SnapshotName(string hintName) =>
        hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^".cs".Length] : hintName;

    public static void Match(string actual, string name, [CallerFilePath] string callerFilePath = "")
    {
        var verifiedPath = Path.Combine(SnapshotDirectory(callerFilePath), name + VerifiedSuffix);
        var receivedPath = Path.Combine(SnapshotDirectory(callerFilePath), name + ".received.cs");
        var directory = Path.GetDirectoryName(verifiedPath)!;
        actual = Normalize(actual);

        if (ShouldAccept())
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(receivedPath, actual);
            Assert.Fail(
                $"Snapshot '{name}' has no verified file. Wrote {receivedPath}; review it, then rename it to " +
                $"{Path.GetFileName(verifiedPath)} or rerun with {AcceptVariable}=1.");
        }

        var expected = Normalize(File.ReadAllText(verifiedPath));
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail($"Snapshot '{name}' differs from {verifiedPath}.\n{FirstDifference(expected, actual)}\n" +
                    $"Wrote {receivedPath}; diff the two files, and accept with {AcceptVariable}=1 if the change is intended.");
    }

    /// <summary>Accepting is a local, deliberate act: the variable must say 1 and we must not be in CI.</summary>
    public static bool ShouldAccept() =>
        Environment.GetEnvironmentVariable(AcceptVariable) == "1" &&
        !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    internal static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    internal static string FirstDifference(string expected, string actual)
    {
        var expectedLines = SplitLines(expected);
        var actualLines = SplitLines(actual);
        var count = Math.Max(expectedLines.Length, actualLines.Length);
        for (var i = 0; i < count; i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : null;
            var a = i < actualLines.Length ? actualLines[i] : null;
            if (!string.Equals(e, a, StringComparison.Ordinal))
            {
                return $"First difference at line {i + 1}:\n" +
                       $"  verified: {e ?? "<end of file>"}\n" +
                       $"  received: {a ?? "<end of file>"}";
            }
        }

        return "The texts differ only in the final newline.";

        static string[] SplitLines(string text) =>
            (text.EndsWith('\n') ? text[..^1] : text).Split('\n');
    }

    private static string SnapshotDirectory(string callerFilePath) => Path.Combine(FindProjectDirectory(callerFilePath), "Snapshots");

    /// <summary>
    /// The test project's directory in the source tree: found from the caller's source path, or, when the
    /// build mapped source paths (deterministic CI builds), by walking up from the output directory.
    /// </summary>
    private static string FindProjectDirectory(string callerFilePath)
    {
        foreach (var start in new[] { Path.GetDirectoryName(callerFilePath), AppContext.BaseDirectory })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (dir.Exists && File.Exists(Path.Combine(dir.FullName, ProjectFileName)))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Cannot find the directory of {ProjectFileName} from '{callerFilePath}'.");
    }
}
