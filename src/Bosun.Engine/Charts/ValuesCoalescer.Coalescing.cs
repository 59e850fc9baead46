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
                if (!dest.TryGetValue(subchart.Name, out object? current))
                {
                    dest[subchart.Name] = new GoMap();
                }
                else if (!IsTable(current))
                {
                    throw ChartErrors.SubchartValuesNotTable.Create(subchart.Name, GoFormat.Sprintf("%t", current)).ToException();
                }

                var subValues = (GoMap)dest[subchart.Name]!;
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
            else if (IsTable(dg))
            {
                destGlobals = (GoMap)dg!;
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
            else if (IsTable(sg))
            {
                srcGlobals = (GoMap)sg!;
            }
            else
            {
                Printf(145, $"warning: skipping globals because source {GlobalKey} is not a table.");
                return;
            }

            foreach (var (key, value) in srcGlobals.Entries.ToArray())
            {
                if (IsTable(value))
                {
                    var copy = new GoMap(GoType.MapOfInterface, new Dictionary<string, object?>(((GoMap)value!).Entries, StringComparer.Ordinal));
                    if (!destGlobals.TryGetValue(key, out object? destValue))
                    {
                        destGlobals[key] = copy;
                    }
                    else if (!IsTable(destValue))
                    {
                        Printf(161, $"Conflict: cannot merge map onto non-map for {GoStrconv.Quote(key)}. Skipping.");
                    }
                    else
                    {
                        Tables(copy, (GoMap)destValue!, ConcatPrefix(prefix, key), merge: true);
                        destGlobals[key] = copy;
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
                    else if (IsTable(userValue))
                    {
                        if (!IsTable(value))
                        {
                            if (value is not null)
                            {
                                Printf(237, $"warning: skipped value for {subPrefix}.{key}: Not a table.");
                            }
                        }
                        else
                        {
                            bool childMerge = merge || chart.Dependencies.Any(d => d.Name == key);
                            Tables((GoMap)userValue!, (GoMap)value!, ConcatPrefix(subPrefix, key), childMerge);
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
                else if (IsTable(value))
                {
                    if (IsTable(dv))
                    {
                        Tables((GoMap)dv!, (GoMap)value!, fullKey, merge);
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

        private void Printf(int helm3Line, string message) => log?.Printf("coalesce.go", helm3Line, message);
    }
}
