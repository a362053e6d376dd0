using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Aiia.Codegen.Diagnostics;

/// <summary>
/// A value-equal place in a spec file (a Roslyn <see cref="Location"/> is not cacheable data).
/// </summary>
public sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The start of a file, where problems of the file as a whole are shown when no text is at hand.</summary>
    public static LocationInfo FileStart(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)));

    /// <summary>The Roslyn location for reporting.</summary>
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>One-based line of the start, as <c>dotnet build</c> prints it.</summary>
    public int Line => LineSpan.Start.Line + 1;

    /// <summary>One-based column of the start, as <c>dotnet build</c> prints it.</summary>
    public int Column => LineSpan.Start.Character + 1;
}
