using System.Collections.Generic;
using Aiia.Codegen.Model;
using Aiia.Codegen.Naming;

namespace Aiia.Codegen.Reading;

/// <summary>
/// The schemas of parameters, request bodies and responses, which several operations can share: through a <c>$ref</c>
/// to <c>components.parameters</c>, <c>components.requestBodies</c> or <c>components.responses</c>, as a path item's
/// parameter (every operation of the path has it) or through a YAML alias. Each is read once, so operations sharing one
/// share its type: GitHub's <c>direction</c> parameter, used by 29 operations, is one <c>Direction</c> enum, not 29.
/// </summary>
internal sealed partial class SpecReader
{
    private readonly Dictionary<SpecNode, TypeRef> _sharedSchemaTypes = new(ReferenceComparer<SpecNode>.Instance);

    /// <summary>
    /// The type of a parameter's, request body's or response's <paramref name="schema"/>, read the first time only. An
    /// inline schema is named after the components entry holding it (<paramref name="component"/>, its key in
    /// PascalCase with <paramref name="suffix"/> unless it already ends so: <c>PagedPlaylists</c> →
    /// <c>PagedPlaylistsResponse</c>), otherwise after the operation that reads it first (<paramref name="operationHint"/>).
    /// </summary>
    private TypeRef SharedSchemaType(SpecNode schema, string path, string? component, string suffix, string operationHint)
    {
        if (_sharedSchemaTypes.TryGetValue(schema, out var type))
        {
            return type;
        }

        var componentName = component is null ? string.Empty : Identifiers.ToPascalCase(component);
        var hint = componentName.Length == 0 ? operationHint
            : componentName.EndsWith(suffix, System.StringComparison.Ordinal) ? componentName : componentName + suffix;
        type = ResolveSchema(schema, path, hint);
        _sharedSchemaTypes[schema] = type;
        return type;
    }

    /// <summary>
    /// The mapping a <c>$ref</c> chain from <paramref name="holder"/> leads to (<paramref name="component"/>: the
    /// <c>components.{section}</c> key of the last hop, if any; <paramref name="path"/> the target's spec path), or
    /// null. Reports nothing (an error response is looked at here only); <c>Dereference</c> is the reporting walk.
    /// </summary>
    private SpecMapping? ReferenceTarget(SpecMapping holder, string section, ref string path, out string? component)
    {
        component = null;
        for (var hops = 0; hops <= SpecLimits.MaxReferenceChain; hops++)
        {
            if (GetScalar(holder, "$ref") is not { } reference)
            {
                return holder;
            }

            if (PointedMapping(reference) is not { } target)
            {
                return null;
            }

            component = ComponentKey(reference, section);
            holder = target;
            path = JsonPointer.SpecPath(reference);
        }

        return null;
    }
}
