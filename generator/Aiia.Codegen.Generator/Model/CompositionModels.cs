namespace Aiia.Codegen.Model;

/// <summary>
/// How the converter of an abstract base record picks the derived record: by the string value of one property.
/// </summary>
/// <param name="PropertyName">The discriminator's wire name.</param>
/// <param name="Cases">The discriminator values and the derived record each stands for, in spec order.</param>
/// <param name="UnknownName">The generated derived record for any other value (it keeps the raw JSON).</param>
/// <param name="UnknownValueName">Its member holding the discriminator value (given by the naming pass).</param>
/// <param name="UnknownJsonName">Its member holding the raw JSON object (given by the naming pass).</param>
public sealed record DiscriminatorModel(
    string PropertyName,
    EquatableArray<DiscriminatorCase> Cases,
    string UnknownName,
    string UnknownValueName,
    string UnknownJsonName);

/// <summary>One discriminator value and the derived record it stands for.</summary>
public sealed record DiscriminatorCase(string WireValue, string TypeName);

/// <summary>
/// A generated union type: a <c>oneOf</c>/<c>anyOf</c> without a discriminator, holding one of its alternatives or,
/// when none fits, the raw JSON (see docs/composition.md for the reading rule).
/// </summary>
/// <param name="Name">The C# class name.</param>
/// <param name="Description">The spec's description.</param>
/// <param name="Alternatives">The alternatives, in spec order.</param>
/// <param name="JsonName">The accessor of the raw-JSON fallback (given by the naming pass).</param>
/// <param name="Source">Where in the spec the union comes from.</param>
/// <param name="DiscriminatorProperty">The spec's discriminator property, when it has one: an object whose value of it
/// names an alternative is read as that alternative first.</param>
/// <param name="IsDeprecated">Whether the spec marks the schema <c>deprecated</c> (the class is <c>[Obsolete]</c>).</param>
public sealed record UnionModel(string Name, string? Description, EquatableArray<UnionAlternative> Alternatives, string JsonName, SpecSource? Source = null, string? DiscriminatorProperty = null, bool IsDeprecated = false);

/// <summary>One alternative of a union.</summary>
/// <param name="Name">Its accessor's name (<c>String</c>, <c>Pet</c>), given by the naming pass (empty as read);
/// <c>Is{Name}</c>, <c>TryGet{Name}</c> and <c>From{Name}</c> are derived from it.</param>
/// <param name="Type">Its C# type, not nullable.</param>
/// <param name="Required">For a record, the wire names of its required properties (the reading rule's tie-breaker).</param>
/// <param name="DiscriminatorValues">The discriminator values naming this alternative (mapping, else its schema name).</param>
/// <param name="Tags">For a record, its tags: the properties that tell it apart from the union's other records by the
/// string values it lists for them.</param>
/// <param name="Claimed">For a record, the values it does not list of a property it lists values for that is not its tag
/// (they overlap another record's) but is another record's: an object holding one is that record's, not this one's.</param>
public sealed record UnionAlternative(string Name, TypeRef Type, EquatableArray<string> Required, EquatableArray<string> DiscriminatorValues = default, EquatableArray<UnionTag> Tags = default, EquatableArray<UnionTag> Claimed = default);

/// <summary>
/// A tag of a union's record alternative: a property that is a string <c>enum</c> or <c>const</c> in two or more of the
/// union's records, with values no other of them lists (<c>type: {enum: [text]}</c> beside <c>type: {enum: [image]}</c>).
/// An object whose tag holds another string does not fit the record.
/// </summary>
/// <param name="WireName">The property's wire name.</param>
/// <param name="Values">The values the record lists for it.</param>
public sealed record UnionTag(string WireName, EquatableArray<string> Values);
