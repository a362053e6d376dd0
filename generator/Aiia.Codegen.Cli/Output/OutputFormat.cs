namespace Aiia.Codegen.Cli.Output;

/// <summary>How a command reports: for people, or one JSON document for machines.</summary>
internal enum OutputFormat
{
    /// <summary>Lines in the compiler's style.</summary>
    Text,

    /// <summary>A single JSON document on stdout.</summary>
    Json,
}
