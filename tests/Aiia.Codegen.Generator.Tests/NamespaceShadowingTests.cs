using Aiia.Codegen.Generator.Tests.Infrastructure;
using Aiia.Codegen.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Generated code names what it uses with <c>global::</c>, yet a generated type can still hide a namespace: in the
/// namespace <c>Aiia.Codegen</c> a type <c>Runtime</c> is what <c>global::Aiia.Codegen.Runtime</c> finds. Found by specs
/// built to break the generator (CS0426 in every file). Such names are claimed before the spec's types, a client of
/// such a name is refused, and so is a generated namespace the generated code itself refers to.
/// </summary>
public sealed class NamespaceShadowingTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /items:
            get:
              operationId: getItems
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Runtime'}}}}}
        components:
          schemas:
            Runtime: {type: object, properties: {threading: {$ref: '#/components/schemas/Threading'}}}
            Threading: {type: string, enum: [a, b]}
            Extensions: {type: object, properties: {text: {type: string}}}
            Text: {type: object, properties: {a: {type: string}}}
            Options: {type: object, properties: {b: {type: string}}}
        """;

    [Theory]
    [InlineData("Aiia.Codegen", "Runtime", "Aiia.Codegen.Runtime")]
    [InlineData("Aiia", "Codegen", "Aiia.Codegen.Runtime")]
    [InlineData("Microsoft", "Extensions", "Microsoft.Extensions.DependencyInjection")]
    [InlineData("Microsoft.Extensions", "Options", "Microsoft.Extensions.Options")]
    public void ATypeThatWouldHideAReferencedNamespaceStepsAside(string generatedNamespace, string schema, string hidden)
    {
        var spec = Spec.Replace("Extensions: {", "Codegen: {type: object, properties: {a: {type: string}}}\n    Extensions: {", StringComparison.Ordinal);
        var run = GeneratorHarness.Run([SpecFile.FromText("items.openapi.yaml", spec).WithNamespace(generatedNamespace)]);

        DiagnosticAssert.CompilesAndReports(run, $"cannot be named '{schema}' (the namespace '{hidden}' already has that name); it is generated as '{schema}2'.");
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName($"{generatedNamespace}.{schema}2"));
    }

    [Fact]
    public void InTheNamespaceOfAnotherCompanyNothingStepsAside()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("items.openapi.yaml", Spec).WithNamespace("Contoso.Aiia.Codegen")]);

        DiagnosticAssert.CompilesAndReports(run);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Aiia.Codegen.Runtime"));
    }

    [Fact]
    public void AClientThatWouldHideAReferencedNamespaceIsRefused()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("items.openapi.yaml", Spec).WithNamespace("Aiia").WithClientName("Codegen")]);

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("AIIA0006", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.StartsWith("The client name 'Codegen' in the namespace 'Aiia' would hide the namespace 'Aiia.Codegen.Runtime', which the generated code depends on", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData("System")]
    [InlineData("Aiia.Codegen.Runtime")]
    [InlineData("System.Text.Json")]
    public void AGeneratedNamespaceTheGeneratedCodeRefersToIsRefused(string generatedNamespace)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("items.openapi.yaml", Spec).WithNamespace(generatedNamespace)]);

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0006", error.Id);
        Assert.StartsWith($"The namespace '{generatedNamespace}' is one the generated code uses", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Contoso.nameof")]
    [InlineData("nameof")]
    public void ANamespaceSegmentNamedLikeTheNameofOperatorCompiles(string generatedNamespace)
    {
        // nameof(x) is the operator only when lookup finds nothing called nameof; inside the namespace it finds that.
        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.CompositionSpec).WithNamespace(generatedNamespace)]);

        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }

    [Fact]
    public void TheListOfReferencedNamespacesHoldsEveryNamespaceGeneratedCodeNames()
    {
        // Every namespace a global:: name of the generated code passes through, for the specs that use the most.
        string[] specs = [SpecFile.AiiaSpec, SpecFile.PetstoreSpec, SpecFile.LedgerSpec, "bodies.openapi.yaml", SpecFile.CompositionSpec];
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in specs)
        {
            var run = GeneratorHarness.Run([SpecFile.Load(file)]);
            var generated = run.OutputCompilation.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(generated);
            foreach (var tree in generated)
            {
                var model = run.OutputCompilation.GetSemanticModel(tree);
                foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
                {
                    if (model.GetSymbolInfo(name).Symbol is INamespaceSymbol { IsGlobalNamespace: false } symbol)
                    {
                        used.Add(symbol.ToDisplayString());
                    }
                }
            }
        }

        var allowed = ReservedNames.ReferencedNamespaces.SelectMany(Prefixes).Append("Contoso").Append("Contoso.Consumer").ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Aiia.Codegen.Runtime", used);
        Assert.DoesNotContain(used, n => !allowed.Contains(n));
    }

    private static IEnumerable<string> Prefixes(string name)
    {
        for (var dot = name.IndexOf('.'); dot >= 0; dot = name.IndexOf('.', dot + 1))
        {
            yield return name.Substring(0, dot);
        }

        yield return name;
    }
}
