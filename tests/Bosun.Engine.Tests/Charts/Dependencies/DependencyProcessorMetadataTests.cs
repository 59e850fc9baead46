using Bosun.Core.Diagnostics;
using Bosun.Core.Values;
using Bosun.Engine.Charts;
using Bosun.Engine.Charts.Dependencies;
using static Bosun.Engine.Tests.Charts.Dependencies.ChartTrees;

namespace Bosun.Engine.Tests.Charts.Dependencies;

public class DependencyProcessorMetadataTests
{
    [Fact]
    public void Process_Alias_RenamesCopyAndRequirement()
    {
        var chart = Make("p", "", "- name: sub\n  version: 0.1.0\n  alias: first\n- name: sub\n  version: 0.1.0\n  alias: second\n", Make("sub", "x: 1", ""));

        var processed = DependencyProcessor.Process(chart, new GoMap());

        Assert.Equal(["first", "second"], processed.Dependencies.Select(d => d.Name));
        Assert.Equal(["first", "second"], processed.Metadata.Dependencies.Select(d => d.Name));
        Assert.All(processed.Metadata.Dependencies, d => Assert.True(d.Enabled));
        Assert.Equal(["sub"], chart.Dependencies.Select(d => d.Name));
    }

    [Fact]
    public void Process_Disabled_RemovedFromTreeAndMetadata()
    {
        var chart = Make("p", "sub:\n  enabled: false", "- name: sub\n  version: 0.1.0\n  condition: sub.enabled\n", Make("sub", "x: 1", ""));

        var processed = DependencyProcessor.Process(chart, new GoMap());

        Assert.Empty(processed.Dependencies);
        Assert.Empty(processed.Metadata.Dependencies);
    }

    [Fact]
    public void Process_ImportValues_NormalizedToChildParentStringMaps()
    {
        var chart = Make("p", "", "- name: sub\n  version: 0.1.0\n  import-values:\n  - data\n  - child: a.b\n    parent: c\n  - 7\n", Make("sub", "x: 1", ""));

        var processed = DependencyProcessor.Process(chart, new GoMap());

        var imports = processed.Metadata.Dependencies[0].ImportValues;
        Assert.Equal(2, imports.Length);
        var first = Assert.IsType<GoMap>(imports[0]);
        Assert.Equal(GoType.MapOfString, first.Type);
        Assert.Equal("exports.data", first["child"]);
        Assert.Equal(".", first["parent"]);
        var second = Assert.IsType<GoMap>(imports[1]);
        Assert.Equal("a.b", second["child"]);
        Assert.Equal("c", second["parent"]);
    }

    [Fact]
    public void Process_ImportValuesParentNotString_Helm4FormatsHelm3Fails()
    {
        var chart = Make("p", "", "- name: sub\n  version: 0.1.0\n  import-values:\n  - child: t\n    parent: 5\n", Make("sub", "t:\n  a: 1", ""));

        var helm4 = DependencyProcessor.Process(chart, new GoMap(), helmMajor: 4, log: null);
        var ex = Assert.Throws<BosunException>(() => DependencyProcessor.Process(chart, new GoMap(), helmMajor: 3, log: null));

        Assert.Equal(1.0, Assert.IsType<GoMap>(Assert.IsType<GoMap>(helm4.Values["5"])).Entries["a"]);
        Assert.Equal("import-values of dependency \"sub\": interface conversion: interface {} is float64, not string", ex.Diagnostic.Message);
    }

    [Fact]
    public void Process_ChartWithoutDependencies_IsReturnedUnchanged()
    {
        var chart = Make("p", "a: 1", "", Make("sub", "x: 1", ""));

        Assert.Same(chart, DependencyProcessor.Process(chart, new GoMap()));
    }
}
