using System.Collections.Immutable;
using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Engine.Charts.Loading;

/// <summary>
/// helm's <c>loader.LoadFiles</c>: turns a chart's files (from a folder or an archive) into a <see cref="Chart"/>:
/// Chart.yaml first, then in file order Chart.lock, values.yaml, values.schema.json, requirements.yaml/.lock,
/// templates/ and charts/; then validation; then each subchart (folder or .tgz), recursively.
/// </summary>
internal static class ChartFilesLoader
{
    /// <summary>Loads the chart; <paramref name="displayPath"/> prefixes file names in diagnostics.</summary>
    public static Chart Load(IReadOnlyList<ChartFile> files, string displayPath, int helmMajor, List<ChartLoadNotice> notices)
    {
        GoMap? fields = null;
        foreach (var file in files)
        {
            if (file.Name == "Chart.yaml")
            {
                fields = DecodeMetadata(file, displayPath, helmMajor, ChartErrors.ChartYamlInvalid);
                if (!fields.TryGetValue("apiVersion", out object? v) || v is not string { Length: > 0 })
                {
                    fields["apiVersion"] = "v1";
                }
            }
        }

        GoMap values = new();
        byte[]? schema = null;
        ChartFile? lockFile = null;
        var templates = ImmutableArray.CreateBuilder<ChartFile>();
        var others = ImmutableArray.CreateBuilder<ChartFile>();
        var subcharts = new SortedDictionary<string, List<ChartFile>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            switch (file.Name)
            {
                case "Chart.yaml":
                    continue;
                case "Chart.lock":
                    CheckLock(file, displayPath, helmMajor);
                    lockFile = file;
                    continue;
                case "values.yaml":
                    values = LoadValues(file, displayPath, helmMajor);
                    continue;
                case "values.schema.json":
                    schema = file.Data;
                    continue;
                case "requirements.yaml":
                    fields ??= new GoMap();
                    if (!IsV1(fields))
                    {
                        notices.Add(new ChartLoadNotice(ChartLoadNoticeKind.RequirementsInV2));
                    }

                    fields = ChartMetadataReader.Merge(fields, DecodeMetadata(file, displayPath, helmMajor, ChartErrors.RequirementsInvalid));
                    if (IsV1(fields))
                    {
                        others.Add(file);
                    }

                    continue;
                case "requirements.lock":
                    CheckLock(file, displayPath, helmMajor);
                    lockFile = file;
                    fields ??= new GoMap();
                    if (!IsV1(fields))
                    {
                        notices.Add(new ChartLoadNotice(ChartLoadNoticeKind.RequirementsLockInV2));
                    }
                    else
                    {
                        others.Add(file);
                    }

                    continue;
            }

            if (file.Name.StartsWith("templates/", StringComparison.Ordinal))
            {
                templates.Add(file);
            }
            else if (file.Name.StartsWith("charts/", StringComparison.Ordinal))
            {
                if (GoPath.Ext(file.Name) == ".prov")
                {
                    others.Add(file);
                    continue;
                }

                string name = file.Name["charts/".Length..];
                int slash = name.IndexOf('/', StringComparison.Ordinal);
                string chartName = slash < 0 ? name : name[..slash];
                if (!subcharts.TryGetValue(chartName, out var group))
                {
                    group = [];
                    subcharts[chartName] = group;
                }

                group.Add(file with { Name = name });
            }
            else
            {
                others.Add(file);
            }
        }

        if (fields is null)
        {
            throw ChartErrors.ChartYamlMissing.Create().ToException();
        }

        var metadata = ChartMetadataReader.Build(fields);
        var chart = new Chart(metadata, values, templates.ToImmutable(), others.ToImmutable())
        {
            Schema = schema,
            Lock = lockFile,
        };

