using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0001: YAML syntax. Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0001Tests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void Aiia0001_AnUnclosedBracketIsReportedAtTheBracket()
    {
        var (diagnostic, _) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    tags: [|[|]a, b
                    responses:
                      '204': {description: None}
                """),
            "AIIA0001", Error, "paths./items.get.tags");

        Assert.Equal("(6,13)", LineColumn(diagnostic));
        Assert.Contains("not closed", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0001_AnUnclosedBracketAtTheEndOfTheFile()
    {
        Single(
            SpecYaml.Document(
                """
                paths: {}
                tags: [|[|]a, b
                """),
            "AIIA0001", Error, "tags");
    }

    [Fact]
    public void Aiia0001_ABadIndentIsReportedAtTheLine()
    {
        Single(
            """
            openapi: 3.0.3
            info:
              title: T
             [|version: '1'|]
            paths: {}
            """,
            "AIIA0001", Error, "at $");
    }

    [Fact]
    public void Aiia0001_AnUnclosedQuoteIsReportedAtTheQuotedText()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    summary: [|"Lists the items|]
                    responses:
                      '204': {description: None}
                """),
            "AIIA0001", Error, "paths./items.get.summary");
    }

    [Fact]
    public void Aiia0001_AColonInAPlainValue()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    summary: Note[|: items are sorted|]
                    responses:
                      '204': {description: None}
                """),
            "AIIA0001", Error, "paths./items.get.summary");
    }

    [Fact]
    public void Aiia0001_ADuplicateKeyIsReportedAtTheSecondKey()
    {
        var (diagnostic, _) = Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    operationId: listItems
                    [|operationId|]: getItems
                    responses:
                      '204': {description: None}
                """),
            "AIIA0001", Error, "paths./items.get.operationId");

        Assert.Contains("first on line 6", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0001_ADuplicateKeyInALongMappingIsReportedAtTheSecondKey()
    {
        // Past eight keys the loader looks keys up in a table instead of comparing them one by one.
        var (diagnostic, _) = Single(
            SpecYaml.Components(
                """
                schemas:
                  Item:
                    type: object
                    properties:
                      a: {type: string}
                      b: {type: string}
                      c: {type: string}
                      d: {type: string}
                      e: {type: string}
                      f: {type: string}
                      g: {type: string}
                      h: {type: string}
                      i: {type: string}
                      [|b|]: {type: integer}
                """),
            "AIIA0001", Error, "components.schemas.Item.properties.b");

        Assert.Contains("first on line 10", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void KeysRepeatedInSiblingMappingsAreNotDuplicates()
    {
        // The loader reuses one key table per nesting level: each mapping must start with an empty one.
        var spec = SpecFile.FromText(
            FileName,
            SpecYaml.Components(
                """
                schemas:
                  First:
                    type: object
                    properties: {a: {type: string}, b: {type: string}, c: {type: string}, d: {type: string}, e: {type: string}, f: {type: string}, g: {type: string}, h: {type: string}, i: {type: string}}
                  Second:
                    type: object
                    properties: {a: {type: string}, b: {type: string}, c: {type: string}, d: {type: string}, e: {type: string}, f: {type: string}, g: {type: string}, h: {type: string}, i: {type: string}}
                """));

        var run = GeneratorHarness.Run([spec]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.Contains(run.Sources, source => source.Text.Contains("public sealed partial record Second", StringComparison.Ordinal));
    }

    [Fact]
    public void Aiia0001_AnAliasWithoutAnchor()
    {
        Single(
            SpecYaml.Paths(
                """
                /items:
                  get:
                    responses: [|*missing|]
                """),
            "AIIA0001", Error, "paths./items.get.responses");
    }

    [Fact]
    public void Aiia0001_ACharacterYamlDoesNotAllow()
    {
        Single(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Item:\n      description: a[|\u0001|]b\n      type: object\n",
            "AIIA0001", Error, "components.schemas.Item.description");
    }
}
