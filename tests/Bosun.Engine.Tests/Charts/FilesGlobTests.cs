using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class FilesGlobTests
{
    [Theory]
    [InlineData("files/*", "files/a.txt", true)]
    [InlineData("files/*", "files/sub/a.txt", false)]
    [InlineData("files/**", "files/sub/a.txt", true)]
    [InlineData("**.yaml", "a/b/c.yaml", true)]
    [InlineData("files/?.txt", "files/a.txt", true)]
    [InlineData("files/?.txt", "files/ab.txt", false)]
    [InlineData("files/{a,b}.txt", "files/b.txt", true)]
    [InlineData("files/{a,b}.txt", "files/c.txt", false)]
    [InlineData("files/[a-c].txt", "files/b.txt", true)]
    [InlineData("files/[!a-c].txt", "files/b.txt", false)]
    [InlineData("files/[!a-c].txt", "files/d.txt", true)]
    public void Compile_Patterns_FollowGobwasGlob(string pattern, string name, bool expected) =>
        Assert.Equal(expected, FilesGlob.Compile(pattern).IsMatch(name));

    [Theory]
    [InlineData("files/[a")]
    [InlineData("files/{a,b")]
    public void Compile_InvalidPattern_MatchesEverythingLikeHelm(string pattern) =>
        Assert.Matches(FilesGlob.Compile(pattern), "anything/at/all");
}
