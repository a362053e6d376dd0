using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// External <c>$ref</c>s to sibling files given as AdditionalFiles: schemas become types of the spec (named by the
/// naming pass), parameters, request bodies and responses are read as if written in place, and problems inside the
/// sibling are located in the sibling.
/// </summary>
public sealed class ExternalReferenceTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Shop, version: '1'}
        paths:
          /orders/{orderId}:
            parameters:
              - $ref: 'common.yaml#/components/parameters/OrderId'
            get:
              operationId: getOrder
              parameters:
                - $ref: './common.yaml#/components/parameters/Page'
              responses:
                '200':
                  description: The order.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Order'}
                '404':
                  $ref: 'common.yaml#/components/responses/NotFound'
          /orders:
            post:
              operationId: createOrder
              requestBody:
                $ref: 'common.yaml#/components/requestBodies/NewOrder'
              responses:
                '201':
                  description: Created.
                  content:
                    application/json:
                      schema: {$ref: 'schemas/money.yaml'}
        components:
          schemas:
            Order:
              type: object
              properties:
                id: {type: string}
                total: {$ref: 'common.yaml#/components/schemas/Money'}
        """;

    private const string Common = """
        components:
          parameters:
            OrderId: {name: orderId, in: path, required: true, schema: {type: string}}
            Page: {$ref: '#/components/parameters/PageNumber'}
            PageNumber: {name: page, in: query, schema: {type: integer}}
          requestBodies:
            NewOrder:
              required: true
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/NewOrder'}
          responses:
            NotFound:
              description: Not found.
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Problem'}
          schemas:
            Money:
              type: object
              properties:
                amount: {type: number}
                currency: {$ref: '#/components/schemas/Currency'}
            Currency: {type: string, enum: [EUR, DKK]}
            NewOrder:
              type: object
              properties:
                total: {$ref: '#/components/schemas/Money'}
            Problem:
              type: object
              properties:
                title: {type: string}
            Unused:
              type: object
              properties:
                x: {type: string}
        """;

    private const string MoneyFile = """
        type: object
        description: A receipt.
        properties:
          paid: {$ref: '../common.yaml#/components/schemas/Money'}
        """;

    [Fact]
    public void A_file_beside_the_specs_folder_is_named_by_its_relative_path_in_messages()
    {
        // SpaceTraders keeps reference/SpaceTraders.json and models/*.json side by side: the message read the machine's full path.
        var spec = SpecYaml.Components("""
            schemas:
              Shop:
                type: object
                properties:
                  money: {$ref: '../models/money.yaml'}
            """);
        var run = GeneratorHarness.Run([
            SpecFile.FromText("reference/shop.openapi.yaml", spec),
            SpecFile.FromText("models/money.yaml", "type: object\nproperties:\n  when: {type: integer, format: moon}\n")]);

        var format = Assert.Single(run.GeneratorDiagnostics);
        Assert.Contains("The format 'moon' at ../models/money.yaml.properties.when.format", format.GetMessage(), StringComparison.Ordinal);
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Money"));
    }

    [Fact]
    public void SchemasParametersBodiesAndResponsesOfSiblingFilesGenerateAndCompile()
    {
        var run = GeneratorHarness.Run([
            SpecFile.FromText("shop.openapi.yaml", Spec),
            SpecFile.FromText("common.yaml", Common),
            SpecFile.FromText("schemas/money.yaml", MoneyFile),
        ]);

        // The whole file schemas/money.yaml is named Money first, so common.yaml's Money is renamed (where it is written).
        var renamed = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0014", renamed.Id);
        Assert.Equal(SpecFile.FakeDirectory + "/common.yaml", renamed.Location.GetLineSpan().Path);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));

        // Imported schemas keep their own names; only what is referred to is imported.
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Money"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Currency"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.NewOrder"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Problem"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Money2"));
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Unused"));

        // The parameters of the sibling (one through a $ref inside it) are the operation's.
        var client = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.ShopClient")!;
        var getOrder = client.GetMembers("GetOrderAsync").OfType<IMethodSymbol>().First();
        Assert.Contains(getOrder.Parameters, p => p.Name == "orderId");
        Assert.Contains(getOrder.Parameters, p => p.Name == "page");
        var createOrder = client.GetMembers("CreateOrderAsync").OfType<IMethodSymbol>().First();
        Assert.Contains(createOrder.Parameters, p => p.Type.Name == "NewOrder");
    }

    [Fact]
    public void A_schema_of_a_sibling_file_that_is_only_a_ref_is_resolved_in_that_file()
    {
        // OpenSearch's spec/schemas/_common.yaml: 'EpochTimeUnitMillis: {$ref: '#/components/schemas/UnitMillis'}'
        // was resolved in the spec, not in _common.yaml, and became JsonElement with AIIA0042.
        var spec = SpecYaml.Components("""
            schemas:
              Event:
                type: object
                properties:
                  at: {$ref: 'common.yaml#/components/schemas/EpochTimeUnitMillis'}
                  text: {$ref: 'common.yaml#/components/schemas/TextToAnalyze'}
            """);
        var common = """
            components:
              schemas:
                EpochTimeUnitMillis:
                  $ref: '#/components/schemas/UnitMillis'
                UnitMillis: {type: integer, format: int64}
                TextToAnalyze:
                  description: The text to analyze.
                  $ref: 'schemas/text.yaml#/components/schemas/Text'
            """;
        var text = """
            components:
              schemas:
                Text: {type: string}
            """;

        var run = GeneratorHarness.Run([
            SpecFile.FromText("events.openapi.yaml", spec),
            SpecFile.FromText("common.yaml", common),
            SpecFile.FromText("schemas/text.yaml", text),
        ]);

        Assert.Empty(run.GeneratorDiagnostics);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var members = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Event")!.GetMembers().OfType<IPropertySymbol>().ToDictionary(p => p.Name, p => p.Type.ToDisplayString());
        Assert.Equal("long?", members["At"]);
        Assert.Equal("string?", members["Text"]);
    }

    [Fact]
    public void AnImportedSchemaWhoseNameIsTakenIsRenamedAndTheChangeIsShownInItsFile()
    {
        var spec = SpecYaml.Components("""
            schemas:
              Money:
                type: object
                properties:
                  cents: {type: integer}
              Wallet:
                type: object
                properties:
                  balance: {$ref: 'common.yaml#/components/schemas/Money'}
                  local: {$ref: '#/components/schemas/Money'}
            """);
        var run = GeneratorHarness.Run([SpecFile.FromText("wallet.openapi.yaml", spec), SpecFile.FromText("common.yaml", Common)]);

        var renamed = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "AIIA0014");
        Assert.Equal(SpecFile.FakeDirectory + "/common.yaml", renamed.Location.GetLineSpan().Path);
        Assert.Equal(18, renamed.Location.GetLineSpan().StartLinePosition.Line); // "    Money:" of common.yaml
        Assert.Contains("'Money'", renamed.GetMessage(), StringComparison.Ordinal);
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var wallet = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Wallet")!;
        var balance = wallet.GetMembers("Balance").OfType<IPropertySymbol>().Single();
        Assert.NotEqual("Money", balance.Type.Name);
        Assert.StartsWith("Money", balance.Type.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void AProblemInsideASiblingFileIsLocatedInThatFile()
    {
        var spec = SpecYaml.Components("""
            schemas:
              Wallet:
                type: object
                properties:
                  balance: {$ref: 'broken.yaml#/Money'}
            """);
        var broken = "Money:\n  type: object\n  properties:\n    amount: {$ref: '#/Nowhere'}\n";
        var run = GeneratorHarness.Run([SpecFile.FromText("wallet.openapi.yaml", spec), SpecFile.FromText("broken.yaml", broken)]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "AIIA0003");
        Assert.Equal(SpecFile.FakeDirectory + "/broken.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("(4,20)", DiagnosticAssert.LineColumn(diagnostic));
        Assert.Empty(run.Sources);
    }

    /// <summary>
    /// Rebilly's spec (kept in 2,071 files by Redocly's tools) starts with <c>info.description: {$ref: description.md}</c>,
    /// the Markdown file beside it, and its operations' descriptions do the same. OpenAPI allows no <c>$ref</c> there, but
    /// the text is the spec's: read whole from the file the build gives, in the spec's folder or beside a file it imports.
    /// </summary>
    [Fact]
    public void ADescriptionKeptInAMarkdownFileIsThatFilesText()
    {
        var spec = """
            openapi: 3.1.0
            info:
              title: T
              version: '1'
              description: {$ref: description.md}
            paths:
              /wallets:
                get:
                  operationId: listWallets
                  description: {$ref: 'docs/list.md'}
                  responses:
                    '200': {description: Wallets., content: {application/json: {schema: {$ref: 'models/wallet.yaml'}}}}
            """;
        var wallet = """
            type: object
            description: {$ref: wallet.txt}
            properties:
              description: {type: string}
            """;
        var run = GeneratorHarness.Run([
            SpecFile.FromText("wallet.openapi.yaml", spec), SpecFile.FromText("description.md", "# Wallets\n\nHold money & more.\n"),
            SpecFile.FromText("docs/list.md", "Lists the wallets.\n"), SpecFile.FromText("models/wallet.yaml", wallet),
            SpecFile.FromText("models/wallet.txt", "A wallet."), SpecFile.FromText("unrelated.md", "Not named."),
        ]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.Empty(GeneratorHarness.Visible(run.CompilationDiagnostics));
        var client = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.WalletClient")!;
        Assert.Contains("Hold money &amp; more.", client.GetDocumentationCommentXml(), StringComparison.Ordinal);
        Assert.Contains("Lists the wallets.", client.GetMembers("ListWalletsAsync").Single().GetDocumentationCommentXml(), StringComparison.Ordinal);
        Assert.Contains("A wallet.", run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Wallet")!.GetDocumentationCommentXml(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A description's file the build does not give is AIIA0044 asking for it (once: the description is left out, not
    /// reported again as not text); a Markdown file where a document is expected is AIIA0044 saying no such file can be
    /// named there, given or not.
    /// </summary>
    [Fact]
    public void AMissingDescriptionFileIsAskedForAndAMarkdownFileWhereADocumentBelongsIsRefused()
    {
        var spec = """
            openapi: 3.1.0
            info:
              title: T
              version: '1'
              description: {$ref: description.md}
            paths: {}
            components:
              schemas:
                Wallet:
                  type: object
                  properties:
                    balance: {$ref: 'notes.md'}
            """;
        var run = GeneratorHarness.Run([SpecFile.FromText("wallet.openapi.yaml", spec), SpecFile.FromText("notes.md", "# Notes\n")]);

        var messages = run.GeneratorDiagnostics.Select(d => d.Id + " " + d.GetMessage()).ToList();
        Assert.Equal(2, messages.Count);
        Assert.StartsWith("AIIA0044 The $ref 'description.md' at info.description names the file '" + SpecFile.FakeDirectory + "/description.md', which is not among the project's AdditionalFiles. Add it: <AdditionalFiles Include=\"description.md\" />", messages[0], StringComparison.Ordinal);
        Assert.StartsWith("AIIA0044 The $ref 'notes.md' at components.schemas.Wallet.properties.balance names the file '" + SpecFile.FakeDirectory + "/notes.md', which is not a YAML or JSON file: a $ref here can point only at", messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AProblemInsideASiblingFileNamesItsPathInThatFile()
    {
        // It once read 'components.schemas.common.yaml#/components/schemas/Order.properties.count.default'.
        var spec = SpecYaml.Components("""
            schemas:
              Shop:
                type: object
                properties:
                  order: {$ref: 'common.yaml#/components/schemas/Order'}
                  money: {$ref: 'money.yaml'}
            """);
        var common = "components:\n  schemas:\n    Order:\n      type: object\n      properties:\n        count: {type: integer, default: lots}\n";
        var money = "type: object\nproperties:\n  when: {type: integer, format: moon}\n";
        var run = GeneratorHarness.Run([
            SpecFile.FromText("shop.openapi.yaml", spec), SpecFile.FromText("common.yaml", common), SpecFile.FromText("money.yaml", money)]);

        var defaulted = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "AIIA0049");
        Assert.Contains("The default 'lots' at components.schemas.Order.properties.count.default is not exposed", defaulted.GetMessage(), StringComparison.Ordinal);
        var format = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "AIIA0008");
        Assert.Contains("The format 'moon' at money.yaml.properties.when.format", format.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_properties_map_written_as_a_ref_to_a_file_is_that_files_map()
    {
        // DigitalOcean's load balancers: properties: {$ref: 'attributes.yml#/load_balancer_droplet_ids'} was AIIA0010.
        var spec = SpecYaml.Components("""
            schemas:
              LoadBalancer:
                type: object
                required: [droplet_ids]
                properties:
                  $ref: 'attributes.yaml#/droplet_ids'
            """);
        var attributes = "droplet_ids:\n  droplet_ids:\n    type: array\n    items: {$ref: 'ids.yaml#/Id'}\n  region: {type: string}\n";
        var ids = "Id: {type: integer, format: int64}\n";

        var run = GeneratorHarness.Run([SpecFile.FromText("do.openapi.yaml", spec), SpecFile.FromText("attributes.yaml", attributes), SpecFile.FromText("ids.yaml", ids)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.Empty(GeneratorHarness.Visible(run.CompilationDiagnostics));
        var balancer = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.LoadBalancer")!;
        Assert.Equal("System.Collections.Generic.IReadOnlyList<long>", ((IPropertySymbol)balancer.GetMembers("DropletIds").Single()).Type.ToDisplayString());
        Assert.Equal("string?", ((IPropertySymbol)balancer.GetMembers("Region").Single()).Type.ToDisplayString());
    }

    [Fact]
    public void A_ref_inside_example_data_is_data_not_a_reference()
    {
        // Square's examples quote JSON Schemas with remote $refs (60 AIIA0045 warnings); a relative one in an example
        // was an AIIA0044 error that stopped the spec, and the remote one was taken out of the example. A remote example
        // or link, which the client never reads, was an AIIA0046 error.
        var spec = """
            openapi: 3.1.0
            info: {title: Shop, version: '1'}
            paths:
              /attributes:
                get:
                  operationId: getAttribute
                  responses:
                    default:
                      $ref: 'common.yaml#/components/responses/Failure'
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Attribute'}
                          examples:
                            quoted:
                              value: {schema: {$ref: 'nowhere.yaml'}}
                            elsewhere:
                              $ref: 'https://developer.example.com/examples.yaml#/attribute'
                      links:
                        owner: {$ref: 'https://developer.example.com/links.yaml#/owner'}
            components:
              schemas:
                Attribute:
                  type: object
                  properties:
                    schema: {type: object, default: {$ref: 'missing.yaml'}}
                    default: {$ref: 'common.yaml#/components/schemas/Money'}
                  example: {schema: {$ref: 'https://developer.example.com/schemas/v1/common.json#String'}}
                  examples: [{schema: {$ref: 'gone.yaml'}}]
                  x-codegen-settings: {$ref: 'tooling.yaml'}
                  enum: [{$ref: 'enum.yaml'}]
            """;
        var common = "components:\n  schemas:\n    Money: {type: object, properties: {amount: {type: integer}}}\n  responses:\n    Failure: {description: failed}\n";

        var run = GeneratorHarness.Run([SpecFile.FromText("shop.openapi.yaml", spec), SpecFile.FromText("common.yaml", common)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var attribute = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Attribute")!;
        Assert.Equal("Contoso.Consumer.Money?", ((IPropertySymbol)attribute.GetMembers("Default").Single()).Type.ToDisplayString());
    }

    [Fact]
    public void AYamlErrorInASiblingFileIsLocatedInThatFile()
    {
        var spec = SpecYaml.Components("""
            schemas:
              Wallet:
                type: object
                properties:
                  balance: {$ref: 'broken.yaml#/Money'}
            """);
        var run = GeneratorHarness.Run([SpecFile.FromText("wallet.openapi.yaml", spec), SpecFile.FromText("broken.yaml", "Money:\n  type: [object\n")]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("AIIA0001", diagnostic.Id);
        Assert.Equal(SpecFile.FakeDirectory + "/broken.yaml", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void ASiblingJsonFileIsReadToo()
    {
        var spec = SpecYaml.Components("""
            schemas:
              Wallet:
                type: object
                properties:
                  balance: {$ref: 'money.json'}
            """);
        var money = "{\"type\": \"object\", \"properties\": {\"amount\": {\"type\": \"number\"}, \"note\": {\"type\": \"string\", \"description\": \"caf\\u00e9 \\/ bar\"}}}";
        var run = GeneratorHarness.Run([SpecFile.FromText("wallet.openapi.yaml", spec), SpecFile.FromText("money.json", money)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Money"));
        Assert.Contains(run.Sources, s => s.Text.Contains("café / bar", StringComparison.Ordinal));
    }

    [Fact]
    public void ARefBackIntoTheSpecItselfIsALocalReference()
    {
        var spec = SpecYaml.Components("""
            schemas:
              Id: {type: string, format: uuid}
              Wallet:
                type: object
                properties:
                  owner: {$ref: 'owner.yaml'}
            """);
        var owner = "type: object\nproperties:\n  id: {$ref: 'wallet.openapi.yaml#/components/schemas/Id'}\n";
        var run = GeneratorHarness.Run([SpecFile.FromText("wallet.openapi.yaml", spec), SpecFile.FromText("owner.yaml", owner)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var type = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Owner")!;
        Assert.Equal("System.Guid?", ((IPropertySymbol)type.GetMembers("Id").Single()).Type.ToDisplayString());
    }

    [Fact]
    public void ARefThroughTheSpecsOwnFileNameToNothingIsReportedLikeTheLocalOne()
    {
        var spec = SpecYaml.Components("""
            schemas:
              Wallet:
                type: object
                properties:
                  owner: {$ref: 'wallet.openapi.yaml#/components/schemas/Nobody'}
                  local: {$ref: '#/components/schemas/Nobody'}
            """);
        var run = GeneratorHarness.Run([SpecFile.FromText("wallet.openapi.yaml", spec)]);

        // Both are the same warning (the property becomes any JSON), each at its own $ref; the spec still compiles.
        var diagnostics = run.GeneratorDiagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToArray();
        Assert.Equal(new[] { "AIIA0042", "AIIA0042" }, diagnostics.Select(d => d.Id));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.NotEqual(diagnostics[0].Location.GetLineSpan().StartLinePosition, diagnostics[1].Location.GetLineSpan().StartLinePosition);
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void AComponentsSectionGivenAsARefToAFileIsThatFilesMap()
    {
        // Lichess writes 'components: {schemas: {$ref: ./schemas/_index.yaml}}', the index naming one file per schema:
        // the section was read as a schema named '$ref' (AIIA0010) and the spec refused.
        var spec = SpecYaml.Paths("""
            /players/{id}:
              get:
                operationId: getPlayer
                parameters:
                  - $ref: '#/components/parameters/Id'
                responses:
                  '200':
                    description: The player.
                    content:
                      application/json:
                        schema: {$ref: 'schemas/Player.yaml'}
            """, """
            schemas:
              $ref: './schemas/_index.yaml'
            parameters:
              $ref: 'parameters.yaml'
            """);
        var index = "Player:\n  $ref: './Player.yaml'\nTitle:\n  $ref: './Title.yaml'\n";
        var player = "type: object\nproperties:\n  name: {type: string}\n  title: {$ref: './Title.yaml'}\n";
        var title = "type: string\nenum: [GM, IM]\n";
        var parameters = "Id: {name: id, in: path, required: true, schema: {type: string}}\n";
        var run = GeneratorHarness.Run([
            SpecFile.FromText("api.openapi.yaml", spec),
            SpecFile.FromText("schemas/_index.yaml", index),
            SpecFile.FromText("schemas/Player.yaml", player),
            SpecFile.FromText("schemas/Title.yaml", title),
            SpecFile.FromText("parameters.yaml", parameters),
        ]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, string.Join("\n", run.GeneratorDiagnostics.Select(d => d.ToString())));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var type = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Player")!;
        Assert.Equal("Contoso.Consumer.Title?", type.GetMembers("Title").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        var client = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.ApiClient")!;
        Assert.Contains(client.GetMembers("GetPlayerAsync").OfType<IMethodSymbol>().First().Parameters, p => p.Name == "id");
    }

    [Fact]
    public void ASiblingFileIsNotASpecOfItsOwn()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("common.yaml", Common)]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.Sources);
    }
}
