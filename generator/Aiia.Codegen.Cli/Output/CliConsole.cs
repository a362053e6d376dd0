namespace Aiia.Codegen.Cli.Output;

/// <summary>
/// Where a command writes, and whether it may decorate what it writes. Colour and progress appear only when
/// stdout is the real console, the console is not redirected, and <c>NO_COLOR</c> is not set: never in a pipe,
/// a file, a CI log or a test's <see cref="StringWriter"/>.
/// </summary>
internal sealed class CliConsole
{
    private int _progressLength;

    private CliConsole(TextWriter output, TextWriter error, bool isTerminal, bool useColor)
    {
        Out = output;
        Error = error;
        IsTerminal = isTerminal;
        UseColor = useColor;
    }

    /// <summary>Results: diagnostics, findings, reports (text or JSON).</summary>
    public TextWriter Out { get; }

    /// <summary>Problems running the command itself (an unreadable file, a failed write).</summary>
    public TextWriter Error { get; }

    /// <summary>Whether stdout is an interactive console (progress may be shown).</summary>
    public bool IsTerminal { get; }

    /// <summary>Whether ANSI colour may be written to <see cref="Out"/>.</summary>
    public bool UseColor { get; }

    /// <summary>Decides from the writers given and the process's console and environment.</summary>
    public static CliConsole Create(TextWriter output, TextWriter error)
    {
        var isTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            || string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        return new CliConsole(output, error, isTerminal, isTerminal && !noColor);
    }

    /// <summary>For tests: explicit writers and decisions.</summary>
    public static CliConsole ForTesting(TextWriter output, TextWriter error, bool isTerminal, bool useColor) =>
        new(output, error, isTerminal, useColor);

    /// <summary>Wraps <paramref name="text"/> in an ANSI style when colour is on.</summary>
    public string Style(string text, AnsiStyle style) => UseColor && style != AnsiStyle.None
        ? "\u001b[" + Code(style) + "m" + text + "\u001b[0m"
        : text;

    /// <summary>Shows a transient status line on the console (nothing when not a terminal).</summary>
    public void Progress(string message)
    {
        if (IsTerminal)
        {
            ClearProgress();
            Out.Write(Style(message, AnsiStyle.Dim));
            Out.Flush();
            _progressLength = message.Length;
        }
    }

    /// <summary>Removes the status line written by <see cref="Progress"/> (blanks, not escape codes, so NO_COLOR holds).</summary>
    public void ClearProgress()
    {
        if (IsTerminal && _progressLength > 0)
        {
            Out.Write("\r" + new string(' ', _progressLength) + "\r");
            _progressLength = 0;
        }
    }

    private static string Code(AnsiStyle style) => style switch
    {
        AnsiStyle.Red => "31",
        AnsiStyle.Yellow => "33",
        AnsiStyle.Green => "32",
        AnsiStyle.Magenta => "35",
        AnsiStyle.Cyan => "36",
        AnsiStyle.Bold => "1",
        AnsiStyle.Dim => "2",
        _ => "0",
    };
}

/// <summary>The few ANSI styles the CLI uses.</summary>
internal enum AnsiStyle
{
    /// <summary>Plain text.</summary>
    None,

    /// <summary>Errors and breaking changes.</summary>
    Red,

    /// <summary>Warnings.</summary>
    Yellow,

    /// <summary>Success and additive changes.</summary>
    Green,

    /// <summary>Cross-check disagreements.</summary>
    Magenta,

    /// <summary>Paths.</summary>
    Cyan,

    /// <summary>Summaries.</summary>
    Bold,

    /// <summary>Progress.</summary>
    Dim,
}
