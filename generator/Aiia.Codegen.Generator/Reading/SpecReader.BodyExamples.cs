using System.Collections.Generic;

namespace Aiia.Codegen.Reading;

/// <summary>
/// The values the examples of request and response bodies, and of schemas, give the schemas they pass through: Sentry's
/// <c>projectId: {type: integer}</c> and PagerDuty's <c>start_time: {type: integer}</c> (milliseconds) show their values
/// past <c>int</c> only in an operation's examples, LaunchDarkly's series only in a property's, and would fail to read
/// them and every real body like them.
/// </summary>
internal sealed partial class SpecReader
{
    /// <summary>
    /// Notes, before any schema is read, the numbers each body example of <paramref name="paths"/>, and each example of a
    /// component schema, an operation's schema or a schema inside them, gives the schemas it passes through
    /// (<see cref="HasValueOutside"/> counts them as the schema's own). Through <c>$ref</c>s too: the component a body or
    /// a property refers to reads that value, so it must hold what the API documents sending in it. Reports nothing:
    /// the reading reports what is wrong with them.
    /// </summary>
    private void NoteValuesOfExamples(SpecMapping paths)
    {
        var walked = new HashSet<(SpecNode Example, SpecMapping Schema)>();
        var schemas = new HashSet<SpecMapping>();
        foreach (var component in _componentSchemas.Values)
        {
            NoteValuesOfSchemaExamples(component, walked, schemas, 0);
        }

        foreach (var path in paths.Children)
        {
            if (FollowReferences(path.Value) is not { } pathItem)
            {
                continue;
            }

            NoteValuesOfParameterSchemas(pathItem, walked, schemas);
            foreach (var method in HttpMethods)
            {
                if (Get(pathItem, method) is not SpecMapping operation)
                {
                    continue;
                }

                NoteValuesOfParameterSchemas(operation, walked, schemas);
                NoteValuesOfContent(FollowReferences(Get(operation, "requestBody")), walked, schemas);
                if (Get(operation, "responses") is SpecMapping responses)
                {
                    foreach (var response in responses.Children)
                    {
                        NoteValuesOfContent(FollowReferences(response.Value), walked, schemas);
                    }
                }
            }
        }
    }

    private void NoteValuesOfParameterSchemas(SpecMapping operation, HashSet<(SpecNode, SpecMapping)> walked, HashSet<SpecMapping> schemas)
    {
        if (Get(operation, "parameters") is SpecSequence parameters)
        {
            foreach (var parameter in parameters.Children)
            {
                if (FollowReferences(parameter) is { } followed)
                {
                    NoteValuesOfSchemaExamples(Get(followed, "schema"), walked, schemas, 0);
                }
            }
        }
    }

    /// <summary>
    /// Notes the numbers the <c>example</c> and 3.1 <c>examples</c> of <paramref name="node"/> and of every schema written
    /// inside it give the schemas they pass through, as a body example's do (through <c>$ref</c>s too): LaunchDarkly's
    /// <c>series: {items: {$ref: SeriesTimeSliceRep}, example: [{time: 1677888000000}]}</c> shows the size of the
    /// component's <c>additionalProperties: {type: integer}</c> only there. A schema it refers to is walked as a component
    /// (or from its own place), not from here.
    /// </summary>
    private void NoteValuesOfSchemaExamples(SpecNode? node, HashSet<(SpecNode, SpecMapping)> walked, HashSet<SpecMapping> schemas, int depth)
    {
        if (depth > SpecLimits.MaxSchemaDepth || node is not SpecMapping schema || Get(schema, "$ref") is not null || !schemas.Add(schema))
        {
            return;
        }

        if (Get(schema, "example") is { } example)
        {
            NoteValuesOfExample(example, schema, walked, 0);
        }

        foreach (var each in (Get(schema, "examples") as SpecSequence)?.Children ?? [])
        {
            NoteValuesOfExample(each, schema, walked, 0);
        }

        foreach (var key in SubschemaKeys)
        {
            switch (Get(schema, key))
            {
                case SpecSequence members when key is "allOf" or "oneOf" or "anyOf":
                    foreach (var member in members.Children)
                    {
                        NoteValuesOfSchemaExamples(member, walked, schemas, depth + 1);
                    }

                    break;
                case SpecMapping properties when key == "properties":
                    foreach (var property in properties.Children)
                    {
                        NoteValuesOfSchemaExamples(property.Value, walked, schemas, depth + 1);
                    }

                    break;
                case SpecMapping subschema when key is "items" or "additionalProperties" or "not":
                    NoteValuesOfSchemaExamples(subschema, walked, schemas, depth + 1);
                    break;
            }
        }
    }

