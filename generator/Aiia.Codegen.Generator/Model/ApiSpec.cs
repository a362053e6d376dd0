namespace Aiia.Codegen.Model;

/// <summary>
/// One spec, ready to emit: value-equal, holding no YAML nodes or Roslyn objects.
/// </summary>
/// <param name="SourcePath">The spec file's path, for messages only.</param>
/// <param name="Namespace">The namespace of every generated type.</param>
/// <param name="ClientName">The client class's name, e.g. <c>AiiaAuthenticationClient</c>.</param>
/// <param name="Title">The document's <c>info.title</c>.</param>
/// <param name="Description">The document's <c>info.description</c>.</param>
/// <param name="Objects">Generated records, in document order.</param>
/// <param name="Enums">Generated enums, in document order.</param>
/// <param name="Operations">Client methods, in document order.</param>
/// <param name="SecuritySchemes">The security schemes the client can send (unsupported ones were reported and left out).</param>
/// <param name="DocumentedErrorCodes">The <c>error</c> codes the spec documents (<c>x-aiia-error-codes</c>): the
/// only ones messages and logs may show.</param>
/// <param name="Accessibility"><c>public</c> or <c>internal</c>: the accessibility of every generated type.</param>
/// <param name="SessionRenewal">The session renewal declared by <c>x-aiia-session-renewal</c>, if any.</param>
/// <param name="Names">The names of the classes generated beside the spec's types, decided by the naming pass
/// (<see cref="Naming.SpecNaming"/>); null only before it ran.</param>
/// <param name="Unions">Generated union types (<c>oneOf</c>/<c>anyOf</c> without a discriminator), in reading order.</param>
/// <param name="DocumentedServer">The document's first <c>servers</c> URL when it is an absolute <c>https</c> one
/// (with a trailing <c>/</c>), the example base address of the options' messages; null otherwise.</param>
public sealed record ApiSpec(
    string SourcePath,
    string Namespace,
    string ClientName,
    string Accessibility,
    string Title,
    string? Description,
    EquatableArray<ObjectModel> Objects,
    EquatableArray<EnumModel> Enums,
    EquatableArray<OperationModel> Operations,
    EquatableArray<SecuritySchemeModel> SecuritySchemes,
    EquatableArray<string> DocumentedErrorCodes,
    SessionRenewalModel? SessionRenewal = null,
    GeneratedNames? Names = null,
    EquatableArray<UnionModel> Unions = default,
    string? DocumentedServer = null)
{
    /// <summary>The names the naming pass decided; emitters read every derived class name here.</summary>
    public GeneratedNames GeneratedNames => Names ?? throw new System.InvalidOperationException("The naming pass did not run on this model.");
}

