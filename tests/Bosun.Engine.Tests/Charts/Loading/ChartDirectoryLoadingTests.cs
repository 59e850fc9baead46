using Bosun.Core.Diagnostics;
using Bosun.Engine.Charts;
using Bosun.Testing;
using static Bosun.Engine.Tests.Charts.Loading.ChartArchives;

namespace Bosun.Engine.Tests.Charts.Loading;

public sealed class ChartDirectoryLoadingTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private Chart Load(int helmMajor = 4) => ChartLoader.Load(_dir.Path, "app", helmMajor);

    private Diagnostic Fails(int helmMajor = 4) =>
        Assert.Throws<BosunException>(() => ChartLoader.Load(_dir.Path, "app", helmMajor)).Diagnostic;

    private void WriteBytes(string name, byte[] data)
    {
        string path = Path.Combine(_dir.Path, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? _dir.Path);
        File.WriteAllBytes(path, data);
    }

    [Fact]
    public void Load_NestedSubchartFoldersAndArchives_GiveTheTreeInNameOrder()
    {
        _dir.Write("Chart.yaml", ChartYaml("app"));
        _dir.Write("templates/a.yaml", "a");
        _dir.Write("crds/crd.yaml", "kind: CustomResourceDefinition");
        _dir.Write("charts/redis/Chart.yaml", ChartYaml("redis", "1.2.3"));
        _dir.Write("charts/redis/templates/.hidden.yaml", "subchart templates are not under helm's default ignore rule");
        _dir.Write("charts/redis/charts/inner/Chart.yaml", ChartYaml("inner"));
        _dir.Write("charts/redis/charts/inner/templates/i.yaml", "i");
        _dir.Write("charts/redis/.helmignore", "*.txt\n");
        _dir.Write("charts/redis/notes.txt", "kept: a subchart's .helmignore is not applied when loading the parent");
        WriteBytes("charts/db-2.0.0.tgz", Tgz(
            ("db/Chart.yaml", ChartYaml("db", "2.0.0")),
            ("db/templates/d.yaml", "d"),
            ("db/charts/leaf/Chart.yaml", ChartYaml("leaf", "0.0.1"))));
        _dir.Write("charts/db-2.0.0.tgz.prov", "signature");
        _dir.Write("charts/_skipped/Chart.yaml", "not: loaded");
        _dir.Write("charts/.hidden/Chart.yaml", "not: loaded");

        var chart = Load();

        Assert.Equal(
            """
            app@0.1.0
              T templates/a.yaml
              F charts/db-2.0.0.tgz.prov
              F crds/crd.yaml
              db@2.0.0
                T templates/d.yaml
                leaf@0.0.1
              redis@1.2.3
                T templates/.hidden.yaml
                F .helmignore
                F notes.txt
                inner@0.1.0
                  T templates/i.yaml

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            Describe(chart));
    }

    [Fact]
    public void Load_StrayFileInCharts_IsLoadedAsAChartAndFails()
    {
        // Oracle: helm4/helm3 template → Error: error unpacking subchart README.md in app: Chart.yaml file is missing
        _dir.Write("Chart.yaml", ChartYaml("app"));
        _dir.Write("charts/README.md", "hi");

        var diagnostic = Fails();

        Assert.Equal(("BOSUN3101", "error unpacking subchart README.md in app: Chart.yaml file is missing"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void Load_ErrorInNestedSubchart_NamesEveryLevel()
    {
        _dir.Write("Chart.yaml", ChartYaml("app"));
        _dir.Write("charts/mid/Chart.yaml", ChartYaml("middle"));
        _dir.Write("charts/mid/charts/bad/Chart.yaml", "apiVersion: v2\nname: bad\n");

        var diagnostic = Fails();

        Assert.Equal("BOSUN3101", diagnostic.Code);
        Assert.Equal(
            "error unpacking subchart mid in app: error unpacking subchart bad in middle: validation: chart.metadata.version is required",
            diagnostic.Message);
    }

    [Fact]
    public void Load_SyntaxErrorInSubchartValues_PointsIntoTheSubchartFile()
    {
        _dir.Write("Chart.yaml", ChartYaml("app"));
        _dir.Write("charts/sub/Chart.yaml", ChartYaml("sub"));
        _dir.Write("charts/sub/values.yaml", "a: 1\nb: [1, 2\n");

        var diagnostic = Fails();

        Assert.Equal("BOSUN3101", diagnostic.Code);
        Assert.StartsWith("error unpacking subchart sub in app: cannot load values.yaml: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("app/charts/sub/values.yaml", diagnostic.Location?.File.Path);
    }

    [Fact]
    public void Load_FolderNamedLikeAnArchive_IsTarMismatch()
    {
        _dir.Write("Chart.yaml", ChartYaml("app"));
        _dir.Write("charts/redis.tgz/Chart.yaml", ChartYaml("redis"));

        var diagnostic = Fails();

        Assert.Equal(("BOSUN3102", "error unpacking subchart tar in app: expected redis.tgz, got redis.tgz/Chart.yaml"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void Load_BrokenSubchartArchive_IsWrappedWithGoError()
    {
        _dir.Write("Chart.yaml", ChartYaml("app"));
        WriteBytes("charts/x.tgz", Tgz(("x/Chart.yaml", ChartYaml("x")), ("x/../../evil", "e")));
        _dir.Write("charts/y.tgz", "this is not a gzip file");

        var diagnostic = Fails();

        Assert.Equal("error unpacking subchart x.tgz in app: chart illegally references parent directory", diagnostic.Message);
        File.Delete(Path.Combine(_dir.Path, "charts/x.tgz"));
        Assert.Equal("error unpacking subchart y.tgz in app: gzip: invalid header", Fails().Message);
    }

    [Fact]
    public void Load_V1ChartWithRequirements_ReadsDependenciesAndKeepsTheFiles()
    {
        _dir.Write("Chart.yaml", "name: old\nversion: 1.0.0\n");
        _dir.Write("requirements.yaml", "dependencies:\n- name: redis\n  version: 1.x\n  alias: cache\n");
        _dir.Write("requirements.lock", "digest: sha256:abc\ndependencies:\n- name: redis\n  version: 1.0.0\n");
        _dir.Write("charts/redis/Chart.yaml", "name: redis\nversion: 1.0.0\n");

        var chart = Load();

        Assert.Equal("v1", chart.Metadata.ApiVersion);
        var dependency = Assert.Single(chart.Metadata.Dependencies);
        Assert.Equal(("redis", "1.x", "cache"), (dependency.Name, dependency.Version, dependency.Alias));
        Assert.Equal(["requirements.lock", "requirements.yaml"], chart.Files.Select(f => f.Name));
        Assert.Equal("requirements.lock", chart.Lock?.Name);
        Assert.Equal("redis", Assert.Single(chart.Dependencies).Name);
    }

    [Fact]
    public void Load_V2ChartWithRequirements_StillReadsThemButLeavesThemOutOfFiles()
    {
        _dir.Write("Chart.yaml", ChartYaml("app"));
        _dir.Write("requirements.yaml", "dependencies:\n- name: redis\n");

        var chart = Load();

        Assert.Equal("redis", Assert.Single(chart.Metadata.Dependencies).Name);
        Assert.Empty(chart.Files);
    }

    [Fact]
    public void Load_BadRequirementsField_IsRequirementsError()
    {
        _dir.Write("Chart.yaml", "name: old\nversion: 1.0.0\n");
        _dir.Write("requirements.yaml", "dependencies:\n- name: redis\n  tags: a\n");

        var diagnostic = Fails();

        Assert.Equal("BOSUN3123", diagnostic.Code);
        Assert.Equal(
            "cannot load requirements.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Dependency.dependencies.tags of type []string",
            diagnostic.Message);
        Assert.Equal("app/requirements.yaml", diagnostic.Location?.File.Path);
    }

    [Fact]
    public void Load_LockSchemaAndLibraryType_AreKept()
    {
        _dir.Write("Chart.yaml", ChartYaml("lib") + "type: library\n");
        _dir.Write("Chart.lock", "generated: \"2024-01-01T00:00:00Z\"\ndigest: sha256:x\ndependencies: []\n");
        _dir.Write("values.schema.json", "{\"type\": \"object\"}");

        var chart = Load();

        Assert.True(chart.Metadata.IsLibrary);
        Assert.Equal("Chart.lock", chart.Lock?.Name);
        Assert.Equal("{\"type\": \"object\"}", System.Text.Encoding.UTF8.GetString(chart.Schema ?? []));
        Assert.Empty(chart.Files);
    }

    [Fact]
    public void Load_BadChartLock_IsLockError()
    {
        _dir.Write("Chart.yaml", ChartYaml("app"));
        _dir.Write("Chart.lock", "digest: 12\ndependencies: x\n");

        var diagnostic = Fails();

        Assert.Equal("BOSUN3122", diagnostic.Code);
        Assert.Equal(
            "cannot load Chart.lock: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Lock.dependencies of type []*v2.Dependency",
            diagnostic.Message);
    }

    [Fact]
    public void Load_ChartLockNotAMapOrBadTime_IsLockError()
    {
        // Oracle: helm4 template with Chart.lock "lock" / "generated: 5".
        _dir.Write("Chart.yaml", ChartYaml("app"));
        _dir.Write("Chart.lock", "lock\n");
        Assert.Equal("cannot load Chart.lock: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type v2.Lock", Fails().Message);

        _dir.Write("Chart.lock", "generated: 5\n");
        Assert.Equal("cannot load Chart.lock: error unmarshaling JSON: while decoding JSON: Time.UnmarshalJSON: input is not a JSON string", Fails().Message);
    }

    [Fact]
    public void Load_ChartYamlNotAMap_FailsInHelm4sApiVersionProbe()
    {
        // Oracle: helm4 template → cannot load Chart.yaml: … cannot unmarshal array into Go value of type loader.chartBase
        _dir.Write("Chart.yaml", "- a\n");

        Assert.Equal(
            "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type loader.chartBase",
            Fails().Message);
        Assert.Equal(
            "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type chart.Metadata",
            Fails(helmMajor: 3).Message);
    }

    [Fact]
    public void Load_EmptyChartYaml_NeedsAName()
    {
        _dir.Write("Chart.yaml", string.Empty);

        Assert.Equal(("BOSUN3004", "validation: chart.metadata.name is required"), (Fails().Code, Fails().Message));
    }

    [Fact]
    public void Load_RequirementsFields_OverrideChartYamlLikeASecondUnmarshal()
    {
        // Oracle: helm4 show chart → name: b, dependencies from requirements.yaml.
        _dir.Write("Chart.yaml", "name: a\nversion: 1.0.0\napiVersion: v1\n");
        _dir.Write("requirements.yaml", "name: b\ndependencies: [{name: x}]\n");
        _dir.Write("charts/x/Chart.yaml", "name: x\nversion: 1.0.0\n");

        var chart = Load();

        Assert.Equal(("b", "1.0.0", "x"), (chart.Name, chart.Metadata.Version, Assert.Single(chart.Metadata.Dependencies).Name));
    }

    [Fact]
    public void Load_DuplicateDependency_IsValidationError()
    {
        _dir.Write("Chart.yaml", ChartYaml("app") + "dependencies:\n- name: redis\n- name: redis\n");

        var diagnostic = Fails();

        Assert.Equal(("BOSUN3004", "validation: more than one dependency with name or alias \"redis\""), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void Load_WrongTypeInChartYaml_PointsAtTheFile()
    {
        _dir.Write("Chart.yaml", ChartYaml("app") + "deprecated: 1\n");

        var diagnostic = Fails();

        Assert.Equal(
            "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go struct field Metadata.deprecated of type bool",
            diagnostic.Message);
        Assert.Equal("app/Chart.yaml", diagnostic.Location?.File.Path);
    }

    [Theory]
    [InlineData("v9", "BOSUN3116", "unsupported chart version")]
    [InlineData("v3", "BOSUN3117", "invalid chart apiVersion")]
    public void Load_OtherApiVersion_IsRefusedByHelm4(string apiVersion, string code, string message)
    {
        _dir.Write("Chart.yaml", ChartYaml("app", apiVersion: apiVersion));

        var diagnostic = Fails();

        Assert.Equal((code, message), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void Load_OtherApiVersionWithHelm3_IsAccepted()
    {
        _dir.Write("Chart.yaml", ChartYaml("app", apiVersion: "v9"));

        Assert.Equal("v9", Load(helmMajor: 3).Metadata.ApiVersion);
    }

    [Fact]
    public void Load_DanglingSymlink_IsRefusedLikeSympath()
    {
        _dir.Write("Chart.yaml", ChartYaml("app"));
        Directory.CreateDirectory(Path.Combine(_dir.Path, "templates"));
        string missing = Path.Combine(_dir.Path, "nowhere.yaml");
        File.CreateSymbolicLink(Path.Combine(_dir.Path, "templates", "x.yaml"), missing);

        var diagnostic = Fails();

        Assert.Equal("BOSUN3119", diagnostic.Code);
        Assert.Equal($"error evaluating symlink app/templates/x.yaml: lstat {missing}: no such file or directory", diagnostic.Message);
    }

    [Fact]
    public void Load_SymlinkLoop_IsTooManyLinks()
    {
        _dir.Write("Chart.yaml", ChartYaml("app"));
        File.CreateSymbolicLink(Path.Combine(_dir.Path, "a"), "b");
        File.CreateSymbolicLink(Path.Combine(_dir.Path, "b"), "a");

        var diagnostic = Fails();

        Assert.Equal(("BOSUN3119", "error evaluating symlink app/a: EvalSymlinks: too many links"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void Load_SymlinkedFolderAndFile_AreFollowed()
    {
        using var outside = new TempDirectory();
        outside.Write("shared/t.yaml", "shared");
        outside.Write("one.txt", "one");
        _dir.Write("Chart.yaml", ChartYaml("app"));
        Directory.CreateDirectory(Path.Combine(_dir.Path, "templates"));
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "templates", "shared"), Path.Combine(outside.Path, "shared"));
        File.CreateSymbolicLink(Path.Combine(_dir.Path, "link.txt"), Path.Combine(outside.Path, "one.txt"));

        var chart = Load();

        Assert.Equal("shared", Assert.Single(chart.Templates, t => t.Name == "templates/shared/t.yaml").Text);
        Assert.Equal("one", Assert.Single(chart.Files, f => f.Name == "link.txt").Text);
    }

    [Fact]
    public async Task Load_NamedPipe_DoesNotBlock()
    {
        // helm refuses it ("cannot load irregular file … as it has file mode type bits set"); .NET cannot see the
        // file type, so bosun loads it as an empty file instead of blocking on the pipe.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _dir.Write("Chart.yaml", ChartYaml("app"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(_dir.Path, "pipe")))
        {
            mkfifo.WaitForExit();
        }

        var chart = await Task.Run(() => Load()).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Empty(Assert.Single(chart.Files, f => f.Name == "pipe").Data);
    }

    [Fact]
    public void Load_SymlinkAndV2Requirements_GiveHelmsStderrNotices()
    {
        // Oracle: helm4 / helm3 template on a v2 chart with a symlinked template and requirements.yaml (stderr).
        using var outside = new TempDirectory();
        string target = outside.Write("target.yaml", "kind: A");
        _dir.Write("Chart.yaml", ChartYaml("app"));
        _dir.Write("requirements.yaml", "dependencies:\n- name: redis\n");
        Directory.CreateDirectory(Path.Combine(_dir.Path, "templates"));
        string link = Path.Combine(_dir.Path, "templates", "a.yaml");
        File.CreateSymbolicLink(link, target);

        var chart = Load();

        Assert.Equal(
            [
                $"level=INFO msg=\"found symbolic link in path. Contents of linked file included and used\" path={link} resolved={target}",
                "level=INFO msg=\"Warning: Dependencies are handled in Chart.yaml since apiVersion \\\"v2\\\". We recommend migrating dependencies to Chart.yaml.\"",
            ],
            chart.LoadNotices.Select(n => n.Format(4)));
        Assert.Equal(
            [
                $"walk.go:75: found symbolic link in path: {link} resolves to {target}. Contents of linked file included and used",
                "load.go:120: Warning: Dependencies are handled in Chart.yaml since apiVersion \"v2\". We recommend migrating dependencies to Chart.yaml.",
            ],
            chart.LoadNotices.Select(n => n.Format(3)));
    }

    [Fact]
    public void Load_FileOver5MiB_IsRefusedByHelm4Only()
    {
        _dir.Write("Chart.yaml", ChartYaml("app"));
        WriteBytes("files/big.bin", new byte[(5 * 1024 * 1024) + 1]);

        var diagnostic = Fails();

        Assert.Equal(("BOSUN3121", "chart file \"big.bin\" is larger than the maximum file size 5242880"), (diagnostic.Code, diagnostic.Message));
        Assert.Single(Load(helmMajor: 3).Files);
    }
}
