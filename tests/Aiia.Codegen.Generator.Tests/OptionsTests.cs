using System.Collections.Immutable;
using Aiia.Codegen.Generator.Tests.Infrastructure;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Item metadata and MSBuild properties decide where generated types go and what the client is called:
/// <c>AiiaNamespace</c>/<c>AiiaClientName</c> per file, else <c>$(RootNamespace)</c> (else the assembly name) and
/// <c>PascalCase(file name) + "Client"</c>.
/// </summary>
public sealed class OptionsTests
{
    [Fact]
    public void DefaultsAreRootNamespaceAndClientNameFromTheFileName()
    {
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.AiiaSpec)]);

        AssertClient(run, "Contoso.Consumer", "AiiaAuthenticationClient");
        Assert.Contains(run.Sources, s => s.HintName == "Contoso.Consumer.AiiaAuthenticationClient.Client.g.cs");
    }

    [Fact]
    public void EveryItemMetadataTheGeneratorReadsIsMadeVisibleToTheCompilerByThePackage()
    {
        // A metadata name missing from the props reaches the generator as nothing: the option would silently do nothing.
        const string Prefix = "build_metadata.AdditionalFiles.";
        var read = typeof(OpenApiClientGenerator).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(field => field.IsLiteral && field.Name.EndsWith("Metadata", StringComparison.Ordinal))
            .Select(field => (string)field.GetRawConstantValue()!)
            .Where(value => value.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(value => value[Prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();
        var props = System.Xml.Linq.XDocument.Load(Repository.File("generator/Aiia.Codegen.Generator/build/Aiia.Codegen.props"));
        var visible = props.Descendants("CompilerVisibleItemMetadata")
            .Where(item => (string?)item.Attribute("Include") == "AdditionalFiles")
            .Select(item => (string)item.Attribute("MetadataName")!)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Contains("AiiaShareIdenticalSchemas", read);
        Assert.Equal(read, visible);
    }

    [Fact]
    public void AProjectOnCSharp10GetsOneErrorPerSpecAndNoGeneratedCode()
    {
        // Before: CS8936 'required members' in generated files, and only once a schema had 'required'.
        var run = GeneratorHarness.Run(
            [SpecFile.Load(SpecFile.AiiaSpec), SpecFile.Load(SpecFile.PetstoreSpec)],
            parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10));

        Assert.Equal(["AIIA0048", "AIIA0048"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Empty(run.Sources);
        Assert.True(GeneratorHarness.Visible(run.CompilationDiagnostics).IsEmpty);
    }

    [Theory]
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11)]
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12)]
    public void CSharp11AndLaterCompileTheGeneratedCode(Microsoft.CodeAnalysis.CSharp.LanguageVersion version)
    {
        var parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(version);
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.AiiaSpec), SpecFile.Load(SpecFile.CompositionSpec)], parseOptions: parseOptions);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "AIIA0048");
        Assert.NotEmpty(run.Sources);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }

    [Theory]
    [InlineData("class.Event", "class.Event")]
    [InlineData("@class.Event", "class.Event")]
    [InlineData("Contoso.event", "Contoso.event")]
    [InlineData("my-api.2024", "MyApi._2024")]
    public void ANamespaceIsKeptWhereCSharpCanSayItAndRepairedWhereItCannot(string written, string metadataName)
    {
        // A keyword segment is legal when escaped (namespace @class.Event); it was PascalCased to Class.Event silently.
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.PetstoreSpec).WithNamespace(written)]);

        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName(metadataName + ".PetstoreClient"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName(metadataName + ".Pet"));
    }

    [Fact]
    public void FileNamesStayWithinWhatFileSystemsTakeHoweverLongTheNamespaceAndClient()
    {
        // With EmitCompilerGeneratedFiles the hint names become file names: past 255 bytes the build failed (CS0016).
        var @namespace = string.Join(".", Enumerable.Repeat("VeryLongNamespaceSegmentForAnEnterprise", 6));
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.PetstoreSpec).WithNamespace(@namespace).WithClientName("PetstoreServiceClientForTheWholeCompany")]);

        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName(@namespace + ".PetstoreServiceClientForTheWholeCompany"));
        Assert.All(run.Sources, source => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(source.HintName), 1, 230));
        Assert.All(run.Sources, source => Assert.Matches("_[0-9a-f]{8}\\.[A-Za-z]+\\.g\\.cs$", source.HintName));
    }

    [Fact]
    public void WithoutRootNamespaceTheAssemblyNameIsTheNamespace()
    {
        var run = GeneratorHarness.Run(
            [SpecFile.Load(SpecFile.AiiaSpec)],
            globalOptions: ImmutableDictionary<string, string>.Empty,
            assemblyName: "Fabrikam.Banking");

        AssertClient(run, "Fabrikam.Banking", "AiiaAuthenticationClient");
    }

    [Fact]
    public void RootNamespaceWinsOverTheAssemblyName()
    {
        var run = GeneratorHarness.Run(
            [SpecFile.Load(SpecFile.AiiaSpec)],
            globalOptions: ImmutableDictionary<string, string>.Empty.Add(GeneratorHarness.RootNamespaceKey, "Fabrikam.Root"),
            assemblyName: "Fabrikam.Assembly");

        AssertClient(run, "Fabrikam.Root", "AiiaAuthenticationClient");
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("Fabrikam.Assembly.AiiaAuthenticationClient"));
    }

    [Fact]
    public void AiiaNamespaceMetadataChangesTheNamespace()
    {
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.AiiaSpec).WithNamespace("Acme.Auth")]);

        AssertClient(run, "Acme.Auth", "AiiaAuthenticationClient");
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Acme.Auth.InitializeRequest"));
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.AiiaAuthenticationClient"));
        Assert.All(run.Sources, s => Assert.StartsWith("Acme.Auth.AiiaAuthenticationClient.", s.HintName, StringComparison.Ordinal));
    }

    [Fact]
    public void AiiaClientNameMetadataChangesTheClientName()
    {
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.AiiaSpec).WithClientName("AuthApi")]);

        AssertClient(run, "Contoso.Consumer", "AuthApi");
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.AiiaAuthenticationClient"));
        Assert.All(run.Sources, s => Assert.StartsWith("Contoso.Consumer.AuthApi.", s.HintName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("auth")]
    [InlineData("file")]
    [InlineData("required")]
    [InlineData("record")]
    [InlineData("scoped")]
    public void AnAllLowerCaseClientNameIsDeclaredWithoutTheCompilersWarning(string clientName)
    {
        // C# warns that a type name of lower-case ASCII letters may become a keyword (CS8981); the name is the project's.
        // Contextual modifiers (file, required) would otherwise turn the constructors into syntax errors.
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.AiiaSpec).WithClientName(clientName)]);

        AssertClient(run, "Contoso.Consumer", clientName);
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
    }

    [Fact]
    public void BothMetadataTogether()
    {
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.PetstoreSpec).WithNamespace("Acme.Shop").WithClientName("ShopApi")]);

        AssertClient(run, "Acme.Shop", "ShopApi");
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Acme.Shop.Pet"));
    }

    [Fact]
    public void EmptyMetadataMeansTheDefaults()
    {
        // MSBuild passes "" for every AdditionalFiles item without the metadata once it is made compiler-visible.
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.AiiaSpec).WithNamespace("").WithClientName("")]);

        AssertClient(run, "Contoso.Consumer", "AiiaAuthenticationClient");
    }

    [Fact]
    public void AiiaAccessibilityInternalMakesEveryGeneratedTypeInternal()
    {
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.PetstoreSpec).WithMetadata(AccessibilityKey, "internal")]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        foreach (var name in new[] { "PetstoreClient", "PetstoreClientOptions", "Pet", "PetStatus", "PetJsonConverter" })
        {
            var type = run.OutputCompilation.GetTypeByMetadataName($"Contoso.Consumer.{name}");
            Assert.True(type is not null, $"No type Contoso.Consumer.{name}.");
            Assert.Equal(Microsoft.CodeAnalysis.Accessibility.Internal, type.DeclaredAccessibility);
        }

        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
    }

    [Fact]
    public void AnInvalidAiiaAccessibilityIsADiagnosticAndGeneratesNothing()
    {
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.PetstoreSpec).WithMetadata(AccessibilityKey, "protected")]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.StartsWith("AIIA", diagnostic.Id, StringComparison.Ordinal);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("protected", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData(SpecFile.AiiaSpec, "AiiaAuthenticationClient")]
    [InlineData(SpecFile.PetstoreSpec, "PetstoreClient")]
    [InlineData(SpecFile.LedgerSpec, "LedgerClient")]
    [InlineData("my_bank-api.v2.openapi.yaml", "MyBankApiV2Client")]
    public void DefaultClientNameIsThePascalCasedFileName(string fileName, string clientName)
    {
        var source = SpecFile.Load(fileName.StartsWith("my_bank", StringComparison.Ordinal) ? SpecFile.LedgerSpec : fileName);
        var run = GeneratorHarness.Run([SpecFile.FromText(fileName, source.Text)]);

        AssertClient(run, "Contoso.Consumer", clientName);
    }

    [Theory]
    [InlineData("ledger.yaml")]
    [InlineData("ledger.json")]
    [InlineData("openapi.yaml.txt")]
    public void FilesWithoutAnOpenApiEndingAreIgnored(string fileName)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText(fileName, SpecFile.Load(SpecFile.LedgerSpec).Text)]);

        // Nothing is generated; a YAML or JSON file that holds an OpenAPI document says so (AIIA0056).
        Assert.Empty(run.Sources);
        Assert.Equal(fileName.EndsWith(".txt", StringComparison.Ordinal) ? [] : ["AIIA0056"], run.GeneratorDiagnostics.Select(d => d.Id));
    }

    private const string AccessibilityKey = "build_metadata.AdditionalFiles.AiiaAccessibility";

    private static void AssertClient(GeneratorRun run, string ns, string clientName)
    {
        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var type = run.OutputCompilation.GetTypeByMetadataName($"{ns}.{clientName}");
        Assert.True(type is not null, $"No type {ns}.{clientName}. Generated: {string.Join(", ", run.Sources.Select(s => s.HintName))}");
        Assert.Equal(Microsoft.CodeAnalysis.Accessibility.Public, type.DeclaredAccessibility);
    }

    [Theory]
    [InlineData("https://api.spotify.com/v1", "\"https://api.spotify.com/v1/\"")]
    [InlineData("https://api.example.org/", "\"https://api.example.org/\"")]
    [InlineData("https://{region}.example.org/", "null")]
    [InlineData("/v1", "null")]
    [InlineData("http://api.example.org/", "null")]
    [InlineData("https://api.example.org/?key=1", "null")]
    public void TheOptionsNameTheSpecsServerInTheirMessagesWhenItIsAnAbsoluteHttpsAddress(string server, string passed)
    {
        // Every client's messages gave the Aiia gateway as the example base address; a relative, templated or plain
        // HTTP server would be no usable example either.
        var run = GeneratorHarness.Run([SpecFile.FromText("t.openapi.yaml", SpecYaml.Document($$"""
            servers: [{url: '{{server}}'}]
            paths:
              /items:
                get:
                  responses:
                    '204': {description: None}
            """))]);

        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        Assert.Contains($"public TClientOptions() : base({passed}, sendsCredentials: false)", string.Concat(run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }
}

