using Bosun.Engine.Charts.Rendering;

namespace Bosun.Engine.Tests.Charts.Rendering;

public class GoPathsTests
{
    [Theory]
    [InlineData("./out/", "demo", "out/demo")]
    [InlineData("/tmp//x/../y", "demo", "/tmp/y/demo")]
    [InlineData("../a", "b", "../a/b")]
    [InlineData(".", "demo", "demo")]
    public void Join_CleansAsGo(string dir, string name, string expected) => Assert.Equal(expected, GoPaths.Join(dir, name));

    [Fact]
    public void Clean_Empty_IsDot() => Assert.Equal(".", GoPaths.Clean(string.Empty));
}
