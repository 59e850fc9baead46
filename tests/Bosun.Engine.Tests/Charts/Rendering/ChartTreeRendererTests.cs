using Bosun.Core.Values;
using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts.Rendering;

/// <summary>
/// Rendering a chart tree: expected bytes are helm v4.1.4's and v3.17.2's <c>helm template demo ./par</c> of the
/// same chart on disk (see <see cref="ChartTrees.Parent"/>).
/// </summary>
public class ChartTreeRendererTests
{
    private const string Helm4Output = """"
        ---
        # Source: par/templates/cm.yaml
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: demo-par
        data:
          t: par/templates/cm.yaml par/templates
          root: "true"
          sub: blue
          inc: par-none
          lib: hello-par
          deps: "[{\"Alias\":\"\",\"Condition\":\"\",\"Enabled\":true,\"ImportValues\":[],\"Name\":\"sub\",\"Repository\":\"\",\"Tags\":[],\"Version\":\"0.2.0\"},{\"Alias\":\"\",\"Condition\":\"\",\"Enabled\":true,\"ImportValues\":[],\"Name\":\"lib\",\"Repository\":\"\",\"Tags\":[],\"Version\":\"0.1.0\"}]"
          type: common.Values
        ---
        # Source: par/charts/sub/templates/svc.yaml
        apiVersion: v1
        kind: Service
        metadata:
          name: sub-blue
          labels:
            root: "false"
            g: "1"
            t: par/charts/sub/templates/svc.yaml
            files: "extra\n"
        ---
        # Source: par/templates/tests/t.yaml
        apiVersion: v1
        kind: Pod
        metadata:
          name: test
          annotations:
            helm.sh/hook: test
        ---
        # Source: par/templates/hook.yaml
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: hook
          annotations:
            helm.sh/hook: pre-install

        """";

    private const string Helm3Output = """"
        ---
        # Source: par/templates/cm.yaml
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: demo-par
        data:
          t: par/templates/cm.yaml par/templates
          root: "true"
          sub: blue
          inc: par-none
          lib: hello-par
          deps: "[{\"name\":\"sub\",\"version\":\"0.2.0\",\"repository\":\"\",\"enabled\":true},{\"name\":\"lib\",\"version\":\"0.1.0\",\"repository\":\"\",\"enabled\":true}]"
          type: chartutil.Values
        ---
        # Source: par/charts/sub/templates/svc.yaml
        apiVersion: v1
        kind: Service
        metadata:
          name: sub-blue
          labels:
            root: "false"
            g: "1"
            t: par/charts/sub/templates/svc.yaml
            files: "extra\n"
        ---
        # Source: par/templates/tests/t.yaml
        apiVersion: v1
        kind: Pod
        metadata:
          name: test
          annotations:
            helm.sh/hook: test
        ---
        # Source: par/templates/hook.yaml
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: hook
          annotations:
            helm.sh/hook: pre-install

        """";

    private static readonly ReleaseOptions s_demo = new() { Name = "demo" };

