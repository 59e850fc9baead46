using Bosun.Core.Diagnostics;
using Bosun.Engine.Charts;
using Bosun.Engine.Charts.Loading;
using Bosun.Testing;
using static Bosun.Engine.Tests.Charts.Loading.ChartArchives;

namespace Bosun.Engine.Tests.Charts.Loading;

public sealed class DependencyCheckerTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Check_MissingDependencies_ListsThemInDeclarationOrder()
    {
        // Oracle: helm4 template x ./miss → Error: an error occurred while checking for chart dependencies. ...: redis, pg
        _dir.Write("Chart.yaml", ChartYaml("app") + "dependencies:\n- name: redis\n  version: 1.x\n- name: pg\n  alias: db\n- name: here\n");
        _dir.Write("charts/here/Chart.yaml", ChartYaml("here"));
        var chart = ChartLoader.Load(_dir.Path, "app");

        var helm4 = Assert.Throws<BosunException>(() => DependencyChecker.Check(chart)).Diagnostic;
        var helm3 = Assert.Throws<BosunException>(() => DependencyChecker.Check(chart, helmMajor: 3)).Diagnostic;

        Assert.Equal("BOSUN3124", helm4.Code);
        Assert.Equal(
            "an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: redis, pg",
            helm4.Message);
        Assert.StartsWith("An error occurred while checking", helm3.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DependencyMatchedByChartName_Passes()
    {
        _dir.Write("Chart.yaml", ChartYaml("app") + "dependencies:\n- name: redis\n  alias: cache\n");
        _dir.Write("charts/redis-folder/Chart.yaml", ChartYaml("redis"));

        DependencyChecker.Check(ChartLoader.Load(_dir.Path, "app"));
    }
}
