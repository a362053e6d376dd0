using System.ComponentModel;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Which of a generated record's optional nullable properties were set (to <c>null</c> too) or arrived, by their
/// position among those properties: such a property is written when it was set, so that <c>null</c> can be sent
/// (in a PATCH, "clear it") and a <c>null</c> read is written back, while one never set is left out.
/// </summary>
/// <remarks>
/// Immutable, with value equality, so that two records that would be written differently are not equal. Held by the
/// record in a field that each such property's <c>init</c> accessor updates (a <c>with</c> copies it).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ApiPresence : IEquatable<ApiPresence>
{
    private readonly ulong _first;

    // Bits from 64 on, for records with more than 64 such properties: never changed once created, as a `with` copy
    // shares it.
    private readonly ulong[]? _beyond64;

    private ApiPresence(ulong first, ulong[]? beyond64)
    {
        _first = first;
        _beyond64 = beyond64;
    }

    /// <summary>Whether property <paramref name="bit"/> was set.</summary>
    /// <param name="bit">The property's position among the record's optional nullable properties.</param>
    /// <returns>True when it was set or arrived, null included.</returns>
    public bool Has(int bit)
    {
        if (bit < 64)
        {
            return (_first & (1UL << bit)) != 0;
        }

        int word = (bit - 64) >> 6;
        return _beyond64 is not null && word < _beyond64.Length && (_beyond64[word] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>This set with property <paramref name="bit"/> added.</summary>
    /// <param name="bit">The property's position among the record's optional nullable properties.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bit"/> is negative.</exception>
    public ApiPresence With(int bit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bit);
        if (bit < 64)
        {
            return new ApiPresence(_first | (1UL << bit), _beyond64);
        }

        int word = (bit - 64) >> 6;
        var beyond64 = new ulong[Math.Max(word + 1, _beyond64?.Length ?? 0)];
        _beyond64?.CopyTo(beyond64, 0);
        beyond64[word] |= 1UL << (bit & 63);
        return new ApiPresence(_first, beyond64);
    }

    /// <inheritdoc />
    public bool Equals(ApiPresence other)
    {
        if (_first != other._first)
        {
            return false;
        }

        // A missing word is a zero one.
        int length = Math.Max(_beyond64?.Length ?? 0, other._beyond64?.Length ?? 0);
        for (int i = 0; i < length; i++)
        {
            if (WordBeyond64(i) != other.WordBeyond64(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ApiPresence other && Equals(other);

    /// <summary>A hash of the first 64 bits (equal sets have equal bits, so this agrees with <see cref="Equals(ApiPresence)"/>).</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => _first.GetHashCode();

    /// <summary>Whether two sets hold the same properties.</summary>
    /// <param name="left">One set.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(ApiPresence left, ApiPresence right) => left.Equals(right);

    /// <summary>Whether two sets differ.</summary>
    /// <param name="left">One set.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when they are not equal.</returns>
    public static bool operator !=(ApiPresence left, ApiPresence right) => !left.Equals(right);

    private ulong WordBeyond64(int index) => _beyond64 is not null && index < _beyond64.Length ? _beyond64[index] : 0;
}
