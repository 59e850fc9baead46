using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bosun.Core.Diagnostics;

namespace Bosun.Cli.Output;

/// <summary>
/// Where a command's results go: data to stdout (text, or one JSON document with <c>--output json</c>),
/// diagnostics to stderr for people and, in JSON mode, as a JSON array on stdout.
/// </summary>
public sealed class CommandOutput
{
    private readonly IConsoleOutput _console;

    public CommandOutput(IConsoleOutput console, GlobalSettings settings)
    {
        _console = console;
        Settings = settings;
    }

    public GlobalSettings Settings { get; }

    public bool IsJson => Settings.Output == OutputFormat.Json;

    private bool Color => !Settings.NoColor && _console.ErrorSupportsColor;

    /// <summary>Writes data text to stdout as is.</summary>
    public void WriteData(string text) => _console.Out.Write(text);

    /// <summary>Writes a JSON document and a newline to stdout.</summary>
    public void WriteJson<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        _console.Out.Write(JsonSerializer.Serialize(value, typeInfo));
        _console.Out.Write('\n');
    }

    /// <summary>A message for people: stderr.</summary>
    public void WriteMessage(string line)
    {
        _console.Error.Write(line);
        _console.Error.Write('\n');
    }

    /// <summary>Reports diagnostics and returns the exit code they call for.</summary>
    public int Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _console.Error.Write(DiagnosticRenderer.Render(diagnostic, Color));
        }

        if (IsJson)
        {
            WriteJson(diagnostics.Select(DiagnosticJson.From).ToArray(), CliJsonContext.Output.DiagnosticJsonArray);
        }

        if (!diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return ExitCodes.Success;
        }

        return diagnostics.Any(d => d.Severity == Severity.Error && d.Descriptor.Transient)
            ? ExitCodes.Transient
            : ExitCodes.Diagnostics;
    }

    /// <summary>Reports a usage error (bad flags or arguments) and returns <see cref="ExitCodes.Usage"/>.</summary>
    public int ReportUsage(IEnumerable<string> messages, string helpCommand, int exitCode = ExitCodes.Usage)
    {
        var diagnostics = messages
            .Select(m => CoreErrors.Usage.Create(m).WithHint($"run '{helpCommand} --help' for usage"))
            .ToList();
        Report(diagnostics);
        return exitCode;
    }

    /// <summary>Reports a bug: the exception's type and message, the stack only with --debug.</summary>
    public int ReportInternalError(Exception exception)
    {
        _console.Error.Write(DiagnosticRenderer.RenderInternalError(exception, Settings.Debug, Color));
        if (IsJson)
        {
            var diagnostic = CoreErrors.InternalError.Create(exception.GetType().FullName, exception.Message);
            WriteJson([DiagnosticJson.From(diagnostic)], CliJsonContext.Output.DiagnosticJsonArray);
        }

        return ExitCodes.InternalError;
    }
}
