using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>The steps of helm's coalesce.go, in its order and with its sharing of maps.</summary>
public static partial class ValuesCoalescer
{
    private sealed class Coalescing(int helmMajor, HelmLog? log)
    {
        /// <summary>coalesce: the chart's own values, then its dependencies.</summary>
        public GoMap Chart(Chart chart, GoMap dest, string prefix, bool merge)
        {
            Values(chart, dest, prefix, merge);
            return Dependencies(chart, dest, prefix, merge);
        }

        /// <summary>coalesceDeps.</summary>
        private GoMap Dependencies(Chart chart, GoMap dest, string prefix, bool merge)
        {
            foreach (Chart subchart in chart.Dependencies)
            {
                GoMap subValues;
                if (!dest.TryGetValue(subchart.Name, out object? current))
                {
                    subValues = new GoMap();
                    dest[subchart.Name] = subValues;
                }
                else if (AsTable(current) is { } table)
                {
                    subValues = table;
                }
                else
                {
                    throw ChartErrors.SubchartValuesNotTable.Create(subchart.Name, GoFormat.Sprintf("%t", current)).ToException();
                }

                string subPrefix = ConcatPrefix(prefix, chart.Name);
                Globals(subValues, dest, subPrefix);
                dest[subchart.Name] = Chart(subchart, subValues, subPrefix, merge);
            }

            return dest;
        }

        /// <summary>coalesceGlobals: copies the globals of <paramref name="src"/> into <paramref name="dest"/>.</summary>
        private void Globals(GoMap dest, GoMap src, string prefix)
        {
            GoMap destGlobals;
            if (!dest.TryGetValue(GlobalKey, out object? dg))
            {
                destGlobals = new GoMap();
            }
            else if (AsTable(dg) is { } dgTable)
            {
                destGlobals = dgTable;
            }
            else
            {
                Printf(138, $"warning: skipping globals because destination {GlobalKey} is not a table.");
                return;
            }

            GoMap srcGlobals;
            if (!src.TryGetValue(GlobalKey, out object? sg))
            {
                srcGlobals = new GoMap();
            }
            else if (AsTable(sg) is { } sgTable)
            {
                srcGlobals = sgTable;
            }
            else
            {
                Printf(145, $"warning: skipping globals because source {GlobalKey} is not a table.");
                return;
            }

            foreach (var (key, value) in srcGlobals.Entries.ToArray())
            {
                if (AsTable(value) is { } valueTable)
                {
                    var copy = new GoMap(GoType.MapOfInterface, new Dictionary<string, object?>(valueTable.Entries, StringComparer.Ordinal));
                    if (!destGlobals.TryGetValue(key, out object? destValue))
                    {
                        destGlobals[key] = copy;
                    }
                    else if (AsTable(destValue) is { } destTable)
                    {
                        Tables(copy, destTable, ConcatPrefix(prefix, key), merge: true);
                        destGlobals[key] = copy;
                    }
                    else
                    {
                        Printf(161, $"Conflict: cannot merge map onto non-map for {GoStrconv.Quote(key)}. Skipping.");
                    }
                }
                else if (destGlobals.TryGetValue(key, out object? existing) && IsTable(existing))
                {
                    Printf(175, $"key {key} is table. Skipping");
                }
                else
                {
                    destGlobals[key] = value;
                }
            }

            dest[GlobalKey] = destGlobals;
        }

        /// <summary>coalesceValues: the chart's values.yaml under the values in <paramref name="v"/>.</summary>
        private void Values(Chart chart, GoMap v, string prefix, bool merge)
        {
            string subPrefix = ConcatPrefix(prefix, chart.Name);
            GoMap defaults = DeepCopy(chart.Values);
            foreach (var (key, value) in defaults)
            {
                if (v.TryGetValue(key, out object? userValue))
                {
                    if (userValue is null && !merge)
                    {
                        v.Entries.Remove(key);
                    }
                    else if (AsTable(userValue) is { } userTable)
                    {
                        if (AsTable(value) is { } defaultTable)
                        {
                            bool childMerge = merge || chart.Dependencies.Any(d => d.Name == key);
                            Tables(userTable, defaultTable, ConcatPrefix(subPrefix, key), childMerge);
                        }
                        else if (value is not null)
                        {
                            Printf(237, $"warning: skipped value for {subPrefix}.{key}: Not a table.");
                        }
                    }
                }
                else
                {
                    v[key] = value;
                }
            }
        }

        /// <summary>coalesceTablesFullKey: fills dst from src, dst winning (helm 4 and helm 3 differ on nulls).</summary>
        public GoMap Tables(GoMap dst, GoMap src, string prefix, bool merge)
        {
            HashSet<string>? srcOriginalNonNil = null;
            if (helmMajor >= 4)
            {
                srcOriginalNonNil = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (key, value) in src)
                {
                    if (value is not null)
                    {
                        srcOriginalNonNil.Add(key);
                    }
                }

                foreach (var (key, value) in dst)
                {
                    if (value is null)
                    {
                        src[key] = null;
                    }
                }
            }

            foreach (var (key, value) in src.Entries.ToArray())
            {
                string fullKey = ConcatPrefix(prefix, key);
                bool present = dst.TryGetValue(key, out object? dv);
                if (present && !merge && dv is null && (srcOriginalNonNil is null || srcOriginalNonNil.Contains(key)))
                {
                    dst.Entries.Remove(key);
                }
                else if (!present)
                {
                    dst[key] = value;
                }
                else if (AsTable(value) is { } srcTable)
                {
                    if (AsTable(dv) is { } dstTable)
                    {
                        Tables(dstTable, srcTable, fullKey, merge);
                    }
                    else
                    {
                        Printf(298, $"warning: cannot overwrite table with non table for {fullKey} ({GoFormat.Sprintf("%v", value)})");
                    }
                }
                else if (IsTable(dv) && value is not null)
                {
                    Printf(301, $"warning: destination for {fullKey} is a table. Ignoring non-table value ({GoFormat.Sprintf("%v", value)})");
                }
            }

            return dst;
        }

        private static GoMap? AsTable(object? value) => value is GoMap map && ValuesLoader.IsPlainMap(map) ? map : null;

        private void Printf(int helm3Line, string message) => log?.Printf("coalesce.go", helm3Line, message);
    }
}
