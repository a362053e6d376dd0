using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>Found by adversarial specs (branch adv9a): each spec is legal and must compile, emit and round-trip.</summary>
public sealed class AdversarialRegressionTests
{
    [Fact]
    public void AMemberNameLongerThanMetadataAllowsIsShortenedAndEmits()
    {
        // CS7013 is reported only when the assembly is emitted, never by GetDiagnostics: 600 'é' are 1,200 UTF-8 bytes.
        var e = new string('é', 600);
        var spec = """
            openapi: 3.0.3
            info: {title: Long, version: '1'}
            paths:
              /m:
                get:
                  operationId: LONGop
                  parameters:
                    - {name: LONGq, in: query, schema: {type: string}}
                  responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/R'}}}}}
            components:
              schemas:
                R:
                  type: object
                  properties:
                    LONGx: {type: string, default: d}
                    LONGy: {type: string, enum: [LONGv, LONGw]}
            """.Replace("LONG", e, StringComparison.Ordinal);

        var run = GeneratorHarness.Run([SpecFile.FromText("long.openapi.yaml", spec)]);

        Assert.Empty(GeneratorHarness.Visible(run.CompilationDiagnostics));
        using var pe = new MemoryStream();
        var emitted = run.OutputCompilation.Emit(pe);
        Assert.True(emitted.Success, GeneratorHarness.Describe(emitted.Diagnostics.Take(5)));
    }

    [Theory]
    [InlineData("any: {}", """{"any":null}""")]
    [InlineData("any: {$ref: '#/components/schemas/Any'}", """{"any":null}""")]
    [InlineData("any: {anyOf: [{type: string}, {}]}", """{"any":null}""")]
    [InlineData("any: {enum: [a, null]}", """{"any":null}""")]
    [InlineData("any: {const: null}", """{"any":null}""")]
    [InlineData("any: {type: array, items: {}}", """{"any":[null,1,"x"]}""")]
    public void ANullASchemaWithoutTypeAllowsSurvivesARoundTrip(string property, string json)
    {
        var spec = $$"""
            openapi: 3.1.0
            info: {title: Nulls, version: '1'}
            paths: {}
            components:
              schemas:
                Any: {}
                R:
                  type: object
                  properties:
                    {{property}}
            """;

        var run = GeneratorHarness.Run([SpecFile.FromText("nulls.openapi.yaml", spec)]);
        Assert.Empty(GeneratorHarness.Visible(run.CompilationDiagnostics));
        using var pe = new MemoryStream();
        Assert.True(run.OutputCompilation.Emit(pe).Success);
        pe.Position = 0;
        var context = new AssemblyLoadContext(nameof(ANullASchemaWithoutTypeAllowsSurvivesARoundTrip), isCollectible: true);
        try
        {
            var type = context.LoadFromStream(pe).GetType("Contoso.Consumer.R")!;
            var written = JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type), type);
            Assert.Equal(json, written);
        }
        finally
        {
            context.Unload();
        }
    }

    [Theory]
    [InlineData("{type: integer, minimum: 0, maximum: 18446744073709551615}", """{"n":18446744073709551615}""")]
    [InlineData("{type: integer, maximum: 1e30}", """{"n":3000000000}""")]
    [InlineData("{type: integer, minimum: -1e30}", """{"n":-3000000000}""")]
    [InlineData("{type: integer, example: 1e20}", """{"n":100000000000000000000}""")]
    public void AnIntegerWhoseBoundsOrValuesArePastLongReadsThem(string schema, string json)
    {
        var spec = """
            openapi: 3.0.3
            info: {title: Big, version: '1'}
            paths: {}
            components:
              schemas:
                R:
                  type: object
                  properties:
                    n: SCHEMA
            """.Replace("SCHEMA", schema, StringComparison.Ordinal);

        var run = GeneratorHarness.Run([SpecFile.FromText("big.openapi.yaml", spec)]);
        Assert.Empty(GeneratorHarness.Visible(run.CompilationDiagnostics));
        using var pe = new MemoryStream();
        Assert.True(run.OutputCompilation.Emit(pe).Success);
        pe.Position = 0;
        var context = new AssemblyLoadContext(nameof(AnIntegerWhoseBoundsOrValuesArePastLongReadsThem), isCollectible: true);
        try
        {
            var type = context.LoadFromStream(pe).GetType("Contoso.Consumer.R")!;
            Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type), type));
        }
        finally
        {
            context.Unload();
        }
    }
}
