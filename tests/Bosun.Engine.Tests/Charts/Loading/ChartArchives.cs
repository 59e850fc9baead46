using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts.Loading;

/// <summary>Test helpers: builds gzipped tar archives from (name, contents) pairs and prints loaded chart trees.</summary>
internal static class ChartArchives
{
    public static byte[] Tgz(params (string Name, string Contents)[] entries) =>
        Gzip(Tar(entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Contents))).ToArray()));

    public static byte[] Tar(params (string Name, byte[] Data)[] entries)
    {
        using var output = new MemoryStream();
        using (var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                var entry = new PaxTarEntry(name.EndsWith('/') ? TarEntryType.Directory : TarEntryType.RegularFile, name);
                if (!name.EndsWith('/'))
                {
                    entry.DataStream = new MemoryStream(data);
                }

                writer.WriteEntry(entry);
            }
        }

        return output.ToArray();
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public static string ChartYaml(string name, string version = "0.1.0", string apiVersion = "v2") =>
        $"apiVersion: {apiVersion}\nname: {name}\nversion: {version}\n";

    /// <summary>One line per chart: name@version, then templates, files and subcharts indented.</summary>
    public static string Describe(Chart chart)
    {
        var sb = new StringBuilder();
        Describe(chart, 0, sb);
        return sb.ToString();
    }

    private static void Describe(Chart chart, int depth, StringBuilder sb)
    {
        string pad = new(' ', depth * 2);
        sb.Append(pad).Append(chart.Name).Append('@').Append(chart.Metadata.Version).Append('\n');
        foreach (var t in chart.Templates)
        {
            sb.Append(pad).Append("  T ").Append(t.Name).Append('\n');
        }

        foreach (var f in chart.Files)
        {
            sb.Append(pad).Append("  F ").Append(f.Name).Append('\n');
        }

        foreach (var d in chart.Dependencies)
        {
            Describe(d, depth + 1, sb);
        }
    }
}
