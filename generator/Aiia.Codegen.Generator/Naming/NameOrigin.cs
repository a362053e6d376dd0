namespace Aiia.Codegen.Naming;

/// <summary>
/// Where a renamed C# name comes from, which decides how the spec can choose it: the advice that ends AIIA0014's
/// message (<see cref="RenameAdvice"/>). A wire name cannot simply be renamed, since the API reads it.
/// </summary>
internal enum NameOrigin
{
    /// <summary>A key of the spec that only names code: a security scheme.</summary>
    SpecKey,

    /// <summary>A component schema, named by its key unless <c>x-aiia-name</c> names it.</summary>
    Schema,

    /// <summary>An operation, named by its <c>operationId</c> (or its method and path).</summary>
    Operation,

    /// <summary>A property, parameter or form field, named by its wire name unless <c>x-aiia-name</c> names it.</summary>
    WireName,

    /// <summary>An enum value, named by its wire value unless <c>x-enum-varnames</c> names it.</summary>
    EnumValue,

    /// <summary>A property, parameter or form field named by the spec (<c>x-aiia-name</c>, <c>x-ms-client-name</c>).</summary>
    GivenName,

    /// <summary>An enum value named by the spec (<c>x-enum-varnames</c>, <c>x-enumNames</c>, <c>x-ms-enum</c>).</summary>
    GivenEnumName,

    /// <summary>An inline schema, named after where it sits.</summary>
    Inline,

    /// <summary>A name the generator derives: a converter, a helper class, a member it adds, a waiter.</summary>
    Derived,
}

/// <summary>The last sentence of AIIA0014's message (its period is the message's): how the spec can choose the name itself.</summary>
internal static class RenameAdvice
{
    /// <summary>The advice for a name of <paramref name="origin"/>.</summary>
    public static string Of(NameOrigin origin) => origin switch
    {
        NameOrigin.SpecKey => "Rename it in the spec to choose the name yourself",
        NameOrigin.Schema => "Rename it in the spec, or give it an 'x-aiia-name', to choose the name yourself",
        NameOrigin.Operation => "Give it another operationId to choose the name yourself",
        NameOrigin.WireName => "Give it an 'x-aiia-name' to choose the C# name yourself; its wire name stays",
        NameOrigin.EnumValue => "Name the values in 'x-enum-varnames' to choose the C# names yourself; the values stay",
        NameOrigin.GivenName => "Give it another 'x-aiia-name' to choose the C# name yourself; its wire name stays",
        NameOrigin.GivenEnumName => "Give it another name in 'x-enum-varnames' to choose the C# name yourself; the value stays",
        NameOrigin.Inline => "Move it to components.schemas to choose its name yourself",
        _ => "The generator derives this name, so nothing needs changing; to keep it, give what holds it another name in the spec",
    };

    /// <summary>The origin of a property's, parameter's or form field's name: <see cref="NameOrigin.GivenName"/> when the spec gives one.</summary>
    public static NameOrigin OfMember(string? givenName) => givenName is null ? NameOrigin.WireName : NameOrigin.GivenName;

    /// <summary>The origin of an enum value's name: <see cref="NameOrigin.GivenEnumName"/> when the spec gives one.</summary>
    public static NameOrigin OfEnumValue(string? givenName) => givenName is null ? NameOrigin.EnumValue : NameOrigin.GivenEnumName;
}
