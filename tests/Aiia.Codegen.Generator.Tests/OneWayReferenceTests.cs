using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// <c>readOnly</c> and <c>writeOnly</c> written on the schema a property refers to are the property's, as if written
/// inline (JSON Schema applies a referenced schema's annotations to the value): the property is neither a
/// <c>required</c> member nor required when read, and a request need not invent the server's values.
/// </summary>
public sealed class OneWayReferenceTests
{
    [Fact]
    public void A_required_property_whose_referenced_schema_is_read_or_write_only_is_optional()
    {
        // Mollie's refund: mode and createdAt are required, and server-owned through the components they $ref.
        var run = GeneratorHarness.Run([SpecFile.FromText("refunds.openapi.yaml", SpecYaml.Components("""
            schemas:
              Mode: {type: string, enum: [live, test], readOnly: true}
              CreatedAt: {type: string, format: date-time, readOnly: true}
              Secret: {type: string, writeOnly: true}
              Stamp: {$ref: '#/components/schemas/CreatedAt'}
              Refund:
                type: object
                required: [mode, createdAt, secret, stamp, described, description]
                properties:
                  mode: {$ref: '#/components/schemas/Mode'}
                  createdAt: {$ref: '#/components/schemas/CreatedAt'}
                  secret: {$ref: '#/components/schemas/Secret'}
                  stamp: {$ref: '#/components/schemas/Stamp'}
                  described:
                    description: When it was created.
                    allOf: [{$ref: '#/components/schemas/CreatedAt'}]
                  description: {type: string}
            """))]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Describe(diagnostics));
        var refund = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.Refund")!;
        Assert.All(new[] { "Mode", "CreatedAt", "Secret", "Stamp", "Described" }, name =>
        {
            var property = (IPropertySymbol)refund.GetMembers(name).Single();
            Assert.False(property.IsRequired, name);
            Assert.Equal(NullableAnnotation.Annotated, property.NullableAnnotation);
        });
        Assert.True(((IPropertySymbol)refund.GetMembers("Description").Single()).IsRequired);
        // Reading does not demand them either: of the converter's properties only description (the sixth) is required.
        var json = run.SourceEndingWith(".Json.g.cs");
        Assert.Contains("new int[] { 5 }, null, \"mode\", \"createdAt\"", json, StringComparison.Ordinal);
    }
}
