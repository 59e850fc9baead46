using Bosun.Cli.Output;

namespace Bosun.Cli;

/// <summary>The parsed values of <see cref="GlobalOptions"/>.</summary>
public sealed record GlobalSettings(bool Debug, OutputFormat Output, bool NoColor)
{
    public static GlobalSettings Default { get; } = new(false, OutputFormat.Text, false);
}
