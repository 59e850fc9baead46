using System.CommandLine;
using System.Runtime.InteropServices;
using System.CommandLine.Help;
using Bosun.Cli.Commands;
using Bosun.Cli.Output;
using Bosun.Core.Diagnostics;

namespace Bosun.Cli;

/// <summary>
/// The entry point and the one place that decides how failures end (style.md D3): a
/// <see cref="BosunException"/> is a user-facing diagnostic (exit 1, or 4 when transient); a usage error
/// exits 2; Ctrl-C exits 130; anything else is a bug, reported as <c>internal error BOSUN0001</c> with exit 70
/// and the stack trace only under <c>--debug</c>.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        // SIGINT through PosixSignalRegistration rather than Console.CancelKeyPress, which initialises the
        // terminal (~2 ms of every cold start) just to deliver the same signal.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
        {
            signal.Cancel = true;
            cancellation.Cancel();
        });

        var context = new CliContext(SystemConsoleOutput.Instance, Environment.CurrentDirectory)
        {
            CancellationToken = cancellation.Token,
        };
        return Run(args, context);
    }

    /// <summary>Runs bosun in-process with the given console and working directory; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, CliContext context) => Run(args, context, extend: null);

    /// <summary>As <see cref="Run(IReadOnlyList{string}, CliContext)"/>; <paramref name="extend"/> may add commands (tests use it to inject failures).</summary>
    internal static int Run(IReadOnlyList<string> args, CliContext context, Action<Command, GlobalOptions>? extend)
    {
        var globals = new GlobalOptions();
        var root = BosunRootCommand.Create(context, globals, args);
        extend?.Invoke(root, globals);
        ParseResult parse = root.Parse(args);
        var output = new CommandOutput(context.Console, globals.Read(parse));

        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            string command = CommandPath(parse);
            if (HelmUsageErrors.Applies(parse.CommandResult.Command.Name))
            {
                // A drop-in for helm: cobra's wording and helm's exit status.
                return output.ReportUsage(parse.Errors.Select(e => HelmUsageErrors.Translate(OneLine(e.Message), command)), command, ExitCodes.Diagnostics);
            }

            return output.ReportUsage(parse.Errors.Select(e => OneLine(e.Message)), command);
        }

        // Go grows goroutine stacks to 1 GB, and helm's limits (1000 nested includes, 100000 nested
        // templates) assume that much; a command runs on a thread whose stack is large enough for them.
        int exitCode = ExitCodes.InternalError;
        var thread = new Thread(() => exitCode = Invoke(parse, context, output), CommandStackSize) { Name = "bosun-command" };
        thread.Start();
        thread.Join();
        return exitCode;
    }

    /// <summary>Stack size of the thread a command runs on (reserved, committed only as used).</summary>
    public const int CommandStackSize = 256 * 1024 * 1024;

    private static int Invoke(ParseResult parse, CliContext context, CommandOutput output)
    {
        try
        {
            var configuration = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = context.Console.Out,
                Error = context.Console.Error,
            };
            return parse.Invoke(configuration);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            output.Report([CoreErrors.Interrupted.Create()]);
            return ExitCodes.Interrupted;
        }
        catch (BosunException ex)
        {
            return output.Report([ex.Diagnostic]);
        }
        catch (Exception ex)
        {
            return output.ReportInternalError(ex);
        }
    }

    /// <summary>System.CommandLine lists allowed values on indented lines; a diagnostic headline is one line.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
