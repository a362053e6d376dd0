using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// <c>AiiaShareIdenticalSchemas="true"</c>: inline schemas that would generate the same record, enum or union (their
/// documentation included) share one type, named after the first; nested shapes share bottom-up; an inline schema equal
/// to a component takes the component's type; components stay apart. Off by default, each place keeps its own type.
/// </summary>
public sealed class IdenticalSchemaSharingTests
{
    /// <summary>Two operations answering the same inline page of an inline item with an inline enum and a union.</summary>
    private static readonly string TwoPages = Spec(("pets", Page()), ("toys", Page()));

    /// <summary>A spec of one GET per entry, <c>list{Name}</c> at <c>/{name}</c>, answering its inline schema; then <paramref name="components"/>.</summary>
    private static string Spec((string Name, string Schema)[] operations, string components) => $$"""
        openapi: 3.0.3
        info: { title: Shop, version: "1" }
        paths: { {{string.Join(", ", operations.Select(o => $$"""'/{{o.Name}}': { get: { operationId: list{{char.ToUpperInvariant(o.Name[0])}}{{o.Name[1..]}}, responses: { '200': { description: ok, content: { application/json: { schema: {{o.Schema}} } } } } } }"""))}} }
        components: { schemas: {{components}} }
        """;

    private static string Spec(params (string Name, string Schema)[] operations) => Spec(operations, "{}");

    /// <summary>An inline page whose item's name description, access enum and size union's first alternative vary.</summary>
    private static string Page(string nameDescription = "The name.", string access = "[read, write]", string size = "integer") => $$"""
        { type: object, description: A page., required: [items], properties: {
          items: { type: array, items: { type: object, properties: {
            name: { type: string, description: {{nameDescription}} },
            access: { type: string, enum: {{access}} },
            size: { oneOf: [{ type: {{size}} }, { type: object, properties: { unit: { type: string } } }] } } } },
          next: { type: string } } }
        """.ReplaceLineEndings(" ");

    private static GeneratorRun RunClean(SpecFile spec) => GeneratorHarness.RunClean(spec);

    private static SpecFile Shared(string text) => SpecFile.FromText("shop.openapi.yaml", text).WithShareIdenticalSchemas();

