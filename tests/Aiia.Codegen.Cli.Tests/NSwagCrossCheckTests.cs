using Aiia.Codegen.Cli.Validation;

namespace Aiia.Codegen.Cli.Tests;

/// <summary>The comparison itself: our model of one document against NSwag's reading of another.</summary>
public sealed class NSwagCrossCheckTests
{
    private const string Ours = """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths:
          /orders/{orderId}:
            get:
              operationId: getOrder
              parameters:
                - {name: orderId, in: path, required: true, schema: {type: string}}
                - {name: expand, in: query, required: false, schema: {type: boolean}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Order'}
          /orders:
            post:
              operationId: createOrder
              responses:
                '204': {description: ok}
        components:
          schemas:
            Order:
              type: object
              required: [id]
              properties:
                id: {type: string}
                total: {type: number, format: decimal}
                status: {$ref: '#/components/schemas/OrderStatus'}
            OrderStatus:
              type: string
              enum: [pending, shipped]
        """;

    private const string Theirs = """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths:
          /orders/{orderId}:
            get:
              operationId: fetchOrder
              parameters:
                - {name: orderId, in: path, required: true, schema: {type: string}}
                - {name: expand, in: query, required: true, schema: {type: boolean}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Order'}
          /orders/{orderId}/cancel:
            post:
              operationId: cancelOrder
              parameters:
                - {name: orderId, in: path, required: true, schema: {type: string}}
              responses:
                '204': {description: ok}
        components:
          schemas:
            Order:
              type: object
              required: [id, total]
              properties:
                id: {type: integer}
                total: {type: number, format: decimal}
                status: {$ref: '#/components/schemas/OrderStatus'}
                note: {type: string}
            OrderStatus:
              type: string
              enum: [pending, shipped, returned]
        """;

    [Fact]
    public async Task Every_kind_of_disagreement_is_reported_with_its_path()
    {
        var spec = SpecCompiler.Parse(new SpecInput("/specs/shop.openapi.yaml", Ours, "Shop", null)).Spec;
        Assert.NotNull(spec);
        var (document, error) = await NSwagCrossCheck.ReadAsync(Theirs, CancellationToken.None);
        Assert.Null(error);

        var findings = NSwagCrossCheck.Compare(document!, spec).Select(f => f.Path + ": " + f.Message).ToList();
        var all = string.Join("\n", findings);

        AssertHas(findings, "paths./orders/{orderId}.get.operationId: NSwag reads the operationId 'fetchOrder', our model 'getOrder'");
        AssertHas(findings, "paths./orders/{orderId}.get.parameters.expand.required: NSwag reads the query parameter 'expand' as required, our model as optional");
        AssertHas(findings, "paths./orders/{orderId}/cancel.post: NSwag reads the operation POST /orders/{orderId}/cancel ('cancelOrder'); our model has no such operation");
        AssertHas(findings, "paths./orders.post: our model has the operation POST /orders ('createOrder'); NSwag does not read it");
        AssertHas(findings, "components.schemas.Order.properties.id: NSwag reads integer, our model reads string");
        AssertHas(findings, "components.schemas.Order.properties.note: NSwag reads the property 'note'; our record Order has no such property");
        AssertHas(findings, "components.schemas.Order.required: NSwag reads 'total' as required, our model as optional");
        Assert.Contains(findings, f => f.StartsWith("components.schemas.Order.properties.total: NSwag reads the property as non-nullable", StringComparison.Ordinal));
        AssertHas(findings, "components.schemas.OrderStatus.enum: NSwag reads the enum value 'returned'; our enum OrderStatus has no member for it");
        Assert.True(findings.Count == 9, all);
    }

    private static void AssertHas(List<string> findings, string expected) =>
        Assert.True(findings.Contains(expected), $"Missing: {expected}\nFound:\n{string.Join("\n", findings)}");

    [Fact]
    public async Task The_same_document_agrees_with_itself()
    {
        var spec = SpecCompiler.Parse(new SpecInput("/specs/shop.openapi.yaml", Theirs, "Shop", null)).Spec;
        var (document, _) = await NSwagCrossCheck.ReadAsync(Theirs, CancellationToken.None);

        Assert.Empty(NSwagCrossCheck.Compare(document!, spec!));
    }

