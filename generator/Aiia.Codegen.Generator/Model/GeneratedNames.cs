using System;
using System.Collections.Generic;

namespace Aiia.Codegen.Model;

/// <summary>
/// The names of the namespace-level classes the generator writes beside the spec's own types, decided once by the
/// naming pass (<see cref="Naming.SpecNaming"/>). Emitters read them here and never build a name of their own.
/// </summary>
/// <param name="Options">The client options class, normally <c>{Client}Options</c>.</param>
/// <param name="Registration">The dependency-injection class, normally <c>{Client}ServiceCollectionExtensions</c>.</param>
/// <param name="RegistrationMethod">Its extension method, <c>Add{Client}</c> (alone in its class: never changed).</param>
/// <param name="JsonCollections">The list and map helpers, normally <c>{Client}JsonCollections</c>.</param>
/// <param name="Converters">The JSON converter of every record and enum, in model order.</param>
/// <param name="ShapeConverters">The converters of request and response bodies that are neither records nor enums,
/// normally <c>{Client}{Shape}JsonConverter</c> (e.g. <c>PetsClientListOfPetJsonConverter</c>), in operation order.</param>
/// <param name="Credentials">The client's private methods that add credentials, one per distinct security of its
/// operations, <c>Authorize</c> when there is one, else named after their schemes (<c>AuthorizeKeyOrBasic</c>), in operation order.</param>
/// <param name="CollectionFields">The list and map converters of <paramref name="JsonCollections"/>, one field per distinct
/// type, normally named by its shape (<c>ListOfPet</c>), inner shapes first.</param>
/// <param name="Types">Every type the spec's code declares in its namespace (the client, the spec's types and the
/// classes beside them), sorted: what another spec generating into the same namespace must not declare.</param>
public sealed record GeneratedNames(
    string Options,
    string Registration,
    string RegistrationMethod,
    string JsonCollections,
    EquatableArray<TypeConverterName> Converters,
    EquatableArray<ShapeConverterName> ShapeConverters,
    EquatableArray<CredentialsName> Credentials = default,
    EquatableArray<ShapeConverterName> CollectionFields = default,
    EquatableArray<string> Types = default)
{
    // Indexes over Converters, ShapeConverters and CollectionFields, built on first use; not part of the value (see
    // Equals). The emitters ask for a converter or field per property: a linear search each time grows with the square
    // of the spec.
    private Dictionary<string, string>? _converterIndex;
    private Dictionary<TypeRef, string>? _shapeConverterIndex;
    private Dictionary<TypeRef, string>? _collectionFieldIndex;

    /// <summary>The converter class of the record or enum named <paramref name="typeName"/>.</summary>
    public string ConverterOf(string typeName)
    {
        var index = _converterIndex;
        if (index is null)
        {
            index = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var converter in Converters)
            {
                index[converter.TypeName] = converter.ConverterName;
            }

            _converterIndex = index;
        }

        return index.TryGetValue(typeName, out var name)
            ? name
            : throw new InvalidOperationException($"The naming pass gave '{typeName}' no converter.");
    }

    /// <summary>The converter class of a body shape: the one of the equal type (two shapes may spell the same
    /// <see cref="TypeRef.ShapeName"/>, each has its own converter).</summary>
    public string ShapeConverterOf(TypeRef type) => NameOf(_shapeConverterIndex ??= Index(ShapeConverters), type, "converter");

    /// <summary>The field of <see cref="JsonCollections"/> holding the converter of a list or map type (nullability of the
    /// type itself aside; two types that spell the same shape have fields of their own).</summary>
    public string CollectionFieldOf(TypeRef type) => NameOf(_collectionFieldIndex ??= Index(CollectionFields), type, "field");

    /// <summary>Each type's name: the first one listed for it, as a search in order would find.</summary>
    private static Dictionary<TypeRef, string> Index(EquatableArray<ShapeConverterName> names)
    {
        var index = new Dictionary<TypeRef, string>(names.Count);
        foreach (var name in names)
        {
            if (!index.ContainsKey(name.Type))
            {
                index.Add(name.Type, name.ConverterName);
            }
        }

        return index;
    }

    private static string NameOf(Dictionary<TypeRef, string> index, TypeRef type, string what)
    {
        var shape = type.WithNullable(false);
        return index.TryGetValue(shape, out var name)
            ? name
            : throw new InvalidOperationException($"The naming pass gave the shape '{shape.ShapeName}' no {what}.");
    }

    /// <inheritdoc />
    public bool Equals(GeneratedNames? other) =>
        other is not null
        && Options == other.Options
        && Registration == other.Registration
        && RegistrationMethod == other.RegistrationMethod
        && JsonCollections == other.JsonCollections
        && Converters.Equals(other.Converters)
        && ShapeConverters.Equals(other.ShapeConverters)
        && Credentials.Equals(other.Credentials)
        && CollectionFields.Equals(other.CollectionFields)
        && Types.Equals(other.Types);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(Options);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Registration);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(RegistrationMethod);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(JsonCollections);
            hash = (hash * 31) + Converters.GetHashCode();
            hash = (hash * 31) + ShapeConverters.GetHashCode();
            hash = (hash * 31) + Credentials.GetHashCode();
            hash = (hash * 31) + CollectionFields.GetHashCode();
            return (hash * 31) + Types.GetHashCode();
        }
    }
}

/// <summary>The JSON converter class of a record or enum.</summary>
public sealed record TypeConverterName(string TypeName, string ConverterName);

/// <summary>The JSON converter class of a body that is a list, a map or a primitive.</summary>
/// <param name="Type">The body type, not nullable.</param>
/// <param name="ConverterName">The class name.</param>
public sealed record ShapeConverterName(TypeRef Type, string ConverterName);

/// <summary>A private method of the client that adds the credentials of one security (its alternatives, in order).</summary>
/// <param name="Security">The security's alternatives.</param>
/// <param name="Name">The method's name.</param>
public sealed record CredentialsName(EquatableArray<SecurityRequirementModel> Security, string Name);

/// <summary>
/// Where a generated type comes from in the spec, so tools (the CLI's validate and diff) map a C# name back to the
/// spec without deriving names again.
/// </summary>
/// <param name="SpecPath">The dotted path diagnostics use: <c>components.schemas.Pet</c>, or where an inline schema
/// sits, <c>components.schemas.Pet.properties.category</c>.</param>
/// <param name="ComponentName">The key under <c>components.schemas</c>, or null for an inline schema.</param>
public sealed record SpecSource(string SpecPath, string? ComponentName)
{
    /// <summary>The name a component gives its type (<c>x-aiia-name</c>) instead of its key, or null: <c>diff</c> reads
    /// it to say why a type's name changed.</summary>
    public string? GivenName { get; init; }

    /// <summary>The JSON pointer of a component (<c>#/components/schemas/Pet</c>), or null for an inline schema.</summary>
    public string? Pointer => ComponentName is null
        ? null
        : "#/components/schemas/" + ComponentName.Replace("~", "~0").Replace("/", "~1");
}
