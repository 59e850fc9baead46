using System.CommandLine;
using Bosun.Core.Diagnostics;

namespace Bosun.Cli.Tests;

public class ProgramTests
{
    private static readonly DiagnosticDescriptor s_terminal = new(9, Severity.Error, "bad thing: {0}");
    private static readonly DiagnosticDescriptor s_transient = new(9, Severity.Error, "registry unreachable", transient: true);

    private static Action<Command, GlobalOptions> Throwing(Func<Exception> exception) => (root, _) =>
    {
        var command = new Command("boom");
        command.SetAction(new Func<ParseResult, int>(_ => throw exception()));
        root.Subcommands.Add(command);
    };

    [Fact]
    public void Run_UnexpectedException_IsInternalErrorWithoutStack()
    {
        var run = CliRunner.Run(["boom"], extend: Throwing(() => new InvalidOperationException("kaput")));

        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Equal(string.Empty, run.StandardOutput);
        Assert.Equal(
            "internal error BOSUN0001: System.InvalidOperationException: kaput\n" +
            "this is a bug in bosun; rerun with --debug for the stack trace\n",
            run.StandardError);
    }

    [Fact]
    public void Run_UnexpectedExceptionWithDebug_PrintsStack()
    {
        var run = CliRunner.Run(["boom", "--debug"], extend: Throwing(() => new InvalidOperationException("kaput")));

        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.StartsWith("internal error BOSUN0001: System.InvalidOperationException: kaput\nSystem.InvalidOperationException: kaput\n", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("   at ", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("rerun with --debug", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnexpectedExceptionAsJson_PrintsDiagnosticArray()
    {
        var run = CliRunner.Run(["boom", "--output", "json"], extend: Throwing(() => new InvalidOperationException("kaput")));

        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Equal(
            "[\n  {\n    \"code\": \"BOSUN0001\",\n    \"severity\": \"error\",\n" +
            "    \"message\": \"internal error: System.InvalidOperationException: kaput\",\n" +
            "    \"file\": null,\n    \"line\": null,\n    \"column\": null,\n    \"hint\": null\n  }\n]\n",
            run.StandardOutput);
        Assert.StartsWith("internal error BOSUN0001:", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BosunException_IsDiagnosticExit1()
    {
        var run = CliRunner.Run(["boom"], extend: Throwing(() => s_terminal.Create("x").WithHint("try y").ToException()));

        Assert.Equal(ExitCodes.Diagnostics, run.ExitCode);
        Assert.Equal("error BOSUN0009: bad thing: x\n  = hint: try y\n", run.StandardError);
        Assert.Equal(string.Empty, run.StandardOutput);
    }

    [Fact]
    public void Run_TransientDiagnostic_IsExit4()
    {
        var run = CliRunner.Run(["boom"], extend: Throwing(() => s_transient.Create().ToException()));

        Assert.Equal(ExitCodes.Transient, run.ExitCode);
    }

    [Fact]
    public void Run_CancelledOperation_IsInterrupted()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var run = CliRunner.Run(["boom"], extend: Throwing(() => new OperationCanceledException(cts.Token)), cancellationToken: cts.Token);

        Assert.Equal(ExitCodes.Interrupted, run.ExitCode);
        Assert.Equal("error BOSUN0005: interrupted\n", run.StandardError);
    }

    [Fact]
    public void Run_ColorTerminal_ColoursDiagnostics()
    {
        var run = CliRunner.Run(["boom"], color: true, extend: Throwing(() => s_terminal.Create("x").ToException()));

        Assert.Equal("\u001b[1;31merror\u001b[0m \u001b[1mBOSUN0009:\u001b[0m bad thing: x\n", run.StandardError);
    }

    [Fact]
    public void Run_NoColorFlag_DisablesColour()
    {
        var run = CliRunner.Run(["boom", "--no-color"], color: true, extend: Throwing(() => s_terminal.Create("x").ToException()));

        Assert.Equal("error BOSUN0009: bad thing: x\n", run.StandardError);
    }

    [Fact]
    public void Run_UsageError_IsExit2()
    {
        var run = CliRunner.Run(["secrets", "--bogus"]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("error BOSUN0002: ", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("= hint: run 'bosun secrets --help' for usage", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TemplateUsageError_IsHelmsExit1AndWording()
    {
        var run = CliRunner.Run(["template", "--bogus=1", "-q"]);

        Assert.Equal(ExitCodes.Diagnostics, run.ExitCode);
        Assert.Equal(
            "error BOSUN0002: unknown flag: --bogus\n  = hint: run 'bosun template --help' for usage\n"
            + "error BOSUN0002: unknown shorthand flag: 'q' in -q\n  = hint: run 'bosun template --help' for usage\n",
            run.StandardError.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ExitCodes_AreTheDocumentedTable()
    {
        Assert.Equal(
            [0, 1, 2, 3, 4, 70, 130],
            [ExitCodes.Success, ExitCodes.Diagnostics, ExitCodes.Usage, ExitCodes.DiffChanges, ExitCodes.Transient, ExitCodes.InternalError, ExitCodes.Interrupted]);
    }
}