    [Fact]
    public void RenderCoalesced_SubchartAndLibrary_MatchesHelm4()
    {
        var result = ChartRenderer.RenderCoalesced(ChartTrees.Parent(), ChartTrees.ParentCoalescedValues(), s_demo, ChartRenderOptions.Default);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Helm4Output, HelmTemplatePrinter.Print(result));
    }

    [Fact]
    public void RenderCoalesced_SubchartAndLibrary_Helm3_MatchesHelm3()
    {
        var result = ChartRenderer.RenderCoalesced(ChartTrees.Parent(), ChartTrees.ParentCoalescedValues(), s_demo, ChartRenderOptions.ForHelm(3));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Helm3Output, HelmTemplatePrinter.Print(result));
    }

    [Fact]
    public void RenderTemplates_Tree_NamesSubchartTemplatesUnderChartsAndSkipsLibraryNonPartials()
    {
        var rendered = ChartRenderer.RenderTemplates(ChartTrees.Parent(), ChartTrees.ParentCoalescedValues(), s_demo, ChartRenderOptions.Default);

        Assert.False(rendered.HasErrors);
        Assert.Equal(
            ["par/charts/sub/templates/NOTES.txt", "par/charts/sub/templates/svc.yaml", "par/templates/NOTES.txt", "par/templates/cm.yaml",
             "par/templates/hook.yaml", "par/templates/tests/t.yaml"],
            rendered.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("sub notes\n", rendered.Files["par/charts/sub/templates/NOTES.txt"]);
        Assert.Equal("notes demo\n", rendered.Files["par/templates/NOTES.txt"]);
    }

    [Fact]
    public void RenderTemplates_SubchartWithoutValuesTable_SeesEmptyValues()
    {
        var sub = ChartTrees.Build("sub", "1.0.0", [("templates/x.yaml", "{{ printf \"%T %v\" .Values .Values }}")]);
        var root = ChartTrees.Build("root", "1.0.0", [], subcharts: [sub]);
        var values = ValuesLoader.Load("sub: 3\n");

        var rendered = ChartRenderer.RenderTemplates(root, values, s_demo, ChartRenderOptions.Default);

        Assert.Equal("common.Values map[]", rendered.Files["root/charts/sub/templates/x.yaml"]);
    }

    [Fact]
    public void RenderTemplates_NestedSubchart_ScopesValuesAndPaths()
    {
        var leaf = ChartTrees.Build("leaf", "1.0.0", [("templates/x.yaml", "{{ .Values.v }} {{ .Template.BasePath }} {{ .Chart.IsRoot }}")]);
        var mid = ChartTrees.Build("mid", "1.0.0", [("templates/y.yaml", "{{ .Subcharts.leaf.Values.v }} {{ .Values.leaf.v }}")], subcharts: [leaf]);
        var root = ChartTrees.Build("root", "1.0.0", [], subcharts: [mid]);
        var values = ValuesLoader.Load("mid:\n  leaf:\n    v: deep\n");

        var rendered = ChartRenderer.RenderTemplates(root, values, s_demo, ChartRenderOptions.Default);

        Assert.Equal("deep root/charts/mid/charts/leaf/templates false", rendered.Files["root/charts/mid/charts/leaf/templates/x.yaml"]);
        Assert.Equal("deep deep", rendered.Files["root/charts/mid/templates/y.yaml"]);
    }

    [Fact]
    public void RenderTemplates_IncludeAcrossCharts_RunsWithCallersScope()
    {
        var sub = ChartTrees.Build("sub", "1.0.0", [("templates/_n.tpl", "{{ define \"n\" }}{{ .Chart.Name }}/{{ .Values.x }}{{ end }}"), ("templates/a.yaml", "{{ include \"n\" . }}")]);
        var root = ChartTrees.Build("root", "1.0.0", [("templates/b.yaml", "{{ include \"n\" . }}")], subcharts: [sub]);
        var values = ValuesLoader.Load("x: r\nsub:\n  x: s\n");

        var rendered = ChartRenderer.RenderTemplates(root, values, s_demo, ChartRenderOptions.Default);

        Assert.Equal("sub/s", rendered.Files["root/charts/sub/templates/a.yaml"]);
        Assert.Equal("root/r", rendered.Files["root/templates/b.yaml"]);
    }

    [Fact]
    public void RenderTemplates_Helm3Chart_IsMetadataStructWithIsRoot()
    {
        var chart = ChartTrees.Build("caps", "0.1.0", [("templates/x.yaml", "{{ printf \"%T\" .Chart }}|{{ .Chart }}|{{ .Chart.Name }}|{{ .Chart.IsRoot }}")]);

        var rendered = ChartRenderer.RenderTemplates(chart, new GoMap(), s_demo, ChartRenderOptions.ForHelm(3));

        // helm v3.17.2: struct { chart.Metadata; IsRoot bool }|{{caps  [] 0.1.0  [] []  v2    false map[]  [] } true}
        Assert.Equal(
            "struct { chart.Metadata; IsRoot bool }|{{caps  [] 0.1.0  [] []  v2    false map[]  [] } true}|caps|true",
            rendered.Files["caps/templates/x.yaml"]);
    }

    [Fact]
    public void RenderTemplates_ExecutionErrorInSubchart_ReportsHelmText()
    {
        var sub = ChartTrees.Build("sub", "1.0.0", [("templates/a.yaml", "{{ fail \"boom\" }}")]);
        var root = ChartTrees.Build("root", "1.0.0", [], subcharts: [sub]);

        var rendered = ChartRenderer.RenderTemplates(root, new GoMap(), s_demo, ChartRenderOptions.Default);

        Assert.True(rendered.HasErrors);
        Assert.Empty(rendered.Files);
        var error = Assert.Single(rendered.Diagnostics);
        Assert.Equal("execution error at (root/charts/sub/templates/a.yaml:1:3): boom", error.Message);
        Assert.Equal("root/charts/sub/templates/a.yaml:1:4", error.Location?.ToString());
    }
}
