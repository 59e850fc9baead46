using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>
/// helm's <c>CoalesceValues</c> and <c>MergeValues</c> (chart/common/util/coalesce.go in helm 4,
/// chartutil/coalesce.go in helm 3) over a chart tree: user values win over each chart's values.yaml,
/// tables merge recursively, every subchart's defaults are coalesced under its name, <c>global</c> is
/// copied down into each subchart, and a user <c>null</c> deletes a default. Warnings helm logs go to a
/// <see cref="HelmLog"/>. Inputs are not modified.
/// </summary>
public static partial class ValuesCoalescer
{
    /// <summary>The key holding values shared with every subchart.</summary>
    public const string GlobalKey = "global";

    /// <summary>
    /// helm v4's <c>CoalesceValues(chart, vals)</c> over the whole chart tree: the values templates see as
    /// <c>.Values</c> (type <c>common.Values</c>).
    /// </summary>
    public static GoMap Coalesce(Chart chart, GoMap userValues) => Coalesce(chart, userValues, helmMajor: 4, log: null);

    /// <summary>
    /// <c>CoalesceValues(chart, vals)</c> as helm <paramref name="helmMajor"/> does it; warnings are added to
    /// <paramref name="log"/>. Throws <see cref="Core.Diagnostics.BosunException"/> (BOSUN3155) when a
    /// subchart's values are not a map.
    /// </summary>
    public static GoMap Coalesce(Chart chart, GoMap userValues, int helmMajor, HelmLog? log) =>
        Run(chart, userValues, merge: false, helmMajor, log);

    /// <summary>helm's <c>MergeValues(chart, vals)</c>: as <see cref="Coalesce(Chart, GoMap, int, HelmLog?)"/> but nulls are kept.</summary>
    public static GoMap Merge(Chart chart, GoMap? values, int helmMajor, HelmLog? log) =>
        Run(chart, values ?? new GoMap(), merge: true, helmMajor, log);

    /// <summary>helm v4's CoalesceValues for a chart without dependencies (the chart's values.yaml and the user's values).</summary>
    public static GoMap Coalesce(GoMap chartValues, GoMap userValues)
    {
        var chart = new Chart(new ChartMetadata { Name = string.Empty, Version = string.Empty }, chartValues, [], []);
        return Coalesce(chart, userValues);
    }

    /// <summary>helm's <c>CoalesceTables(dst, src)</c>: fills <paramref name="dst"/> (modified) from <paramref name="src"/>, dst winning.</summary>
    public static GoMap CoalesceTables(GoMap dst, GoMap src, int helmMajor, HelmLog? log) =>
        new Coalescing(helmMajor, log).Tables(dst, src, string.Empty, merge: false);

    /// <summary>helm's <c>MergeTables(dst, src)</c>: as <see cref="CoalesceTables"/> but nulls in dst are kept.</summary>
    public static GoMap MergeTables(GoMap dst, GoMap src, int helmMajor, HelmLog? log) =>
        new Coalescing(helmMajor, log).Tables(dst, src, string.Empty, merge: true);

    /// <summary>A deep copy of maps and lists (copystructure.Copy); scalars are immutable and shared.</summary>
    public static GoMap DeepCopy(GoMap map)
    {
        var entries = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            entries[key] = DeepCopyValue(value);
        }

        return new GoMap(map.Type, entries) { IsNil = map.IsNil };
    }

    /// <summary>istable: only <c>map[string]interface {}</c> is a table to helm's type switches.</summary>
    internal static bool IsTable(object? value) => value is GoMap map && ValuesLoader.IsPlainMap(map);

    private static GoMap Run(Chart chart, GoMap values, bool merge, int helmMajor, HelmLog? log)
    {
        GoMap copy = DeepCopy(values);
        GoMap dest = new(GoType.MapOfInterface, copy.Entries);
        new Coalescing(helmMajor, log).Chart(chart, dest, string.Empty, merge);
        return new GoMap(GoType.CommonValues, dest.Entries);
    }

    private static object? DeepCopyValue(object? value) => value switch
    {
        GoMap m when m.GetType() == typeof(GoMap) => DeepCopy(m),
        GoList l when l.GetType() == typeof(GoList) => new GoList(l.Type, [.. l.Items.Select(DeepCopyValue)]) { IsNil = l.IsNil },
        _ => value,
    };

    private static string ConcatPrefix(string a, string b) => a.Length == 0 ? b : a + "." + b;
}