    private static readonly string[] SubschemaKeys = { "properties", "items", "additionalProperties", "allOf", "oneOf", "anyOf", "not" };

    private void NoteValuesOfContent(SpecMapping? body, HashSet<(SpecNode, SpecMapping)> walked, HashSet<SpecMapping> schemas)
    {
        if (body is null || Get(body, "content") is not SpecMapping content)
        {
            return;
        }

        foreach (var entry in content.Children)
        {
            if (entry.Value is not SpecMapping mediaType || Get(mediaType, "schema") is not { } schema)
            {
                continue;
            }

            NoteValuesOfSchemaExamples(schema, walked, schemas, 0);

            if (Get(mediaType, "example") is { } example)
            {
                NoteValuesOfExample(example, schema, walked, 0);
            }

            if (Get(mediaType, "examples") is SpecMapping examples)
            {
                foreach (var named in examples.Children)
                {
                    if (FollowReferences(named.Value) is { } exampleObject && Get(exampleObject, "value") is { } value)
                    {
                        NoteValuesOfExample(value, schema, walked, 0);
                    }
                }
            }
        }
    }

    /// <summary>Walks <paramref name="example"/> along <paramref name="schemaNode"/>: its properties (or
    /// <c>additionalProperties</c>), items and <c>allOf</c> members. Not into <c>oneOf</c>/<c>anyOf</c>: which member a
    /// value belongs to is not known here, and a number of one member must not widen a namesake of another.</summary>
    private void NoteValuesOfExample(SpecNode example, SpecNode schemaNode, HashSet<(SpecNode, SpecMapping)> walked, int depth)
    {
        // Bounded like the reading itself: allOf fan-outs could pair each example node with very many schemas (GitHub's
        // 12 MB spec walks about 25,000 pairs); past the bound the rest of the examples say nothing.
        if (depth > SpecLimits.MaxSchemaDepth || walked.Count >= _limits.MaxSchemaVisits
            || FollowReferences(schemaNode) is not { } schema || !walked.Add((example, schema)))
        {
            return;
        }

        switch (example)
        {
            case SpecScalar { Kind: ScalarKind.Number } number:
                EnclosingValues(schema).Add(number);
                break;
            case SpecMapping given:
                var properties = Get(schema, "properties") as SpecMapping;
                var additional = Get(schema, "additionalProperties");
                foreach (var member in given.Children)
                {
                    var property = member.Key is SpecScalar key && properties is not null ? Get(properties, key.Value) : null;
                    if ((property ?? additional) is { } propertySchema)
                    {
                        NoteValuesOfExample(member.Value, propertySchema, walked, depth + 1);
                    }
                }

                break;
            case SpecSequence values when Get(schema, "items") is { } items:
                foreach (var value in values.Children)
                {
                    NoteValuesOfExample(value, items, walked, depth + 1);
                }

                break;
        }

        if (Get(schema, "allOf") is SpecSequence members)
        {
            foreach (var member in members.Children)
            {
                NoteValuesOfExample(example, member, walked, depth + 1);
            }
        }
    }

    /// <summary>The mapping behind any chain of this document's <c>$ref</c>s, or null (not a mapping, a reference
    /// elsewhere or in a cycle).</summary>
    private SpecMapping? FollowReferences(SpecNode? node)
    {
        var path = string.Empty;
        return node is SpecMapping map ? ReferenceTarget(map, string.Empty, ref path, out _) : null;
    }
}
