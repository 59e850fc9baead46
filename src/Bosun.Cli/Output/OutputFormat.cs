namespace Bosun.Cli.Output;

/// <summary>The value of <c>--output</c>.</summary>
public enum OutputFormat
{
    /// <summary>Human-readable text: data on stdout, diagnostics on stderr.</summary>
    Text,

    /// <summary>One JSON document on stdout (the result, or the diagnostics array); people's text on stderr.</summary>
    Json,
}
