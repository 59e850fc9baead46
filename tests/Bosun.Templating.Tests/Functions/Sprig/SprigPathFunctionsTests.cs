using static Bosun.Templating.Tests.Functions.Sprig.SprigCall;

namespace Bosun.Templating.Tests.Functions.Sprig;

public sealed class SprigPathFunctionsTests
{
    [Theory]
    [InlineData("base", "", ".")]
    [InlineData("base", "/", "/")]
    [InlineData("base", "a/b/", "b")]
    [InlineData("base", "a/b.txt", "b.txt")]
    [InlineData("dir", "", ".")]
    [InlineData("dir", "a", ".")]
    [InlineData("dir", "/a/b", "/a")]
    [InlineData("dir", "a/b/", "a/b")]
    [InlineData("dir", "/", "/")]
    [InlineData("clean", "a//b/./c/..", "a/b")]
    [InlineData("clean", "/../a", "/a")]
    [InlineData("clean", "../../a/..", "../..")]
    [InlineData("clean", "", ".")]
    [InlineData("clean", "a/../..", "..")]
    [InlineData("clean", "/a/b/../../..", "/")]
    [InlineData("clean", "./", ".")]
    [InlineData("ext", "a/b.tar.gz", ".gz")]
    [InlineData("ext", "a.b/c", "")]
    [InlineData("osBase", "a/b", "b")]
    [InlineData("osClean", "", ".")]
    [InlineData("osDir", "x/y", "x")]
    [InlineData("osExt", ".bashrc", ".bashrc")]
    public void PathFunctions_MatchGoPath(string function, string input, string expected) =>
        Assert.Equal(expected, Call(function, input));

    [Theory]
    [InlineData("isAbs", "/x", true)]
    [InlineData("isAbs", "x", false)]
    [InlineData("osIsAbs", "/", true)]
    [InlineData("osIsAbs", "", false)]
    public void IsAbs_LeadingSlash(string function, string input, bool expected) =>
        Assert.Equal(expected, Call(function, input));
}
