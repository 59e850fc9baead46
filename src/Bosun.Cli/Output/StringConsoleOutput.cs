namespace Bosun.Cli.Output;

/// <summary>A console that records what was written, for in-process runs (tests, benchmarks).</summary>
public sealed class StringConsoleOutput : IConsoleOutput
{
    private readonly StringWriter _out = new() { NewLine = "\n" };
    private readonly StringWriter _error = new() { NewLine = "\n" };

    public TextWriter Out => _out;

    public TextWriter Error => _error;

    public bool ErrorSupportsColor { get; init; }

    /// <summary>Everything written to standard output.</summary>
    public string StandardOutput => _out.ToString();

    /// <summary>Everything written to standard error.</summary>
    public string StandardError => _error.ToString();
}
