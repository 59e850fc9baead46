using Bosun.Core.Values;
using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class ValuesLoaderTests
{
    [Fact]
    public void MergeMaps_LaterWins_TablesMergedRecursively()
    {
        var a = new GoMap { ["x"] = 1.0, ["t"] = new GoMap { ["p"] = "a", ["q"] = "a" } };
        var b = new GoMap { ["x"] = 2.0, ["t"] = new GoMap { ["q"] = "b" } };

        var merged = ValuesLoader.MergeMaps(a, b);

        Assert.Equal(2.0, merged["x"]);
        var t = Assert.IsType<GoMap>(merged["t"]);
        Assert.Equal("a", t["p"]);
        Assert.Equal("b", t["q"]);
    }

    [Fact]
    public void MergeMaps_NullInLater_Overrides()
    {
        var merged = ValuesLoader.MergeMaps(new GoMap { ["x"] = 1.0 }, new GoMap { ["x"] = null });

        Assert.True(merged.ContainsKey("x"));
        Assert.Null(merged["x"]);
    }

    [Fact]
    public void Load_SeveralDocuments_MergesThem()
    {
        var values = ValuesLoader.Load("a: 1\nt:\n  p: x\n---\nt:\n  q: y\n");

        Assert.Equal(1.0, values["a"]);
        Assert.Equal(2, Assert.IsType<GoMap>(values["t"]).Count);
    }

    [Fact]
    public void Load_InvalidSeparatorLine_FailsLikeHelm()
    {
        var ex = Assert.Throws<Bosun.Core.Yaml.GoYamlException>(() => ValuesLoader.Load("a: 1\n---not-a-separator: 3\n"));

        Assert.Equal("error reading yaml document: invalid Yaml document separator: not-a-separator: 3", ex.Message);
    }

    [Fact]
    public void Load_SingleDocumentError_KeepsPosition()
    {
        var ex = Assert.Throws<Bosun.Core.Yaml.GoYamlException>(() => ValuesLoader.Load("a: 1\nb: [\n"));

        Assert.True(ex.Line > 0);
    }

    [Fact]
    public void Load_ListDocument_FailsLikeHelm()
    {
        var ex = Assert.Throws<Bosun.Core.Yaml.GoYamlException>(() => ValuesLoader.Load("a: 1\n---\n- x\n"));

        Assert.Equal(
            "cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}",
            ex.Message);
        Assert.Equal(0, ex.Line);
    }
}
