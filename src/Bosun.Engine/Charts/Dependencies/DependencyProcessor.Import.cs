using Bosun.Core.Values;

namespace Bosun.Engine.Charts.Dependencies;

/// <summary>processDependencyImportValues and processImportValues (merge semantics, as helm template uses).</summary>
public static partial class DependencyProcessor
{
    private sealed partial class Processing
    {
        /// <summary>processDependencyImportValues: children first, then this chart's import-values.</summary>
        public Chart ImportValues(Chart chart)
        {
            if (!chart.Dependencies.IsDefaultOrEmpty)
            {
                var children = chart.Dependencies.Select(ImportValues).ToArray();
                if (!children.SequenceEqual(chart.Dependencies, ReferenceEqualityComparer.Instance))
                {
                    chart = chart with { Dependencies = [.. children] };
                }
            }

            if (chart.Metadata.Dependencies.IsDefaultOrEmpty)
            {
                return chart;
            }

            GoMap values = ValuesCoalescer.Merge(chart, null, helmMajor, log);
            values = new GoMap(GoType.MapOfInterface, values.Entries);
            var imported = new GoMap();
            var requirements = new List<ChartDependency>();
            foreach (ChartDependency requirement in chart.Metadata.Dependencies)
            {
                var normalized = new List<object?>();
                foreach (object? item in requirement.ImportValues)
                {
                    switch (item)
                    {
                        case GoMap map:
                        {
                            string child = ImportField(requirement, map, "child");
                            string parent = ImportField(requirement, map, "parent");
                            normalized.Add(ImportEntry(child, parent));
                            var (table, error) = Table(values, requirement.Name + "." + child);
                            if (error is not null)
                            {
                                log?.Warn(
                                    "ImportValues missing table from chart", [("chart", requirement.Name), ("error", error)],
                                    "dependencies.go", 269, $"Warning: ImportValues missing table from chart {requirement.Name}: {error}");
                                continue;
                            }

                            imported = ValuesCoalescer.MergeTables(imported, PathToMap(parent, AsMap(table)), helmMajor, log);
                            break;
                        }

                        case string name:
                        {
                            string child = "exports." + name;
                            normalized.Add(ImportEntry(child, "."));
                            var (table, error) = Table(values, requirement.Name + "." + child);
                            if (error is not null)
                            {
                                log?.Warn(
                                    "ImportValues missing table", [("error", error)],
                                    "dependencies.go", 286, $"Warning: ImportValues missing table: {error}");
                                continue;
                            }

                            imported = ValuesCoalescer.MergeTables(imported, AsMap(table), helmMajor, log);
                            break;
                        }
                    }
                }

                requirements.Add(requirement with { ImportValues = [.. normalized] });
            }

            GoMap merged = ValuesCoalescer.MergeTables(ValuesCoalescer.DeepCopy(values), imported, helmMajor, log);
            return chart with
            {
                Values = new GoMap(GoType.MapOfInterface, merged.Entries),
                Metadata = chart.Metadata with { Dependencies = [.. requirements] },
            };
        }

        /// <summary>helm 4 formats the field with %v; helm 3 asserts a string (and panics otherwise).</summary>
        private string ImportField(ChartDependency requirement, GoMap map, string field)
        {
            map.TryGetValue(field, out object? value);
            if (helmMajor >= 4)
            {
                return GoFormat.Sprintf("%v", value);
            }

            if (value is string text)
            {
                return text;
            }

            string type = value is null ? "nil" : GoValue.TypeName(value);
            throw ChartErrors.ImportValuesInvalid
                .Create(requirement.Name, $"interface conversion: interface {{}} is {type}, not string")
                .ToException();
        }

        private static GoMap ImportEntry(string child, string parent)
        {
            var entry = new GoMap(GoType.MapOfString);
            entry["child"] = child;
            entry["parent"] = parent;
            return entry;
        }

        /// <summary>Values.AsMap: the table as a plain map (an empty one when it has no entries).</summary>
        private static GoMap AsMap(GoMap table) =>
            table.Count == 0 ? new GoMap()
            : ValuesLoader.IsPlainMap(table) ? table : new GoMap(GoType.MapOfInterface, table.Entries);

        /// <summary>pathToMap: <paramref name="data"/> nested under the dotted path (itself for ".").</summary>
        private static GoMap PathToMap(string path, GoMap data)
        {
            if (path == ".")
            {
                return data;
            }

            GoMap current = data;
            string[] parts = path.Split('.');
            for (int i = parts.Length - 1; i >= 0; i--)
            {
                var outer = new GoMap();
                outer[parts[i]] = current;
                current = outer;
            }

            return current;
        }
    }
}
