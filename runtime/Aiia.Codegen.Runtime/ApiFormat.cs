using System.ComponentModel;
using System.Globalization;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Formats path, query and header values the way the contract writes them: invariant culture, so a client on a
/// de-DE machine sends <c>1.5</c>, not <c>1,5</c>. Each overload returns null for null, which
/// <see cref="ApiRequest.AddQuery"/> and <see cref="ApiRequest.AddHeader"/> skip.
/// Enums are formatted by the generated <c>ToWireValue()</c> extension.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiFormat
{
    /// <summary>Returns the string as is.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value, or null.</returns>
    public static string? Format(string? value) => value;

    /// <summary>Formats an integer, invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a long integer, invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a float as its shortest round-trippable text, invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(float? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a double as its shortest round-trippable text, invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a decimal, invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a boolean as <c>true</c> or <c>false</c> (not .NET's <c>True</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(bool? value) => value switch
    {
        null => null,
        true => "true",
        false => "false",
    };

    /// <summary>Formats a GUID as <c>D</c> (<c>00000000-0000-0000-0000-000000000000</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(Guid? value) => value?.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>Formats a date-time with the round-trip format <c>O</c>, keeping its offset.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Formats a date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
