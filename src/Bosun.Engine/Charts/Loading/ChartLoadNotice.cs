using System.Text;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts.Loading;

/// <summary>
/// A line helm logs to stderr while loading a chart (not an error): a followed symbolic link (absolute link path
/// and target, as helm prints them) or deprecated requirements files in an apiVersion v2 chart.
/// </summary>
public sealed record ChartLoadNotice(ChartLoadNoticeKind Kind, string Path = "", string Resolved = "")
{
    private const string RequirementsWarning =
        "Warning: Dependencies are handled in Chart.yaml since apiVersion \"v2\". We recommend migrating dependencies to Chart.yaml.";

    private const string LockWarning =
        "Warning: Dependency locking is handled in Chart.lock since apiVersion \"v2\". We recommend migrating to Chart.lock.";

    private const string SymlinkMessage = "found symbolic link in path. Contents of linked file included and used";

    /// <summary>The stderr line exactly as helm writes it: helm 4's slog text (<c>level=INFO msg=...</c>) or helm 3's log.Printf.</summary>
    public string Format(int helmMajor) => (Kind, helmMajor >= 4) switch
    {
        (ChartLoadNoticeKind.SymlinkFollowed, true) => $"level=INFO msg={SlogValue(SymlinkMessage)} path={SlogValue(Path)} resolved={SlogValue(Resolved)}",
        (ChartLoadNoticeKind.SymlinkFollowed, false) => $"walk.go:75: found symbolic link in path: {Path} resolves to {Resolved}. Contents of linked file included and used",
        (ChartLoadNoticeKind.RequirementsInV2, true) => "level=INFO msg=" + SlogValue(RequirementsWarning),
        (ChartLoadNoticeKind.RequirementsInV2, false) => "load.go:120: " + RequirementsWarning,
        (ChartLoadNoticeKind.RequirementsLockInV2, true) => "level=INFO msg=" + SlogValue(LockWarning),
        _ => "load.go:138: " + LockWarning,
    };

    /// <summary>slog's TextHandler: a value is quoted (strconv.Quote) when empty or holding spaces, '=', '"' or unprintables.</summary>
    private static string SlogValue(string value)
    {
        bool quote = value.Length == 0;
        foreach (Rune rune in value.EnumerateRunes())
        {
            if (rune.Value is ' ' or '=' or '"' || rune.Value < 0x21 || rune.Value == 0x7F || Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                quote = true;
                break;
            }
        }

        return quote ? GoStrconv.Quote(value) : value;
    }
}