    [Fact]
    public async Task What_nswag_reads_less_exactly_is_no_disagreement()
    {
        // Found by specs built to break the toolkit: validate failed every spec with a cookie parameter (filed as a
        // header on our side), a form or multipart body (NSwag reads only JSON bodies), a union or a 3.1 const (NSwag
        // reads any JSON).
        const string spec = """
            openapi: 3.1.0
            info: {title: Shop, version: "1"}
            paths:
              /orders:
                post:
                  operationId: createOrder
                  parameters:
                    - {name: sid, in: cookie, schema: {type: string}}
                  requestBody:
                    content:
                      multipart/form-data:
                        schema: {type: object, properties: {file: {type: string, format: binary}}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {oneOf: [{$ref: '#/components/schemas/Order'}, {$ref: '#/components/schemas/Refund'}]}
              /forms:
                post:
                  operationId: sendForm
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema: {type: object, properties: {a: {type: string}}}
                  responses:
                    '204': {description: ok}
            components:
              schemas:
                Order: {type: object, required: [id], properties: {id: {type: string}, version: {const: 2}}}
                Refund: {type: object, required: [amount], properties: {amount: {type: integer}}}
            """;
        var model = SpecCompiler.Parse(new SpecInput("/specs/shop.openapi.yaml", spec, "Shop", null)).Spec;
        var (document, error) = await NSwagCrossCheck.ReadAsync(spec, CancellationToken.None);

        Assert.Null(error);
        Assert.Empty(NSwagCrossCheck.Compare(document!, model!).Select(f => f.Path + ": " + f.Message));
    }

    [Fact]
    public async Task A_required_one_way_property_our_model_makes_optional_is_no_disagreement()
    {
        // Mollie's response records list readOnly ids as required; the record is also a request, so our model makes them
        // optional by its documented rule. Found once validate checked Mollie (846 such findings).
        const string spec = """
            openapi: 3.0.3
            info: {title: Shop, version: "1"}
            paths:
              /orders:
                post:
                  operationId: createOrder
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Order'}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Order'}
            components:
              schemas:
                Order:
                  type: object
                  required: [id, secret, amount]
                  properties:
                    id: {type: string, readOnly: true}
                    secret: {type: string, writeOnly: true}
                    amount: {type: integer}
            """;
        var model = SpecCompiler.Parse(new SpecInput("/specs/shop.openapi.yaml", spec, "Shop", null)).Spec;
        var (document, _) = await NSwagCrossCheck.ReadAsync(spec, CancellationToken.None);

        Assert.Empty(NSwagCrossCheck.Compare(document!, model!).Select(f => f.Path + ": " + f.Message));
    }

    [Fact]
    public async Task What_the_generator_reads_by_its_documented_rules_is_no_disagreement()
    {
        // Found by real specs never tried before: Qdrant (uint/uint32/uint64 formats, 241 findings), Okta (an allOf of
        // a $ref and an example or description, 105), Mistral (Pydantic's anyOf [T, {type: 'null'}], 62), SendGrid and
        // PagerDuty (an Authorization, Accept or Content-Type header parameter, which OpenAPI says is ignored).
        const string spec = """
            openapi: 3.0.3
            info: {title: Shop, version: "1"}
            paths:
              /orders:
                post:
                  operationId: createOrder
                  parameters:
                    - {name: Authorization, in: header, schema: {type: string}}
                    - {name: Accept, in: header, schema: {type: string}}
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Order'}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Order'}
            components:
              securitySchemes:
                key: {type: apiKey, in: header, name: Authorization}
              schemas:
                Order:
                  type: object
                  required: [note, payload]
                  properties:
                    payload: {description: Any JSON value, null included (Qdrant's InferenceObject.object).}
                    count: {type: integer, format: uint32}
                    size: {type: integer, format: uint64}
                    big: {type: integer, maximum: 9007199254740991}
                    created:
                      allOf:
                        - $ref: '#/components/schemas/Created'
                        - example: '2014-06-24T15:27:59.000Z'
                    status:
                      allOf:
                        - $ref: '#/components/schemas/Status'
                        - description: The status of this order.
                    note:
                      anyOf:
                        - {type: string}
                        - {nullable: true}
                Created: {type: string, format: date-time}
                Status: {type: string, enum: [open, closed]}
            security:
              - key: []
            """;
        var model = SpecCompiler.Parse(new SpecInput("/specs/shop.openapi.yaml", spec, "Shop", null)).Spec;
        var (document, error) = await NSwagCrossCheck.ReadAsync(spec, CancellationToken.None);

        Assert.Null(error);
        Assert.Empty(NSwagCrossCheck.Compare(document!, model!).Select(f => f.Path + ": " + f.Message));
    }

    [Fact]
    public async Task A_document_nswag_cannot_read_is_reported()
    {
        var (document, error) = await NSwagCrossCheck.ReadAsync("openapi: 3.0.3\npaths: [not, a, mapping]\n", CancellationToken.None);

        Assert.Null(document);
        Assert.False(string.IsNullOrEmpty(error));
    }
}
