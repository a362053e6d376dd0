namespace Aiia.Codegen.Model;

/// <summary>What a schema becomes in C#.</summary>
public enum TypeKind
{
    /// <summary><c>string</c>.</summary>
    String,
    /// <summary><c>int</c> (integer, int32).</summary>
    Int32,
    /// <summary><c>long</c> (int64).</summary>
    Int64,
    /// <summary><c>float</c>.</summary>
    Single,
    /// <summary><c>double</c> (number, double).</summary>
    Double,
    /// <summary><c>decimal</c>.</summary>
    Decimal,
    /// <summary><c>bool</c>.</summary>
    Boolean,
    /// <summary><c>DateTimeOffset</c> (date-time).</summary>
    DateTimeOffset,
    /// <summary><c>DateOnly</c> (date).</summary>
    Date,
    /// <summary><c>Guid</c> (uuid).</summary>
    Guid,
    /// <summary>Free-form JSON: <c>JsonElement</c>.</summary>
    Any,
    /// <summary>A generated record.</summary>
    Object,
    /// <summary>A generated enum.</summary>
    Enum,
    /// <summary><c>IReadOnlyList&lt;T&gt;</c>.</summary>
    Array,
    /// <summary><c>IReadOnlyDictionary&lt;string, T&gt;</c>.</summary>
    Map,
}

/// <summary>
/// A C# type reference: a primitive, a named generated type, or a list or map of another reference.
/// </summary>
/// <param name="Kind">The shape.</param>
/// <param name="Name">The generated type's name, for <see cref="TypeKind.Object"/> and <see cref="TypeKind.Enum"/>.</param>
/// <param name="Element">The item type of a list or the value type of a map.</param>
/// <param name="IsNullable">Whether null is a valid value.</param>
public sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Element = null, bool IsNullable = false)
{
    /// <summary>Whether the C# type is a value type.</summary>
    public bool IsValueType => Kind is not (TypeKind.String or TypeKind.Object or TypeKind.Array or TypeKind.Map);

    /// <summary>Whether this is a list or a map.</summary>
    public bool IsCollection => Kind is TypeKind.Array or TypeKind.Map;

    /// <summary>The same type with the given nullability.</summary>
    public TypeRef WithNullable(bool nullable) => nullable == IsNullable ? this : this with { IsNullable = nullable };

    /// <summary>A name for the shape, used to name helpers: <c>ListOfPet</c>, <c>MapOfString</c>.</summary>
    public string ShapeName => Kind switch
    {
        TypeKind.Array => "ListOf" + Element!.ShapeName + (Element.IsNullable ? "OrNull" : string.Empty),
        TypeKind.Map => "MapOf" + Element!.ShapeName + (Element.IsNullable ? "OrNull" : string.Empty),
        TypeKind.Object or TypeKind.Enum => Name!,
        TypeKind.Date => "DateOnly",
        TypeKind.Any => "JsonElement",
        _ => Kind.ToString(),
    };
}
