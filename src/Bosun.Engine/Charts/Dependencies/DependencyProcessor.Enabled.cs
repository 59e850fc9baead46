using Bosun.Core.Values;
using Bosun.Core.Versioning;

namespace Bosun.Engine.Charts.Dependencies;

/// <summary>processDependencyEnabled, getAliasDependency, processDependencyTags and processDependencyConditions.</summary>
public static partial class DependencyProcessor
{
    private sealed partial class Processing(int helmMajor, HelmLog? log)
    {
        /// <summary>processDependencyEnabled: the chart with aliases applied and disabled subcharts removed, recursively.</summary>
        public Chart Enabled(Chart chart, GoMap values, string path)
        {
            if (chart.Metadata.Dependencies.IsDefaultOrEmpty)
            {
                return chart;
            }

            var requirements = chart.Metadata.Dependencies.ToList();
            var chartDependencies = new List<Chart>();
            foreach (Chart existing in chart.Dependencies)
            {
                if (!requirements.Any(r => existing.Name == r.Name && IsCompatibleRange(r.Version, existing.Metadata.Version)))
                {
                    chartDependencies.Add(existing);
                }
            }

            for (int i = 0; i < requirements.Count; i++)
            {
                ChartDependency requirement = requirements[i];
                if (AliasDependency(chart.Dependencies, requirement) is { } aliased)
                {
                    chartDependencies.Add(aliased);
                }

                requirements[i] = requirement with
                {
                    Name = requirement.Alias.Length != 0 ? requirement.Alias : requirement.Name,
                    Enabled = true,
                };
            }

            Chart working = chart with { Dependencies = [.. chartDependencies] };
            GoMap coalesced = ValuesCoalescer.Coalesce(working, values, helmMajor, log);
            Tags(requirements, coalesced);
            Conditions(requirements, coalesced, path);

            var removed = new HashSet<string>(requirements.Where(r => !r.Enabled).Select(r => r.Name), StringComparer.Ordinal);
            var kept = new List<Chart>();
            foreach (Chart dependency in chartDependencies)
            {
                if (!removed.Contains(dependency.Name))
                {
                    kept.Add(Enabled(dependency, coalesced, path + dependency.Name + "."));
                }
            }

            return chart with
            {
                Metadata = chart.Metadata with { Dependencies = [.. requirements.Where(r => !removed.Contains(r.Name))] },
                Dependencies = [.. kept],
            };
        }

        /// <summary>getAliasDependency: a copy of the first loaded chart matching name and version, renamed to the alias.</summary>
        private Chart? AliasDependency(IEnumerable<Chart> charts, ChartDependency dependency)
        {
            foreach (Chart chart in charts)
            {
                if (chart.Name != dependency.Name || !IsCompatibleRange(dependency.Version, chart.Metadata.Version))
                {
                    continue;
                }

                return dependency.Alias.Length == 0
                    ? chart with { }
                    : chart with { Metadata = chart.Metadata with { Name = dependency.Alias } };
            }

            return null;
        }

        /// <summary>processDependencyTags: a true tag enables, only false tags disable.</summary>
        private void Tags(List<ChartDependency> requirements, GoMap values)
        {
            var (tags, error) = Table(values, "tags");
            if (error is not null)
            {
                return;
            }

            for (int i = 0; i < requirements.Count; i++)
            {
                ChartDependency requirement = requirements[i];
                bool hasTrue = false;
                bool hasFalse = false;
                foreach (string tag in requirement.Tags)
                {
                    if (!tags.TryGetValue(tag, out object? value))
                    {
                        continue;
                    }

                    if (value is bool flag)
                    {
                        hasTrue |= flag;
                        hasFalse |= !flag;
                    }
                    else
                    {
                        log?.Warn(
                            "returned non-bool value", [("tag", tag), ("chart", requirement.Name)],
                            "dependencies.go", 94, $"Warning: Tag '{tag}' for chart {requirement.Name} returned non-bool value");
                    }
                }

                if (!hasTrue && hasFalse)
                {
                    requirements[i] = requirement with { Enabled = false };
                }
                else
                {
                    requirements[i] = requirement with { Enabled = true };
                }
            }
        }

        /// <summary>processDependencyConditions: the first condition path holding a bool decides.</summary>
        private void Conditions(List<ChartDependency> requirements, GoMap values, string path)
        {
            for (int i = 0; i < requirements.Count; i++)
            {
                ChartDependency requirement = requirements[i];
                foreach (string condition in requirement.Condition.Trim().Split(','))
                {
                    if (condition.Length == 0)
                    {
                        continue;
                    }

                    if (!PathValue(values, path + condition, out object? value))
                    {
                        continue;
                    }

                    if (value is bool flag)
                    {
                        requirements[i] = requirement with { Enabled = flag };
                        break;
                    }

                    log?.Warn(
                        "returned non-bool value", [("path", condition), ("chart", requirement.Name)],
                        "dependencies.go", 63, $"Warning: Condition path '{condition}' for chart {requirement.Name} returned non-bool value");
                }
            }
        }

        /// <summary>IsCompatibleRange: the version parses and satisfies the constraint.</summary>
        private bool IsCompatibleRange(string constraint, string version)
        {
            SemverDialect dialect = helmMajor >= 4 ? SemverDialect.V3_4 : SemverDialect.V3_3;
            if (!SemanticVersion.TryParse(version, dialect, out SemanticVersion? parsed) || parsed is null)
            {
                return false;
            }

            try
            {
                return VersionConstraint.Parse(constraint, dialect).Check(parsed);
            }
            catch (SemverException)
            {
                return false;
            }
        }
    }
}
