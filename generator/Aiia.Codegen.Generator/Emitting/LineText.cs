using System.Globalization;
using System.Runtime.CompilerServices;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// Lets <c>writer.Line($"...{x}...")</c> write its pieces straight into the writer's buffer: no string per line (a large
/// spec emits about a million lines) and no format-string parsing. Numbers are written with the invariant culture, so the
/// output does not depend on the machine's.
/// </summary>
[InterpolatedStringHandler]
internal ref struct LineText
{
    private readonly SourceWriter _writer;

    public LineText(int literalLength, int formattedCount, SourceWriter writer)
    {
        _writer = writer;
        Start = writer.BeginLine();
    }

    /// <summary>Where the line's text begins in the writer's buffer.</summary>
    public int Start { get; }

    public readonly void AppendLiteral(string value) => _writer.Append(value);

    public readonly void AppendFormatted(string? value) => _writer.Append(value ?? string.Empty);

    public readonly void AppendFormatted(char value) => _writer.Append(value.ToString());

    public readonly void AppendFormatted(int value) => _writer.Append(value.ToString(CultureInfo.InvariantCulture));

    public readonly void AppendFormatted(object? value) =>
        _writer.Append(value is System.IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString() ?? string.Empty);
}
