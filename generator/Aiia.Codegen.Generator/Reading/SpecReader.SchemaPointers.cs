using System;
using System.Collections.Generic;
using System.Text;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Reading;

/// <summary>
/// A schema <c>$ref</c> that is a JSON pointer into the document other than a component schema itself:
/// <c>#/components/schemas/Pet/properties/tag</c>, <c>#/components/schemas/Pet/$defs/Tag</c> (3.1), <c>#/$defs/Tag</c>.
/// The schema it points at is read once, like an alias, and its type used wherever the pointer is.
/// </summary>
internal sealed partial class SpecReader
{
    private readonly Dictionary<string, TypeRef> _pointerTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolvingPointers = new(StringComparer.Ordinal);

    /// <summary>
    /// For a pointer at a property of a component record (PagerDuty's <c>#/components/schemas/Field/properties/field_type</c>),
    /// the type the record gives that property, so that the two share one type (an inline enum is one enum, not two);
    /// null for any other pointer, or while the record is being read (a record whose property points into itself).
    /// </summary>
    private TypeRef? OwnedPropertyType(string reference, SpecNode referenceNode, string path)
    {
        var segments = JsonPointer.Segments(reference.Substring(1));
        if (segments.Length != 5 || segments[0] != "components" || segments[1] != "schemas" || segments[3] != "properties"
            || !_namedComponents.TryGetValue(segments[2], out var owner) || owner.Kind != TypeKind.Object || _readingObjects.Contains(segments[2])
            || EnsureComponentObject(segments[2], referenceNode, path) is not { } record)
        {
            return null;
        }

        foreach (var property in record.Properties)
        {
            if (property.WireName == segments[4])
            {
                // As the schema itself says: the record may have made it nullable for being optional.
                return property.Type.WithNullable(property.AllowsNull);
            }
        }

        return null;
    }

    /// <summary>The type of the schema <paramref name="reference"/> points at; one that points at nothing is AIIA0042, one inside what it points at AIIA0040 (both any JSON).</summary>
    private TypeRef ResolveSchemaPointer(string reference, SpecNode referenceNode, string path)
    {
        if (_pointerTypes.TryGetValue(reference, out var resolved))
        {
            return resolved;
        }

        if (OwnedPropertyType(reference, referenceNode, path) is { } owned)
        {
            return _pointerTypes[reference] = owned;
        }

        var node = JsonPointer.Resolve(_root, reference.Substring(1), out _);
        var hint = new StringBuilder();
        foreach (var segment in JsonPointer.Segments(reference.Substring(1)))
        {
            if (segment is not ("components" or "schemas" or "properties" or "items" or "$defs" or "definitions"))
            {
                hint.Append(Identifiers.ToPascalCase(segment));
            }
        }

        if (node is null)
        {
            Report(DiagnosticDescriptors.UnresolvedSchemaReference, referenceNode, reference, path);
            return new TypeRef(TypeKind.Any, IsNullable: true);
        }

        if (!_resolvingPointers.Add(reference))
        {
            // A recursive schema reached through a pointer has no name to recur on (a component's record has).
            return SchemaAsJson(referenceNode, $"The schema $ref '{reference}', inside what it points at,", path, "move the schema it points at to components.schemas, where a record may contain itself.", nullable: true);
        }

        try
        {
            var type = ResolveSchema(node, reference.Substring(2).Replace('/', '.'), hint.Length == 0 ? Naming.ReservedNames.NamelessSchema : hint.ToString());
            _pointerTypes[reference] = type;
            return type;
        }
        finally
        {
            _resolvingPointers.Remove(reference);
        }
    }
}