    private static INamedTypeSymbol? Type(GeneratorRun run, string name) => run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + name);

    private static string ReturnOf(GeneratorRun run, string method) =>
        Type(run, "ShopClient")!.GetMembers(method).OfType<IMethodSymbol>().First().ReturnType.ToDisplayString();

    private static string[] GeneratedTypes(GeneratorRun run) =>
        run.OutputCompilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(t => t.ContainingType is null && t.ContainingNamespace.ToDisplayString() == "Contoso.Consumer")
            .Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void By_default_each_place_has_its_own_types()
    {
        var run = RunClean(SpecFile.FromText("shop.openapi.yaml", TwoPages));

        Assert.Equal("System.Threading.Tasks.Task<Contoso.Consumer.ListPetsResponse>", ReturnOf(run, "ListPetsAsync"));
        Assert.Equal("System.Threading.Tasks.Task<Contoso.Consumer.ListToysResponse>", ReturnOf(run, "ListToysAsync"));
        Assert.NotNull(Type(run, "ListToysResponseItemsItem"));
        Assert.NotNull(Type(run, "ListToysResponseItemsItemAccess"));
    }

    [Fact]
    public void Identical_inline_records_enums_and_unions_share_the_first_ones_type_bottom_up()
    {
        var separate = GeneratedTypes(RunClean(SpecFile.FromText("shop.openapi.yaml", TwoPages)));
        var run = RunClean(Shared(TwoPages));

        Assert.Equal("System.Threading.Tasks.Task<Contoso.Consumer.ListPetsResponse>", ReturnOf(run, "ListPetsAsync"));
        Assert.Equal("System.Threading.Tasks.Task<Contoso.Consumer.ListPetsResponse>", ReturnOf(run, "ListToysAsync"));
        var types = GeneratedTypes(run);
        Assert.DoesNotContain(types, name => name.StartsWith("ListToys", StringComparison.Ordinal));
        Assert.Equal(
            separate.Where(name => !name.StartsWith("ListToys", StringComparison.Ordinal)),
            types);
        Assert.Contains("ListPetsResponseItemsItemAccess", types);
        Assert.Contains("ListPetsResponseItemsItemSize", types);
    }

    [Theory]
    [InlineData("The toy's name.", "[read, write]", "integer")] // a description is generated too
    [InlineData("The name.", "[write, read]", "integer")] // so is the order of an enum's values
    [InlineData("The name.", "[read, write]", "string")] // a union's alternative
    public void Shapes_that_differ_in_anything_generated_stay_apart(string nameDescription, string access, string size)
    {
        var run = RunClean(Shared(Spec(("pets", Page()), ("toys", Page(nameDescription, access, size)))));

        // The page differs because what it holds differs.
        Assert.Equal("System.Threading.Tasks.Task<Contoso.Consumer.ListToysResponse>", ReturnOf(run, "ListToysAsync"));
        Assert.NotNull(Type(run, "ListToysResponseItemsItem"));
    }

    [Fact]
    public void An_inline_schema_equal_to_a_component_is_the_component_and_components_stay_apart()
    {
        const string Named = "{ type: object, properties: { name: { type: string } } }";
        var run = RunClean(Shared(Spec([("pet", Named), ("owner", "{ $ref: '#/components/schemas/Owner' }")], $"{{ Pet: {Named}, Owner: {Named} }}")));

        Assert.Equal("System.Threading.Tasks.Task<Contoso.Consumer.Pet>", ReturnOf(run, "ListPetAsync"));
        Assert.Equal("System.Threading.Tasks.Task<Contoso.Consumer.Owner>", ReturnOf(run, "ListOwnerAsync"));
        Assert.DoesNotContain(GeneratedTypes(run), name => name.StartsWith("ListPet", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shared_type_has_one_converter_and_the_other_place_leaves_no_type()
    {
        var run = RunClean(Shared(TwoPages));
        var converter = run.SourceEndingWith(".Json.g.cs");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(converter, @"class ListPetsResponseJsonConverter\b"));
        Assert.DoesNotContain("ListToysResponse", string.Concat(run.Sources.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_shared_in_one_round_that_shares_an_earlier_one_in_the_next_takes_what_shared_it_along()
    {
        // Round 1: listC's page is listB's (both hold Tag), and listA's inline tag is Tag. Round 2: listA's page now holds
        // Tag too, so listB's page is listA's, and listC's must follow it there, not to listB's page that is gone.
        var run = RunClean(Shared(Spec(
            [
                ("a", "{ type: object, properties: { tag: { type: object, properties: { name: { type: string } } } } }"),
                ("b", "{ type: object, properties: { tag: { $ref: '#/components/schemas/Tag' } } }"),
                ("c", "{ type: object, properties: { tag: { $ref: '#/components/schemas/Tag' } } }"),
            ],
            "{ Tag: { type: object, properties: { name: { type: string } } } }")));

        Assert.All(["ListAAsync", "ListBAsync", "ListCAsync"], method => Assert.Equal("System.Threading.Tasks.Task<Contoso.Consumer.ListAResponse>", ReturnOf(run, method)));
        Assert.Equal("Contoso.Consumer.Tag?", Type(run, "ListAResponse")!.GetMembers("Tag").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
    }

    [Fact]
    public void Alternatives_of_one_union_stay_apart_even_when_identical()
    {
        // Shared, the union would hold one type twice: two conversions from it (CS0557), and no way to tell them apart.
        // Found by Svix's and PagerDuty's specs. Each may still share a type outside the union.
        const string Item = "{ type: object, properties: { a: { type: string } } }";
        const string Other = "{ type: object, required: [z], properties: { z: { type: integer } } }";
        var run = RunClean(Shared(Spec(
            ("pets", $"{{ anyOf: [{Item}, {Item}, {Other}] }}"),
            ("toys", $"{{ anyOf: [{Item}, {{ type: array, items: {Item} }}, {{ type: array, items: {Item} }}] }}"),
            ("tags", Item))));

        foreach (var union in new[] { "ListPetsResponse", "ListToysResponse" })
        {
            // One From{Alternative} per alternative, each from a type of its own.
            var alternatives = Type(run, union)!.GetMembers().OfType<IMethodSymbol>().Where(m => m.IsStatic && m.Name.StartsWith("From", StringComparison.Ordinal) && m.Name != "FromJson")
                .Select(m => m.Parameters[0].Type.ToDisplayString()).ToArray();
            Assert.Equal(3, alternatives.Distinct().Count());
        }

        Assert.Equal("System.Threading.Tasks.Task<Contoso.Consumer.ListPetsResponseOption1>", ReturnOf(run, "ListTagsAsync"));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    public void A_value_other_than_true_or_false_is_AIIA0021_on_the_first_line(string value)
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("shop.openapi.yaml", TwoPages).WithShareIdenticalSchemas(value)]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0021", diagnostic.Id);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("AiiaShareIdenticalSchemas", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false")]
    [InlineData(" False ")]
    public void False_is_the_default(string value)
    {
        var run = RunClean(SpecFile.FromText("shop.openapi.yaml", TwoPages).WithShareIdenticalSchemas(value));

        Assert.NotNull(Type(run, "ListToysResponse"));
    }
}
