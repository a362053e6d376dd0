using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// The <c>PrintMembers</c> of a generated record that has something to hide in <c>ToString()</c> (a sensitive value,
/// free-form JSON, kept undocumented properties): one call with the members' names and values, instead of two
/// <see cref="StringBuilder.Append(object)"/> calls per property in every such record. The text is the compiler's
/// own printer's (<c>Name = value, …</c>); the values marked by <see cref="Redact"/>, <see cref="Json"/> and
/// <see cref="Optional"/> print as described there.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiRecordPrinter
{
    private const string Redacted = "[redacted]";

    private const string Null = "null";

    /// <summary>Stands for a member that is left out; only <see cref="Optional"/> returns it.</summary>
    private static readonly object s_omitted = new();

    /// <summary>Prints the members of a record that has no base record.</summary>
    /// <param name="builder">The text so far (after <c>TypeName { </c>).</param>
    /// <param name="namesAndValues">Each member's name followed by its value.</param>
    /// <returns>True: the record's printer printed its members.</returns>
    public static bool Print(StringBuilder builder, params object?[] namesAndValues) =>
        PrintAfter(builder, printed: false, namesAndValues);

    /// <summary>Prints the members of a derived record, after its base record's.</summary>
    /// <param name="builder">The text so far, the base's members included.</param>
    /// <param name="printed">What the base's printer returned: whether its members need a separator after them.</param>
    /// <param name="namesAndValues">Each member's name followed by its value.</param>
    /// <returns>True: the record's printer printed its members.</returns>
    public static bool PrintAfter(StringBuilder builder, bool printed, params object?[] namesAndValues)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(namesAndValues);
        for (var i = 0; i + 1 < namesAndValues.Length; i += 2)
        {
            var value = namesAndValues[i + 1];
            if (ReferenceEquals(value, s_omitted))
            {
                continue;
            }

            if (printed)
            {
                builder.Append(", ");
            }

            printed = true;
            builder.Append(namesAndValues[i]).Append(" = ").Append(value);
        }

        return true;
    }

    /// <summary>A sensitive member's value as it prints: <c>[redacted]</c>, or <c>null</c> when it is null.</summary>
    /// <param name="value">The value, never printed.</param>
    /// <returns>The text to print.</returns>
    public static string Redact(object? value) => value is null ? Null : Redacted;

    /// <summary>A free-form JSON member's value as it prints: only its kind (<c>[JSON Object]</c>), or <c>null</c>.</summary>
    /// <param name="value">The JSON, which may hold anything (secrets included).</param>
    /// <returns>The text to print.</returns>
    public static string Json(JsonElement? value) => value is { } json ? "[JSON " + json.ValueKind + "]" : Null;

    /// <summary>A member printed only when it is not null (the kept undocumented properties, as their count).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value, or a marker <see cref="PrintAfter"/> leaves out with its name.</returns>
    public static object Optional(object? value) => value ?? s_omitted;
}
