namespace Bosun.Cli.Tests.HelmTemplate;

/// <summary>
/// What one <c>helm template</c> run printed and returned; <paramref name="Files"/> is what it wrote to the
/// <c>--output-dir</c> folder (<see cref="ChartCase.DumpFiles"/>), empty for other cases.
/// </summary>
internal sealed record HelmResult(string StandardOutput, string StandardError, int ExitCode, string Files)
{
    private const string ErrorPrefix = "Error: ";

    /// <summary>The hint <c>helm template</c> appends to render errors; not part of the error itself.</summary>
    private const string DebugHint = "\n\nUse --debug flag to render out invalid YAML";

    /// <summary>
    /// helm's error message: stderr from the first line that starts with <c>Error: </c> to the end, without
    /// that prefix, without the <c>--debug</c> hint helm template appends, and without trailing line breaks.
    /// Log lines before it (helm 4's <c>level=…</c>, helm 3's <c>file.go:NN:</c> warnings) are not part of it.
    /// Empty when helm printed no error.
    /// </summary>
    public string ErrorMessage
    {
        get
        {
            string err = StandardError;
            int start = err.StartsWith(ErrorPrefix, StringComparison.Ordinal) ? 0 : err.IndexOf("\n" + ErrorPrefix, StringComparison.Ordinal) + 1;
            if (start == 0 && !err.StartsWith(ErrorPrefix, StringComparison.Ordinal))
            {
                return string.Empty;
            }

            string message = err[(start + ErrorPrefix.Length)..].TrimEnd('\n');
            return message.EndsWith(DebugHint, StringComparison.Ordinal) ? message[..^DebugHint.Length] : message;
        }
    }

    /// <summary>
    /// The rule bosun's stderr must satisfy for a failing case: every non-empty line of helm's
    /// <see cref="ErrorMessage"/>, trailing spaces trimmed, occurs verbatim in bosun's stderr, in the same
    /// order (each after the previous one). Bosun may add its own framing around them (a code, a location,
    /// a source excerpt), but not change helm's words. Returns the first line not found, or null.
    /// </summary>
    public string? FirstMissingErrorLine(string bosunStandardError)
    {
        int position = 0;
        foreach (string raw in ErrorMessage.Split('\n'))
        {
            string line = raw.TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            int found = bosunStandardError.IndexOf(line, position, StringComparison.Ordinal);
            if (found < 0)
            {
                return line;
            }

            position = found + line.Length;
        }

        return null;
    }
}
