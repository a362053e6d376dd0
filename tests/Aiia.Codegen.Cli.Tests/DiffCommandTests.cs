using System.Text.Json;
using Aiia.Codegen.Cli.Tests.Infrastructure;

namespace Aiia.Codegen.Cli.Tests;

public sealed class DiffCommandTests
{
    private const string Base = """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        security:
          - ApiKey: []
        paths:
          /orders:
            post:
              operationId: createOrder
              parameters:
                - name: X-Request-Id
                  in: header
                  required: false
                  schema: {type: string}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/NewOrder'}
              responses:
                '201':
                  description: created
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Order'}
          /orders/{orderId}:
            get:
              operationId: getOrder
              parameters:
                - name: orderId
                  in: path
                  required: true
                  schema: {type: string}
                - name: expand
                  in: query
                  required: false
                  schema: {type: boolean}
              responses:
                '200':
                  description: the order
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Order'}
        components:
          securitySchemes:
            ApiKey: {type: apiKey, in: header, name: X-Api-Key}
            Partner: {type: apiKey, in: header, name: X-Partner-Key}
          schemas:
            NewOrder:
              type: object
              required: [item]
              properties:
                item: {type: string}
                quantity: {type: integer}
            Order:
              type: object
              required: [id, item, status]
              properties:
                id: {type: string}
                item: {type: string}
                status: {$ref: '#/components/schemas/OrderStatus'}
                total: {type: number}
            OrderStatus:
              type: string
              enum: [pending, shipped]
        """;

    private const string GetOrder = """
          /orders/{orderId}:
            get:
              operationId: getOrder
        """;

    private const string Components = """
        components:
          securitySchemes:
        """;

