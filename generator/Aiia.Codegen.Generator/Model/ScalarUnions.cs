using System.Collections.Generic;

namespace Aiia.Codegen.Model;

/// <summary>
/// Which unions are sent as text where a parameter or a form field goes: a union whose every alternative is a
/// primitive, an enum, a list of them or such a union (<c>oneOf: [integer, string]</c>, GitHub's <c>workflow_id</c>;
/// <c>oneOf: [string, array of string]</c>, Elasticsearch's index names). Its text is the alternative it holds, as a
/// primitive of that type would be sent; a list's items comma-joined, or a pair each in an exploded query. One rule for
/// the reader (which parameters it keeps) and the emitters (how they send them).
/// </summary>
public static class ScalarUnions
{
    // Unions nest this deep at most before the rule gives up (a union holding itself is not a scalar).
    private const int MaxDepth = 8;

    /// <summary>
    /// Whether <paramref name="type"/> is a union among <paramref name="unions"/> of scalars, or of scalars and lists of
    /// scalars (Elasticsearch's <c>oneOf: [string, array of string]</c>: one value, or several comma-joined).
    /// </summary>
    public static bool IsScalarUnion(TypeRef type, IReadOnlyList<UnionModel> unions) => IsScalarUnion(type, unions, 0);

    /// <summary>Whether <paramref name="type"/> is a scalar union (<see cref="IsScalarUnion(TypeRef, IReadOnlyList{UnionModel})"/>) that may hold a list.</summary>
    public static bool MayHoldList(TypeRef type, IReadOnlyList<UnionModel> unions) =>
        IsScalarUnion(type, unions) && Find(type, unions) is { } union && HoldsList(union, unions, 0);

    private static bool HoldsList(UnionModel union, IReadOnlyList<UnionModel> unions, int depth)
    {
        foreach (var alternative in union.Alternatives)
        {
            if (alternative.Type.Kind == TypeKind.Array
                || (depth < MaxDepth && Find(alternative.Type, unions) is { } inner && HoldsList(inner, unions, depth + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="type"/> is a union a query parameter can send as the alternative it holds: each
    /// alternative is a scalar, a list of scalars, a record, a map or a scalar union, sent the way the parameter's style
    /// sends one of those (Stripe's <c>created</c>: <c>anyOf: [{gt, gte, lt, lte}, integer]</c>, <c>deepObject</c>, is
    /// <c>created[gte]=1</c> or <c>created=1</c>).
    /// </summary>
    public static bool IsQueryUnion(TypeRef type, IReadOnlyList<UnionModel> unions)
    {
        if (Find(type, unions) is not { } union)
        {
            return false;
        }

        foreach (var alternative in union.Alternatives)
        {
            var held = alternative.Type;
            var fits = held.Kind switch
            {
                TypeKind.Any => false,
                TypeKind.Array => held.Element is { IsCollection: false } element
                    && (element.Kind is not (TypeKind.Object or TypeKind.Any) || (IsScalarUnion(element, unions) && !MayHoldList(element, unions))),
                TypeKind.Object => !IsUnion(held, unions) || IsScalarUnion(held, unions),
                _ => true,
            };
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

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
            var held = alternative.Type;
            if (held.Kind == TypeKind.Array && held.Element is { } element && !element.IsCollection)
            {
                held = element; // a list of scalars: sent comma-joined, or a pair per item
            }

            if (held.Kind is TypeKind.Array or TypeKind.Map or TypeKind.Any
                || (held.Kind == TypeKind.Object && !IsScalarUnion(held, unions, depth + 1)))
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
