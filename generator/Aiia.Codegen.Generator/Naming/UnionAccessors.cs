namespace Aiia.Codegen.Naming;

/// <summary>
/// The members a union writes after each alternative's name (<c>Pet</c>: <c>IsPet</c>, <c>TryGetPet</c>,
/// <c>FromPet</c>) and after its raw-JSON fallback's (<c>Json</c>: <c>IsJson</c>, <c>FromJson</c>). The naming pass
/// claims them with the name (<see cref="MemberNames.ClaimWithPrefixes"/>), so the emitter spells them from here and
/// they cannot collide.
/// </summary>
internal static class UnionAccessors
{
    private const string IsPrefix = "Is";
    private const string TryGetPrefix = "TryGet";
    private const string FromPrefix = "From";

    /// <summary>What an alternative's name brings.</summary>
    public static readonly string[] AlternativePrefixes = { IsPrefix, TryGetPrefix, FromPrefix };

    /// <summary>What the fallback's name brings.</summary>
    public static readonly string[] FallbackPrefixes = { IsPrefix, FromPrefix };

    /// <summary><c>IsPet</c>: whether the union holds that alternative.</summary>
    public static string Is(string name) => IsPrefix + name;

    /// <summary><c>TryGetPet</c>.</summary>
    public static string TryGet(string name) => TryGetPrefix + name;

    /// <summary><c>FromPet</c>: the factory.</summary>
    public static string From(string name) => FromPrefix + name;
}