    /// <summary>Applies one textual edit to the base spec; the edit's target must exist.</summary>
    private static string Edit(string find, string replace)
    {
        Assert.Contains(find, Base, StringComparison.Ordinal);
        return Base.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>, which must break callers (exit 2),
    /// each as <paramref name="line"/> writes it from its JSON.</summary>
    private static async Task<List<string>> BreakingChangesAsync(string before, string after, Func<JsonElement, string> line)
    {
        using var temp = new TempDirectory();
        var result = await CliRunner.RunAsync("diff", temp.Write("old.openapi.yaml", before), temp.Write("new.openapi.yaml", after), "--format", "json");
        Assert.True(result.ExitCode == 2, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("changes").EnumerateArray().Select(line).ToList();
    }

    private static string RuleAndMessage(JsonElement change) => change.GetProperty("rule").GetString() + ": " + change.GetProperty("message").GetString();

    public static TheoryData<string, string, string, string, string> Rules => new()
    {
        // name, new spec, kind, rule, spec path
        {
            "removed operation",
            Edit(GetOrder + """

                      parameters:
                        - name: orderId
                          in: path
                          required: true
                          schema: {type: string}
                        - name: expand
                          in: query
                          required: false
                          schema: {type: boolean}
                      responses:
                        '200':
                          description: the order
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Order'}

                """, string.Empty),
            "breaking", "operation-removed", "paths./orders/{orderId}.get"
        },
        {
            "new operation",
            Edit(Components, """
                  /orders/{orderId}/cancel:
                    post:
                      operationId: cancelOrder
                      parameters:
                        - {name: orderId, in: path, required: true, schema: {type: string}}
                      responses:
                        '204': {description: cancelled}

                """ + Components),
            "additive", "operation-added", "paths./orders/{orderId}/cancel.post"
        },
        {
            "removed response property",
            Edit("        total: {type: number}\n", string.Empty),
            "breaking", "response-property-removed", "components.schemas.Order.properties.total"
        },
        {
            "new response property",
            Edit("        total: {type: number}\n", "        total: {type: number}\n        currency: {type: string}\n"),
            "additive", "response-property-added", "components.schemas.Order.properties.currency"
        },
        {
            "changed property type",
            Edit("        total: {type: number}\n", "        total: {type: string}\n"),
            "breaking", "property-type-changed", "components.schemas.Order.properties.total"
        },
        {
            "new required request property",
            Edit("      required: [item]\n", "      required: [item, customer]\n").Replace("        quantity: {type: integer}\n", "        quantity: {type: integer}\n        customer: {type: string}\n", StringComparison.Ordinal),
            "breaking", "request-property-added-required", "components.schemas.NewOrder.properties.customer"
        },
        {
            "new optional request property",
            Edit("        quantity: {type: integer}\n", "        quantity: {type: integer}\n        gift: {type: boolean}\n"),
            "additive", "request-property-added-optional", "components.schemas.NewOrder.properties.gift"
        },
        {
            "optional request property made required",
            Edit("      required: [item]\n", "      required: [item, quantity]\n"),
            "breaking", "request-property-became-required", "components.schemas.NewOrder.properties.quantity"
        },
        {
            "response property made optional",
            Edit("      required: [id, item, status]\n", "      required: [id, item]\n"),
            "breaking", "response-property-became-optional", "components.schemas.Order.properties.status"
        },
        {
            "new required parameter",
            Edit("          required: false\n          schema: {type: boolean}\n", "          required: false\n          schema: {type: boolean}\n        - name: tenant\n          in: query\n          required: true\n          schema: {type: string}\n"),
            "breaking", "parameter-added-required", "paths./orders/{orderId}.get.parameters.tenant"
        },
        {
            "new optional parameter",
            Edit("          required: false\n          schema: {type: boolean}\n", "          required: false\n          schema: {type: boolean}\n        - name: fields\n          in: query\n          schema: {type: string}\n"),
            "additive", "parameter-added-optional", "paths./orders/{orderId}.get.parameters.fields"
        },
        {
            "optional parameter made required",
            Edit("          required: false\n          schema: {type: boolean}\n", "          required: true\n          schema: {type: boolean}\n"),
            "breaking", "parameter-became-required", "paths./orders/{orderId}.get.parameters.expand"
        },
        {
            "changed parameter type",
            Edit("          required: false\n          schema: {type: boolean}\n", "          required: false\n          schema: {type: integer}\n"),
            "breaking", "parameter-type-changed", "paths./orders/{orderId}.get.parameters.expand.schema"
        },
        {
            "removed enum value",
            Edit("enum: [pending, shipped]", "enum: [pending]"),
            "breaking", "enum-value-removed", "components.schemas.OrderStatus.enum"
        },
        {
            "new enum value",
            Edit("enum: [pending, shipped]", "enum: [pending, shipped, returned]"),
            "additive", "enum-value-added", "components.schemas.OrderStatus.enum"
        },
        {
            "enum value inserted in the middle",
            Edit("enum: [pending, shipped]", "enum: [pending, returned, shipped]"),
            "additive", "enum-value-added", "components.schemas.OrderStatus.enum"
        },
        {
            "a value named like the kind of unlisted values",
            Edit("enum: [pending, shipped]", "enum: [pending, shipped, unknown]"),
            "breaking", "generated-member-renamed", "components.schemas.OrderStatus.enum"
        },
        {
            "a property named like the kept undocumented properties",
            Edit("total: {type: number}", "total: {type: number}\n        undocumentedProperties: {type: string}"),
            "breaking", "generated-member-renamed", "components.schemas.Order"
        },
        {
            "enum values reordered",
            Edit("enum: [pending, shipped]", "enum: [shipped, pending]"),
            "additive", "enum-values-reordered", "components.schemas.OrderStatus.enum"
        },
        {
            "enum value removed while others are reordered",
            Edit("enum: [pending, shipped]", "enum: [returned, shipped]"),
            "breaking", "enum-value-removed", "components.schemas.OrderStatus.enum"
        },
        {
            "new schema",
            Edit("    OrderStatus:\n", "    Refund:\n      type: object\n      properties:\n        amount: {type: number}\n    OrderStatus:\n"),
            "additive", "schema-added", "components.schemas.Refund"
        },
        {
            "renamed operationId",
            Edit("operationId: getOrder", "operationId: fetchOrder"),
            "breaking", "operation-id-changed", "paths./orders/{orderId}.get.operationId"
        },
        {
            "new security requirement",
            Edit(GetOrder, GetOrder + "\n      security:\n        - ApiKey: []\n          Partner: []"),
            "breaking", "security-requirement-added", "paths./orders/{orderId}.get.security"
        },
        // Found by specs built to break the toolkit: the schemes themselves and kept properties were never compared.
        {
            "API key moved to another header",
            Edit("ApiKey: {type: apiKey, in: header, name: X-Api-Key}", "ApiKey: {type: apiKey, in: header, name: X-Key}"),
            "breaking", "security-scheme-changed", "components.securitySchemes.ApiKey"
        },
        {
            "API key moved to the query",
            Edit("ApiKey: {type: apiKey, in: header, name: X-Api-Key}", "ApiKey: {type: apiKey, in: query, name: X-Api-Key}"),
            "breaking", "security-scheme-changed", "components.securitySchemes.ApiKey"
        },
        {
            "scheme of another kind",
            Edit("Partner: {type: apiKey, in: header, name: X-Partner-Key}", "Partner: {type: http, scheme: bearer}"),
            "breaking", "security-scheme-changed", "components.securitySchemes.Partner"
        },
        {
            "scheme removed",
            Edit("    Partner: {type: apiKey, in: header, name: X-Partner-Key}\n", string.Empty),
            "breaking", "security-scheme-removed", "components.securitySchemes.Partner"
        },
        {
            "scheme added",
            Edit("    Partner: {type: apiKey, in: header, name: X-Partner-Key}\n", "    Partner: {type: apiKey, in: header, name: X-Partner-Key}\n    Basic: {type: http, scheme: basic}\n"),
            "additive", "security-scheme-added", "components.securitySchemes.Basic"
        },
        {
            "additionalProperties: false on a response record",
            Edit("        total: {type: number}\n", "        total: {type: number}\n      additionalProperties: false\n"),
            "breaking", "undocumented-properties-dropped", "components.schemas.Order"
        },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Each_rule_is_classified_with_its_spec_path(string name, string changed, string kind, string rule, string path)
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Base);
        var newSpec = temp.Write("new.openapi.yaml", changed);

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec, "--format", "json");

        Assert.True(result.ExitCode == (kind == "breaking" ? 2 : 0), name + ": " + result);
        using var json = JsonDocument.Parse(result.Stdout);
        var changes = json.RootElement.GetProperty("changes").EnumerateArray()
            .Select(c => (Kind: c.GetProperty("kind").GetString(), Rule: c.GetProperty("rule").GetString(), Path: c.GetProperty("path").GetString()))
            .ToList();
        Assert.True(changes.Contains((kind, rule, path)), $"{name}: expected {kind} {rule} at {path}; got\n{string.Join("\n", changes)}");
        if (kind == "additive")
        {
            Assert.DoesNotContain(changes, c => c.Kind == "breaking");
        }
    }

