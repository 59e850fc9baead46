using System.Collections.Immutable;
using Bosun.Core.Diagnostics;
using Bosun.Core.Values;
using Bosun.Core.Yaml;
using Bosun.Engine.Charts;
using Bosun.Engine.Charts.Dependencies;

namespace Bosun.Engine.Tests.Charts.Dependencies;

/// <summary>Builds chart trees in code and runs helm's values pipeline over them (as helm template does).</summary>
internal static class ChartTrees
{
    /// <summary>A chart with values.yaml text, Chart.yaml <c>dependencies</c> YAML and loaded subcharts.</summary>
    public static Chart Make(string name, string values, string dependencies, params Chart[] subcharts) =>
        Make(name, values, dependencies, "0.1.0", subcharts);

    public static Chart Make(string name, string values, string dependencies, string version, params Chart[] subcharts)
    {
        var requirements = new List<ChartDependency>();
        if (dependencies.Length != 0)
        {
            foreach (object? item in GoYaml.DeserializeList(dependencies))
            {
                var map = (GoMap)item!;
                requirements.Add(new ChartDependency
                {
                    Name = Text(map, "name"),
                    Version = Text(map, "version"),
                    Condition = Text(map, "condition"),
                    Alias = Text(map, "alias"),
                    Tags = map.TryGetValue("tags", out object? tags) && tags is GoList list ? [.. list.Select(t => (string)t!)] : [],
                    ImportValues = map.TryGetValue("import-values", out object? imports) && imports is GoList importList ? [.. importList] : [],
                    Enabled = !map.TryGetValue("enabled", out object? enabled) || enabled is not false,
                });
            }
        }

        var metadata = new ChartMetadata { Name = name, Version = version, Dependencies = [.. requirements] };
        return new Chart(metadata, ValuesLoader.Load(values + "\n"), [], []) { Dependencies = [.. subcharts] };
    }

    /// <summary>The command-line values flags of helm template, parsed into sources.</summary>
    public static UserValueSources Sources(IReadOnlyList<string> args)
    {
        var sources = new UserValueSources();
        for (int i = 0; i + 1 < args.Count; i += 2)
        {
            ImmutableArray<string> one = [args[i + 1]];
            sources = args[i] switch
            {
                "-f" => sources with { ValuesFiles = sources.ValuesFiles.AddRange(one) },
                "--set" => sources with { Set = sources.Set.AddRange(one) },
                "--set-string" => sources with { SetString = sources.SetString.AddRange(one) },
                "--set-json" => sources with { SetJson = sources.SetJson.AddRange(one) },
                "--set-file" => sources with { SetFile = sources.SetFile.AddRange(one) },
                "--set-literal" => sources with { SetLiteral = sources.SetLiteral.AddRange(one) },
                _ => throw new ArgumentException(args[i]),
            };
        }

        return sources;
    }

    /// <summary>
    /// helm template's values pipeline: MergeValues, ProcessDependencies, CoalesceValues. Returns the root's
    /// .Values as toYaml prints it, or the error message, plus the warning lines (sorted: helm's order
    /// follows Go's random map iteration).
    /// </summary>
    public static (string? Values, string? Error, IReadOnlyList<string> Warnings) Run(int helmMajor, Chart chart, IReadOnlyList<string> args, Func<string, string>? resolvePath = null)
    {
        var log = new HelmLog(helmMajor);
        try
        {
            GoMap user = UserValues.Merge(Sources(args), resolvePath ?? (p => p), helmMajor);
            Chart processed = DependencyProcessor.Process(chart, user, helmMajor, log);
            GoMap values = ValuesCoalescer.Coalesce(processed, user, helmMajor, log);
            return (GoYaml.Serialize(values).TrimEnd('\n'), null, Sorted(log.Lines));
        }
        catch (BosunException ex)
        {
            return (null, ex.Diagnostic.Message, Sorted(log.Lines));
        }
    }

    private static string[] Sorted(IEnumerable<string> lines) => [.. lines.Order(StringComparer.Ordinal)];

    private static string Text(GoMap map, string key) => map.TryGetValue(key, out object? value) && value is string s ? s : string.Empty;
}
