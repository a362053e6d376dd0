using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Aiia.Codegen.Model;

/// <summary>
/// The numbers of a companion <c>…Kind</c> enum's members. Each is derived from the member's wire value alone, so a
/// spec that adds, inserts or reorders values never renumbers a constant that user code compiled in (a position-based
/// number would: <c>aiia-codegen diff</c> calls such a change additive, and it must stay so).
/// </summary>
/// <remarks>
/// A member's number is the 31-bit FNV-1a hash of its wire value's UTF-8 bytes (the 32-bit FNV-1a hash with the top
/// bit cleared): positive, since <c>Unknown</c> keeps 0. When two wire values of one enum land on the same number (or a
/// hash is 0), the values are taken in ordinal order and a later one moves to the next free number (wrapping from
/// <see cref="int.MaxValue"/> to 1). Only then does a member's number depend on another value: removing the earlier one,
/// or adding a colliding one that sorts before it, would move it. With 31 bits and an enum of a few dozen values that is
/// vanishingly rare (about n²/2³² for n values), and <c>aiia-codegen diff</c> reports it as breaking.
/// </remarks>
public static class EnumKindValues
{
    private const uint FnvOffsetBasis = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>The number of each member of <paramref name="model"/>'s companion enum, by wire value (ordinal).</summary>
    /// <param name="model">The enum.</param>
    /// <returns>Wire value → number, every number positive and distinct.</returns>
    public static IReadOnlyDictionary<string, int> Of(EnumModel model) => Of(model.Members.Select(m => m.WireValue));

    /// <summary>The number of each wire value, as <see cref="Of(EnumModel)"/> assigns them.</summary>
    /// <param name="wireValues">The enum's documented wire values (duplicates count once).</param>
    /// <returns>Wire value → number, every number positive and distinct.</returns>
    public static IReadOnlyDictionary<string, int> Of(IEnumerable<string> wireValues)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var taken = new HashSet<int>();
        foreach (var wireValue in wireValues.Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal))
        {
            var number = Hash(wireValue);
            while (number == 0 || !taken.Add(number))
            {
                number = number == int.MaxValue ? 1 : number + 1;
            }

            numbers.Add(wireValue, number);
        }

        return numbers;
    }

    /// <summary>The 31-bit FNV-1a hash of <paramref name="wireValue"/>'s UTF-8 bytes (a member's number before any collision).</summary>
    /// <param name="wireValue">The wire value.</param>
    /// <returns>A number from 0 to <see cref="int.MaxValue"/>.</returns>
    public static int Hash(string wireValue)
    {
        var hash = FnvOffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(wireValue))
        {
            hash = unchecked((hash ^ b) * FnvPrime);
        }

        return (int)(hash & 0x7FFF_FFFF);
    }
}
