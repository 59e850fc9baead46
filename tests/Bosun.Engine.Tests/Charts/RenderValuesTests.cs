using Bosun.Core.Values;
using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class RenderValuesTests
{
    private static readonly Chart s_chart = new(
        new ChartMetadata { Name = "app", Version = "1.2.3", AppVersion = "9.9", Keywords = ["k"] },
        new GoMap(),
        [],
        []);

    [Fact]
    public void Create_TopLevel_HasHelm4Keys()
    {
        var top = RenderValues.Create(s_chart, new GoMap(GoType.CommonValues), ReleaseOptions.Default, Capabilities.Default);

        Assert.Equal("common.Values", top.Type.Name);
        Assert.Equal(["Capabilities", "Chart", "Files", "Release", "Subcharts", "Values"], top.SortedKeys());
    }

    [Fact]
    public void ChartMap_HasCapitalisedMetadataFieldsAndIsRoot()
    {
        var chart = RenderValues.ChartMap(s_chart.Metadata, isRoot: true);

        Assert.Equal(
            ["APIVersion", "Annotations", "AppVersion", "Condition", "Dependencies", "Deprecated", "Description", "Home",
             "Icon", "IsRoot", "Keywords", "KubeVersion", "Maintainers", "Name", "Sources", "Tags", "Type", "Version"],
            chart.SortedKeys());
        Assert.Equal("9.9", chart["AppVersion"]);
        Assert.Equal(true, chart["IsRoot"]);
        Assert.Equal(["k"], Assert.IsType<GoList>(chart["Keywords"]).Items);
        Assert.Equal("map[string]string", Assert.IsType<GoMap>(chart["Annotations"]).Type.Name);
    }

    [Fact]
    public void Create_Release_IsHelmTemplateRelease()
    {
        var release = new ReleaseOptions { Name = "demo", Namespace = "web" };
        var top = RenderValues.Create(s_chart, new GoMap(GoType.CommonValues), release, Capabilities.Default);

        var map = Assert.IsType<GoMap>(top["Release"]);
        Assert.Equal("map[string]interface {}", map.Type.Name);
        Assert.Equal("demo", map["Name"]);
        Assert.Equal("web", map["Namespace"]);
        Assert.Equal(1L, map["Revision"]);
        Assert.Equal(true, map["IsInstall"]);
        Assert.Equal(false, map["IsUpgrade"]);
        Assert.Equal("Helm", map["Service"]);
    }

    [Fact]
    public void TemplateMap_NameAndBasePath()
    {
        var t = RenderValues.TemplateMap("app/templates/x.yaml", "app/templates");

        Assert.Equal("common.Values", t.Type.Name);
        Assert.Equal("app/templates/x.yaml", t["Name"]);
        Assert.Equal("app/templates", t["BasePath"]);
    }
}
