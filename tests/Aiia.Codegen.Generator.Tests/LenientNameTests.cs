using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Names a legal spec has but C# cannot take as they are: each is renamed by a documented rule (Naming/EnumMemberNaming.cs,
/// NameAllocator.Numbered), reported as the AIIA0014 info at its node, and the spec generates and compiles.
/// </summary>
public sealed class LenientNameTests
{
    private const DiagnosticSeverity Info = DiagnosticSeverity.Info;

    [Fact]
    public void EnumValuesThatDifferOnlyInCaseAreNumberedAfterAnUnderscoreWhenTheNameEndsInADigit()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Components(
                """
                schemas:
                  ApiVersion:
                    type: string
                    enum:
                      - V1
                      - [|v1|]
                """),
            "AIIA0014", Info, "components.schemas.ApiVersion.enum");

        Assert.Contains("cannot be named 'V1' (the value 'V1' already has that name); it is generated as 'V1_2'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(["V1", "V1_2"], EnumMembers(run, "ApiVersion"));
    }

    [Fact]
    public void AValueWhoseNameIsTakenIsSpelledWhenItsSymbolsTellItApart()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Sort:
                    type: string
                    enum: [StartTime<, [|'StartTime>'|]]
                """),
            "AIIA0014", Info, "components.schemas.Sort.enum");

        Assert.Contains("it is generated as 'StartTimeGt'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(["StartTime", "StartTimeGt"], EnumMembers(run, "Sort"));
    }

    [Theory]
    [InlineData("''", "Empty")]
    [InlineData("'+'", "Plus")]
    [InlineData("'<='", "LtEq")]
    [InlineData("'§'", "Value")]
    public void AValueWithoutLettersOrDigitsIsNamedBySpellingIt(string value, string member)
    {
        var (diagnostic, run) = Single(
            SpecYaml.Components(
                $$"""
                schemas:
                  Op:
                    type: string
                    enum: [eq, [|{{value}}|]]
                """),
            "AIIA0014", Info, "components.schemas.Op.enum");

        Assert.Contains("(a C# name needs a letter or digit); it is generated as '" + member + "'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(["Eq", member], EnumMembers(run, "Op"));
    }

    [Fact]
    public void TwoOperationsWithOneMethodNameGetANumber()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: getItems
                    responses:
                      '204': {description: None}
                /things:
                  get:
                    operationId: [|GetItems|]
                    responses:
                      '204': {description: None}
                """),
            "AIIA0014", Info, "paths./things.get");

        Assert.Contains("cannot be named 'GetItemsAsync' (the operation 'getItems' already has that name); it is generated as 'GetItems2Async'", diagnostic.GetMessage(), StringComparison.Ordinal);
        var client = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.TestClient")!;
        Assert.NotEmpty(client.GetMembers("GetItemsAsync"));
        Assert.NotEmpty(client.GetMembers("GetItems2Async"));
    }

    [Fact]
    public void AnOperationIdWithoutLettersIsNamedAfterItsMethodAndPath()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: [|'--'|]
                    responses:
                      '204': {description: None}
                """),
            "AIIA0014", Info, "paths./items.get.operationId");

        Assert.Contains("it is generated as 'GetItemsAsync'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.NotEmpty(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.TestClient")!.GetMembers("GetItemsAsync"));
    }

    [Fact]
    public void ParametersWithOneCSharpNameGetANumber()
    {
        var (diagnostic, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    parameters:
                      - {name: x_id, in: query, schema: {type: string}}
                      - [|{name: X-Id, in: header, schema: {type: string}}|]
                    responses:
                      '204': {description: None}
                """),
            "AIIA0014", Info, "paths./items.get.parameters");

        Assert.Contains("cannot be named 'xId' (the parameter 'x_id' already has that name); it is generated as 'xId2'", diagnostic.GetMessage(), StringComparison.Ordinal);
        var method = (IMethodSymbol)run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.TestClient")!.GetMembers("GetItemsAsync").Single();
        Assert.Equal(["xId", "xId2", "cancellationToken"], method.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void AParameterWithoutLettersIsNamedParameter()
    {
        var (_, run) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    parameters:
                      - {name: [|$|], in: query, schema: {type: string}}
                    responses:
                      '204': {description: None}
                """),
            "AIIA0014", Info, "paths./items.get.parameters[0]");

        var method = (IMethodSymbol)run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.TestClient")!.GetMembers("GetItemsAsync").Single();
        Assert.Equal(["parameter", "cancellationToken"], method.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void ASchemaWithoutLettersIsNamedSchema()
    {
        var (_, run) = Single(
            SpecYaml.Components(
                """
                schemas:
                  [|'--'|]:
                    type: object
                    properties:
                      name: {type: string}
                """),
            "AIIA0014", Info, "components.schemas.--");

        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Schema"));
    }

    [Theory]
    [InlineData("toString", "type: object\n    properties: {name: {type: string}}", "ToStringModel")]
    [InlineData("equals", "type: object\n    properties: {name: {type: string}}", "EqualsModel")]
    [InlineData("kind", "type: string\n    enum: [a, b]", "KindModel")]
    [InlineData("getHashCode", "type: object\n    properties: {name: {type: string}}", "GetHashCodeModel")]
    [InlineData("PrintMembers", "type: object\n    properties: {name: {type: string}}", "PrintMembersModel")]
    [InlineData("Deconstruct", "type: object\n    properties: {name: {type: string}}", "DeconstructModel")]
    [InlineData("GetHashCode", "type: string\n    enum: [a, b]", "GetHashCodeModel")]
    public void ASchemaNamedLikeAMemberOfItsOwnTypeGetsModelAppended(string schemaName, string schema, string typeName)
    {
        var (diagnostic, run) = Single(
            SpecYaml.Components(
                $$"""
                schemas:
                  [|{{schemaName}}|]:
                    {{schema}}
                """),
            "AIIA0014", Info, "components.schemas." + schemaName);

        Assert.Contains("it is generated as '" + typeName + "'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + typeName));
    }

    private static string[] EnumMembers(GeneratorRun run, string enumName) =>
        run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + enumName + "Kind")!
            .GetMembers().OfType<IFieldSymbol>().Select(f => f.Name).Where(n => n != "Unknown").ToArray();
}
