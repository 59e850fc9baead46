using Bosun.Core.Diagnostics;
using Bosun.Engine.Charts;
using Bosun.Engine.Charts.Rendering;
using Bosun.Testing;

namespace Bosun.Engine.Tests.Charts.Rendering;

/// <summary>
/// The helm template pipeline on the flags test chart (tests/Bosun.Cli.Tests/TemplateCharts/flags) copied into a
/// temp dir; expected bytes are helm v4.1.4's for
/// <c>helm template demo flags --output-dir out --include-crds --release-name --skip-tests</c>.
/// </summary>
public sealed class HelmTemplateTests : IDisposable
{
    private const string OutputDirStdout = """"
        wrote out/flags/crds/widgets.yaml
        wrote out/demo/flags/templates/cm.yaml
        wrote out/demo/flags/templates/deploy.yaml
        wrote out/demo/flags/templates/deploy.yaml
        wrote out/demo/flags/templates/hooks.yaml
        wrote out/demo/flags/templates/hooks.yaml


        """";

    private const string DeployFile = """"
        ---
        # Source: flags/templates/deploy.yaml
        apiVersion: v1
        kind: Service
        metadata:
          name: demo
        ---
        # Source: flags/templates/deploy.yaml
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: demo
        spec:
          replicas: 2

        """";

    private const string HooksFile = """"
        ---
        # Source: flags/templates/hooks.yaml
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: demo-hook-sa
          annotations:
            helm.sh/hook: pre-install
        ---
        # Source: flags/templates/hooks.yaml
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: demo-migrate
          annotations:
            helm.sh/hook: pre-install,pre-upgrade

        """";

    private const string HooksFileAfterSecondRun = """"
        ---
        # Source: flags/templates/hooks.yaml
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: demo-hook-sa
          annotations:
            helm.sh/hook: pre-install
        ---
        # Source: flags/templates/hooks.yaml
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: demo-migrate
          annotations:
            helm.sh/hook: pre-install,pre-upgrade
        ---
        # Source: flags/templates/hooks.yaml
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: demo-hook-sa
          annotations:
            helm.sh/hook: pre-install
        ---
        # Source: flags/templates/hooks.yaml
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: demo-migrate
          annotations:
            helm.sh/hook: pre-install,pre-upgrade

        """";

    private const string CrdFile = """"
        ---
        # Source: flags/crds/widgets.yaml
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        ---
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: gadgets.example.com


        """";

    private readonly TempDirectory _temp = new();

    public HelmTemplateTests()
    {
        string source = RepoPaths.Combine("tests", "Bosun.Cli.Tests", "TemplateCharts", "flags");
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            _temp.Write("flags/" + relative, File.ReadAllText(file));
        }
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_OutputDirWithReleaseName_WritesFilesAndPrintsWroteLinesAsHelm()
    {
        var result = HelmTemplate.Run(OutputDirRequest());

        Assert.Equal(OutputDirStdout, result.Stdout);
        Assert.Equal(DeployFile, File.ReadAllText(Path.Combine(_temp.Path, "out/demo/flags/templates/deploy.yaml")));
        Assert.Equal(HooksFile, File.ReadAllText(Path.Combine(_temp.Path, "out/demo/flags/templates/hooks.yaml")));
        Assert.Equal(CrdFile, File.ReadAllText(Path.Combine(_temp.Path, "out/flags/crds/widgets.yaml")));
        Assert.False(File.Exists(Path.Combine(_temp.Path, "out/demo/flags/templates/tests/test-connection.yaml")));
    }

    [Fact]
    public void Run_OutputDirTwice_AppendsHooksToExistingFilesAsHelm()
    {
        HelmTemplate.Run(OutputDirRequest());
        var second = HelmTemplate.Run(OutputDirRequest());

        Assert.Equal(OutputDirStdout, second.Stdout);
        Assert.Equal(HooksFileAfterSecondRun, File.ReadAllText(Path.Combine(_temp.Path, "out/demo/flags/templates/hooks.yaml")));
        Assert.Equal(DeployFile, File.ReadAllText(Path.Combine(_temp.Path, "out/demo/flags/templates/deploy.yaml")));
    }

    [Fact]
    public void Run_OutputDirWithShowOnly_FindsNothingAsHelm()
    {
        var ex = Assert.Throws<BosunException>(() => HelmTemplate.Run(OutputDirRequest() with { ShowOnly = ["templates/cm.yaml"] }));

        Assert.Equal("could not find template templates/cm.yaml in chart", ex.Diagnostic.Message);
        Assert.Equal("BOSUN3250", ex.Diagnostic.Code);
    }

