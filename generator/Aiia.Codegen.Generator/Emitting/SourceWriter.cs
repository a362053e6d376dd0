using System.Text;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// Writes indented C# text with <c>\n</c> line endings, whatever the machine, so output is byte-identical everywhere.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
    }

    public void Open(string text)
    {
        Line(text);
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

    public override string ToString() => _builder.ToString();
}
