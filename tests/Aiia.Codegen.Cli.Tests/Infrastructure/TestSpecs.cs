namespace Aiia.Codegen.Cli.Tests.Infrastructure;

/// <summary>The real Aiia spec and the generator's test specs, copied beside the tests.</summary>
internal static class TestSpecs
{
    public const string Aiia = "aiia-authentication.openapi.yaml";
    public const string Petstore = "petstore.openapi.yaml";
    public const string Ledger = "ledger.openapi.yml";

    public static string PathOf(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", fileName);
        Assert.True(File.Exists(path), $"The spec '{fileName}' was not copied to the test output ({path}).");
        return path;
    }

    public static string TextOf(string fileName) => File.ReadAllText(PathOf(fileName));
}
