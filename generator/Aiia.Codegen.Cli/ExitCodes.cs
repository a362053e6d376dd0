namespace Aiia.Codegen.Cli;

/// <summary>What <c>aiia-codegen</c> returns to the shell.</summary>
internal static class ExitCodes
{
    /// <summary>Done, and nothing is wrong (warnings alone do not fail).</summary>
    public const int Success = 0;

    /// <summary>An error: a diagnostic of severity error, a cross-check disagreement, an invalid example, an unreadable file or bad arguments.</summary>
    public const int Error = 1;

    /// <summary><c>diff</c> only: the new spec breaks clients of the old one.</summary>
    public const int BreakingChanges = 2;

    /// <summary>The command was cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
