using System.Globalization;
using System.Text;
using Bosun.Core.Diagnostics;
using Bosun.Core.Text;

namespace Bosun.Cli.Output;

/// <summary>
/// Renders diagnostics for people, rustc-style: a one-line headline
/// (<c>file:line:col: error BOSUNnnnn: message</c>), the source line with carets under the span, the hint
/// and the related locations (include stack), each as <c>= MESSAGE at LOCATION</c>:
/// <code>
/// hello/templates/cm.yaml:4:12: error BOSUN2010: function "toYml" not defined
///    |
///  4 |   labels: {{ toYml .Values.labels }}
///    |              ^^^^^
///    = hint: did you mean "toYaml"?
///    = in include "hello.labels" called here at hello/templates/_helpers.tpl:3:4
/// </code>
/// </summary>
public static class DiagnosticRenderer
{
    /// <summary>At most this many related-location lines are printed.</summary>
    public const int MaxRelatedLines = 20;

    /// <summary>The diagnostic as text lines, each ending in "\n".</summary>
    public static string Render(Diagnostic diagnostic, bool color)
    {
        var ansi = new Ansi(color);
        var sb = new StringBuilder();
        sb.Append(Headline(diagnostic, ansi)).Append('\n');

        int gutter = 2;
        if (diagnostic.Location is { } location)
        {
            var (line, column) = location.File.GetLineColumn(location.Span.Start);
            if (line <= location.File.LineCount)
            {
                gutter = line.ToString(CultureInfo.InvariantCulture).Length + 1;
                AppendExcerpt(sb, location, line, column, gutter, ansi);
            }
        }

        string indent = new(' ', gutter);
        if (!string.IsNullOrEmpty(diagnostic.Hint))
        {
            sb.Append(indent).Append(ansi.Blue("=")).Append(' ').Append(ansi.Bold("hint:")).Append(' ')
                .Append(diagnostic.Hint).Append('\n');
        }

        AppendRelated(sb, diagnostic, indent, ansi);

        return sb.ToString();
    }

    /// <summary>The first line: <c>location: severity CODE: message</c> (the location is omitted when unknown).</summary>
    public static string Headline(Diagnostic diagnostic, bool color) => Headline(diagnostic, new Ansi(color));

    /// <summary>An internal error: <c>internal error BOSUN0001: TYPE: MESSAGE</c> and what to do about it.</summary>
    public static string RenderInternalError(Exception exception, bool debug, bool color)
    {
        var ansi = new Ansi(color);
        var sb = new StringBuilder();
        sb.Append(ansi.Red("internal error")).Append(' ').Append(ansi.Bold(CoreErrors.InternalError.Code + ":")).Append(' ')
            .Append(exception.GetType().FullName).Append(": ").Append(OneLine(exception.Message)).Append('\n');
        if (debug)
        {
            sb.Append(exception.ToString().ReplaceLineEndings("\n")).Append('\n');
        }
        else
        {
            sb.Append("this is a bug in bosun; rerun with --debug for the stack trace\n");
        }

        return sb.ToString();
    }

    private static string Headline(Diagnostic diagnostic, Ansi ansi)
    {
        var sb = new StringBuilder();
        if (diagnostic.Location is { } location)
        {
            sb.Append(ansi.Bold(location.ToString() + ":")).Append(' ');
        }
        else if (diagnostic.Subject is { } subject)
        {
            sb.Append(ansi.Bold(subject + ":")).Append(' ');
        }

        string severity = diagnostic.Severity switch
        {
            Severity.Error => ansi.Red("error"),
            Severity.Warning => ansi.Yellow("warning"),
            _ => ansi.Cyan("info"),
        };
        sb.Append(severity).Append(' ').Append(ansi.Bold(diagnostic.Code + ":")).Append(' ').Append(diagnostic.Message);
        return sb.ToString();
    }

    private static void AppendExcerpt(StringBuilder sb, SourceLocation location, int line, int column, int gutter, Ansi ansi)
    {
        string text = location.File.GetLineText(line);
        string number = line.ToString(CultureInfo.InvariantCulture);
        string blank = new(' ', gutter);
        sb.Append(ansi.Blue(blank + "|")).Append('\n');
        sb.Append(ansi.Blue(number.PadRight(gutter) + "|")).Append(' ').Append(text).Append('\n');

        int start = Math.Clamp(column - 1, 0, text.Length);
        int available = text.Length - start;
        int length = Math.Max(1, Math.Min(location.Span.Length, Math.Max(available, 1)));
        var padding = new StringBuilder(start);
        for (int i = 0; i < start; i++)
        {
            padding.Append(text[i] == '\t' ? '\t' : ' ');
        }

        sb.Append(ansi.Blue(blank + "|")).Append(' ').Append(padding).Append(ansi.Red(new string('^', length))).Append('\n');
    }

    /// <summary>
    /// The related locations, one per line; a run of identical frames (recursion) is printed once with
    /// its count, and at most <see cref="MaxRelatedLines"/> lines are printed.
    /// </summary>
    private static void AppendRelated(StringBuilder sb, Diagnostic diagnostic, string indent, Ansi ansi)
    {
        var related = diagnostic.Related;
        int lines = 0;
        for (int i = 0; i < related.Length;)
        {
            int run = 1;
            while (i + run < related.Length && related[i + run] == related[i])
            {
                run++;
            }

            if (lines == MaxRelatedLines)
            {
                sb.Append(indent).Append(ansi.Blue("=")).Append(" ... and ")
                    .Append((related.Length - i).ToString(CultureInfo.InvariantCulture)).Append(" more\n");
                return;
            }

            sb.Append(indent).Append(ansi.Blue("=")).Append(' ').Append(related[i].Message);
            if (related[i].Location is { } location)
            {
                sb.Append(" at ").Append(location.ToString());
            }

            if (run > 1)
            {
                sb.Append(" (").Append(run.ToString(CultureInfo.InvariantCulture)).Append(" times)");
            }

            sb.Append('\n');
            lines++;
            i += run;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