/// <summary>A generated <c>sealed record</c>.</summary>
/// <param name="Name">The C# name.</param>
/// <param name="Description">The spec's description.</param>
/// <param name="Properties">The properties the schema lists, in order.</param>
/// <param name="Undocumented">What reading does with a property the schema does not list.</param>
/// <param name="UndocumentedPropertiesName">The C# name of the property that keeps them (when they are kept), given by
/// the naming pass (<see cref="Naming.MemberNaming"/>).</param>
/// <param name="Source">Where in the spec the record comes from.</param>
/// <param name="IsDeprecated">Whether the spec marks the schema <c>deprecated</c> (the record is <c>[Obsolete]</c>).</param>
/// <param name="BaseName">The abstract base record this one derives from (a discriminated <c>oneOf</c> or a
/// discriminated schema it extends with <c>allOf</c>), or null.</param>
/// <param name="Discriminator">Set on an abstract base record: how its converter picks the derived record.</param>
/// <param name="InheritsUndocumented">Whether the base record declares the undocumented-properties member.</param>
/// <param name="Copied">The properties an <c>allOf</c> copies from other records, in property order (empty for most).</param>
public sealed record ObjectModel(
    string Name,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    UndocumentedPropertyHandling Undocumented = UndocumentedPropertyHandling.Ignore,
    string UndocumentedPropertiesName = ObjectModel.DefaultUndocumentedPropertiesName,
    SpecSource? Source = null,
    bool IsDeprecated = false,
    string? BaseName = null,
    DiscriminatorModel? Discriminator = null,
    bool InheritsUndocumented = false,
    EquatableArray<CopiedProperty> Copied = default)
{
    /// <summary>Whether this is an abstract base record of discriminated derived records.</summary>
    public bool IsAbstract => Discriminator is not null;

    /// <summary>The name of the property keeping undocumented properties, unless a listed property has it.</summary>
    public const string DefaultUndocumentedPropertiesName = "UndocumentedProperties";

    /// <summary>Whether the record keeps the properties its schema does not list.</summary>
    public bool KeepsUndocumented => Undocumented == UndocumentedPropertyHandling.Keep;

    /// <summary>
    /// Whether <c>ToString()</c> needs a printer of its own: a sensitive property is redacted, and free-form JSON
    /// (which could hold anything, e.g. error details) shows only its kind.
    /// </summary>
    public bool NeedsRedactingPrinter
    {
        get
        {
            foreach (var property in Properties)
            {
                if (!property.IsInherited && (property.IsSensitive || property.Type.Kind == TypeKind.Any))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>A property of a generated record.</summary>
/// <param name="Name">The C# name, given by the naming pass (<see cref="Naming.MemberNaming"/>); as read, the wire
/// name's PascalCase (empty when it has no letter or digit).</param>
/// <param name="WireName">The JSON name, kept exactly.</param>
/// <param name="Type">The C# type; nullable unless required and not nullable in the spec.</param>
/// <param name="IsRequired">Whether the spec lists it under <c>required</c> and it travels both ways: a required
/// <c>readOnly</c> or <c>writeOnly</c> property is absent from one direction, and a deprecated one cannot be a
/// <c>required</c> C# member (CS9042), so both are optional here.</param>
/// <param name="IsSensitive">Whether its value must never be printed.</param>
/// <param name="Description">The spec's description.</param>
/// <param name="IsDeprecated">Whether the spec marks it <c>deprecated</c> (the property is <c>[Obsolete]</c>).</param>
/// <param name="IsOneWay">Whether the spec marks it <c>readOnly</c> or <c>writeOnly</c>.</param>
/// <param name="Default">The spec's <c>default</c> of an optional string, number, boolean or string enum property, as
/// JSON scalar text valid for <see cref="Type"/> (<c>true</c>, <c>42</c>, the string itself); null when there is none.</param>
/// <param name="DefaultName">The C# name of the member exposing <see cref="Default"/> (<c>DefaultColor</c>), given by the naming pass.</param>
/// <param name="IsInherited">Whether the abstract base record declares it (the derived record reads and writes it).</param>
/// <param name="IsListedRequired">Whether the spec lists it under <c>required</c> (itself or in an <c>allOf</c> part),
/// whatever <see cref="IsRequired"/> says: the server still sends a required deprecated or <c>readOnly</c> property.</param>
/// <param name="DiscriminatorValue">In a derived record, on its base's discriminator property (a nullable string or
/// enum): the value that names the record, written when the property is null, so the record is never sent without it.</param>
public sealed record PropertyModel(string Name, string WireName, TypeRef Type, bool IsRequired, bool IsSensitive, string? Description, bool IsDeprecated = false, bool IsOneWay = false, string? Default = null, string? DefaultName = null, bool IsInherited = false, bool IsListedRequired = false, string? DiscriminatorValue = null)
{
    /// <summary>The values of an enum of numbers or booleans, as the spec writes them (empty for any other property): it
    /// is generated as the plain type, so only <c>diff</c> reads them.</summary>
    public EquatableArray<string> Values { get; init; }

    /// <summary>Whether the spec lets the value be null (<c>nullable: true</c>, <c>type: [string, 'null']</c>, a
    /// <c>$ref</c> to such a schema), whatever <see cref="Type"/> says: an optional property's type is nullable either way.</summary>
    public bool AllowsNull { get; init; }

    /// <summary>The name the spec gives the property (<c>x-aiia-name</c>), which <see cref="Name"/> is derived from
    /// instead of the wire name; null when none is given. <c>diff</c> reads it to say why a name changed.</summary>
    public string? GivenName { get; init; }

    /// <summary>Whether the record tracks that the property was set: it is optional and null is a value the spec
    /// allows, so <c>null</c> set or read is written as <c>null</c>, and a property never set is left out.</summary>
    public bool TracksPresence => AllowsNull && !IsRequired;
}

/// <summary>A property an <c>allOf</c> copies from another component's record: it is named as that record names it.</summary>
/// <param name="WireName">The property's wire name.</param>
/// <param name="Component">The component schema of the record it is copied from.</param>
public sealed record CopiedProperty(string WireName, string Component);

/// <summary>What reading a record does with a JSON property its schema does not list.</summary>
public enum UndocumentedPropertyHandling
{
    /// <summary>Kept, in order, as raw JSON, and written back after the listed properties (the default).</summary>
    Keep,
    /// <summary>Skipped (the spec's <c>additionalProperties: false</c>, or the per-spec opt-out).</summary>
    Ignore,
    /// <summary>A read error at the property's JSON path (<c>x-aiia-undocumented-properties: error</c>).</summary>
    Error,
}

/// <summary>
/// A generated string enum: a <c>readonly struct</c> that keeps its wire value (so an undocumented value survives a
/// round trip), with a companion C# enum of the documented values for <c>switch</c> and patterns.
/// </summary>
/// <param name="Name">The struct's name.</param>
/// <param name="Description">The spec's description.</param>
/// <param name="KindName">The companion C# enum's name, e.g. <c>AuthenticationStateKind</c>.</param>
/// <param name="UnknownMemberName">The companion enum's member for a value the spec does not list (given by the naming pass).</param>
/// <param name="Members">The documented values, in order.</param>
/// <param name="Source">Where in the spec the enum comes from.</param>
/// <param name="IsDeprecated">Whether the spec marks the schema <c>deprecated</c> (the struct and its Kind enum are <c>[Obsolete]</c>).</param>
public sealed record EnumModel(string Name, string? Description, string KindName, string UnknownMemberName, EquatableArray<EnumMemberModel> Members, SpecSource? Source = null, bool IsDeprecated = false)
{
    /// <summary>What the companion C# enum's name adds to the struct's.</summary>
    public const string KindSuffix = "Kind";
}

/// <summary>An enum member and its wire value; its name is given by the naming pass (<see cref="Naming.MemberNaming"/>), empty as read.</summary>
/// <param name="Name">The C# member name.</param>
/// <param name="WireValue">The value as the wire carries it.</param>
/// <param name="GivenName">The name the spec gives the value (<c>x-enum-varnames</c>), which the naming pass derives the
/// member's name from instead of the wire value; null when none is given.</param>
/// <param name="Description">What the value means (<c>x-enumDescriptions</c>, <c>x-enum-descriptions</c> or
/// <c>x-ms-enum</c>), for the member's documentation; null when the spec does not say.</param>
public sealed record EnumMemberModel(string Name, string WireValue, string? GivenName = null, string? Description = null);

/// <summary>Where a parameter travels.</summary>
public enum ParameterLocation
{
    /// <summary>A path segment.</summary>
    Path,
    /// <summary>The query string.</summary>
    Query,
    /// <summary>A request header.</summary>
    Header,
    /// <summary>A cookie, sent in the <c>Cookie</c> header.</summary>
    Cookie,
}
