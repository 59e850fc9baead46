using System.Globalization;
using System.Text;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>
/// Collects the warnings helm writes to stderr while processing values, as the exact lines helm prints:
/// helm 4 routes both <c>log.Printf</c> (level INFO) and <c>slog.Warn</c> through slog's text handler
/// (<c>level=WARN msg="returned non-bool value" path=a.b chart=sub</c>); helm 3 uses the standard logger
/// with the <c>file.go:line: </c> prefix. Library code never prints: callers decide where the lines go.
/// </summary>
public sealed class HelmLog
{
    private readonly List<string> _lines = [];

    /// <summary>Creates a log for helm's major version 3 or 4.</summary>
    public HelmLog(int helmMajor)
    {
        HelmMajor = helmMajor;
    }

    /// <summary>The helm major version whose wording and format the lines follow.</summary>
    public int HelmMajor { get; }

    /// <summary>The lines in the order helm would print them (without trailing newlines).</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>A log.Printf call at <paramref name="goFile"/>:<paramref name="goLine"/> in helm 3's sources.</summary>
    internal void Printf(string goFile, int goLine, string message) =>
        _lines.Add(HelmMajor >= 4 ? "level=INFO msg=" + SlogValue(message) : $"{goFile}:{goLine.ToString(CultureInfo.InvariantCulture)}: {message}");

    /// <summary>helm 4's slog.Warn with attributes, or helm 3's log.Printf line for the same event.</summary>
    internal void Warn(string message, (string Key, string Value)[] attributes, string goFile, int goLine, string helm3Message)
    {
        if (HelmMajor < 4)
        {
            _lines.Add($"{goFile}:{goLine.ToString(CultureInfo.InvariantCulture)}: {helm3Message}");
            return;
        }

        var sb = new StringBuilder("level=WARN msg=").Append(SlogValue(message));
        foreach (var (key, value) in attributes)
        {
            sb.Append(' ').Append(key).Append('=').Append(SlogValue(value));
        }

        _lines.Add(sb.ToString());
    }

    /// <summary>helm 4's <c>Logger().Error(message, slog.Any("error", err))</c>.</summary>
    internal void Error(string message, string error) =>
        _lines.Add("level=ERROR msg=" + SlogValue(message) + " error=" + SlogValue(error));

    /// <summary>slog's TextHandler quoting: strconv.Quote when empty or holding a space, '=', '"' or an unprintable rune.</summary>
    internal static string SlogValue(string value)
    {
        bool quote = value.Length == 0;
        for (int i = 0; i < value.Length && !quote; i++)
        {
            char c = value[i];
            quote = c is '=' or '"' || char.IsWhiteSpace(c) || char.IsControl(c)
                || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse;
        }

        return quote ? GoStrconv.Quote(value) : value;
    }
}
