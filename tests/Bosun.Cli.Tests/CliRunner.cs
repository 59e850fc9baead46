using System.CommandLine;
using Bosun.Cli.Output;

namespace Bosun.Cli.Tests;

/// <summary>Runs bosun in-process and captures what it printed.</summary>
internal static class CliRunner
{
    public static CliRun Run(
        IReadOnlyList<string> args,
        string? workingDirectory = null,
        bool color = false,
        Action<Command, GlobalOptions>? extend = null,
        CancellationToken cancellationToken = default)
    {
        var console = new StringConsoleOutput { ErrorSupportsColor = color };
        var context = new CliContext(console, workingDirectory ?? Environment.CurrentDirectory)
        {
            CancellationToken = cancellationToken,
        };
        int exitCode = Program.Run(args, context, extend);
        return new CliRun(exitCode, console.StandardOutput, console.StandardError);
    }
}

/// <summary>The result of an in-process run.</summary>
internal sealed record CliRun(int ExitCode, string StandardOutput, string StandardError);
