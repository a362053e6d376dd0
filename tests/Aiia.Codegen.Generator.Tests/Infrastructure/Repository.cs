namespace Aiia.Codegen.Generator.Tests.Infrastructure;

/// <summary>The repository the tests run from (the folder holding Aiia.Codegen.sln), for its docs and specs.</summary>
internal static class Repository
{
    public static string? Root { get; } = FindRoot();

    /// <summary>The full path of a file of the repository; fails the test when the repository is not there.</summary>
    public static string File(string relativePath)
    {
        Assert.True(Root is not null, "The tests must run inside the repository (no Aiia.Codegen.sln above the test output).");
        return Path.Combine(Root!, relativePath);
    }

    private static string? FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "Aiia.Codegen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }
}
