namespace Bosun.Cli.Output;

/// <summary>
/// The only way bosun writes to a terminal. The real console in <see cref="SystemConsoleOutput"/>;
/// tests pass string writers and assert stdout, stderr and the exit code exactly.
/// </summary>
public interface IConsoleOutput
{
    /// <summary>Standard output: data (manifests, JSON).</summary>
    TextWriter Out { get; }

    /// <summary>Standard error: diagnostics and messages for people.</summary>
    TextWriter Error { get; }

    /// <summary>True when standard error is a terminal that should get ANSI colours.</summary>
    bool ErrorSupportsColor { get; }
}
