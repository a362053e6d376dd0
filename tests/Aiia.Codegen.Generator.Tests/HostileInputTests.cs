using System.Globalization;
using System.Text;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Aiia.Codegen.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Input meant to hurt, or merely huge: alias bombs, deep nesting, very large documents, schemas reused inline
/// until the work explodes. Each is answered with a located AIIA0013 (or generates, when it is within the
/// limits of <see cref="SpecLimits"/>), within a bound: never a hang, a stack overflow or running out of memory.
/// </summary>
public sealed class HostileInputTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n";

    /// <summary>Anything slower than this is a hang (each case takes well under a second).</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public void ABillionLaughsIsStoppedAtTheAliasThatCrossesTheLimit()
    {
        var builder = new StringBuilder(Header + "paths: {}\nx-lol:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 8; level++)
        {
            var previous = "*l" + (level - 1).ToString(CultureInfo.InvariantCulture);
            builder.Append(CultureInfo.InvariantCulture, $"  l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]\n");
        }

        var (diagnostic, text) = RunBounded(builder.ToString());

        Assert.Equal("AIIA0013", diagnostic.Id);
        // l0 is 11 nodes, l1 111, l2 1,111: l1's aliases stand for 110 nodes, l2's for 1,110, and the eighth
        // *l2 in l3 takes the total past 10,000.
        Assert.Equal("*l2", text.ToString(diagnostic.Location.SourceSpan));
        Assert.Equal(new LinePosition(7, 46), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("x-lol.l3[7]", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAliasBombInsideASchemaIsStoppedBeforeTheReaderWalksIt()
    {
        // Schemas shared by aliases are read once per use: without the limit, 8^5 inline records.
        var builder = new StringBuilder(Header + "paths: {}\ncomponents:\n  schemas:\n    Bomb:\n      type: object\n      properties:\n");
        builder.Append("        s0: &s0 {type: string}\n");
        for (var level = 1; level <= 5; level++)
        {
            var previous = "*s" + (level - 1).ToString(CultureInfo.InvariantCulture);
            var properties = string.Join(", ", Enumerable.Range(0, 8).Select(i => $"p{i}: {previous}"));
            builder.Append(CultureInfo.InvariantCulture, $"        s{level}: &s{level} {{type: object, properties: {{{properties}}}}}\n");
        }

        var (diagnostic, _) = RunBounded(builder.ToString());

        Assert.Equal("AIIA0013", diagnostic.Id);
        Assert.Contains("components.schemas.Bomb.properties.s", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void ManyAliasesOfASmallNodeAreFine()
    {
        // A spec written by js-yaml (Fern's, Langfuse's) shares one security list among every operation: 112 aliases
        // there. What an alias costs is the nodes it stands for, and those are bounded (the billion laughs above).
        var operations = string.Join(string.Empty, Enumerable.Range(0, 500).Select(i => $"  /p{i}:\n    get:\n      security: *s\n      responses: {{'204': {{description: none}}}}\n"));
        var text = Header + "components:\n  securitySchemes:\n    basic: {type: http, scheme: basic}\nsecurity: &s\n  - basic: []\npaths:\n" + operations;

        var run = GeneratorHarness.Run([SpecFile.FromText("shared.openapi.yaml", text)]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(GeneratorHarness.Visible(run.CompilationDiagnostics));
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(1_000_000)]
    public void DeepFlowNestingIsStoppedWithoutAStackOverflow(int depth)
    {
        var (diagnostic, _) = RunBounded(Header + "paths: {}\nx-deep: " + new string('[', depth) + new string(']', depth) + "\n");

        Assert.Equal("AIIA0013", diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void DeepBlockNestingIsStopped()
    {
        var builder = new StringBuilder(Header + "paths: {}\n");
        for (var level = 0; level < 200; level++)
        {
            builder.Append(' ', level).Append("x-nest:\n");
        }

        builder.Append(' ', 200).Append("end: true\n");

        var (diagnostic, _) = RunBounded(builder.ToString());

        Assert.Equal("AIIA0013", diagnostic.Id);
        Assert.Equal(3 + SpecLimits.MaxDepth, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void NestingUpToTheLimitIsFine()
    {
        // The root mapping is one level; MaxDepth - 1 lists inside it make MaxDepth.
        var depth = SpecLimits.MaxDepth - 1;
        var run = GeneratorHarness.Run([SpecFile.FromText("ok.openapi.yaml", Header + "paths: {}\nx-deep: " + new string('[', depth) + new string(']', depth) + "\n")]);

        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void ATextOverTheSizeLimitIsStoppedAtTheFirstLine()
    {
        var text = Header + "paths: {}\n# " + new string('x', SpecLimits.DefaultMaxCharacters) + "\n";

        var (diagnostic, _) = RunBounded(text);

        Assert.Equal("AIIA0013", diagnostic.Id);
        Assert.Equal(new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, "openapi: 3.0.3".Length)), diagnostic.Location.GetLineSpan().Span);
    }

    [Fact]
    public void TooManyNodesIsStoppedAtTheFirstOneTooMany()
    {
        // At a set size of 4 MiB the bound is a fifth of the default's (SpecSizeTests checks the default's scale).
        var maxNodes = SpecLimits.ForSize(4 * 1024 * 1024).MaxNodes;
        var text = Header + "paths: {}\nx-many: [" + string.Join(",", Enumerable.Repeat("1", maxNodes)) + "]\n";

        var (diagnostic, _) = RunBounded(text, spec => spec.WithMetadata("build_metadata.AdditionalFiles.AiiaMaxSpecSize", "4MiB"));

        Assert.Equal("AIIA0013", diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void BodyExamplesAreWalkedOnlyWithinTheSchemaVisitBound()
    {
        // The numbers body examples give their schemas are walked pair by pair (example node, schema), within the bound
        // of schema visits: an allOf fan-out cannot make the walk unbounded. Past it, the rest of the examples say
        // nothing, so 'big', after 1,000 list items (two pairs each: the item and its n), is widened only where the bound
        // is the default's.
        var maxSize = 65536;
        var visits = SpecLimits.ForSize(maxSize).MaxSchemaVisits;
        Assert.True(visits < 2000, $"The bound at {maxSize} characters is {visits}: the list below must pass it.");
        var items = string.Join(", ", Enumerable.Repeat("{n: 1}", 1000));
        var text = Header + $$"""
            paths:
              /things:
                get:
                  operationId: getThings
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Things'}
                          example: {items: [{{items}}], big: 5000000000}
            components:
              schemas:
                Things:
                  type: object
                  properties:
                    items:
                      type: array
                      items:
                        type: object
                        properties:
                          n: {type: integer}
                    big: {type: integer}
            """;

        string BigType(GeneratorRun run) =>
            ((IPropertySymbol)run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Things")!.GetMembers("Big").Single()).Type.ToDisplayString();
        var bounded = Bounded(() => GeneratorHarness.Run([SpecFile.FromText("things.openapi.yaml", text).WithMetadata("build_metadata.AdditionalFiles.AiiaMaxSpecSize", maxSize.ToString(CultureInfo.InvariantCulture))]));
        var unbounded = Bounded(() => GeneratorHarness.Run([SpecFile.FromText("things.openapi.yaml", text)]));

        Assert.Empty(bounded.GeneratorDiagnostics);
        Assert.Equal("int?", BigType(bounded));
        Assert.Equal("long?", BigType(unbounded));
    }

    [Fact]
    public void TooManySchemaVisitsIsStoppedAtTheFirstOneTooMany()
    {
        // Schemas repeated under YAML aliases are read at each use, but aliases are few and bounded: no reuse left in
        // OpenAPI itself multiplies the reading (a shared parameter, request body or response schema is read once;
        // SharedSchemaTests). So the bound is shown at a small set size, where it is a 320th of the default's.
        var maxVisits = SpecLimits.ForSize(65_536).MaxSchemaVisits;
        var builder = new StringBuilder(Header + "paths: {}\ncomponents:\n  schemas:\n    Wide:\n      type: object\n      properties:\n");
        var firstProperty = builder.ToString().Split('\n').Length - 1;
        for (var i = 0; i < maxVisits + 10; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"        p{i}: {{}}\n");
        }

        var (diagnostic, text) = RunBounded(builder.ToString(), spec => spec.WithMetadata("build_metadata.AdditionalFiles.AiiaMaxSpecSize", "65536"));

        Assert.Equal("AIIA0013", diagnostic.Id);
        Assert.Equal("{}", text.ToString(diagnostic.Location.SourceSpan));
        // The Wide record is one visit, each property one more: the one past the bound is p{maxVisits - 1}.
        Assert.Equal(firstProperty + maxVisits - 1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("components.schemas.Wide.properties.p", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void ALargeLegitimateSpecStillGenerates()
    {
        // 1,000 schemas (records with an enum, a list, a map and a reference each) and 500 operations.
        var builder = new StringBuilder(Header + "paths:\n");
        for (var i = 0; i < 500; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"""
                  /things{i}/{"{id}"}:
                    get:
                      operationId: getThing{i}
                      parameters:
                        - {"{name: id, in: path, required: true, schema: {type: string}}"}
                        - {"{name: limit, in: query, schema: {type: integer, format: int32}}"}
                      responses:
                        '200':
                          description: OK
                          content:
                            application/json:
                              schema: {"{$ref: '#/components/schemas/Thing"}{i * 2}'{"}"}
                    put:
                      operationId: putThing{i}
                      parameters:
                        - {"{name: id, in: path, required: true, schema: {type: string}}"}
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema: {"{$ref: '#/components/schemas/Thing"}{(i * 2) + 1}'{"}"}
                      responses:
                        '204': {"{description: Stored}"}

                """);
        }

        builder.Append("components:\n  schemas:\n");
        for (var i = 0; i < 1_000; i++)
        {
            var next = (i + 1) % 1_000;
            builder.Append(CultureInfo.InvariantCulture, $"""
                    Thing{i}:
                      type: object
                      required: [id]
                      properties:
                        id: {"{type: string, format: uuid}"}
                        name: {"{type: string}"}
                        state: {"{type: string, enum: [new, in-progress, done]}"}
                        tags: {"{type: array, items: {type: string}}"}
                        counts: {"{type: object, additionalProperties: {type: integer, format: int64}}"}
                        next: {"{$ref: '#/components/schemas/Thing"}{next}'{"}"}

                """);
        }

        var spec = SpecFile.FromText("large.openapi.yaml", builder.ToString());
        Assert.True(spec.Text.Length < SpecLimits.DefaultMaxCharacters);

        var run = Bounded(() => GeneratorHarness.Run([spec]));

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics.Take(10)));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Thing999"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Thing999State"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.LargeClient"));
        var syntaxErrors = run.OutputCompilation.SyntaxTrees.SelectMany(tree => tree.GetDiagnostics()).ToList();
        Assert.Empty(syntaxErrors);
        Assert.Equal(1000, run.SourceEndingWith(".Models.g.cs").Split("sealed partial record Thing").Length - 1);
    }

    /// <summary>Runs one spec within <see cref="Bound"/>; returns its single diagnostic, checked to be located in the spec.</summary>
    private static (Diagnostic Diagnostic, SourceText Text) RunBounded(string text, Func<SpecFile, SpecFile>? configure = null)
    {
        var spec = SpecFile.FromText("hostile.openapi.yaml", text);
        spec = configure?.Invoke(spec) ?? spec;
        var run = Bounded(() => GeneratorHarness.Run([spec]));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        var source = SourceText.From(text);
        Assert.Null(MutationTests.LocationProblem(diagnostic, spec, source));
        Assert.Empty(run.Sources);
        return (diagnostic, source);
    }

    private static T Bounded<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(Bound), $"No result after {Bound.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s: a hang.");
        return task.Result;
    }
}
