using System.Collections.Generic;

namespace Aiia.Codegen.Model;

/// <summary>
/// Which unions are sent as one text value where a parameter or a form field goes: a union whose every alternative is
/// a primitive, an enum or such a union (<c>oneOf: [integer, string]</c>, GitHub's <c>workflow_id</c>). Its text is the
/// alternative it holds, as a primitive of that type would be sent. One rule for the reader (which parameters it keeps)
/// and the emitters (how they send them).
/// </summary>
public static class ScalarUnions
{
    // Unions nest this deep at most before the rule gives up (a union holding itself is not a scalar).
    private const int MaxDepth = 8;

    /// <summary>Whether <paramref name="type"/> is a union of scalars among <paramref name="unions"/>.</summary>
    public static bool IsScalarUnion(TypeRef type, IReadOnlyList<UnionModel> unions) => IsScalarUnion(type, unions, 0);

    /// <summary>Whether <paramref name="type"/> is one of <paramref name="unions"/> (of any alternatives).</summary>
    public static bool IsUnion(TypeRef type, IReadOnlyList<UnionModel> unions) => Find(type, unions) is not null;

    private static bool IsScalarUnion(TypeRef type, IReadOnlyList<UnionModel> unions, int depth)
    {
        if (depth >= MaxDepth || Find(type, unions) is not { } union)
        {
            return false;
        }

        foreach (var alternative in union.Alternatives)
        {
            var kind = alternative.Type.Kind;
            if (kind is TypeKind.Array or TypeKind.Map or TypeKind.Any
                || (kind == TypeKind.Object && !IsScalarUnion(alternative.Type, unions, depth + 1)))
            {
                return false;
            }
        }

        return true;
    }

    private static UnionModel? Find(TypeRef type, IReadOnlyList<UnionModel> unions)
    {
        if (type.Kind != TypeKind.Object)
        {
            return null;
        }

        for (var i = 0; i < unions.Count; i++)
        {
            if (unions[i].Name == type.Name)
            {
                return unions[i];
            }
        }

        return null;
    }
}
