using System.Collections.Immutable;
using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Engine.Charts;

/// <summary>
/// Loads a chart directory as helm's <c>loader.LoadDir</c> does: .helmignore rules, Chart.yaml,
/// values.yaml (several documents merged), <c>templates/</c> (recursively) and every other file for
/// <c>.Files</c>. Subcharts and dependencies are not supported yet and are reported as such.
/// </summary>
public static class ChartLoader
{
    private static readonly byte[] s_utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Loads the chart at <paramref name="directory"/>; <paramref name="displayPath"/> is how messages name it.</summary>
    public static Chart Load(string directory, string? displayPath = null)
    {
        displayPath ??= directory;
        if (!Directory.Exists(directory))
        {
            throw ChartErrors.ChartNotFound.Create(displayPath).ToException();
        }

        var files = ReadFiles(directory, displayPath);
        var chartYaml = files.Find(f => f.Name == "Chart.yaml")
            ?? throw ChartErrors.ChartYamlMissing.Create().ToException();
        var metadata = ChartMetadataReader.Read(ParseYaml(chartYaml, displayPath, ChartErrors.ChartYamlInvalid));

        GoMap values = new();
        var templates = ImmutableArray.CreateBuilder<ChartFile>();
        var others = ImmutableArray.CreateBuilder<ChartFile>();
        var subcharts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            switch (file.Name)
            {
                case "Chart.yaml" or "Chart.lock" or "requirements.lock" or "values.schema.json":
                    continue;
                case "requirements.yaml":
                    if (metadata.ApiVersion == "v1")
                    {
                        others.Add(file);
                    }

                    continue;
                case "values.yaml":
                    values = LoadChartValues(file, displayPath);
                    continue;
            }

            if (file.Name.StartsWith("templates/", StringComparison.Ordinal))
            {
                templates.Add(file);
            }
            else if (file.Name.StartsWith("charts/", StringComparison.Ordinal))
            {
                if (file.Name.EndsWith(".prov", StringComparison.Ordinal))
                {
                    others.Add(file);
                    continue;
                }

                string subchart = file.Name["charts/".Length..].Split('/')[0];
                if (subchart.IndexOfAny(['_', '.']) != 0)
                {
                    subcharts.Add(subchart);
                }
            }
            else
            {
                others.Add(file);
            }
        }

        if (subcharts.Count > 0 || metadata.Dependencies.Length > 0)
        {
            var names = subcharts.Count > 0 ? subcharts : metadata.Dependencies.Select(d => d.Name);
            throw ChartErrors.ChartFeatureUnsupported
                .Create(metadata.Name, "dependencies (" + string.Join(", ", names) + ")").ToException();
        }

        return new Chart(metadata, values, templates.ToImmutable(), others.ToImmutable());
    }

    private static List<ChartFile> ReadFiles(string directory, string displayPath)
    {
        var rules = HelmIgnoreRules.Parse(string.Empty, out _);
        string ignoreFile = Path.Combine(directory, HelmIgnoreRules.FileName);
        if (File.Exists(ignoreFile))
        {
            string text = ReadText(ignoreFile, HelmIgnoreRules.FileName);
            if (text.StartsWith('\uFEFF'))
            {
                text = text[1..];
            }

            rules = HelmIgnoreRules.Parse(text, out var error);
            if (error is { } e)
            {
                throw ChartErrors.HelmIgnoreInvalid.Create(e.Rule, e.Reason).ToException();
            }
        }

        var files = new List<ChartFile>();
        Walk(new DirectoryInfo(directory), string.Empty, rules, files, displayPath);
        return files;
    }

    private static void Walk(DirectoryInfo dir, string prefix, HelmIgnoreRules rules, List<ChartFile> files, string displayPath)
    {
        var entries = dir.GetFileSystemInfos();
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            string name = prefix + entry.Name;
            if (entry is DirectoryInfo sub)
            {
                if (!rules.IsIgnored(name, isDirectory: true))
                {
                    Walk(sub, name + "/", rules, files, displayPath);
                }

                continue;
            }

            if (rules.IsIgnored(name, isDirectory: false))
            {
                continue;
            }

            byte[] data;
            try
            {
                data = File.ReadAllBytes(entry.FullName);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw ChartErrors.ChartFileUnreadable.Create(name, ex.Message).ToException();
            }

            if (data.AsSpan().StartsWith(s_utf8Bom))
            {
                data = data[s_utf8Bom.Length..];
            }

            files.Add(new ChartFile(name, data));
        }
    }

    private static string ReadText(string path, string name)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ChartErrors.ChartFileUnreadable.Create(name, ex.Message).ToException();
        }
    }

    private static object? ParseYaml(ChartFile file, string chartDisplayPath, DiagnosticDescriptor descriptor)
    {
        try
        {
            return GoYaml.Deserialize(file.Text);
        }
        catch (GoYamlException ex)
        {
            var source = new SourceFile(JoinDisplay(chartDisplayPath, file.Name), file.Text);
            throw descriptor.At(SourceLocations.At(source, ex.Line, ex.Column), ex.Message).ToException();
        }
    }

    private static GoMap LoadChartValues(ChartFile file, string chartDisplayPath)
    {
        try
        {
            return ValuesLoader.Load(file.Text);
        }
        catch (GoYamlException ex)
        {
            var source = new SourceFile(JoinDisplay(chartDisplayPath, file.Name), file.Text);
            throw ChartErrors.ChartValuesInvalid.At(SourceLocations.At(source, ex.Line, ex.Column), ex.Message).ToException();
        }
    }

    /// <summary>The path of a chart file as messages show it: the chart path as given, then the file.</summary>
    internal static string JoinDisplay(string chartDisplayPath, string name) =>
        chartDisplayPath.Length == 0 ? name : chartDisplayPath.TrimEnd('/', '\\') + "/" + name;
}
