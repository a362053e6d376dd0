namespace Aiia.Codegen.Cli.Diffing;

/// <summary>Whether a change can break a client built against the old spec.</summary>
internal enum ChangeKind
{
    /// <summary>Existing clients (or their compilation against regenerated code) can break.</summary>
    Breaking,

    /// <summary>Existing clients keep working; new things are available.</summary>
    Additive,
}

/// <summary>One classified difference between two versions of a spec.</summary>
/// <param name="Kind">Breaking or additive.</param>
/// <param name="Rule">A stable rule name, e.g. <c>response-property-removed</c>.</param>
/// <param name="Path">Where in the spec, e.g. <c>components.schemas.Pet.properties.name</c>.</param>
/// <param name="Message">What changed, in words.</param>
internal sealed record SpecChange(ChangeKind Kind, string Rule, string Path, string Message);
