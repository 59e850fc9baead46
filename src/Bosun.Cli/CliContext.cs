using Bosun.Cli.Output;

namespace Bosun.Cli;

/// <summary>What a CLI run may touch outside its arguments: the console, the working directory and cancellation.</summary>
public sealed record CliContext(IConsoleOutput Console, string WorkingDirectory)
{
    /// <summary>Cancelled on Ctrl-C; commands stop and bosun exits with <see cref="ExitCodes.Interrupted"/>.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>A path from the command line, resolved against <see cref="WorkingDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