        var dependencies = ImmutableArray.CreateBuilder<Chart>();
        foreach (var (name, group) in subcharts)
        {
            if (name.StartsWith('_') || name.StartsWith('.'))
            {
                continue;
            }

            if (GoPath.Ext(name) == ".tgz" && group[0].Name != name)
            {
                throw ChartErrors.SubchartTarMismatch.Create(metadata.Name, name, group[0].Name).ToException();
            }

            string subDisplay = ChartLoader.JoinDisplay(displayPath, "charts/" + name);
            try
            {
                dependencies.Add(LoadSubchart(name, group, subDisplay, helmMajor, notices));
            }
            catch (BosunException ex)
            {
                var inner = ex.Diagnostic;
                throw (ChartErrors.SubchartInvalid.At(inner.Location, name, metadata.Name, inner.Message) with { Hint = inner.Hint }).ToException();
            }
        }

        return chart with { Dependencies = dependencies.ToImmutable() };
    }

    private static Chart LoadSubchart(string name, List<ChartFile> group, string subDisplay, int helmMajor, List<ChartLoadNotice> notices)
    {
        if (GoPath.Ext(name) == ".tgz")
        {
            return Load(ChartArchiveReader.Read(group[0].Data, helmMajor), subDisplay, helmMajor, notices);
        }

        var inner = new List<ChartFile>(group.Count);
        foreach (var file in group)
        {
            int slash = file.Name.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                inner.Add(file with { Name = file.Name[(slash + 1)..] });
            }
        }

        return Load(inner, subDisplay, helmMajor, notices);
    }

    private static bool IsV1(GoMap fields) => fields.TryGetValue("apiVersion", out object? v) && v is "v1";

    private static GoMap DecodeMetadata(ChartFile file, string displayPath, int helmMajor, DiagnosticDescriptor descriptor)
    {
        object? document = ParseYaml(file, displayPath, descriptor);
        try
        {
            return ChartMetadataReader.Decode(document, helmMajor);
        }
        catch (GoFailure failure)
        {
            throw descriptor.At(FileStart(file, displayPath), failure.Message).ToException();
        }
    }

    /// <summary>Chart.lock / requirements.lock must unmarshal into helm's Lock.</summary>
    private static void CheckLock(ChartFile file, string displayPath, int helmMajor)
    {
        object? document;
        try
        {
            document = GoYaml.Deserialize(file.Data);
        }
        catch (GoYamlException ex)
        {
            var source = new SourceFile(ChartLoader.JoinDisplay(displayPath, file.Name), file.Text);
            throw ChartErrors.ChartLockInvalid.At(SourceLocations.At(source, ex.Line, ex.Column), file.Name, ex.Message).ToException();
        }

        try
        {
            GoJsonStructDecoder.Decode(document, StructSchema.Lock, ChartMetadataReader.Package(helmMajor));
        }
        catch (GoFailure failure)
        {
            throw ChartErrors.ChartLockInvalid.At(FileStart(file, displayPath), file.Name, failure.Message).ToException();
        }
    }

    /// <summary>Parses a YAML file; syntax errors point at their line and column.</summary>
    internal static object? ParseYaml(ChartFile file, string displayPath, DiagnosticDescriptor descriptor)
    {
        try
        {
            return GoYaml.Deserialize(file.Data);
        }
        catch (GoYamlException ex)
        {
            var source = new SourceFile(ChartLoader.JoinDisplay(displayPath, file.Name), file.Text);
            throw descriptor.At(SourceLocations.At(source, ex.Line, ex.Column), ex.Message).ToException();
        }
    }

    private static SourceLocation FileStart(ChartFile file, string displayPath) =>
        new(new SourceFile(ChartLoader.JoinDisplay(displayPath, file.Name), file.Text), new TextSpan(0, 0));

    private static GoMap LoadValues(ChartFile file, string displayPath, int helmMajor)
    {
        try
        {
            return ValuesLoader.Load(file.Text, helmMajor);
        }
        catch (GoYamlException ex)
        {
            var source = new SourceFile(ChartLoader.JoinDisplay(displayPath, file.Name), file.Text);
            throw ChartErrors.ChartValuesInvalid.At(SourceLocations.At(source, ex.Line, ex.Column), ex.Message).ToException();
        }
    }
}
