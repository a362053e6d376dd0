using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Reading;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Aiia.Codegen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// One test per diagnostic (and per way to get it): the ID, the severity, and the exact span in the spec file,
/// marked <c>[|like this|]</c> in the YAML, through the generator driver.
/// </summary>
public sealed class DiagnosticTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    // ---- AIIA0001: YAML syntax --------------------------------------------------------------------------------

    [Fact]
    public void Aiia0001_AnUnclosedBracketIsReportedAtTheBracket()
    {
        var (diagnostic, _) = Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  tags: [|[|]a, b
                  responses:
                    '204': {description: None}
            """,
            "AIIA0001", Error, "paths./items.get.tags");

        Assert.Equal("(6,13)", LineColumn(diagnostic));
        Assert.Contains("not closed", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0001_AnUnclosedBracketAtTheEndOfTheFile()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            tags: [|[|]a, b
            """,
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
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  summary: [|"Lists the items|]
                  responses:
                    '204': {description: None}
            """,
            "AIIA0001", Error, "paths./items.get.summary");
    }

    [Fact]
    public void Aiia0001_AColonInAPlainValue()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  summary: Note[|: items are sorted|]
                  responses:
                    '204': {description: None}
            """,
            "AIIA0001", Error, "paths./items.get.summary");
    }

    [Fact]
    public void Aiia0001_ADuplicateKeyIsReportedAtTheSecondKey()
    {
        var (diagnostic, _) = Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  operationId: listItems
                  [|operationId|]: getItems
                  responses:
                    '204': {description: None}
            """,
            "AIIA0001", Error, "paths./items.get.operationId");

        Assert.Contains("first on line 6", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0001_ADuplicateKeyInALongMappingIsReportedAtTheSecondKey()
    {
        // Past eight keys the loader looks keys up in a table instead of comparing them one by one.
        var (diagnostic, _) = Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
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
            """,
            "AIIA0001", Error, "components.schemas.Item.properties.b");

        Assert.Contains("first on line 10", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void KeysRepeatedInSiblingMappingsAreNotDuplicates()
    {
        // The loader reuses one key table per nesting level: each mapping must start with an empty one.
        var spec = SpecFile.FromText(
            FileName,
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                First:
                  type: object
                  properties: {a: {type: string}, b: {type: string}, c: {type: string}, d: {type: string}, e: {type: string}, f: {type: string}, g: {type: string}, h: {type: string}, i: {type: string}}
                Second:
                  type: object
                  properties: {a: {type: string}, b: {type: string}, c: {type: string}, d: {type: string}, e: {type: string}, f: {type: string}, g: {type: string}, h: {type: string}, i: {type: string}}
            """);

        var run = GeneratorHarness.Run([spec]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.Contains(run.Sources, source => source.Text.Contains("public sealed partial record Second", StringComparison.Ordinal));
    }

    [Fact]
    public void Aiia0001_AnAliasWithoutAnchor()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  responses: [|*missing|]
            """,
            "AIIA0001", Error, "paths./items.get.responses");
    }

    [Fact]
    public void Aiia0001_ACharacterYamlDoesNotAllow()
    {
        Single(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Item:\n      description: a[|\u0001|]b\n      type: object\n",
            "AIIA0001", Error, "components.schemas.Item.description");
    }

    // ---- AIIA0002: not OpenAPI 3 ------------------------------------------------------------------------------

    [Fact]
    public void Aiia0002_Swagger2()
    {
        Single(
            """
            [|swagger|]: '2.0'
            info: {title: T, version: '1'}
            paths: {}
            """,
            "AIIA0002", Error, "openapi");
    }

    [Fact]
    public void Aiia0002_AnotherVersionIsReportedAtTheVersion()
    {
        Single(
            """
            openapi: [|'2.1.0'|]
            info: {title: T, version: '1'}
            paths: {}
            """,
            "AIIA0002", Error, "openapi");
    }

    [Fact]
    public void Aiia0002_NoPaths()
    {
        Single(
            """
            [|openapi|]: 3.0.3
            info: {title: T, version: '1'}
            """,
            "AIIA0002", Error, "paths");
    }

    [Fact]
    public void Aiia0002_ADocumentThatIsAList()
    {
        Single(
            """
            [|- openapi: 3.0.3
            - paths: {}|]
            """,
            "AIIA0002", Error, "$");
    }

    // ---- AIIA0003: unresolved $ref ----------------------------------------------------------------------------

    [Fact]
    public void Aiia0003_AMissingSchema()
    {
        var (diagnostic, _) = Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            $ref: [|'#/components/schemas/Missing'|]
            """,
            "AIIA0003", Error, "paths./items.get.responses.200.content.schema");

        Assert.Equal("(12,23)", LineColumn(diagnostic));
    }

    [Fact]
    public void Aiia0003_AMissingParameter()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  parameters:
                    - $ref: [|'#/components/parameters/Limit'|]
                  responses:
                    '204': {description: None}
            """,
            "AIIA0003", Error, "paths./items.get.parameters[0]");
    }

    [Fact]
    public void Aiia0003_AnExternalReference()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: [|'other.yaml#/components/schemas/Item'|]}
                  responses:
                    '204': {description: None}
            """,
            "AIIA0003", Error, "paths./items.post.requestBody.content.schema");
    }

    [Fact]
    public void Aiia0003_AnUnknownSecurityScheme()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            security:
              - [|ApiKey|]: []
            paths:
              /items:
                get:
                  responses:
                    '204': {description: None}
            """,
            "AIIA0003", Error, "paths./items.get.security");
    }

    // ---- AIIA0004: unsupported constructs ---------------------------------------------------------------------

    [Theory]
    [InlineData("oneOf")]
    [InlineData("anyOf")]
    [InlineData("discriminator")]
    [InlineData("not")]
    public void Aiia0004_CompositionOtherThanAllOf(string construct)
    {
        Single(
            $$"""
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    kind:
                      [|{{construct}}|]:
                        - {type: string}
            """,
            "AIIA0004", Error, "components.schemas.Pet.properties.kind");
    }

    [Fact]
    public void Aiia0004_ANonJsonBody()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                post:
                  requestBody:
                    [|content|]:
                      application/xml:
                        schema: {type: string}
                  responses:
                    '204': {description: None}
            """,
            "AIIA0004", Error, "paths./items.post.requestBody.content");
    }

    [Fact]
    public void Aiia0004_ACookieParameter()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  parameters:
                    - name: session
                      in: [|cookie|]
                      schema: {type: string}
                  responses:
                    '204': {description: None}
            """,
            "AIIA0004", Error, "paths./items.get.parameters[0]");
    }

    [Fact]
    public void Aiia0004_AListOfTypes()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name:
                      type: [|[string, 'null']|]
            """,
            "AIIA0004", Error, "components.schemas.Pet.properties.name.type");
    }

    [Fact]
    public void Aiia0004_ARecursiveYamlAlias()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Node: &node
                  type: object
                  properties:
                    next: [|*node|]
            """,
            "AIIA0004", Error, "components.schemas.Node.properties.next");
    }

    // ---- AIIA0005: name collisions ----------------------------------------------------------------------------

    [Fact]
    public void Aiia0005_DuplicateOperationIds()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
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
            """,
            "AIIA0005", Error, "paths./things.get");
    }

    [Fact]
    public void Aiia0005_EnumValuesThatDifferOnlyInCase()
    {
        var (diagnostic, _) = Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                ApiVersion:
                  type: string
                  enum:
                    - V1
                    - [|v1|]
            """,
            "AIIA0005", Error, "components.schemas.ApiVersion.enum");

        Assert.Contains("'V1'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aiia0005_ASecuritySchemeNamedLikeAMemberOfTheClientOptions()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              securitySchemes:
                [|baseAddress|]: {type: apiKey, in: header, name: X-Base}
            """,
            "AIIA0005", Error, "components.securitySchemes.baseAddress");
    }

    [Fact]
    public void PropertiesNamedLikeRecordMembersStepAsideAndCompile()
    {
        var spec = SpecFile.FromText(
            FileName,
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  operationId: getItem
                  parameters:
                    - {name: request, in: query, schema: {type: string}}
                    - {name: item, in: query, schema: {type: array, items: {type: string}}}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Item'}
            components:
              schemas:
                Item:
                  type: object
                  properties:
                    toString: {type: string}
                    equals: {type: boolean}
                    getType: {type: string}
                    equalityContract: {type: integer}
            """);

        var run = GeneratorHarness.Run([spec]);

        Assert.Empty(run.GeneratorDiagnostics);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var item = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Item")!;
        Assert.NotEmpty(item.GetMembers("ToStringValue"));
        Assert.NotEmpty(item.GetMembers("GetTypeValue"));
    }

    [Fact]
    public void Aiia0005_TwoSpecsGeneratingOneClientAreReportedOnTheSecond()
    {
        const string text = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  operationId: getItems
                  responses:
                    '204': {description: None}
            """;
        var first = SpecFile.FromText("a.openapi.yaml", text).WithClientName("SameClient");
        var second = SpecFile.FromText("b.openapi.yaml", text).WithClientName("SameClient");

        var run = GeneratorHarness.Run([first, second]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0005", diagnostic.Id);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.Equal(second.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("(1,1)", LineColumn(diagnostic));
        Assert.Contains("Contoso.Consumer.SameClient", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    // ---- AIIA0006: invalid or missing names -------------------------------------------------------------------

    [Fact]
    public void Aiia0006_AnOperationIdWithoutLetters()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  operationId: [|'--'|]
                  responses:
                    '204': {description: None}
            """,
            "AIIA0006", Error, "paths./items.get.operationId");
    }

    [Fact]
    public void Aiia0006_AnInvalidAiiaClientNameIsShownOnTheFirstLine()
    {
        Single(
            """
            [|openapi: 3.0.3|]
            info: {title: T, version: '1'}
            paths: {}
            """,
            "AIIA0006", Error, "AiiaClientName",
            spec => spec.WithClientName("My Client"));
    }

    // ---- AIIA0007: parameter problems -------------------------------------------------------------------------

    [Fact]
    public void Aiia0007_APlaceholderWithoutParameter()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              [|/items/{id}|]:
                get:
                  responses:
                    '204': {description: None}
            """,
            "AIIA0007", Error, "paths./items/{id}.get");
    }

    [Fact]
    public void Aiia0007_APathParameterNotInThePath()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  parameters:
                    - name: [|id|]
                      in: path
                      required: true
                      schema: {type: string}
                  responses:
                    '204': {description: None}
            """,
            "AIIA0007", Error, "paths./items.get.parameters");
    }

    [Fact]
    public void Aiia0007_AParameterWithoutSchema()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  parameters:
                    - [|name|]: limit
                      in: query
                  responses:
                    '204': {description: None}
            """,
            "AIIA0007", Error, "paths./items.get.parameters[0]");
    }

    [Fact]
    public void Aiia0007_AParameterWithoutName()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  parameters:
                    - [|in: query
                      schema: {type: string}|]
                  responses:
                    '204': {description: None}
            """,
            "AIIA0007", Error, "paths./items.get.parameters[0]");
    }

    [Fact]
    public void Aiia0007_AnUnknownParameterLocation()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  parameters:
                    - name: limit
                      in: [|body|]
                      schema: {type: integer}
                  responses:
                    '204': {description: None}
            """,
            "AIIA0007", Error, "paths./items.get.parameters[0]");
    }

    // ---- AIIA0008: unknown format (warning) -------------------------------------------------------------------

    [Fact]
    public void Aiia0008_AnUnknownFormatIsAWarningAndTheSpecStillGenerates()
    {
        var (_, run) = Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  operationId: getItem
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Item'}
            components:
              schemas:
                Item:
                  type: object
                  properties:
                    count: {type: integer, format: [|int16|]}
            """,
            "AIIA0008", Warning, "components.schemas.Item.properties.count.format");

        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Item"));
    }

    // ---- AIIA0009: operation without responses ----------------------------------------------------------------

    [Fact]
    public void Aiia0009_EmptyResponses()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /v1/x:
                get:
                  [|responses|]: {}
            """,
            "AIIA0009", Error, "paths./v1/x.get.responses");
    }

    [Fact]
    public void Aiia0009_NoResponsesAtAll()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /v1/x:
                [|get|]:
                  operationId: getX
            """,
            "AIIA0009", Error, "paths./v1/x.get.responses");
    }

    [Fact]
    public void Aiia0009_OnlyErrorResponses()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /v1/x:
                get:
                  [|responses|]:
                    '404': {description: Not found}
                    default: {description: Error}
            """,
            "AIIA0009", Error, "paths./v1/x.get.responses");
    }

    // ---- AIIA0010: invalid values -----------------------------------------------------------------------------

    [Fact]
    public void Aiia0010_ABooleanThatIsNot()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  parameters:
                    - name: limit
                      in: query
                      required: [|maybe|]
                      schema: {type: integer}
                  responses:
                    '204': {description: None}
            """,
            "AIIA0010", Error, "paths./items.get.parameters[0].required");
    }

    [Fact]
    public void Aiia0010_AnUnknownType()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Item:
                  type: object
                  properties:
                    name: {type: [|text|]}
            """,
            "AIIA0010", Error, "components.schemas.Item.properties.name.type");
    }

    [Fact]
    public void Aiia0010_PathsThatAreAList()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: [|[/items]|]
            """,
            "AIIA0010", Error, "paths");
    }

    [Fact]
    public void Aiia0010_AnEscapeThatIsNotAUnicodeCharacter()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Item:
                  description: [|"a noncharacter: \uFFFF"|]
                  type: object
            """,
            "AIIA0010", Error, "components.schemas.Item.description");
    }

    [Fact]
    public void Aiia0010_EveryValueThatIsNotUnicodeIsReportedInDocumentOrder()
    {
        var spec = SpecFile.FromText(
            FileName,
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Item:
                  description: "first \uFFFF"
                  type: object
                  properties:
                    name: {type: string, description: "second \uFFFE"}
            """);

        var run = GeneratorHarness.Run([spec]);

        var reported = run.GeneratorDiagnostics.Where(d => d.Id == "AIIA0010").ToList();
        Assert.True(reported.Count == 2, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.Equal(new[] { "(7,20)", "(10,43)" }, reported.Select(LineColumn));
        Assert.Contains("components.schemas.Item.description", reported[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("components.schemas.Item.properties.name.description", reported[1].GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void LineSeparatorsInTextBecomeLineBreaksAndCompile()
    {
        var spec = SpecFile.FromText(
            FileName,
            """
            openapi: 3.0.3
            info: {title: "T\Lwith\Pseparators", version: '1'}
            paths:
              /items:
                get:
                  operationId: getItem
                  summary: "one\Ltwo\Nthree"
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: string
                            enum: ["a\Lb", c]
            """);

        var run = GeneratorHarness.Run([spec]);

        Assert.Empty(run.GeneratorDiagnostics);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }

    [Fact]
    public void Aiia0010_AnInvalidAiiaAccessibilityIsShownOnTheFirstLine()
    {
        Single(
            """
            [|openapi: 3.0.3|]
            info: {title: T, version: '1'}
            paths: {}
            """,
            "AIIA0010", Error, "AiiaAccessibility",
            spec => spec.WithMetadata("build_metadata.AdditionalFiles.AiiaAccessibility", "protected"));
    }

    // ---- AIIA0011: the generator failed -----------------------------------------------------------------------

    [Fact]
    public void Aiia0011_AnEmitterFailureIsADiagnosticOnTheSpecNotAnException()
    {
        // A model no reader produces (a record reference without a name) makes the emitter fail.
        var broken = new ApiSpec(
            "/src/broken.openapi.yaml", "Contoso", "BrokenClient", "public", "T", null,
            new EquatableArray<ObjectModel>([new ObjectModel("Item", null, new EquatableArray<PropertyModel>([new PropertyModel("Other", "other", new TypeRef((Model.TypeKind)999), false, false, null)]))]),
            default, default, default, default);

        var result = SpecCompiler.Emit(broken);

        var diagnostic = Assert.Single(result.Diagnostics).ToDiagnostic();
        Assert.Equal("AIIA0011", diagnostic.Id);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.Equal("/src/broken.openapi.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("(1,1)", LineColumn(diagnostic));
        Assert.Empty(result.Sources);
    }

    // ---- AIIA0012: x-aiia extensions --------------------------------------------------------------------------

    [Fact]
    public void Aiia0012_PollingAPost()
    {
        Single(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                post:
                  operationId: createItem
                  [|x-aiia-polling|]:
                    timeoutParameter: wait
                    stateProperty: state
                    terminalStates: [Done]
                  responses:
                    '204': {description: None}
            """,
            "AIIA0012", Error, "paths./items.post.x-aiia-polling");
    }

    // ---- AIIA0013: limits (see HostileInputTests for the others) ----------------------------------------------

    [Fact]
    public void Aiia0013_TooDeeplyNestedIsReportedAtTheLevelPastTheLimit()
    {
        var depth = SpecLimits.MaxDepth + 10;
        var prefix = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\nx-deep: ";
        // The root mapping is level 1, so the list after MaxDepth - 1 others is level MaxDepth + 1.
        var marked = prefix + new string('[', SpecLimits.MaxDepth - 1) + "[|[|]" + new string('[', depth - SpecLimits.MaxDepth) + new string(']', depth) + "\n";

        Single(marked, "AIIA0013", Error, "x-deep");
    }

    // ---- Errors stop only their own spec ----------------------------------------------------------------------

    [Fact]
    public void AnErrorStopsOnlyItsOwnSpec()
    {
        var broken = SpecFile.FromText("broken.openapi.yaml", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    get:\n      responses: {}\n");
        var run = GeneratorHarness.Run([broken, SpecFile.Load(SpecFile.PetstoreSpec), SpecFile.Load(SpecFile.LedgerSpec).WithNamespace("Contoso.Ledger")]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0009", diagnostic.Id);
        Assert.Equal(broken.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("Broken", StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.HintName == "Contoso.Consumer.PetstoreClient.Client.g.cs");
        Assert.Contains(run.Sources, s => s.HintName == "Contoso.Ledger.LedgerClient.Client.g.cs");
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
    }

    [Fact]
    public void SpansAreCharacterExactWithWindowsLineEndings()
    {
        var (text, span) = Parse(
            """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items:
                get:
                  operationId: [|'--'|]
                  responses:
                    '204': {description: None}
            """);
        var crlf = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        var shifted = new TextSpan(span.Start + 5, span.Length); // five line breaks before it gained a '\r' each
        var spec = SpecFile.FromText(FileName, crlf);

        var run = GeneratorHarness.Run([spec]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertLocated(diagnostic, spec, shifted, Error, "paths./items.get.operationId");
        Assert.Equal("(6,20)", LineColumn(diagnostic));
    }
}
