using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class GoPathMatchTests
{
    [Theory]
    [InlineData("*.txt", "a.txt", true)]
    [InlineData("*.txt", "dir/a.txt", false)]
    [InlineData("templates/.?*", "templates/.hidden", true)]
    [InlineData("templates/.?*", "templates/.", false)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "a/c", false)]
    [InlineData("[a-c]x", "bx", true)]
    [InlineData("[^a-c]x", "dx", true)]
    [InlineData("[^a-c]x", "bx", false)]
    [InlineData(@"\*x", "*x", true)]
    [InlineData(@"\*x", "ax", false)]
    [InlineData("a.b", "axb", false)]
    public void IsMatch_Patterns_FollowGoFilepathMatch(string pattern, string name, bool expected) =>
        Assert.Equal(expected, GoPathMatch.IsMatch(pattern, name));

    [Theory]
    [InlineData("[")]
    [InlineData("[]")]
    [InlineData("[a-]")]
    [InlineData("a\\")]
    [InlineData("[^]")]
    public void TryCompile_Malformed_IsBadPattern(string pattern) =>
        Assert.False(GoPathMatch.TryCompile(pattern, out _));
}
