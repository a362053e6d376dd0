using Aiia.Codegen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// The C# type of an integer holds every value its format or bounds allow. Found by a sweep of unseen specs (Temporal,
/// Qdrant, Oxide, Meilisearch, Bungie: over 1,300 integers): <c>uint32</c> and <c>uint64</c> sizes and hashes were
/// generated as <c>int</c> with an "unknown format" warning, and overflowed it. A number carried in a string
/// (<c>type: string, format: int64</c>, InfluxDB) is the string it is on the wire, without the warning it had.
/// </summary>
public sealed class IntegerFormatTests
{
    [Fact]
    public void EachIntegerFormatIsATypeThatHoldsItsValues()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("sizes.openapi.yaml", SpecYaml.Components("""
            schemas:
              Sizes:
                type: object
                required: [small, tiny, word, count, bytes, hash, bounded, plain, negative]
                properties:
                  small: {type: integer, format: int16}
                  tiny: {type: integer, format: uint8}
                  word: {type: integer, format: uint32}
                  count: {type: integer, format: uint}
                  bytes: {type: integer, format: int64}
                  hash: {type: integer, format: uint64}
                  bounded: {type: integer, minimum: 0, maximum: 4294967295}
                  plain: {type: integer, maximum: 100}
                  negative: {type: integer, minimum: -3000000000}
                  encoded: {type: string, format: int64}
            """))]);

        Assert.Equal(
            ["int", "int", "long", "long", "long", "decimal", "long", "int", "long", "string?"],
            CleanPropertyTypes(run, "Sizes", "Small", "Tiny", "Word", "Count", "Bytes", "Hash", "Bounded", "Plain", "Negative", "Encoded"));
    }

    /// <summary>
    /// Spotify's <c>after</c> cursor is "a Unix timestamp in milliseconds", <c>type: integer</c> without a format, that
    /// only its <c>example: 1484811043508</c> shows to be beyond <c>int</c>: a value the schema gives makes it <c>long</c>.
    /// </summary>
    [Fact]
    public void AnIntegerWhoseOwnValuesAreOutsideIntIsLong()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("played.openapi.yaml", """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /played:
                get:
                  operationId: getPlayed
                  parameters:
                    - name: after
                      in: query
                      schema: {type: integer, description: A Unix timestamp in milliseconds., example: 1484811043508}
                  responses:
                    '204': {description: ok}
            components:
              schemas:
                Values:
                  type: object
                  required: [example, examples, fallback, listed, constant, small, negative]
                  properties:
                    example: {type: integer, example: 2147483648}
                    examples: {type: integer, examples: [1, 1484811043508]}
                    fallback: {type: integer, default: 1484811043508}
                    listed: {type: integer, enum: [1, 4294967295]}
                    constant: {const: 1484811043508}
                    small: {type: integer, example: 2147483647, default: -2147483648, enum: [1, 2]}
                    negative: {type: integer, example: -2147483649}
            """)]);

        Assert.Equal(
            ["long", "long", "long", "long", "long", "int", "long"],
            CleanPropertyTypes(run, "Values", "Example", "Examples", "Fallback", "Listed", "Constant", "Small", "Negative"));
        var method = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer.PlayedClient")!.GetMembers("GetPlayedAsync").OfType<IMethodSymbol>().First();
        Assert.Equal("long?", method.Parameters[0].Type.ToDisplayString());
    }

    /// <summary>
    /// ElevenLabs' <c>UsageCharactersResponseModel.time</c> is "unix timestamps", <c>{type: array, items: {type: integer}}</c>,
    /// whose size only the object's own <c>example</c> shows (<c>time: [1738252091000, ...]</c>): as <c>int</c> the
    /// example, and every response, failed to read. An integer the example of the object holding it shows outside
    /// <c>int</c> is <c>long</c>, a component it refers to too (it reads the value, as for a body example).
    /// </summary>
    [Fact]
    public void AnIntegerTheExampleOfItsObjectShowsOutsideIntIsLong()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("usage.openapi.yaml", """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Usage:
                  type: object
                  required: [time, total, small, later, shared]
                  properties:
                    time: {type: array, items: {type: integer}}
                    total: {type: integer}
                    small: {type: integer}
                    later: {type: integer}
                    huge: {type: integer}
                    shared: {$ref: '#/components/schemas/Count'}
                  example: {time: [1738252091000, 1739404800000], total: 4294967296, small: 3, shared: 4294967296}
                  examples: [{later: -2147483649, huge: 1e30}]
                Count: {type: integer}
            """)]);

        Assert.Equal(
            ["System.Collections.Generic.IReadOnlyList<long>", "long", "int", "long", "decimal?", "long"],
            CleanPropertyTypes(run, "Usage", "Time", "Total", "Small", "Later", "Huge", "Shared"));
    }

    /// <summary>
    /// LaunchDarkly's <c>SeriesListRep.series</c> is <c>{type: array, items: {$ref: SeriesTimeSliceRep}}</c>, a component
    /// that is <c>additionalProperties: {type: integer}</c>, and only the property's own example shows its millisecond
    /// timestamps (<c>[{"0": 11, time: 1677888000000}]</c>): as <c>int</c> the example, and every response, failed to read.
    /// A schema's example, wherever the schema is written (a property two levels in, an operation's inline body), gives its numbers to the schemas it passes through, as a body example does: through <c>$ref</c>s, items
    /// and <c>additionalProperties</c>; not into a <c>oneOf</c> member, and a small value keeps <c>int</c>.
    /// </summary>
    [Fact]
    public void AnIntegerAnExampleOfAPropertyShowsThroughARefOutsideIntIsLong()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("series.openapi.yaml", """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /series:
                get:
                  operationId: getSeries
                  responses:
                    '200':
                      description: series
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              page:
                                type: object
                                properties:
                                  cursor: {$ref: '#/components/schemas/Cursor'}
                                example: {cursor: 9000000000}
            components:
              schemas:
                SeriesListRep:
                  type: object
                  properties:
                    wrapper:
                      type: object
                      properties:
                        series:
                          type: array
                          items: {$ref: '#/components/schemas/SeriesTimeSliceRep'}
                          example: [{'0': 11, '1': 15, time: 1677888000000}]
                        either:
                          oneOf:
                            - {$ref: '#/components/schemas/Counted'}
                            - {type: string}
                          example: {count: 9000000000}
                    small: {$ref: '#/components/schemas/Small'}
                  example: {small: 3}
                SeriesTimeSliceRep: {type: object, additionalProperties: {type: integer}}
                Counted:
                  type: object
                  properties:
                    count: {type: integer}
                Small:
                  type: object
                  properties:
                    value: {type: integer}
                  example: {value: 3}
                Cursor: {type: integer}
            """)]);

        Assert.Equal(["System.Collections.Generic.IReadOnlyList<System.Collections.Generic.IReadOnlyDictionary<string, long>>?"], CleanPropertyTypes(run, "SeriesListRepWrapper", "Series"));
        Assert.Equal(["int?"], CleanPropertyTypes(run, "Counted", "Count"));
        Assert.Equal(["int?"], CleanPropertyTypes(run, "Small", "Value"));
        Assert.Equal(["long?"], CleanPropertyTypes(run, "GetSeriesResponsePage", "Cursor"));
    }

    /// <summary>
    /// Sentry's <c>projectId</c> and <c>projects: {items: {type: integer}}</c>, and PagerDuty's
    /// <c>active_between.start_time</c> (milliseconds), show values past <c>int</c> only in an operation's body examples:
    /// as <c>int</c> those examples, and every real body, failed to read. The numbers a body example gives a schema, through
    /// <c>$ref</c>s (of the schema, the body, the response and the example), <c>allOf</c> members, items and
    /// <c>additionalProperties</c>, count as the schema's own; a <c>oneOf</c> member's namesake, or a small value, keeps
    /// <c>int</c>.
    /// </summary>
    [Fact]
    public void AnIntegerABodyExampleShowsOutsideIntIsLong()
    {
        var run = GeneratorHarness.Run([SpecFile.FromText("keys.openapi.yaml", """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /keys:
                get:
                  operationId: listKeys
                  responses:
                    '200':
                      description: keys
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Key'}}
                          examples:
                            many: {$ref: '#/components/examples/Keys'}
                post:
                  operationId: createKey
                  requestBody: {$ref: '#/components/requestBodies/NewKey'}
                  responses:
                    '201': {$ref: '#/components/responses/Created'}
            components:
              examples:
                Keys:
                  value:
                    - {projectId: 4505281256090153, projects: [4505321021243392], small: 3, frame: {between: {start: 1577880000000}}}
              requestBodies:
                NewKey:
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/NewKey'}
                      example: {labels: {a: 9000000000}, either: {count: 9000000000}}
              responses:
                Created:
                  description: created
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Key'}
                      example: {created: 1700000000000}
              schemas:
                Key:
                  allOf:
                    - $ref: '#/components/schemas/Stamped'
                    - type: object
                      properties:
                        projectId: {type: integer}
                        projects: {type: array, items: {type: integer}}
                        small: {type: integer}
                        frame:
                          type: object
                          properties:
                            between:
                              type: object
                              properties:
                                start: {type: integer}
                Stamped:
                  type: object
                  properties:
                    created: {type: integer}
                NewKey:
                  type: object
                  properties:
                    labels: {type: object, additionalProperties: {type: integer}}
                    either:
                      oneOf:
                        - {$ref: '#/components/schemas/Counted'}
                        - {type: string}
                Counted:
                  type: object
                  properties:
                    count: {type: integer}
            """)]);

        Assert.Equal(
            ["long?", "System.Collections.Generic.IReadOnlyList<long>?", "int?"],
            CleanPropertyTypes(run, "Key", "ProjectId", "Projects", "Small"));
        Assert.Equal(["long?"], CleanPropertyTypes(run, "KeyFrameBetween", "Start"));
        Assert.Equal(["long?"], CleanPropertyTypes(run, "Stamped", "Created"));
        Assert.Equal(["System.Collections.Generic.IReadOnlyDictionary<string, long>?"], CleanPropertyTypes(run, "NewKey", "Labels"));
        Assert.Equal(["int?"], CleanPropertyTypes(run, "Counted", "Count"));
    }

    [Fact]
    public void AUnixTimeIsALongWhateverItsExampleSaysAndIsNotReported()
    {
        // Intercom writes Unix times as {type: integer, format: timestamp} and format: date-time, OpenAI as format: unixtime
        // (about 140 of them): as int, every one would fail to read in 2038, and one in milliseconds today.
        var run = GeneratorHarness.Run([SpecFile.FromText("times.openapi.yaml", SpecYaml.Components("""
            schemas:
              Times:
                type: object
                properties:
                  seconds: {type: integer, format: timestamp, example: 1663597223}
                  created: {type: integer, format: date-time}
                  openai: {type: integer, format: unixtime}
                  spaced: {type: integer, format: Unix_Time}
                  huge: {type: integer, format: epoch, maximum: 1e30}
                  fractional: {type: number, format: unixtime}
            """))]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.Equal(
            ["long?", "long?", "long?", "long?", "decimal?", "double?"],
            CleanPropertyTypes(run, "Times", "Seconds", "Created", "Openai", "Spaced", "Huge", "Fractional"));
    }

    [Fact]
    public void IntegerFormatsOnANumberHoldEveryValueAndAreNotReported()
    {
        // Box's retention_length is {type: number, format: int32}; Svix writes {type: integer, format: int}; Together's
        // evaluation counts are {type: number, format: integer} (reported as unknown: AIIA0008 said it was not), and it
        // sizes others as float64 and float32.
        var run = GeneratorHarness.Run([SpecFile.FromText("numbers.openapi.yaml", SpecYaml.Components("""
            schemas:
              Numbers:
                type: object
                properties:
                  days: {type: number, format: int32}
                  ids: {type: number, format: int64}
                  version: {type: integer, format: int}
                  count: {type: integer, format: Integer}
                  failures: {type: number, format: integer}
                  tries: {type: number, format: int}
                  wide: {type: number, format: float64}
                  narrow: {type: number, format: float32}
            """))]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.Equal(
            ["double?", "decimal?", "int?", "int?", "double?", "double?", "double?", "float?"],
            CleanPropertyTypes(run, "Numbers", "Days", "Ids", "Version", "Count", "Failures", "Tries", "Wide", "Narrow"));
    }

    /// <summary>The C# types of a record's properties, once the run is known to have generated it without warnings.</summary>
    private static IEnumerable<string> CleanPropertyTypes(GeneratorRun run, string record, params string[] properties)
    {
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var compile = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(compile.IsEmpty, GeneratorHarness.Describe(compile));
        var type = run.OutputCompilation.GetTypeByMetadataName("Contoso.Consumer." + record)!;
        return properties.Select(property => ((IPropertySymbol)type.GetMembers(property).Single()).Type.ToDisplayString()).ToList();
    }
}
