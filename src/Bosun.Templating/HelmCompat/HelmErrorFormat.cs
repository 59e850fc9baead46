using System.Text;

namespace Bosun.Templating.HelmCompat;

/// <summary>
/// Helm's rewording of text/template errors (pkg/engine/engine.go), applied to the exact Go message
/// of a <see cref="TemplateException"/> so Bosun prints what helm prints after <c>Error: ...: </c>.
/// <list type="bullet">
/// <item>Parse errors (both versions): <c>parse error at (c/templates/x.yaml:3): unexpected "}" in operand</c>.</item>
/// <item>Execution errors whose message carries helm's <c>HELM_ERR_START…HELM_ERR_END</c> markers
/// (<c>fail</c>, <c>required</c>): <c>execution error at (c/templates/x.yaml:1:3): boom</c>.</item>
/// <item>Other execution errors: helm v3 prints Go's message unchanged; helm v4 turns the chain of
/// template errors into an indented trace (location, <c>executing "…" at &lt;…&gt;:</c>, message per
/// template), unless some link of the chain is not a template error, in which case it prints Go's
/// message unchanged too.</item>
/// </list>
/// </summary>
public static class HelmErrorFormat
{
    private const string WarnStart = "HELM_ERR_START";
    private const string WarnEnd = "HELM_ERR_END";
    private const string TemplatePrefix = "template: ";
    private const string ExecutingMarker = ": executing ";
    private const string ErrorCalling = "error calling ";

    /// <summary>helm's <c>cleanupParseError</c>: the location token and the last <c>": "</c>-separated part.</summary>
    public static string FormatParseError(string fileName, string goMessage)
    {
        string[] tokens = goMessage.Split(": ");
        if (tokens.Length == 1)
        {
            return $"parse error in ({fileName}): {goMessage}";
        }

        return $"parse error at ({tokens[1]}): {tokens[^1]}";
    }

    /// <summary>helm's <c>cleanupExecError</c> (v3) or <c>reformatExecErrorMsg</c> (v4) for an execution error.</summary>
    public static string FormatExecutionError(string fileName, string goMessage, int helmMajor)
    {
        string[] tokens = goMessage.Split(": ", 3);
        if (tokens.Length != 3)
        {
            return $"execution error in ({fileName}): {goMessage}";
        }

        if (TryFindWarning(tokens[2], out string warning))
        {
            return $"execution error at ({tokens[1]}): {warning}";
        }

        if (helmMajor < 4)
        {
            return goMessage;
        }

        return FormatTrace(goMessage) ?? goMessage;
    }

    /// <summary>Go's <c>HELM_ERR_START((?s).*)HELM_ERR_END</c>: the first start marker to the last end marker.</summary>
    private static bool TryFindWarning(string text, out string warning)
    {
        int start = text.IndexOf(WarnStart, StringComparison.Ordinal);
        if (start >= 0)
        {
            int from = start + WarnStart.Length;
            int end = text.LastIndexOf(WarnEnd, StringComparison.Ordinal);
            if (end >= from)
            {
                warning = text[from..end];
                return true;
            }
        }

        warning = string.Empty;
        return false;
    }

    /// <summary>
    /// Walks the error chain as helm's <c>errors.Unwrap</c> loop does. text/template wraps a failing
    /// function's error with <c>error calling NAME: %w</c> and nothing else, so the chain continues
    /// exactly after that prefix; any other message ends it. Null means "print Go's message".
    /// </summary>
    private static string? FormatTrace(string goMessage)
    {
        var traces = new List<Trace>();
        string? current = goMessage;
        while (current is not null)
        {
            if (!TryParse(current, out Trace trace, out string? wrapped))
            {
                return null;
            }

            if (traces.Count == 0 || traces[^1] != trace)
            {
                traces.Add(trace);
            }

            current = wrapped;
        }

        var builder = new StringBuilder();
        foreach (Trace trace in traces)
        {
            trace.AppendTo(builder);
        }

        return builder.ToString().Trim();
    }

    private static bool TryParse(string text, out Trace trace, out string? wrapped)
    {
        trace = default;
        wrapped = null;
        if (!text.StartsWith(TemplatePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        string remainder = text[TemplatePrefix.Length..];
        if (remainder.StartsWith("no template ", StringComparison.Ordinal))
        {
            trace = new Trace(string.Empty, text, string.Empty);
            return true;
        }

        if (TryParseExecuting(remainder, out trace, out string message))
        {
            wrapped = Unwrap(message);
            return true;
        }

        int separator = remainder.LastIndexOf(": ", StringComparison.Ordinal);
        if (separator < 0)
        {
            return false;
        }

        trace = new Trace(remainder[..separator], CutChained(remainder[(separator + 2)..]), string.Empty);
        return true;
    }

    /// <summary>The executing form <c>NAME: executing "FUNC" at &lt;LOC&gt;: MESSAGE</c>.</summary>
    private static bool TryParseExecuting(string remainder, out Trace trace, out string message)
    {
        trace = default;
        message = string.Empty;
        int index = remainder.IndexOf(ExecutingMarker, StringComparison.Ordinal);
        if (index < 0)
        {
            return false;
        }

        string templateName = remainder[..index];
        string after = remainder[(index + ExecutingMarker.Length)..];
        if (after.Length == 0 || after[0] != '"')
        {
            return false;
        }

        int endQuote = after.IndexOf('"', 1);
        if (endQuote < 0)
        {
            return false;
        }

        string functionName = after[1..endQuote];
        string afterFunction = after[(endQuote + 1)..];
        const string atPrefix = " at <";
        if (!afterFunction.StartsWith(atPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        string afterAt = afterFunction[atPrefix.Length..];
        int endLocation = afterAt.IndexOf(">: ", StringComparison.Ordinal);
        if (endLocation < 0)
        {
            return false;
        }

        message = afterAt[(endLocation + 3)..];
        trace = new Trace(
            templateName,
            CutChained(message),
            $"executing \"{functionName}\" at <{afterAt[..endLocation]}>:");
        return true;
    }

    /// <summary>The function error wrapped by <c>error calling NAME: %w</c>, or null at the end of the chain.</summary>
    private static string? Unwrap(string message)
    {
        if (!message.StartsWith(ErrorCalling, StringComparison.Ordinal))
        {
            return null;
        }

        int separator = message.IndexOf(": ", ErrorCalling.Length, StringComparison.Ordinal);
        return separator < 0 ? null : message[(separator + 2)..];
    }

    private static string CutChained(string message)
    {
        int cut = message.IndexOf(" template:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    private readonly record struct Trace(string Location, string Message, string ExecutedFunction)
    {
        public void AppendTo(StringBuilder builder)
        {
            if (Location.Length != 0)
            {
                builder.Append(Location).Append("\n  ");
            }

            if (ExecutedFunction.Length != 0)
            {
                builder.Append(ExecutedFunction).Append("\n    ");
            }

            if (Message.Length != 0)
            {
                builder.Append(Message).Append('\n');
            }
        }
    }
}
