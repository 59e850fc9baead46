using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>
/// helm's <c>CoalesceValues</c> for a chart without dependencies: user-supplied values win over the
/// chart's values.yaml, tables merge recursively, and a user <c>null</c> deletes a default
/// (chart/common/util/coalesce.go). Inputs are not modified.
/// </summary>
public static class ValuesCoalescer
{
    /// <summary>
    /// helm's <c>CoalesceValues(chart, vals)</c> over the whole chart tree: the root's values with every
    /// subchart's defaults coalesced under its name and <c>global</c> propagated.
    /// </summary>
    public static GoMap Coalesce(Chart chart, GoMap userValues) =>
        Coalesce(chart.Values, userValues); // CONTRACT STUB: the values helper extends this to subcharts.

    /// <summary>The values templates see as <c>.Values</c> (type <c>common.Values</c>).</summary>
    public static GoMap Coalesce(GoMap chartValues, GoMap userValues)
    {
        GoMap dest = DeepCopy(userValues);
        GoMap defaults = DeepCopy(chartValues);
        foreach (var (key, value) in defaults)
        {
            if (dest.TryGetValue(key, out object? userValue))
            {
                if (userValue is null)
                {
                    dest.Entries.Remove(key);
                }
                else if (userValue is GoMap destTable && IsTable(destTable) && value is GoMap srcTable && IsTable(srcTable))
                {
                    CoalesceTables(destTable, srcTable);
                }
            }
            else
            {
                dest[key] = value;
            }
        }

        return new GoMap(GoType.CommonValues, dest.Entries);
    }

    /// <summary>coalesceTablesFullKey with merge=false: fills <paramref name="dst"/> from <paramref name="src"/>.</summary>
    private static void CoalesceTables(GoMap dst, GoMap src)
    {
        var srcOriginalNonNil = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in src)
        {
            if (value is not null)
            {
                srcOriginalNonNil.Add(key);
            }
        }

        foreach (var (key, value) in dst.Entries.ToArray())
        {
            if (value is null)
            {
                src[key] = null;
            }
        }

        foreach (var (key, value) in src.Entries.ToArray())
        {
            bool present = dst.TryGetValue(key, out object? dv);
            if (present && dv is null && srcOriginalNonNil.Contains(key))
            {
                dst.Entries.Remove(key);
            }
            else if (!present)
            {
                dst[key] = value;
            }
            else if (value is GoMap srcTable && IsTable(srcTable))
            {
                if (dv is GoMap dstTable && IsTable(dstTable))
                {
                    CoalesceTables(dstTable, srcTable);
                }

                // helm warns "cannot overwrite table with non table" and keeps the user value.
            }

            // helm warns when a table default meets a non-table user value and keeps the user value.
        }
    }

    /// <summary>A deep copy of maps and lists (copystructure.Copy); scalars are immutable and shared.</summary>
    public static GoMap DeepCopy(GoMap map)
    {
        var entries = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            entries[key] = DeepCopyValue(value);
        }

        return new GoMap(map.Type, entries);
    }

    private static object? DeepCopyValue(object? value) => value switch
    {
        GoMap m when m.GetType() == typeof(GoMap) => DeepCopy(m),
        GoList l when l.GetType() == typeof(GoList) => new GoList(l.Type, [.. l.Items.Select(DeepCopyValue)]) { IsNil = l.IsNil },
        _ => value,
    };

    private static bool IsTable(GoMap map) => ValuesLoader.IsPlainMap(map);
}
