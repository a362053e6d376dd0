using System.Globalization;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// The names a project already uses where the generated code goes: namespaces under the generated namespace (from
/// references, the project's own code and the other specs), types the references declare there, and the types another
/// spec generates into the same namespace. Before, each of these was a compiler error or warning in the user's build
/// (CS0437, CS0436, CS0101) with no diagnostic of ours.
/// </summary>
public sealed class ProjectNamesTests
{
    private static string Spec(params string[] schemas) =>
        SpecYaml.Paths(
            $$"""
            /items:
              get:
                operationId: getItems
                responses:
                  '200':
                    description: OK
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/{{schemas[0]}}'}
            """,
            "schemas:\n" + string.Concat(schemas.Select(name => $"  {name}:\n    type: object\n    properties:\n      code: {{type: string}}\n")));

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void ASchemaNamedLikeANamespaceOfAReferenceStepsAside()
    {
        // System.Collections.Concurrent is a namespace of the framework the generated code never names itself.
        var run = GeneratorHarness.Run([SpecFile.FromText("items.openapi.yaml", Spec("Concurrent")).WithNamespace("System.Collections")]);

        DiagnosticAssert.CompilesAndReports(run, "cannot be named 'Concurrent' (the namespace 'System.Collections.Concurrent' already has that name); it is generated as 'Concurrent2'.");
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("System.Collections.Concurrent2"));
    }

    [Fact]
    public void ASchemaNamedLikeATypeOfAReferenceStepsAside()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("items.openapi.yaml", Spec("Cookie", "Http")).WithNamespace("System.Net")]);

        DiagnosticAssert.CompilesAndReports(
            run,
            "cannot be named 'Cookie' (the type 'System.Net.Cookie' of the referenced assembly 'System.Net.Primitives' already has that name); it is generated as 'Cookie2'.",
            "cannot be named 'Http' (the namespace 'System.Net.Http' already has that name); it is generated as 'Http2'.");
    }

    [Fact]
    public void ASchemaNamedLikeANamespaceOfTheProjectsOwnCodeStepsAside()
    {
        var run = GeneratorHarness.Run(
            [SpecFile.FromText("items.openapi.yaml", Spec("Pets", "Item"))],
            ["namespace Contoso.Consumer.Pets { internal static class Registry { } }"]);

        DiagnosticAssert.CompilesAndReports(run, "cannot be named 'Pets' (the namespace 'Contoso.Consumer.Pets' already has that name); it is generated as 'Pets2'.");
    }

    [Fact]
    public void TheProjectsOwnTypesAreNotTakenSoItsPartsOfTheClientStayItsOwn()
    {
        var run = GeneratorHarness.Run(
            [SpecFile.FromText("items.openapi.yaml", Spec("Item"))],
            [
                """
                namespace Contoso.Consumer;

                public partial class ItemsClient
                {
                    /// <summary>What the application adds.</summary>
                    public int Extra => 1;
                }
                """,
            ]);

        DiagnosticAssert.CompilesAndReports(run);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotEmpty(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.ItemsClient")!.GetMembers("GetItemsAsync"));
    }

    [Fact]
    public void ASchemaNamedLikeANonPartialTypeOfTheProjectsOwnCodeStepsAside()
    {
        var run = GeneratorHarness.Run(
            [SpecFile.FromText("items.openapi.yaml", Spec("Pet", "Owner"))],
            [
                """
                namespace Contoso.Consumer;

                internal sealed class Pet { }

                /// <summary>The project's part of the generated record.</summary>
                partial record Owner { }
                """,
            ]);

        DiagnosticAssert.CompilesAndReports(run, "cannot be named 'Pet' (the type 'Contoso.Consumer.Pet' of the project's own code already has that name); it is generated as 'Pet2'.");
        // A partial declaration of the project's own extends the generated type: it keeps the name.
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => Message(d).Contains("'Owner'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Contoso.Tools", "the type 'Contoso.Tools' of the project's own code")]
    [InlineData("Contoso.Tools.Pets", "the type 'Contoso.Tools' of the project's own code")]
    [InlineData("System.Console", "the type 'System.Console' of the referenced assembly 'System.Console'")]
    public void ANamespaceThatIsATypesNameIsRefused(string generatedNamespace, string holder)
    {
        var run = GeneratorHarness.Run(
            [SpecFile.FromText("items.openapi.yaml", Spec("Item")).WithNamespace(generatedNamespace)],
            ["namespace Contoso { internal static class Tools { } }"]);

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("AIIA0006", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.StartsWith($"The namespace '{generatedNamespace}' is the name of {holder}", Message(error), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void AClientNamedLikeATypeOfAReferenceIsRefused()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("items.openapi.yaml", Spec("Item")).WithNamespace("System.Net").WithClientName("Cookie")]);

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("AIIA0006", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.StartsWith("The client name 'Cookie' in the namespace 'System.Net' is taken by the type 'System.Net.Cookie' of the referenced assembly 'System.Net.Primitives'", Message(error), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void ASchemaNamedLikeAnotherSpecsNamespaceStepsAside()
    {
        var run = GeneratorHarness.Run(
        [
            SpecFile.FromText("acme.openapi.yaml", Spec("Pets")).WithNamespace("Acme"),
            SpecFile.FromText("pets.openapi.yaml", Spec("Pet")).WithNamespace("Acme.Pets"),
        ]);

        DiagnosticAssert.CompilesAndReports(run, "cannot be named 'Pets' (the namespace 'Acme.Pets' of another spec's generated code already has that name); it is generated as 'Pets2'.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ASchemaNamedLikeAnotherSpecsClientClassesStepsAsideWhicheverSpecComesFirst(bool otherFirst)
    {
        // Before, b was refused with AIIA0005 when it came second, and a when it did (its types met b's client).
        var a = SpecFile.FromText("a.openapi.yaml", Spec("Pet", "BClient", "BClientOptions", "BClientServiceCollectionExtensions", "BClientJsonCollections"));
        var b = SpecFile.FromText("b.openapi.yaml", Spec("Owner"));

        var run = GeneratorHarness.Run(otherFirst ? [b, a] : [a, b]);

        DiagnosticAssert.CompilesAndReports(
            run,
            "cannot be named 'BClient' (the client class 'BClient' of the spec 'b.openapi.yaml' already has that name); it is generated as 'BClient2'.",
            "cannot be named 'BClientOptions' (the client options class 'BClientOptions' of the spec 'b.openapi.yaml' already has that name); it is generated as 'BClientOptions2'.",
            "cannot be named 'BClientServiceCollectionExtensions' (the registration class 'BClientServiceCollectionExtensions' of the spec 'b.openapi.yaml' already has that name); it is generated as 'BClientServiceCollectionExtensions2'.",
            "cannot be named 'BClientJsonCollections' (the JSON helpers of the client 'BClientJsonCollections' of the spec 'b.openapi.yaml' already has that name); it is generated as 'BClientJsonCollections2'.");
        Assert.All(run.GeneratorDiagnostics, diagnostic => Assert.Equal(("AIIA0014", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity)));
        Assert.All(run.GeneratorDiagnostics, diagnostic => Assert.Equal(a.Path, diagnostic.Location.GetLineSpan().Path));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.BClient2"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.AClient"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.BClient"));
    }

    [Fact]
    public void AClientNamedLikeAnotherSpecsOptionsClassKeepsItsNameAndTheOptionsStepAside()
    {
        // The project names a client and never has it changed; the other spec's derived class steps aside, as it would
        // for a schema of its own.
        var a = SpecFile.FromText("a.openapi.yaml", Spec("Pet")).WithClientName("BClientOptions");
        var b = SpecFile.FromText("b.openapi.yaml", Spec("Owner"));

        var run = GeneratorHarness.Run([a, b]);

        DiagnosticAssert.CompilesAndReports(run, "(the client class 'BClientOptions' of the spec 'a.openapi.yaml' already has that name); it is generated as 'BClientOptions2'.");
        var info = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("AIIA0014", DiagnosticSeverity.Info, b.Path), (info.Id, info.Severity, info.Location.GetLineSpan().Path));
        Assert.Equal(TypeKind.Class, run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.BClientOptions")!.TypeKind);
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.BClientOptions2"));
    }

    [Fact]
    public void TwoSpecsWithOneClientNameInOneNamespaceAreStillReportedOnTheSecond()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("a.openapi.yaml", Spec("Pet")).WithClientName("PetsClient"), SpecFile.FromText("b.openapi.yaml", Spec("Owner")).WithClientName("PetsClient")]);

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("AIIA0005", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.EndsWith("b.openapi.yaml", error.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Pet"));
    }

    [Fact]
    public void TwoSpecsDeclaringOneTypeInOneNamespaceAreReportedOnTheSecond()
    {
        var first = SpecFile.FromText("a.openapi.yaml", Spec("Error", "Pet"));
        var second = SpecFile.FromText("b.openapi.yaml", Spec("Error", "Owner"));

        var run = GeneratorHarness.Run([first, second]);

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("AIIA0005", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Equal(second.Path, error.Location.GetLineSpan().Path);
        Assert.Equal(
            "The generated type 'Error' of this spec (and 1 more: ErrorJsonConverter) at $ maps to the C# name 'Contoso.Consumer.Error', which the spec 'a.openapi.yaml' (give one of them another AiiaNamespace) already uses. Rename one of them.",
            Message(error));
        // The first spec's code is whole and compiles; nothing of the second is half-added.
        Assert.True(GeneratorHarness.Visible(run.CompilationDiagnostics).IsEmpty, GeneratorHarness.Describe(run.CompilationDiagnostics));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.AClient"));
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.BClient"));
    }

    [Fact]
    public void ACopyOfTheSpecIsNamedByItsPathNotByTheFileNameBothShare()
    {
        var copy = SpecFile.FromText("../out/pets.openapi.yaml", Spec("Pet")); // e.g. published beside the app

        var run = GeneratorHarness.Run([SpecFile.FromText("pets.openapi.yaml", Spec("Pet")), copy]);

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Contains("which the spec '/src/Contoso.Consumer/Specs/pets.openapi.yaml', of which this one is a copy (keep one of them out of the build, e.g. with DefaultItemExcludes)", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoSpecsWithDistinctTypesShareANamespace()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("a.openapi.yaml", Spec("Pet")), SpecFile.FromText("b.openapi.yaml", Spec("Owner"))]);

        DiagnosticAssert.CompilesAndReports(run);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.BClient"));
    }

    [Fact]
    public void TwoClientsWhoseNamesDifferOnlyInCaseAreBothGenerated()
    {
        // Hint names (file names) are told apart without case, C# names with it: the later spec's files are numbered.
        var run = GeneratorHarness.Run(
        [
            SpecFile.FromText("pets.openapi.yaml", Spec("Pet")).WithNamespace("Acme"),
            SpecFile.FromText("cats.openapi.yaml", Spec("Pet")).WithNamespace("acme").WithClientName("PetsClient"),
        ]);

        DiagnosticAssert.CompilesAndReports(run);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Acme.PetsClient"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("acme.PetsClient"));
        Assert.Contains(run.Sources, source => source.HintName == "acme.PetsClient.Client.2.g.cs");
    }

    [Theory]
    [MemberData(nameof(BundledSpecs))]
    public void TheTypesASpecSaysItDeclaresAreTheOnesItsCodeDeclares(string fileName)
    {
        var run = GeneratorHarness.Run([SpecFile.Load(fileName)]);

        var result = (EmitResult)run.RunResult.Results.Single().TrackedSteps[TrackingNames.SpecSources].Single().Outputs.Single().Value;
        var declared = run.OutputCompilation.SyntaxTrees
            .Where(tree => !run.InputCompilation.SyntaxTrees.Contains(tree))
            .SelectMany(tree => run.OutputCompilation.GetSemanticModel(tree).Compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type))
            .OfType<INamedTypeSymbol>()
            .Where(type => type.ContainingType is null && type.ContainingNamespace.ToDisplayString() == result.Namespace)
            .Select(type => type.Name)
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(declared, result.Types);
    }

    [Fact]
    public void AddingANamespaceToTheProjectRenamesTheTypeItWouldConflictWith()
    {
        var first = GeneratorHarness.Run([SpecFile.FromText("items.openapi.yaml", Spec("Pets", "Item"))], ["internal static class Existing { }"]);
        Assert.Empty(first.GeneratorDiagnostics);

        var edited = first.InputCompilation.AddSyntaxTrees(
            GeneratorHarness.ParseSource("namespace Contoso.Consumer.Pets { internal static class Registry { } }", "/src/Contoso.Consumer/Registry.cs"));
        var second = GeneratorHarness.RunDriver(first.Driver, edited);

        DiagnosticAssert.CompilesAndReports(second, "it is generated as 'Pets2'.");
    }

    [Fact]
    public void AddingASpecWhoseClientASchemaIsNamedLikeRenamesTheSchemaAndRemovingItGivesTheNameBack()
    {
        // The other spec's client name is part of what the specs' naming is keyed on, not only its namespace.
        var a = SpecFile.FromText("a.openapi.yaml", Spec("Pet", "BClient"));
        var b = SpecFile.FromText("b.openapi.yaml", Spec("Owner"));
        var alone = GeneratorHarness.Run([a]);
        Assert.Empty(alone.GeneratorDiagnostics);

        var bText = new TestAdditionalText(b.Path, b.Text);
        var together = GeneratorHarness.RunDriver(alone.Driver.AddAdditionalTexts([bText]), alone.InputCompilation);
        DiagnosticAssert.CompilesAndReports(together, "cannot be named 'BClient' (the client class 'BClient' of the spec 'b.openapi.yaml' already has that name); it is generated as 'BClient2'.");
        Assert.NotNull(together.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.BClient2"));

        var again = GeneratorHarness.RunDriver(together.Driver.RemoveAdditionalTexts([bText]), alone.InputCompilation);
        Assert.Empty(again.GeneratorDiagnostics);
        Assert.Equal(TypeKind.Class, again.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.BClient")!.TypeKind);
        Assert.Null(again.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.BClient2"));
    }

    public static TheoryData<string> BundledSpecs() => new(SpecFile.All);
}
