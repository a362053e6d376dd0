using System.Text.Json;
using System.Text.RegularExpressions;
using Aiia.Codegen.Cli.Tests.Infrastructure;

namespace Aiia.Codegen.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Theory]
    [InlineData(TestSpecs.Aiia)]
    [InlineData(TestSpecs.Petstore)]
    [InlineData(TestSpecs.Ledger)]
    public async Task The_real_specs_are_valid(string spec)
    {
        var result = await CliRunner.RunAsync("validate", TestSpecs.PathOf(spec));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.Lines);
        Assert.Contains(": valid (", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_aiia_specs_examples_are_checked()
    {
        var result = await CliRunner.RunAsync("validate", TestSpecs.PathOf(TestSpecs.Aiia), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        // The status example, and the tokens example referenced from two operations (checked once: same value, same schema).
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("examplesChecked").GetInt32());
    }

    private const string ExamplesSpec = """
        openapi: 3.0.3
        info: {title: Pets, version: "1"}
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - name: limit
                  in: query
                  schema: {type: integer, maximum: 100}
                  example: lots
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: array
                        items: {$ref: '#/components/schemas/Pet'}
                      examples:
                        good:
                          value:
                            - {name: Rex, status: available, age: 3}
                        missing:
                          value:
                            - {status: sold}
                        referenced:
                          $ref: '#/components/examples/BadStatus'
        components:
          examples:
            BadStatus:
              value:
                - name: Tom
                  status: asleep
          schemas:
            PetStatus:
              type: string
              enum: [available, sold]
            Pet:
              type: object
              required: [name, status]
              properties:
                name: {type: string}
                status: {$ref: '#/components/schemas/PetStatus'}
                age:
                  type: integer
                  example: three
                vaccinated: {type: boolean}
              example:
                name: Kitty
                status: available
                vaccinated: 'true'
        """;

    [Fact]
    public async Task Invalid_examples_are_reported_with_their_spec_path_and_line()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("pets.openapi.yaml", ExamplesSpec);

        var result = await CliRunner.RunAsync("validate", spec);

        Assert.Equal(1, result.ExitCode);
        var examples = result.Lines.Where(l => l.Contains(": error example: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, examples.Count);
        // Wrong type, on a parameter.
        Assert.Contains(examples, l => l.StartsWith(spec + "(11,", StringComparison.Ordinal)
            && l.Contains("paths./pets.get.parameters[0].example: $: expected an integer, found the string \"lots\"", StringComparison.Ordinal));
        // Missing required property, in a media type's examples.
        Assert.Contains(examples, l => l.StartsWith(spec + "(26,", StringComparison.Ordinal)
            && l.Contains("paths./pets.get.responses.200.content.application/json.examples.missing.value: $[0]: the required property 'name' is missing", StringComparison.Ordinal));
        // Bad enum value, in a components/examples entry referenced from the media type.
        Assert.Contains(examples, l => l.StartsWith(spec + "(34,", StringComparison.Ordinal)
            && l.Contains("examples.referenced ($ref components.examples.BadStatus).value: $[0].status: the string \"asleep\" is not one of the enum values (available, sold)", StringComparison.Ordinal));
        // Wrong types in schema examples: a property's own example and a quoted 'true' for a boolean.
        Assert.Contains(examples, l => l.Contains("components.schemas.Pet.properties.age.example: $: expected an integer, found the string \"three\"", StringComparison.Ordinal));
        Assert.Contains(examples, l => l.Contains("components.schemas.Pet.example: $.vaccinated: expected a boolean, found the string \"true\"", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Lines, l => l.Contains("examples.good", StringComparison.Ordinal));
        Assert.Contains("5 invalid example value(s)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_boolean_example_of_a_boolean_enum_that_lists_it_is_valid()
    {
        // Firefly III's CurrencyUpdate.primary is {type: boolean, enum: [true], example: true}: it was reported as
        // "true is not one of the enum values (true)". A value the enum does not list still is.
        using var temp = new TempDirectory();
        var spec = temp.Write("currencies.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Currencies, version: '1'}
            paths: {}
            components:
              schemas:
                CurrencyUpdate:
                  type: object
                  properties:
                    primary: {type: boolean, enum: [true], example: true}
                    enabled: {type: boolean, enum: [true], example: false}
            """);

        var result = await CliRunner.RunAsync("validate", spec);

        var examples = result.Lines.Where(l => l.Contains(": error example: ", StringComparison.Ordinal)).ToList();
        var single = Assert.Single(examples);
        Assert.Contains("components.schemas.CurrencyUpdate.properties.enabled.example: $: false is not one of the enum values", single, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_example_matching_the_one_alternative_whose_boolean_enum_lists_its_value_is_valid()
    {
        // Sentry's symbol sources are a oneOf whose http alternative holds password: {hidden-secret: {type: boolean,
        // enum: [true]}}: that alternative failed on the boolean, so every other alternative's errors were reported for
        // an example that matches exactly the one (100 false findings). An example matching no alternative still is.
        using var temp = new TempDirectory();
        var spec = temp.Write("sources.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Sources, version: '1'}
            paths: {}
            components:
              schemas:
                Source:
                  oneOf:
                    - type: object
                      required: [type, url]
                      additionalProperties: false
                      properties:
                        type: {type: string, enum: [http]}
                        url: {type: string}
                        password:
                          type: object
                          properties:
                            hidden-secret: {type: boolean, enum: [true]}
                    - type: object
                      required: [type, bucket]
                      additionalProperties: false
                      properties:
                        type: {type: string, enum: [s3]}
                        bucket: {type: string}
                  anyOf:
                    - type: object
                      properties:
                        password:
                          type: object
                          properties:
                            hidden-secret: {type: boolean, enum: [true]}
                  example: {type: http, url: 'http://symbols.example.com', password: {hidden-secret: true}}
                Sources:
                  type: array
                  items: {$ref: '#/components/schemas/Source'}
                  example: [{type: gcs, url: 'http://symbols.example.com'}]
            """);

        var result = await CliRunner.RunAsync("validate", spec);

        var examples = result.Lines.Where(l => l.Contains(": error example: ", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(examples, l => l.Contains("components.schemas.Source.example", StringComparison.Ordinal));
        Assert.Contains(examples, l => l.Contains("components.schemas.Sources.example: $[0].type: the string \"gcs\" is not one of the enum values (http)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_examples_in_json()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("pets.openapi.yaml", ExamplesSpec);

        var result = await CliRunner.RunAsync("validate", spec, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("validate", root.GetProperty("command").GetString());
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal(5, root.GetProperty("summary").GetProperty("invalidExamples").GetInt32());
        var missing = Assert.Single(root.GetProperty("examples").EnumerateArray(), e => e.GetProperty("kind").GetString() == "PropertyRequired");
        Assert.Equal("paths./pets.get.responses.200.content.application/json.examples.missing.value", missing.GetProperty("specPath").GetString());
        Assert.Equal("$[0]", missing.GetProperty("jsonPath").GetString());
        Assert.Equal(26, missing.GetProperty("line").GetInt32());
        Assert.Empty(root.GetProperty("crossCheck").EnumerateArray());
    }

    [Fact]
    public async Task A_path_parameter_without_required_true_is_a_cross_check_disagreement()
    {
        // OpenAPI requires 'required: true' on path parameters. Our reader treats them as required anyway;
        // NSwag reads the flag as written (optional), so the two readings disagree.
        using var temp = new TempDirectory();
        var spec = temp.Write("pets.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Pets, version: "1"}
            paths:
              /pets/{petId}:
                get:
                  operationId: getPet
                  parameters:
                    - name: petId
                      in: path
                      schema: {type: integer, format: int64}
                  responses:
                    '204':
                      description: ok
            """);

        var result = await CliRunner.RunAsync("validate", spec);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Lines, l => l.StartsWith("cross-check: ", StringComparison.Ordinal));
        Assert.Equal(
            "cross-check: paths./pets/{petId}.get.parameters.petId.required: NSwag reads the path parameter 'petId' as optional, our model as required (OpenAPI says a path parameter must say 'required: true'; add it)",
            line);
    }

    [Theory]
    [InlineData("ModelCreate: {type: object, properties: {id: {type: string}}}\n    ModelUpdate: {$ref: '#/components/schemas/ModelCreate'}")]
    [InlineData("ModelUpdate: {$ref: '#/components/schemas/ModelCreate'}\n    ModelCreate: {type: object, properties: {id: {type: string}}}")]
    public async Task A_component_that_is_only_a_ref_to_another_is_an_alias_not_a_disagreement(string schemas)
    {
        // Typesense's NLSearchModelUpdateSchema: {$ref: NLSearchModelCreateSchema}. The generator reads it as the record it
        // names; NSwag hands back that record's own schema for it, which was reported as a record our model lacks.
        using var temp = new TempDirectory();
        var spec = temp.Write("alias.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Alias, version: "1"}
            paths: {}
            components:
              schemas:
                SCHEMAS
            """.Replace("SCHEMAS", schemas, StringComparison.Ordinal));

        var result = await CliRunner.RunAsync("validate", spec);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(result.Lines, l => l.StartsWith("cross-check: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Properties_beside_a_oneOf_read_as_a_union_are_not_a_disagreement()
    {
        // Svix's sinks: NSwag reads the listed properties alone as an object; our union's records hold them with each
        // alternative's own, which NSwag drops.
        using var temp = new TempDirectory();
        var spec = temp.Write("sinks.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Sinks, version: "1"}
            paths: {}
            components:
              schemas:
                Sink:
                  type: object
                  properties: {uid: {type: string}}
                  oneOf:
                    - {type: object, properties: {type: {type: string, enum: [http]}, url: {type: string}}}
                    - {type: object, properties: {type: {type: string, enum: [eventStream]}}}
            """);

        var result = await CliRunner.RunAsync("validate", spec);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(result.Lines, l => l.StartsWith("cross-check: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_required_name_without_a_property_is_a_cross_check_disagreement()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("pets.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Pets, version: "1"}
            paths:
              /pets:
                post:
                  operationId: createPet
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/NewPet'}
                  responses:
                    '204':
                      description: ok
            components:
              schemas:
                NewPet:
                  type: object
                  required: [name, nmae]
                  properties:
                    name: {type: string}
            """);

        var result = await CliRunner.RunAsync("validate", spec, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var finding = Assert.Single(json.RootElement.GetProperty("crossCheck").EnumerateArray());
        Assert.Equal("components.schemas.NewPet.required", finding.GetProperty("path").GetString());
        Assert.Contains("'nmae' is listed as required but is not a property", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("crossCheckDisagreements").GetInt32());
    }

    [Fact]
    public async Task Generator_errors_are_printed_like_the_compiler_and_fail()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("bad.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Bad, version: "1"}
            x-aiia-error-codes: 5
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '204': {description: ok}
            """);

        var result = await CliRunner.RunAsync("validate", spec);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Lines, l => Regex.IsMatch(l, "^" + Regex.Escape(spec) + @"\(3,\d+\): error AIIA0024: "));
        Assert.Contains("note: the cross-check was skipped", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ecmascript_pattern_with_identity_escapes_is_checked_as_ecmascript_reads_it()
    {
        // SendGrid's batch id: \- and \_ mean '-' and '_' in ECMAScript; .NET refuses \_, and the example was "not checkable".
        using var temp = new TempDirectory();
        var spec = temp.Write("batches.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Batches, version: "1"}
            paths: {}
            components:
              schemas:
                BatchId:
                  type: string
                  pattern: '^[a-zA-Z0-9\-\_]+$'
                  example: abc_1-2
                OtherId:
                  type: string
                  pattern: '^[a-z\_]+$'
                  example: 'not valid!'
            """);

        var result = await CliRunner.RunAsync("validate", spec);

        var example = Assert.Single(result.Lines, l => l.Contains(": error example: ", StringComparison.Ordinal));
        Assert.Contains("components.schemas.OtherId.example", example, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be checked", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ref_to_a_file_that_does_not_exist_says_so_rather_than_asking_for_an_AdditionalFiles_item()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("ships.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Ships, version: "1"}
            paths: {}
            components:
              schemas:
                Ship:
                  type: object
                  properties:
                    faction: {$ref: '../models/FactionSymbol.json'}
            """);

        var result = await CliRunner.RunAsync("validate", spec);

        Assert.Equal(1, result.ExitCode);
        var missing = Assert.Single(result.Lines, l => l.Contains("error AIIA0044", StringComparison.Ordinal));
        Assert.Contains("which does not exist or cannot be read", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("AdditionalFiles", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_alone_pass()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("warned.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Warned, version: "1"}
            paths:
              /things:
                get:
                  operationId: listThings
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              when: {type: integer, format: moon-phase}
            """);

        var result = await CliRunner.RunAsync("validate", spec);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.Lines, l => l.Contains("warning AIIA0008", StringComparison.Ordinal));
        Assert.Contains("valid (", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task External_references_are_not_fetched()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("remote.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Remote, version: "1"}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: 'https://example.invalid/pet.yaml#/Pet'}
            """);

        var result = await CliRunner.RunAsync("validate", spec);

        // A remote schema is any JSON, with a warning: the spec is still valid.
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning AIIA0045", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("note: the cross-check and the examples were skipped: the spec refers outside itself", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_legal_spec_nswag_cannot_read_is_valid_with_a_note()
    {
        // NSwag refuses 3.1's mutualTLS scheme; validate once failed such a spec with NSwag's exception.
        using var temp = new TempDirectory();
        var spec = temp.Write("mtls.openapi.yaml", """
            openapi: 3.1.0
            info: {title: Mtls, version: "1"}
            paths:
              /a:
                get:
                  operationId: getA
                  security: [{mtls: []}]
                  responses: {'204': {description: ok}}
            components:
              securitySchemes:
                mtls: {type: mutualTLS}
            """);

        var result = await CliRunner.RunAsync("validate", spec);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("note: the cross-check and the examples were skipped: NSwag could not read the document (", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("valid for the generator, but the examples were not checked (1 operations, 0 types, examples not checked, 1 warning(s))", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vendor_extension_nswag_cannot_read_is_left_out_of_its_reading_so_the_examples_are_still_checked()
    {
        // Mollie's x-enumDescriptions is a map, which NSwag's reader refuses; the example below is plainly wrong and once
        // passed with "valid ... 0 examples checked". A property named like an extension is a property, and stays.
        using var temp = new TempDirectory();
        var spec = temp.Write("captures.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Captures, version: '1'}
            paths:
              /captures:
                get:
                  operationId: listCaptures
                  parameters:
                    - name: embed
                      in: query
                      schema: {type: string, enum: [payment], x-enumDescriptions: {payment: Embed the payments.}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              count: {type: integer}
                              x-request-id: {type: string}
                          example:
                            count: "not a number"
                            x-request-id: r-1
            """);

        var result = await CliRunner.RunAsync("validate", spec, "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("invalidExamples").GetInt32());
        Assert.Equal(0, summary.GetProperty("crossCheckDisagreements").GetInt32());
        Assert.False(summary.GetProperty("examplesSkipped").GetBoolean());
        Assert.Contains("$.count", json.RootElement.GetProperty("examples")[0].GetProperty("jsonPath").GetString(), StringComparison.Ordinal);
        Assert.Contains(
            json.RootElement.GetProperty("notes").EnumerateArray(),
            note => note.GetString()!.Contains("without the vendor extensions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_spec_exits_1()
    {
        var result = await CliRunner.RunAsync("validate", Path.Combine(Path.GetTempPath(), "no-such-spec.openapi.yaml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot read the spec", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The generator's diagnostics are those of the project's build: a schema named like the client class it
    /// gives (<c>--client-name</c>, as <c>AiiaClientName</c>) is renamed, and the rename reported.</summary>
    [Fact]
    public async Task The_diagnostics_are_those_of_a_project_with_the_client_name_given()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("shop.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Shop, version: "1"}
            paths:
              /shop:
                get:
                  operationId: getShop
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Shop'}
            components:
              schemas:
                Shop: {type: object, properties: {name: {type: string}}}
            """);

        var named = await CliRunner.RunAsync("validate", spec, "--client-name", "Shop");
        var defaults = await CliRunner.RunAsync("validate", spec);

        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Contains(named.Lines, l => l.Contains("info AIIA0014: The schema 'Shop' at components.schemas.Shop cannot be named 'Shop' (the client class already has that name); it is generated as 'Shop2'", StringComparison.Ordinal));
        Assert.DoesNotContain(defaults.Lines, l => l.Contains("AIIA0014", StringComparison.Ordinal));
    }

    /// <summary>
    /// A spec repeating inline shapes gets a note saying how many types sharing would save, and how to ask for it; with
    /// <c>--share-identical-schemas</c> it is read as such a build reads it (one type fewer), and the note is gone.
    /// </summary>
    [Fact]
    public async Task A_spec_repeating_inline_shapes_gets_a_note_on_sharing_them()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("shop.openapi.yaml", GenerateCommandTests.TwoIdenticalPages());
        var distinct = temp.Write("distinct.openapi.yaml", GenerateCommandTests.TwoIdenticalPages("{ type: object, properties: { next: { type: string } } }"));

        var separate = await CliRunner.RunAsync("validate", spec);
        var shared = await CliRunner.RunAsync("validate", spec, "--share-identical-schemas");
        var nothingToShare = await CliRunner.RunAsync("validate", distinct);

        Assert.True(separate.ExitCode == 0, separate.ToString());
        Assert.Contains(separate.Lines, l => l.StartsWith("note: 1 of the 2 records, enums and unions generated only repeat an earlier inline schema: --share-identical-schemas", StringComparison.Ordinal));
        Assert.Contains(separate.Lines, l => l.Contains("valid (2 operations, 2 types,", StringComparison.Ordinal));
        Assert.True(shared.ExitCode == 0, shared.ToString());
        Assert.DoesNotContain(shared.Lines, l => l.StartsWith("note:", StringComparison.Ordinal));
        Assert.Contains(shared.Lines, l => l.Contains("valid (2 operations, 1 types,", StringComparison.Ordinal));
        Assert.DoesNotContain(nothingToShare.Lines, l => l.StartsWith("note:", StringComparison.Ordinal));
    }
}
