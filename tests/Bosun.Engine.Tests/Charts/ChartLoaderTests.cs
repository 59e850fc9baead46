using Bosun.Core.Diagnostics;
using Bosun.Core.Values;
using Bosun.Engine.Charts;
using Bosun.Testing;

namespace Bosun.Engine.Tests.Charts;

public sealed class ChartLoaderTests : IDisposable
{
    private const string ChartYaml = "apiVersion: v2\nname: app\nversion: 0.1.0\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private Diagnostic LoadFails() =>
        Assert.Throws<BosunException>(() => ChartLoader.Load(_dir.Path, "app")).Diagnostic;

    [Fact]
    public void Load_MissingDirectory_IsChartNotFound()
    {
        var ex = Assert.Throws<BosunException>(() => ChartLoader.Load(Path.Combine(_dir.Path, "nope"), "charts/nope"));

        Assert.Equal("BOSUN3001", ex.Diagnostic.Code);
        Assert.Equal("path \"charts/nope\" not found", ex.Diagnostic.Message);
    }

    [Fact]
    public void Load_NoChartYaml_IsHelm4DetectError()
    {
        _dir.Write("values.yaml", "a: 1\n");

        var diagnostic = LoadFails();

        Assert.Equal("BOSUN3100", diagnostic.Code);
        Assert.Equal("unable to detect chart at app/Chart.yaml: open app/Chart.yaml: no such file or directory", diagnostic.Message);
    }

    [Fact]
    public void Load_NoChartYamlWithHelm3_IsMissingChartYaml()
    {
        _dir.Write("values.yaml", "a: 1\n");

        var diagnostic = Assert.Throws<BosunException>(() => ChartLoader.Load(_dir.Path, "app", helmMajor: 3)).Diagnostic;

        Assert.Equal(("BOSUN3002", "Chart.yaml file is missing"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void Load_Files_AreSortedIntoTemplatesValuesAndFiles()
    {
        _dir.Write("Chart.yaml", ChartYaml);
        _dir.Write("values.yaml", "replicas: 2\n");
        _dir.Write("templates/deploy.yaml", "kind: Deployment\n");
        _dir.Write("templates/sub/x.yaml", "kind: Service\n");
        _dir.Write("templates/_helpers.tpl", "{{ define \"x\" }}{{ end }}");
        _dir.Write("templates/.hidden.yaml", "ignored by helm's default rule");
        _dir.Write("files/a.txt", "a");
        _dir.Write("README.md", "readme");
        _dir.Write("Chart.lock", "digest: sha256:0\n");
        _dir.Write("values.schema.json", "{}");

        var chart = ChartLoader.Load(_dir.Path, "app");

        Assert.Equal("app", chart.Name);
        Assert.Equal(2.0, chart.Values["replicas"]);
        Assert.Equal(["templates/_helpers.tpl", "templates/deploy.yaml", "templates/sub/x.yaml"], chart.Templates.Select(t => t.Name));
        Assert.Equal(["README.md", "files/a.txt"], chart.Files.Select(f => f.Name));
    }

    [Fact]
    public void Load_HelmIgnore_LeavesMatchingFilesOut()
    {
        _dir.Write("Chart.yaml", ChartYaml);
        _dir.Write(".helmignore", "*.bak\nsecret/\n");
        _dir.Write("notes.bak", "x");
        _dir.Write("secret/key", "x");
        _dir.Write("kept.txt", "x");

        var chart = ChartLoader.Load(_dir.Path, "app");

        Assert.Equal([".helmignore", "kept.txt"], chart.Files.Select(f => f.Name));
    }

    [Fact]
    public void Load_ByteOrderMark_IsRemoved()
    {
        _dir.Write("Chart.yaml", ChartYaml);
        _dir.Write("files/bom.txt", "\uFEFFtext");

        var chart = ChartLoader.Load(_dir.Path, "app");

        Assert.Equal("text", Assert.Single(chart.Files).Text);
    }

    [Fact]
    public void Load_NoValuesFile_GivesEmptyValues()
    {
        _dir.Write("Chart.yaml", ChartYaml);

        Assert.Empty(ChartLoader.Load(_dir.Path, "app").Values);
    }

    [Fact]
    public void Load_ValuesNotAMap_IsChartValuesError()
    {
        _dir.Write("Chart.yaml", ChartYaml);
        _dir.Write("values.yaml", "# comment\n- a\n- b\n");

        var diagnostic = LoadFails();

        Assert.Equal("BOSUN3010", diagnostic.Code);
        Assert.StartsWith("cannot load values.yaml: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("cannot unmarshal array into Go value of type map[string]interface {}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Helm3ValuesOfSeveralDocuments_ReadsOnlyTheFirst()
    {
        _dir.Write("Chart.yaml", ChartYaml);
        _dir.Write("values.yaml", "a: 1\n---\nb: [unclosed\n");

        var chart = ChartLoader.Load(_dir.Path, "app", helmMajor: 3);

        Assert.Equal("{\"a\":1}", GoJson.Serialize(chart.Values, escapeHtml: true));
    }

    [Fact]
    public void Load_Helm3ValuesSyntaxError_Helm3Wording()
    {
        _dir.Write("Chart.yaml", ChartYaml);
        _dir.Write("values.yaml", "a: b: c\n");

        var diagnostic = Assert.Throws<BosunException>(() => ChartLoader.Load(_dir.Path, "app", helmMajor: 3)).Diagnostic;

        Assert.Equal("cannot load values.yaml: error converting YAML to JSON: yaml: mapping values are not allowed in this context", diagnostic.Message);
        Assert.Equal("app/values.yaml", diagnostic.Location?.File.Path);
    }

    [Fact]
    public void Load_ValuesSyntaxError_PointsIntoValuesFile()
    {
        _dir.Write("Chart.yaml", ChartYaml);
        _dir.Write("values.yaml", "a: 1\nb: [1, 2\n");

        var diagnostic = LoadFails();

        Assert.Equal("BOSUN3010", diagnostic.Code);
        Assert.Equal("app/values.yaml", diagnostic.Location?.File.Path);
    }

    [Fact]
    public void Load_InvalidHelmIgnoreRule_IsReported()
    {
        _dir.Write("Chart.yaml", ChartYaml);
        _dir.Write(".helmignore", "**/tmp\n");

        var diagnostic = LoadFails();

        Assert.Equal("BOSUN3007", diagnostic.Code);
        Assert.Equal("invalid .helmignore rule \"**/tmp\": double-star (**) syntax is not supported", diagnostic.Message);
    }

    [Fact]
    public void Load_ExampleChart_HasExpectedShape()
    {
        var chart = ChartLoader.Load(RepoPaths.ExampleChart, "examples/charts/hello");

        Assert.Equal(("hello", "0.3.1", "1.27.2"), (chart.Name, chart.Metadata.Version, chart.Metadata.AppVersion));
        Assert.Contains(chart.Templates, t => t.Name == "templates/_helpers.tpl");
        Assert.Contains(chart.Files, f => f.Name == "files/welcome.txt");
        Assert.IsType<GoMap>(chart.Values["image"]);
    }
}
