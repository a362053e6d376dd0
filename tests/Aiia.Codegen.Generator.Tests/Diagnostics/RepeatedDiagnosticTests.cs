using Aiia.Codegen.Generator.Tests.Infrastructure;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>A component read for each of its uses reports a problem of its own once, not once per use.</summary>
public sealed class RepeatedDiagnosticTests
{
    [Fact]
    public void AComponentParameterLeftOutOfEveryOperationThatUsesItIsReportedOnce()
    {
        // The UK Open Banking spec's shared header parameter gave 41 identical diagnostics at one line.
        var run = GeneratorHarness.Run([SpecFile.FromText("shop.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Shop, version: '1'}
            components:
              parameters:
                Filter:
                  name: X-Filter
                  in: header
                  schema: {type: object, properties: {a: {type: string}}}
            paths:
              /a: {get: {operationId: getA, parameters: [{$ref: '#/components/parameters/Filter'}], responses: {'204': {description: ok}}}}
              /b: {get: {operationId: getB, parameters: [{$ref: '#/components/parameters/Filter'}], responses: {'204': {description: ok}}}}
              /c: {get: {operationId: getC, parameters: [{$ref: '#/components/parameters/Filter'}], responses: {'204': {description: ok}}}}
            """)]);

        var reported = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AIIA0034", reported.Id);
        Assert.Equal(7, reported.Location.GetLineSpan().StartLinePosition.Line); // the schema of the component parameter
    }
}
