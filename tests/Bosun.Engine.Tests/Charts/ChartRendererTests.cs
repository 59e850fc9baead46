using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class ChartRendererTests
{
    [Fact]
    public void ParseOrder_DeeperFirst_ThenReverseByteOrder()
    {
        var order = ChartRenderer.ParseOrder(
        [
            "c/templates/a.yaml",
            "c/templates/_helpers.tpl",
            "c/templates/sub/x.yaml",
            "c/templates/b.yaml",
            "c/templates/NOTES.txt",
        ]);

        Assert.Equal(
            ["c/templates/sub/x.yaml", "c/templates/b.yaml", "c/templates/a.yaml", "c/templates/_helpers.tpl", "c/templates/NOTES.txt"],
            order);
    }
}