    [Fact]
    public void Run_Default_ReportsReleaseNameAndLeavesCrdsOut()
    {
        var result = HelmTemplate.Run(Request() with { Name = null });

        Assert.Equal("release-name", result.ReleaseName);
        Assert.Empty(result.Crds);
        Assert.StartsWith("---\n# Source: flags/templates/cm.yaml\n", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("./nope", "BOSUN3001", "path \"./nope\" not found")]
    [InlineData("nope", "BOSUN3259", "non-absolute URLs should be in form of repo_name/path_to_chart, got: nope")]
    [InlineData("stable/nope", "BOSUN3259", "repo stable not found")]
    [InlineData("oci://r.example.com/c", "BOSUN3260", "chart \"oci://r.example.com/c\" is remote; bosun template renders local chart directories and archives only")]
    public void Run_ChartMissing_ReportsHelmsLocateError(string chart, string code, string message)
    {
        var ex = Assert.Throws<BosunException>(() => HelmTemplate.Run(Request() with { ChartPath = chart }));

        Assert.Equal((code, message), (ex.Diagnostic.Code, ex.Diagnostic.Message));
    }

    [Fact]
    public void Run_Helm3KubeVersionAboveConstraint_Renders()
    {
        var result = HelmTemplate.Run(Request() with { HelmMajor = 3, KubeVersion = "1.21.0" });

        Assert.Contains("  kube: \"{v1.21.0 1 21}\"\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  helm: \"v3.17.2\"\n", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, "  name: demo-second\n")]
    [InlineData(3, "  name: demo-first\n")]
    public void Run_ValuesFileOfSeveralDocuments_ReadAsTheHelmMajorDoes(int major, string expected)
    {
        _temp.Write("multi.yaml", "name: first\n---\nname: second\n");

        var result = HelmTemplate.Run(Request() with { HelmMajor = major, Values = new UserValueSources { ValuesFiles = ["multi.yaml"] } });

        Assert.Contains(expected, result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, "failed to parse list.yaml: cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}")]
    [InlineData(3, "failed to parse list.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}")]
    public void Run_ValuesFileNotAMap_HelmMajorsWording(int major, string message)
    {
        _temp.Write("list.yaml", "- a\n");

        var ex = Assert.Throws<BosunException>(() => HelmTemplate.Run(Request() with { HelmMajor = major, Values = new UserValueSources { ValuesFiles = ["list.yaml"] } }));

        Assert.Equal(("BOSUN3011", message), (ex.Diagnostic.Code, ex.Diagnostic.Message));
    }

    [Theory]
    [InlineData(4, "cannot load values.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: mapping values are not allowed in this context")]
    [InlineData(3, "cannot load values.yaml: error converting YAML to JSON: yaml: mapping values are not allowed in this context")]
    public void Run_ChartValuesSyntaxError_HelmMajorsWording(int major, string message)
    {
        _temp.Write("flags/values.yaml", "a: b: c\n");

        var ex = Assert.Throws<BosunException>(() => HelmTemplate.Run(Request() with { HelmMajor = major }));

        Assert.Equal(("BOSUN3010", message), (ex.Diagnostic.Code, ex.Diagnostic.Message));
    }

    [Fact]
    public void CrdObjects_RootThenSubcharts_OnlyManifestExtensions()
    {
        var crds = HelmTemplate.CrdObjects(ChartTrees.Parent(), null);

        Assert.Equal(["par/crds/a.yaml", "par/charts/sub/crds/b.yaml"], crds.Select(c => c.Source));
    }

    private HelmTemplateRequest Request() => new()
    {
        ChartPath = "flags",
        Name = "demo",
        ResolvePath = p => Path.GetFullPath(Path.Combine(_temp.Path, p)),
    };

    private HelmTemplateRequest OutputDirRequest() => Request() with
    {
        OutputDir = "out",
        IncludeCrds = true,
        UseReleaseName = true,
        SkipTests = true,
    };

    [Theory]
    [InlineData("conditions", 4, "helm4.err")]
    [InlineData("conditions", 3, "helm3.err")]
    [InlineData("hooks", 4, "helm4.err")]
    [InlineData("hooks", 3, "helm3.err")]
    public void Run_HelmLogLines_ReachTheNoticeSinkAsHelmPrintsThem(string corpusCase, int major, string expectedFile)
    {
        string caseDir = RepoPaths.Combine("tests", "charts", corpusCase);
        var lines = new List<string>();

        HelmTemplate.Run(new HelmTemplateRequest
        {
            ChartPath = Path.Combine(caseDir, "chart"),
            HelmMajor = major,
            Notice = lines.Add,
        });

        Assert.Equal(File.ReadAllText(Path.Combine(caseDir, expectedFile)), string.Concat(lines.Select(l => l + "\n")));
    }
}