    [Theory]
    [InlineData("        - ApiKey: []\n", "        - ApiKey: []\n        - Partner: []\n", "additive", "security-alternative-added")]
    [InlineData("        - ApiKey: []\n        - Partner: []\n", "        - ApiKey: []\n", "breaking", "security-alternative-removed")]
    [InlineData("        - ApiKey: []\n        - Partner: []\n", "        - ApiKey: []\n          Partner: []\n", "breaking", "security-alternative-removed")]
    [InlineData("        - ApiKey: []\n", "        - ApiKey: []\n        - {}\n", "additive", "security-alternative-added")]
    public async Task Security_alternatives_added_are_additive_and_taken_away_are_breaking(string before, string after, string kind, string rule)
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Edit(GetOrder, GetOrder + "\n      security:\n" + before.TrimEnd('\n')));
        var newSpec = temp.Write("new.openapi.yaml", Edit(GetOrder, GetOrder + "\n      security:\n" + after.TrimEnd('\n')));

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec, "--format", "json");

        Assert.Equal(kind == "breaking" ? 2 : 0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var rules = json.RootElement.GetProperty("changes").EnumerateArray()
            .Select(c => (Kind: c.GetProperty("kind").GetString(), Rule: c.GetProperty("rule").GetString()))
            .ToList();
        Assert.Contains((kind, rule), rules);
    }

    [Fact]
    public async Task A_Kind_member_renumbered_by_a_hash_collision_is_breaking()
    {
        // 'value-198934' and 'value-568010' hash alike: the ordinally earlier one takes the number, moving the other.
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Edit("enum: [pending, shipped]", "enum: [value-568010]"));
        var newSpec = temp.Write("new.openapi.yaml", Edit("enum: [pending, shipped]", "enum: [value-568010, value-198934]"));

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec, "--format", "json");

        Assert.True(result.ExitCode == 2, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var rules = json.RootElement.GetProperty("changes").EnumerateArray()
            .Select(c => c.GetProperty("kind").GetString() + " " + c.GetProperty("rule").GetString())
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["additive enum-value-added", "breaking enum-value-renumbered"], rules);
    }

    [Fact]
    public async Task Colliding_names_taken_in_another_order_are_breaking_renames()
    {
        // Found by specs built to break the toolkit: reordered, the C# names of colliding wire names swap (pageSize now
        // sends page_size), caller code still compiles, and diff said nothing (or 'reordered', for the enum).
        const string before = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  operationId: getThing
                  parameters:
                    - {name: page_size, in: query, schema: {type: integer}}
                    - {name: pageSize, in: query, schema: {type: integer}}
                  responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}
              /b:
                get:
                  operationId: get_thing
                  responses: {'204': {description: ok}}
              /c:
                get:
                  operationId: getThing2
                  responses: {'204': {description: ok}}
            components:
              schemas:
                Thing: {type: object, properties: {name: {type: string}, Name: {type: string}, kind: {type: string, enum: [a, A]}}}
            """;
        var after = before
            .Replace("- {name: page_size, in: query, schema: {type: integer}}\n        - {name: pageSize, in: query, schema: {type: integer}}", "- {name: pageSize, in: query, schema: {type: integer}}\n        - {name: page_size, in: query, schema: {type: integer}}", StringComparison.Ordinal)
            .Replace("{name: {type: string}, Name: {type: string}", "{Name: {type: string}, name: {type: string}", StringComparison.Ordinal)
            .Replace("enum: [a, A]", "enum: [A, a]", StringComparison.Ordinal);
        // Each of the three reorderings took place.
        Assert.Contains("{name: pageSize, in: query, schema: {type: integer}}\n        - {name: page_size", after, StringComparison.Ordinal);
        Assert.Contains("{Name: {type: string}, name: {type: string}", after, StringComparison.Ordinal);
        Assert.Contains("enum: [A, a]", after, StringComparison.Ordinal);
        var rules = await BreakingChangesAsync(before, after, c => c.GetProperty("rule").GetString()!);
        Assert.Equal(2, rules.Count(r => r == "parameter-renamed"));
        Assert.Equal(2, rules.Count(r => r == "property-renamed"));
        Assert.Equal(2, rules.Count(r => r == "enum-member-renamed"));
        Assert.DoesNotContain("enum-values-reordered", rules);
    }

    [Fact]
    public async Task An_inline_type_renamed_by_a_given_name_says_so_not_that_another_schema_took_its_name()
    {
        const string before = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  operationId: getPet
                  responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}}
            components:
              schemas:
                Pet: {type: object, properties: {x: {type: object, properties: {a: {type: string}}}, y: {type: object, properties: {b: {type: string}}}}}
            """;
        // x is given a name, so its type PetX is now PetTag; no other type has PetX.
        var after = before.Replace("x: {type: object,", "x: {type: object, x-aiia-name: tag,", StringComparison.Ordinal);
        var changes = (await BreakingChangesAsync(before, after, RuleAndMessage)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "generated-type-renamed: the type of components.schemas.Pet.properties.x is now PetTag, was PetX (a name it is derived from changed: the given name (x-aiia-name or x-ms-client-name) of the property, parameter or field that holds it, or the name of what it sits in): code naming PetX does not compile",
                "property-renamed: the property 'x' of Pet (read from responses) is now Pet.Tag, was X (the name the spec gives it (x-aiia-name or x-ms-client-name) changed)",
            ],
            changes);
    }

    [Fact]
    public async Task A_form_fields_changes_are_compared_like_parameters_a_given_name_too()
    {
        // A form or multipart field is a method argument of its own: renamed (here by x-aiia-name), removed, added
        // required, retyped, it breaks callers as a parameter would; these went unreported.
        const string before = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /token:
                post:
                  operationId: token
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema: {type: object, properties: {grant_type: {type: string}, scope: {type: string}, code: {type: string}, ttl: {type: integer}}}
                  responses: {'204': {description: ok}}
            """;
        var after = before
            .Replace("grant_type: {type: string}", "grant_type: {type: string, x-aiia-name: grant}", StringComparison.Ordinal)
            .Replace(" scope: {type: string},", string.Empty, StringComparison.Ordinal)
            .Replace("ttl: {type: integer}}}", "ttl: {type: string}, state: {type: string}}, required: [state]}", StringComparison.Ordinal);
        var changes = (await BreakingChangesAsync(before, after, c => c.GetProperty("kind").GetString() + " " + RuleAndMessage(c))).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "breaking field-added-required: the required field 'state' was added to token's body",
                "breaking field-removed: the field 'scope' of token's body was removed",
                "breaking field-renamed: the field 'grant_type' of token's body is now the argument grant, was grantType (the name the spec gives it (x-aiia-name or x-ms-client-name) changed): a call naming grantType does not compile",
                "breaking field-type-changed: the type of the field 'ttl' of token's body changed from integer (int32) to string",
            ],
            changes);
    }

    [Fact]
    public async Task A_body_that_becomes_a_form_says_so_and_a_form_that_becomes_multipart_compares_only_its_fields()
    {
        // A form's body type is a placeholder: the caller passes its fields. JSON to form read "from object Grant to string".
        const string json = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /token:
                post:
                  operationId: token
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Grant'}
                  responses: {'204': {description: ok}}
            components:
              schemas:
                Grant: {type: object, properties: {code: {type: string}}}
            """;
        var form = json.Replace("application/json:", "application/x-www-form-urlencoded:", StringComparison.Ordinal);
        var multipart = json.Replace("application/json:", "multipart/form-data:", StringComparison.Ordinal);
        using var temp = new TempDirectory();

        var toForm = await CliRunner.RunAsync("diff", temp.Write("json.openapi.yaml", json), temp.Write("form.openapi.yaml", form));
        var toMultipart = await CliRunner.RunAsync("diff", temp.Write("form2.openapi.yaml", form), temp.Write("multipart.openapi.yaml", multipart));

        Assert.True(toForm.ExitCode == 2, toForm.ToString());
        Assert.Contains("request-body-type-changed  paths./token.post.requestBody: the request body of token changed from object Grant to form fields (application/x-www-form-urlencoded)", toForm.Stdout, StringComparison.Ordinal);
        Assert.True(toMultipart.ExitCode == 0, toMultipart.ToString());
        Assert.DoesNotContain("request-body-type-changed", toMultipart.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_the_spec_gives_that_changes_is_a_breaking_rename_that_says_so()
    {
        // x-aiia-name (on a parameter, a property, a component schema) and x-enum-varnames change C# names only: the wire is the same, caller code is not.
        const string before = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  operationId: getThing
                  parameters:
                    - {name: page_size, in: query, schema: {type: integer}}
                  responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}
            components:
              schemas:
                Thing: {type: object, properties: {id: {type: string}, kind: {type: string, enum: [a, b]}}}
            """;
        var after = before
            .Replace("{name: page_size, in: query,", "{name: page_size, in: query, x-aiia-name: limit,", StringComparison.Ordinal)
            .Replace("id: {type: string}", "id: {type: string, x-aiia-name: thingId}", StringComparison.Ordinal)
            .Replace("enum: [a, b]}", "enum: [a, b], x-enum-varnames: [Alpha, B]}", StringComparison.Ordinal)
            .Replace("Thing: {type: object,", "Thing: {type: object, x-aiia-name: Item,", StringComparison.Ordinal);
        Assert.Equal(4, after.Split("x-", StringSplitOptions.None).Length - 1);
        var changes = await BreakingChangesAsync(before, after, RuleAndMessage);
        Assert.Equal(5, changes.Count);
        Assert.Contains(changes, c => c.StartsWith("parameter-renamed: ", StringComparison.Ordinal) && c.Contains("is now the argument limit, was pageSize", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.StartsWith("property-renamed: ", StringComparison.Ordinal) && c.EndsWith("is now Item.ThingId, was Id (the name the spec gives it (x-aiia-name or x-ms-client-name) changed)", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.StartsWith("generated-type-renamed: ", StringComparison.Ordinal) && c.Contains("is now Item, was Thing (the name the spec gives it (x-aiia-name or x-ms-client-name) changed)", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.StartsWith("generated-type-renamed: ", StringComparison.Ordinal) && c.Contains("is now ItemKind, was ThingKind (a name it is derived from changed: the given name (x-aiia-name or x-ms-client-name) of the property, parameter or field that holds it, or the name of what it sits in)", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.StartsWith("enum-member-renamed: ", StringComparison.Ordinal) && c.Contains("is now the member Alpha, was A (the name the spec gives it (x-enum-varnames, x-enumNames or x-ms-enum) changed)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_default_whose_member_a_new_property_takes_or_that_goes_away_is_breaking()
    {
        var before = Edit("quantity: {type: integer}", "quantity: {type: integer, default: 1}");
        var taken = before.Replace("quantity: {type: integer, default: 1}", "quantity: {type: integer, default: 1}\n        defaultQuantity: {type: integer}", StringComparison.Ordinal);
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", before);

        var renamed = await CliRunner.RunAsync("diff", oldSpec, temp.Write("taken.openapi.yaml", taken));
        var removed = await CliRunner.RunAsync("diff", oldSpec, temp.Write("removed.openapi.yaml", Base));

        Assert.True(renamed.ExitCode == 2, renamed.ToString());
        Assert.Contains("generated-member-renamed", renamed.Stdout, StringComparison.Ordinal);
        Assert.Contains("the default of 'quantity' is now NewOrder.DefaultQuantityValue, was NewOrder.DefaultQuantity: the property 'defaultQuantity' took the name, so code naming NewOrder.DefaultQuantity now means it", renamed.Stdout, StringComparison.Ordinal);
        Assert.True(removed.ExitCode == 2, removed.ToString());
        Assert.Contains("the property 'quantity' of NewOrder (sent in requests) has no default any more: NewOrder.DefaultQuantity is gone", removed.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OrderStatusKind", "the Kind enum of OrderStatus is now OrderStatusKind2, was OrderStatusKind (a new schema took the name): code naming OrderStatusKind now means the schema 'OrderStatusKind'")]
    [InlineData("ShopClientOptions", "the client options class is now ShopClientOptions2, was ShopClientOptions (a new schema took the name): code naming ShopClientOptions now means the schema 'ShopClientOptions'")]
    public async Task A_new_schema_named_like_a_generated_class_is_breaking(string schema, string message)
    {
        // Additive as a schema, but the class the generator derived steps aside (numbered), which code names.
        using var temp = new TempDirectory();
        var result = await CliRunner.RunAsync(
            "diff",
            temp.Write("old.openapi.yaml", Base),
            temp.Write("shop.openapi.yaml", Edit("    OrderStatus:\n", $"    {schema}: {{type: object, properties: {{a: {{type: string}}}}}}\n    OrderStatus:\n")));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("generated-type-renamed", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(message, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_removed_from_an_integer_enum_that_is_sent_is_breaking()
    {
        // Generated as a plain int, so no member goes away: only the values say what a sender may send.
        var before = Edit("quantity: {type: integer}", "quantity: {type: integer, enum: [1, 2, 3]}");
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", before);

        var removed = await CliRunner.RunAsync("diff", oldSpec, temp.Write("removed.openapi.yaml", before.Replace("enum: [1, 2, 3]", "enum: [1, 2]", StringComparison.Ordinal)));
        var added = await CliRunner.RunAsync("diff", oldSpec, temp.Write("added.openapi.yaml", before.Replace("enum: [1, 2, 3]", "enum: [1, 2, 3, 4]", StringComparison.Ordinal)));

        Assert.True(removed.ExitCode == 2, removed.ToString());
        Assert.Contains("enum-value-removed", removed.Stdout, StringComparison.Ordinal);
        Assert.Contains("the value 3 of the property 'quantity' of NewOrder (sent in requests) was removed: a client that sends it is now refused", removed.Stdout, StringComparison.Ordinal);
        Assert.True(added.ExitCode == 0, added.ToString());
    }

    [Theory]
    [InlineData(
        "enum: [pending, shipped, Unknown]",
        "the kind of values the spec does not list is now OrderStatusKind.UnknownValue, was OrderStatusKind.Unknown: the value 'Unknown' took the name, so code naming OrderStatusKind.Unknown now means it")]
    [InlineData(
        "enum: [pending, Shipped]",
        "the value 'shipped' was removed from the enum OrderStatus (the member OrderStatus.Shipped now stands for 'Shipped')")]
    public async Task An_enum_member_that_means_another_value_now_says_which(string values, string message)
    {
        using var temp = new TempDirectory();
        var result = await CliRunner.RunAsync("diff", temp.Write("old.openapi.yaml", Base), temp.Write("new.openapi.yaml", Edit("enum: [pending, shipped]", values)));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identical_specs_have_no_changes_and_exit_0()
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Base);
        var newSpec = temp.Write("new.openapi.yaml", Base.Replace("title: Shop", "title: Shop (renamed)", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["No changes that affect generated clients."], result.Lines);
    }

    [Fact]
    public async Task Text_output_lists_breaking_changes_first_and_exits_2()
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Base);
        var newSpec = temp.Write("new.openapi.yaml", Edit("enum: [pending, shipped]", "enum: [shipped, returned]"));

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "breaking  enum-value-removed  components.schemas.OrderStatus.enum: the value 'pending' was removed from the enum OrderStatus (the member OrderStatus.Pending is gone)",
                "additive  enum-value-added  components.schemas.OrderStatus.enum: the value 'returned' was added to the enum OrderStatus (older clients keep it, with the kind OrderStatusKind.Unknown; every other OrderStatusKind member keeps its number)",
                "1 breaking, 1 additive change(s).",
            ],
            result.Lines);
    }

    [Fact]
    public async Task Json_output_has_the_summary_and_every_change()
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Base);
        var newSpec = temp.Write("new.openapi.yaml", Edit("        total: {type: number}\n", "        currency: {type: string}\n"));

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec, "-f", "json");

        Assert.Equal(2, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("diff", root.GetProperty("command").GetString());
        Assert.Equal(oldSpec, root.GetProperty("old").GetString());
        Assert.Equal(newSpec, root.GetProperty("new").GetString());
        Assert.True(root.GetProperty("hasBreakingChanges").GetBoolean());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("breaking").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("additive").GetInt32());
        var changes = root.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(2, changes.Count);
        Assert.All(changes, c =>
        {
            Assert.False(string.IsNullOrEmpty(c.GetProperty("rule").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("message").GetString()));
            Assert.StartsWith("components.schemas.Order.properties.", c.GetProperty("path").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task An_unreadable_spec_exits_1()
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Base);

        var result = await CliRunner.RunAsync("diff", oldSpec, temp.Combine("missing.openapi.yaml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot read the spec", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spec_with_errors_exits_1_with_its_diagnostics()
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Base);
        var newSpec = temp.Write("new.openapi.yaml", Edit("          required: false\n          schema: {type: boolean}\n", "          required: false\n          schema: {type: boolean}\n        - $ref: '#/components/parameters/Nope'\n"));

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Lines, l => l.StartsWith(newSpec + "(", StringComparison.Ordinal) && l.Contains("error AIIA0003", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_real_spec_against_itself_has_no_changes()
    {
        var spec = TestSpecs.PathOf(TestSpecs.Aiia);

        var result = await CliRunner.RunAsync("diff", spec, spec);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Inline_types_are_placed_where_they_are_declared()
    {
        using var temp = new TempDirectory();
        var petstore = TestSpecs.TextOf(TestSpecs.Petstore);
        var oldSpec = temp.Write("old.openapi.yaml", petstore);
        var newSpec = temp.Write("new.openapi.yaml", petstore.Replace(
            "            parent:\n",
            "            rank:\n              type: integer\n            parent:\n",
            StringComparison.Ordinal));

        var result = await CliRunner.RunAsync("diff", oldSpec, newSpec, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var change = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal("response-property-added", change.GetProperty("rule").GetString());
        Assert.Equal("components.schemas.Pet.properties.category.properties.rank", change.GetProperty("path").GetString());
    }

    /// <summary>
    /// Both versions are named as the project names them: with its client class <c>Order</c> (<c>--client-name</c>, as
    /// <c>AiiaClientName</c>), the schema <c>Order</c> is the record <c>Order2</c>, in the changes as in the build.
    /// </summary>
    [Fact]
    public async Task Changes_name_the_types_as_a_project_with_the_client_name_given_does()
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", Base);
        var newSpec = temp.Write("new.openapi.yaml", Edit("schema: {$ref: '#/components/schemas/Order'}", "schema: {type: string}"));

        var named = await CliRunner.RunAsync("diff", oldSpec, newSpec, "--client-name", "Order", "--namespace", "Contoso.Shop");
        var defaults = await CliRunner.RunAsync("diff", oldSpec, newSpec);

        Assert.True(named.ExitCode == 2, named.ToString());
        Assert.Contains(named.Lines, l => l.StartsWith("breaking  response-type-changed", StringComparison.Ordinal) && l.Contains("from object Order2 to string", StringComparison.Ordinal));
        Assert.Contains(named.Lines, l => l.Contains("info AIIA0014", StringComparison.Ordinal) && l.Contains("'Order2'", StringComparison.Ordinal));
        Assert.Contains(defaults.Lines, l => l.StartsWith("breaking  response-type-changed", StringComparison.Ordinal) && l.Contains("from object Order to string", StringComparison.Ordinal));
    }

    /// <summary>
    /// With <c>--share-identical-schemas</c> (as <c>AiiaShareIdenticalSchemas</c>), the changes are those of a build that
    /// shares: a property added to one of two identical inline pages splits them, so <c>listToys</c> no longer returns
    /// the shared <c>ListPetsResponse</c> (breaking), where without sharing it only gains a property.
    /// </summary>
    [Fact]
    public async Task Changes_are_those_of_a_build_that_shares_identical_schemas_when_asked()
    {
        using var temp = new TempDirectory();
        var oldSpec = temp.Write("old.openapi.yaml", GenerateCommandTests.TwoIdenticalPages());
        var newSpec = temp.Write("new.openapi.yaml", GenerateCommandTests.TwoIdenticalPages("{ type: object, properties: { items: { type: array, items: { type: string } }, next: { type: string } } }"));

        var shared = await CliRunner.RunAsync("diff", oldSpec, newSpec, "--share-identical-schemas");
        var separate = await CliRunner.RunAsync("diff", oldSpec, newSpec);

        Assert.True(shared.ExitCode == 2, shared.ToString());
        Assert.Contains(shared.Lines, l => l.StartsWith("breaking  response-type-changed", StringComparison.Ordinal) && l.Contains("from object ListPetsResponse to object ListToysResponse", StringComparison.Ordinal));
        Assert.True(separate.ExitCode == 0, separate.ToString());
        Assert.Contains(separate.Lines, l => l.StartsWith("additive  response-property-added", StringComparison.Ordinal) && l.Contains("ListToysResponse", StringComparison.Ordinal));
    }
}
