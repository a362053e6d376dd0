using System.Runtime.CompilerServices;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// Writes indented C# text with <c>\n</c> line endings, whatever the machine, so output is byte-identical everywhere.
/// </summary>
internal sealed class SourceWriter : System.IDisposable
{
    private readonly TextBuffer _text = new();
    private int _indent;
    private int _nestedIndent; // the indentation of the block that Nested writes into, added to every non-empty line

    /// <summary>Writes an interpolated line straight into the buffer (see <see cref="LineText"/>).</summary>
    public void Line([InterpolatedStringHandlerArgument("")] ref LineText text)
    {
        var start = text.Start;
        var end = _text.Length;
        if (end == start)
        {
            // Nothing was written: an empty line has no indentation.
            _text.Truncate(start - (_nestedIndent + _indent) * 4);
        }
        else if (_nestedIndent > 0 && _text.IndexOf('\n', start) >= 0)
        {
            // Rare: a value with its own line breaks inside a nested block is indented line by line.
            var written = _text.ToString(start, end - start);
            _text.Truncate(start - (_nestedIndent + _indent) * 4);
            AppendReindented(written);
        }

        _text.Append('\n');
    }

    /// <summary>Starts a line for <see cref="LineText"/>: writes the indentation and returns where the text begins.</summary>
    internal int BeginLine()
    {
        _text.Append(' ', (_nestedIndent + _indent) * 4);
        return _text.Length;
    }

    internal void Append(string value) => _text.Append(value);

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            if (_nestedIndent == 0 || text.IndexOf('\n') < 0)
            {
                _text.Append(' ', (_nestedIndent + _indent) * 4);
                _text.Append(text);
            }
            else
            {
                AppendReindented(text);
            }
        }

        _text.Append('\n');
    }

    /// <summary>
    /// Writes <paramref name="emit"/>'s text as the body of the block just opened, straight into this writer: the same
    /// text as writing it alone, dropping its trailing line breaks and indenting every non-empty line by the current
    /// indentation, without the copies (a string per line) that would take.
    /// </summary>
    public void Nested<TState>(TState state, System.Action<SourceWriter, TState> emit)
    {
        int indent = _indent;
        int nestedIndent = _nestedIndent;
        _nestedIndent += _indent;
        _indent = 0;
        int start = _text.Length;
        emit(this, state);
        int end = _text.Length;
        while (end > start && _text[end - 1] == '\n')
        {
            end--;
        }

        _text.Truncate(end);
        _text.Append('\n');
        _indent = indent;
        _nestedIndent = nestedIndent;
    }

    // A text with its own line breaks inside a nested block: its later lines get the block's indentation only, as the
    // line-by-line re-indentation always did.
    private void AppendReindented(string text)
    {
        var lines = (new string(' ', _indent * 4) + text).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                _text.Append('\n');
            }

            if (lines[i].Length > 0)
            {
                _text.Append(' ', _nestedIndent * 4);
                _text.Append(lines[i]);
            }
        }
    }

    public void Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
    }

    public void Open([InterpolatedStringHandlerArgument("")] ref LineText text)
    {
        Line(ref text);
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    /// <summary>Writes a <c>/// &lt;tag&gt;</c> comment, escaping XML and keeping the text's own lines.</summary>
    public void Doc(string tag, string text, string attributes = "")
    {
        var lines = CSharp.DocLines(text);
        if (lines.Length == 1)
        {
            Line($"/// <{tag}{attributes}>{lines[0]}</{tag}>");
            return;
        }

        Line($"/// <{tag}{attributes}>");
        foreach (var line in lines)
        {
            Line("/// " + line);
        }

        Line($"/// </{tag}>");
    }

    public override string ToString() => _text.ToString();

    /// <summary>Empties the writer for the next file, keeping its buffer.</summary>
    public void Clear()
    {
        _text.Truncate(0);
        _indent = 0;
        _nestedIndent = 0;
    }

    /// <summary>Returns the buffer to the pool; the writer is empty afterwards.</summary>
    public void Dispose() => _text.Dispose();
}
