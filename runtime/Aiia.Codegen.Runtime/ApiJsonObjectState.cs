using System.ComponentModel;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Where a generated converter is in reading one object: the listed property the reader is on, which properties were
/// seen (for the required check) and the unlisted properties kept so far. Created by
/// <see cref="ApiJsonProperties.ReadStart"/> and advanced by <see cref="ApiJsonProperties.Next"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct ApiJsonObjectState
{
    internal ApiUndocumentedProperties? _undocumented;
    internal ulong _seen;
    internal ulong[]? _seenBeyond64;

    /// <summary>The index of the listed property whose value the reader is on, or -1 between properties (an error
    /// there is not located at a property).</summary>
    public int Index { get; internal set; }

    /// <summary>The unlisted properties kept, or null when none arrived (or the object keeps none).</summary>
    public readonly ApiUndocumentedProperties? Undocumented => _undocumented;

    internal void MarkSeen(int index)
    {
        if (index < 64)
        {
            _seen |= 1UL << index;
            return;
        }

        // Objects of more than 64 properties are rare: a bit array, allocated on the first such property read.
        int word = (index - 64) >> 6;
        if (_seenBeyond64 is null || _seenBeyond64.Length <= word)
        {
            Array.Resize(ref _seenBeyond64, word + 1);
        }

        _seenBeyond64[word] |= 1UL << (index & 63);
    }

    internal readonly bool WasSeen(int index)
    {
        if (index < 64)
        {
            return (_seen & (1UL << index)) != 0;
        }

        int word = (index - 64) >> 6;
        return _seenBeyond64 is not null && word < _seenBeyond64.Length && (_seenBeyond64[word] & (1UL << (index & 63))) != 0;
    }
}
