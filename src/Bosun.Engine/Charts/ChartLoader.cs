using Bosun.Core.Diagnostics;
using Bosun.Core.Values;
using Bosun.Engine.Charts.Loading;

namespace Bosun.Engine.Charts;

/// <summary>
/// Loads a chart as helm's <c>loader.Load</c> does: a directory (.helmignore, symbolic links followed) or a
/// gzipped tar archive (top folder stripped, path and size checks), then Chart.yaml, values, templates, files,
/// lock and schema, and every subchart under <c>charts/</c> (folders and archives, to any depth). helm 4's
/// wording by default; <c>helmMajor: 3</c> gives helm 3.17's where they differ.
/// </summary>
public static class ChartLoader
{
    /// <summary>Loads the chart at <paramref name="path"/>; <paramref name="displayPath"/> is how messages name it.</summary>
    public static Chart Load(string path, string? displayPath = null, int helmMajor = 4)
    {
        displayPath ??= path;
        if (Directory.Exists(path))
        {
            return LoadDirectory(path, displayPath, helmMajor);
        }

        if (File.Exists(path))
        {
            return LoadArchive(path, displayPath, helmMajor);
        }

        throw ChartErrors.ChartNotFound.Create(displayPath).ToException();
    }

    private static Chart LoadDirectory(string directory, string displayPath, int helmMajor)
    {
        if (helmMajor >= 4)
        {
            string chartYaml = Path.Combine(directory, "Chart.yaml");
            if (!File.Exists(chartYaml))
            {
                throw ChartErrors.ChartDetectFailed.Create(JoinDisplay(displayPath, "Chart.yaml")).ToException();
            }

            byte[] data;
            try
            {
                data = File.ReadAllBytes(chartYaml);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw ChartErrors.ChartFileUnreadable.Create("Chart.yaml", ex.Message).ToException();
            }

            CheckApiVersion(new ChartFile("Chart.yaml", data), displayPath);
        }

        var notices = new List<ChartLoadNotice>();
        var files = ChartDirectoryReader.Read(directory, displayPath, helmMajor, notices);
        var chart = ChartFilesLoader.Load(files, displayPath, helmMajor, notices);
        return chart with { LoadNotices = [.. notices] };
    }

    private static Chart LoadArchive(string file, string displayPath, int helmMajor)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ChartErrors.ChartFileUnreadable.Create(displayPath, ex.Message).ToException();
        }

        if (!data.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B, 0x08]))
        {
            if (displayPath.EndsWith(".yml", StringComparison.Ordinal) || displayPath.EndsWith(".yaml", StringComparison.Ordinal))
            {
                throw ChartErrors.ChartArchiveIsYaml.Create(displayPath).ToException();
            }

            throw ChartErrors.ChartArchiveNotGzip.Create(displayPath, ContentSniffer.Detect(data)).ToException();
        }

        List<ChartFile> files;
        try
        {
            files = ChartArchiveReader.Read(data, helmMajor);
        }
        catch (BosunException ex)
        {
            if (ChartArchiveReader.IsGzipHeaderError(ex.Diagnostic))
            {
                throw ChartErrors.ChartArchiveInvalid.Create(displayPath, ex.Diagnostic.Message).ToException();
            }

            if (helmMajor >= 4)
            {
                throw ChartErrors.ChartArchiveUnreadable.Create().WithHint(ex.Diagnostic.Message).ToException();
            }

            throw;
        }

        if (helmMajor >= 4)
        {
            var chartYaml = files.Find(f => f.Name == "Chart.yaml")
                ?? throw ChartErrors.ArchiveNoChartYaml.Create().ToException();
            CheckApiVersion(chartYaml, displayPath);
        }

        var archiveNotices = new List<ChartLoadNotice>();
        var loaded = ChartFilesLoader.Load(files, displayPath, helmMajor, archiveNotices);
        return loaded with { LoadNotices = [.. archiveNotices] };
    }

    /// <summary>helm 4's first read of Chart.yaml (chartBase) to pick the loader for the chart's apiVersion.</summary>
    private static void CheckApiVersion(ChartFile chartYaml, string displayPath)
    {
        object? document = ChartFilesLoader.ParseYaml(chartYaml, displayPath, ChartErrors.ChartYamlInvalid);
        GoMap fields;
        try
        {
            fields = GoJsonStructDecoder.Decode(document, StructSchema.ChartBase, "loader");
        }
        catch (GoFailure failure)
        {
            throw ChartErrors.ChartYamlInvalid.Create(failure.Message).ToException();
        }

        string apiVersion = fields.TryGetValue("apiVersion", out object? v) && v is string s ? s : string.Empty;
        switch (apiVersion)
        {
            case "" or "v1" or "v2":
                return;
            case "v3":
                throw ChartErrors.ChartApiVersionInvalid.Create().ToException();
            default:
                throw ChartErrors.ChartApiVersionUnsupported.Create().ToException();
        }
    }

    /// <summary>The path of a chart file as messages show it: the chart path as given, then the file.</summary>
    internal static string JoinDisplay(string chartDisplayPath, string name) =>
        chartDisplayPath.Length == 0 ? name : chartDisplayPath.TrimEnd('/', '\\') + "/" + name;
}
