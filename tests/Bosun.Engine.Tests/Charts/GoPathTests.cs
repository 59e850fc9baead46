using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class GoPathTests
{
    [Theory]
    [InlineData("./out/", "demo", "out/demo")]
    [InlineData("/tmp//x/../y", "demo", "/tmp/y/demo")]
    [InlineData("../a", "b", "../a/b")]
    [InlineData(".", "demo", "demo")]
    public void Join_CleansAsGo(string dir, string name, string expected) => Assert.Equal(expected, GoPath.Join(dir, name));

    [Fact]
    public void Clean_Empty_IsDot() => Assert.Equal(".", GoPath.Clean(string.Empty));
}
