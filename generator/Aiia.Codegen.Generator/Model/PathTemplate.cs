using System.Text.RegularExpressions;

namespace Aiia.Codegen.Model;

/// <summary>The <c>{name}</c> placeholders of an OpenAPI path template; one rule for the reader and the emitter.</summary>
public static class PathTemplate
{
    /// <summary>Matches one placeholder; group 1 is the parameter name.</summary>
    public static Regex Placeholder { get; } = new(@"\{([^{}/]+)\}", RegexOptions.CultureInvariant);
}
