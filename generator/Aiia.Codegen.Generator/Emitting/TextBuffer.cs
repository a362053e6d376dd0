using System;
using System.Buffers;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// A growable run of characters in one array rented from the shared pool. A generated file of a large spec runs to
/// millions of characters: a <see cref="System.Text.StringBuilder"/> would hold them in thousands of small chunks that
/// every collection copies, and drop them all after <c>ToString</c>; here the array is reused by the next file.
/// </summary>
internal sealed class TextBuffer : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(16 * 1024);

    public int Length { get; private set; }

    public char this[int index] => _chars[index];

    public void Append(string text)
    {
        Reserve(text.Length);
        text.CopyTo(0, _chars, Length, text.Length);
        Length += text.Length;
    }

    public void Append(char c)
    {
        Reserve(1);
        _chars[Length++] = c;
    }

    public void Append(char c, int count)
    {
        Reserve(count);
        for (var i = 0; i < count; i++)
        {
            _chars[Length + i] = c;
        }

        Length += count;
    }

    /// <summary>Drops everything from <paramref name="length"/> on.</summary>
    public void Truncate(int length) => Length = Math.Min(Math.Max(length, 0), Length);

    public override string ToString() => new(_chars, 0, Length);

    public string ToString(int start, int length) => new(_chars, start, length);

    public int IndexOf(char c, int start) => Array.IndexOf(_chars, c, start, Length - start);

    public void Dispose()
    {
        var chars = _chars;
        _chars = Array.Empty<char>();
        Length = 0;
        if (chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private void Reserve(int count)
    {
        if (Length + count <= _chars.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + count));
        Array.Copy(_chars, larger, Length);
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
        }

        _chars = larger;
    }
}
