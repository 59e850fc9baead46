using Bosun.Core.Values;
using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class ValuesCoalescerTests
{
    private static GoMap Map(params (string Key, object? Value)[] entries)
    {
        var map = new GoMap();
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }

    [Fact]
    public void Coalesce_UserValue_WinsOverDefault()
    {
        var result = ValuesCoalescer.Coalesce(Map(("a", 1.0), ("b", 2.0)), Map(("a", "user")));

        Assert.Equal("user", result["a"]);
        Assert.Equal(2.0, result["b"]);
    }

    [Fact]
    public void Coalesce_Result_IsCommonValues()
    {
        var result = ValuesCoalescer.Coalesce(Map(), Map());

        Assert.Equal(GoType.CommonValues, result.Type);
    }

    [Fact]
    public void Coalesce_Tables_MergeRecursively()
    {
        var defaults = Map(("image", Map(("repository", "nginx"), ("tag", ""))));
        var user = Map(("image", Map(("tag", "1.2"))));

        var image = Assert.IsType<GoMap>(ValuesCoalescer.Coalesce(defaults, user)["image"]);

        Assert.Equal("nginx", image["repository"]);
        Assert.Equal("1.2", image["tag"]);
    }

    [Fact]
    public void Coalesce_UserNullAtTopLevel_DeletesDefault()
    {
        var result = ValuesCoalescer.Coalesce(Map(("a", 1.0)), Map(("a", null)));

        Assert.False(result.ContainsKey("a"));
    }

    [Fact]
    public void Coalesce_UserNullInTable_DeletesDefault()
    {
        var defaults = Map(("t", Map(("x", 1.0), ("y", 2.0))));
        var user = Map(("t", Map(("x", null))));

        var t = Assert.IsType<GoMap>(ValuesCoalescer.Coalesce(defaults, user)["t"]);

        Assert.False(t.ContainsKey("x"));
        Assert.Equal(2.0, t["y"]);
    }

    [Fact]
    public void Coalesce_UserNullWithoutDefault_StaysNull()
    {
        var defaults = Map(("t", Map(("y", 2.0))));
        var user = Map(("t", Map(("x", null))), ("top", null));

        var result = ValuesCoalescer.Coalesce(defaults, user);
        var t = Assert.IsType<GoMap>(result["t"]);

        Assert.True(t.ContainsKey("x"));
        Assert.Null(t["x"]);
        Assert.True(result.ContainsKey("top"));
    }

    [Fact]
    public void Coalesce_ScalarOverTable_KeepsUserScalar()
    {
        var result = ValuesCoalescer.Coalesce(Map(("t", Map(("x", 1.0)))), Map(("t", "flat")));

        Assert.Equal("flat", result["t"]);
    }

    [Fact]
    public void Coalesce_TableOverScalarDefault_KeepsUserTable()
    {
        var result = ValuesCoalescer.Coalesce(Map(("t", "flat")), Map(("t", Map(("x", 1.0)))));

        Assert.IsType<GoMap>(result["t"]);
    }

    [Fact]
    public void Coalesce_Inputs_AreNotModified()
    {
        var defaults = Map(("t", Map(("x", 1.0))));
        var user = Map(("t", Map(("y", 2.0))));

        ValuesCoalescer.Coalesce(defaults, user);

        Assert.Single(Assert.IsType<GoMap>(defaults["t"]));
        Assert.Single(Assert.IsType<GoMap>(user["t"]));
    }

    [Fact]
    public void CoalesceTables_BothNull_KeptByHelm4DeletedByHelm3()
    {
        var helm4 = ValuesCoalescer.CoalesceTables(Map(("n", null)), Map(("n", null)), helmMajor: 4, log: null);
        var helm3 = ValuesCoalescer.CoalesceTables(Map(("n", null)), Map(("n", null)), helmMajor: 3, log: null);

        Assert.True(helm4.ContainsKey("n"));
        Assert.False(helm3.ContainsKey("n"));
    }

    [Fact]
    public void MergeTables_UserNull_IsKept()
    {
        var result = ValuesCoalescer.MergeTables(Map(("a", null)), Map(("a", 1.0), ("b", 2.0)), helmMajor: 4, log: null);

        Assert.True(result.ContainsKey("a"));
        Assert.Null(result["a"]);
        Assert.Equal(2.0, result["b"]);
    }

    [Fact]
    public void CoalesceTables_TableUnderScalar_WarnsWithGoFormattedValue()
    {
        var log = new HelmLog(4);
        ValuesCoalescer.CoalesceTables(Map(("t", "flat")), Map(("t", Map(("b", 1.0), ("a", "x")))), helmMajor: 4, log);

        Assert.Equal(["level=INFO msg=\"warning: cannot overwrite table with non table for t (map[a:x b:1])\""], log.Lines);
    }

    [Fact]
    public void CoalesceTables_ScalarUnderTable_WarnsInHelm3Format()
    {
        var log = new HelmLog(3);
        ValuesCoalescer.CoalesceTables(Map(("t", Map(("x", 1.0)))), Map(("t", "flat")), helmMajor: 3, log);

        Assert.Equal(["coalesce.go:301: warning: destination for t is a table. Ignoring non-table value (flat)"], log.Lines);
    }

    [Fact]
    public void Coalesce_SubchartValuesNotTable_ThrowsTypeMismatch()
    {
        var sub = new Chart(new ChartMetadata { Name = "sub", Version = "0.1.0" }, Map(), [], []);
        var root = new Chart(new ChartMetadata { Name = "p", Version = "0.1.0" }, Map(), [], []) { Dependencies = [sub] };

        var ex = Assert.Throws<Bosun.Core.Diagnostics.BosunException>(() => ValuesCoalescer.Coalesce(root, Map(("sub", "x"))));

        Assert.Equal("type mismatch on sub: %!t(string=x)", ex.Diagnostic.Message);
        Assert.Equal("BOSUN3155", ex.Diagnostic.Code);
    }

    [Fact]
    public void Coalesce_Subcharts_NestedMapsArePlainRootIsCommonValues()
    {
        var sub = new Chart(new ChartMetadata { Name = "sub", Version = "0.1.0" }, Map(("x", 1.0)), [], []);
        var root = new Chart(new ChartMetadata { Name = "p", Version = "0.1.0" }, Map(), [], []) { Dependencies = [sub] };

        var result = ValuesCoalescer.Coalesce(root, Map());

        Assert.Equal(GoType.CommonValues, result.Type);
        var subValues = Assert.IsType<GoMap>(result["sub"]);
        Assert.Equal(GoType.MapOfInterface, subValues.Type);
        Assert.Equal(1.0, subValues["x"]);
        Assert.Empty(Assert.IsType<GoMap>(subValues["global"]));
    }
}
