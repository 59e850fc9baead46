using Bosun.Core.Diagnostics;
using Bosun.Engine.Charts;
using Bosun.Testing;
using static Bosun.Engine.Tests.Charts.Loading.ChartArchives;

namespace Bosun.Engine.Tests.Charts.Loading;

public sealed class ChartArchiveLoadingTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string WriteArchive(byte[] data, string name = "app.tgz")
    {
        string path = Path.Combine(_dir.Path, name);
        File.WriteAllBytes(path, data);
        return path;
    }

    private Diagnostic Fails(byte[] data, int helmMajor = 4, string name = "app.tgz") =>
        Assert.Throws<BosunException>(() => ChartLoader.Load(WriteArchive(data, name), name, helmMajor)).Diagnostic;

    [Fact]
    public void Load_Archive_StripsTheTopFolderAndLoadsSubcharts()
    {
        var data = Tgz(
            ("app/", string.Empty),
            ("app/Chart.yaml", ChartYaml("app")),
            ("app/values.yaml", "\uFEFFreplicas: 3\n"),
            ("app/templates/t.yaml", "t"),
            ("app/templates/.hidden", "archives are not filtered by .helmignore rules"),
            ("app/.helmignore", "*.txt\n"),
            ("app/notes.txt", "kept"),
            ("app/charts/sub/Chart.yaml", ChartYaml("sub", "9.9.9")),
            ("app/charts/sub/templates/s.yaml", "s"));

        var chart = ChartLoader.Load(WriteArchive(data), "app.tgz");

        Assert.Equal(
            "app@0.1.0\n  T templates/t.yaml\n  T templates/.hidden\n  F .helmignore\n  F notes.txt\n  sub@9.9.9\n    T templates/s.yaml\n",
            Describe(chart));
        Assert.Equal(3.0, chart.Values["replicas"]);
    }

    [Fact]
    public void Load_WindowsSeparators_AreNormalised()
    {
        var chart = ChartLoader.Load(WriteArchive(Tgz(("app\\Chart.yaml", ChartYaml("app")), ("app\\templates\\t.yaml", "t"))), "app.tgz");

        Assert.Equal("templates/t.yaml", Assert.Single(chart.Templates).Name);
    }

    [Fact]
    public void Load_ShortTextFile_SniffsAsBinaryLikeHelmsZeroPaddedBuffer()
    {
        // Oracle: printf 'notgz\n' > bad.tgz; helm4 template x bad.tgz → got 'application/octet-stream'
        var diagnostic = Fails("notgz\n"u8.ToArray(), name: "chart.tgz");

        Assert.Equal(("BOSUN3103", "file 'chart.tgz' does not appear to be a gzipped archive; got 'application/octet-stream'"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void Load_LongTextFile_IsTextPlain()
    {
        var diagnostic = Fails(System.Text.Encoding.ASCII.GetBytes(new string('a', 600)));

        Assert.Equal("file 'app.tgz' does not appear to be a gzipped archive; got 'text/plain; charset=utf-8'", diagnostic.Message);
    }

    [Fact]
    public void Load_HtmlFile_IsTextHtml()
    {
        var diagnostic = Fails("<html><body>404</body></html>"u8.ToArray());

        Assert.Equal("file 'app.tgz' does not appear to be a gzipped archive; got 'text/html; charset=utf-8'", diagnostic.Message);
    }

    [Fact]
    public void Load_YamlFile_SaysItSeemsToBeYaml()
    {
        var diagnostic = Fails("a: 1\n"u8.ToArray(), name: "values.yaml");

        Assert.Equal(("BOSUN3104", "file 'values.yaml' seems to be a YAML file, but expected a gzipped archive"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void Load_TruncatedGzip_IsUnreadableWithHelm4AndUnexpectedEofWithHelm3()
    {
        var whole = Tgz(("app/Chart.yaml", ChartYaml("app")), ("app/templates/a.yaml", new string('x', 4000)));
        var truncated = whole[..(whole.Length / 2)];

        var helm4 = Fails(truncated);
        var helm3 = Fails(truncated, helmMajor: 3);

        Assert.Equal(("BOSUN3105", "unable to load chart archive", "unexpected EOF"), (helm4.Code, helm4.Message, helm4.Hint));
        Assert.Equal(("BOSUN3106", "unexpected EOF"), (helm3.Code, helm3.Message));
    }

    [Fact]
    public void Load_GzipOfNonTar_IsUnexpectedEof()
    {
        // Oracle: echo hi | gzip > notar.tgz; helm3 template → Error: unexpected EOF
        Assert.Equal("unexpected EOF", Fails(Gzip("hi\n"u8.ToArray()), helmMajor: 3).Message);
    }

    [Fact]
    public void Load_GzipOfGarbageBlock_IsInvalidTarHeader()
    {
        var block = new byte[1024];
        Array.Fill(block, (byte)'z');

        Assert.Equal("archive/tar: invalid tar header", Fails(Gzip(block), helmMajor: 3).Message);
    }

    [Fact]
    public void Load_BadGzipFlags_IsNotAValidChartFile()
    {
        byte[] data = [0x1F, 0x8B, 0x08, 0xE0, 0, 0, 0, 0, 0, 0, 0, 0];

        var diagnostic = Fails(data);

        Assert.Equal(("BOSUN3118", "file 'app.tgz' does not appear to be a valid chart file (details: gzip: invalid header)"), (diagnostic.Code, diagnostic.Message));
    }

    [Theory]
    [InlineData("app/../../evil", "BOSUN3109", "chart illegally references parent directory")]
    [InlineData("app//etc/passwd", "BOSUN3107", "chart illegally contains absolute paths")]
    [InlineData("app", "BOSUN3108", "chart illegally contains content outside the base directory: \"app\"")]
    [InlineData("app/c:/x", "BOSUN3110", "chart contains illegally named files")]
    public void Load_UnsafePath_IsRefused(string entry, string code, string message)
    {
        var data = Tgz(("app/Chart.yaml", ChartYaml("app")), (entry, "x"));

        var helm3 = Fails(data, helmMajor: 3);
        var helm4 = Fails(data);

        Assert.Equal((code, message), (helm3.Code, helm3.Message));
        Assert.Equal(("BOSUN3105", message), (helm4.Code, helm4.Hint));
    }

    [Fact]
    public void Load_ChartYamlAtArchiveRoot_IsOutsideTheBase()
    {
        // Oracle: helm3 template → Error: chart illegally contains content outside the base directory: "Chart.yaml"
        var diagnostic = Fails(Tgz(("Chart.yaml", ChartYaml("app"))), helmMajor: 3);

        Assert.Equal(("BOSUN3108", "chart illegally contains content outside the base directory: \"Chart.yaml\""), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void Load_ChartYamlFolderAtRoot_IsNotInBaseDirectory()
    {
        var diagnostic = Fails(Tgz(("Chart.yaml/x", "x")), helmMajor: 3);

        Assert.Equal(("BOSUN3111", "chart yaml not in base directory"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void Load_EmptyArchive_HasNoFiles()
    {
        var diagnostic = Fails(Gzip(new byte[1024]), helmMajor: 3);

        Assert.Equal(("BOSUN3114", "no files in chart archive"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void Load_ArchiveWithoutChartYaml_IsHelm4DetectErrorOrHelm3Missing()
    {
        var data = Tgz(("app/values.yaml", "a: 1\n"));

        Assert.Equal(("BOSUN3115", "unable to detect chart version, no Chart.yaml found"), (Fails(data).Code, Fails(data).Message));
        Assert.Equal("Chart.yaml file is missing", Fails(data, helmMajor: 3).Message);
    }

    [Fact]
    public void Load_ArchiveEntryOver5MiB_IsRefusedByHelm4()
    {
        var data = Gzip(Tar(("app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 0.1.0\n"u8.ToArray()), ("app/big.bin", new byte[(5 * 1024 * 1024) + 1])));

        var diagnostic = Fails(data);

        Assert.Equal("decompressed chart file \"app/big.bin\" is larger than the maximum file size 5242880", diagnostic.Hint);
        Assert.Equal("big.bin", Assert.Single(ChartLoader.Load(WriteArchive(data), "app.tgz", helmMajor: 3).Files).Name);
    }

    [Fact]
    public void Load_ArchiveOver100MiB_IsRefusedByHelm4()
    {
        var entries = new List<(string, byte[])> { ("app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 0.1.0\n"u8.ToArray()) };
        for (int i = 0; i < 21; i++)
        {
            entries.Add(($"app/f{i}.bin", new byte[5 * 1024 * 1024]));
        }

        var diagnostic = Fails(Gzip(Tar([.. entries])));

        Assert.Equal("decompressed chart is larger than the maximum size 104857600", diagnostic.Hint);
    }

    [Fact]
    public void Load_InvalidChartYamlInArchive_IsReportedFromTheApiVersionProbe()
    {
        var diagnostic = Fails(Tgz(("app/Chart.yaml", "apiVersion: [v2]\nname: app\n")));

        Assert.Equal(
            "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go struct field chartBase.apiVersion of type string",
            diagnostic.Message);
    }
}
