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
    public void IsValid_Malformed_IsBadPattern(string pattern) =>
        Assert.False(GoPathMatch.IsValid(pattern));

    /// <summary>Go's own table (path/filepath match_test.go): match result and ErrBadPattern.</summary>
    [Theory]
    [InlineData("abc", "abc", true, false)]
    [InlineData("*", "abc", true, false)]
    [InlineData("*c", "abc", true, false)]
    [InlineData("a*", "a", true, false)]
    [InlineData("a*", "abc", true, false)]
    [InlineData("a*", "ab/c", false, false)]
    [InlineData("a*/b", "abc/b", true, false)]
    [InlineData("a*/b", "a/c/b", false, false)]
    [InlineData("a*b*c*d*e*/f", "axbxcxdxe/f", true, false)]
    [InlineData("a*b*c*d*e*/f", "axbxcxdxexxx/f", true, false)]
    [InlineData("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false, false)]
    [InlineData("a*b*c*d*e*/f", "axbxcxdxexxx/fff", false, false)]
    [InlineData("a*b?c*x", "abxbbxdbxebxczzx", true, false)]
    [InlineData("a*b?c*x", "abxbbxdbxebxczzy", false, false)]
    [InlineData("ab[c]", "abc", true, false)]
    [InlineData("ab[b-d]", "abc", true, false)]
    [InlineData("ab[e-g]", "abc", false, false)]
    [InlineData("ab[^c]", "abc", false, false)]
    [InlineData("ab[^b-d]", "abc", false, false)]
    [InlineData("ab[^e-g]", "abc", true, false)]
    [InlineData("a\\*b", "a*b", true, false)]
    [InlineData("a\\*b", "ab", false, false)]
    [InlineData("a?b", "a☺b", true, false)]
    [InlineData("a[^a]b", "a☺b", true, false)]
    [InlineData("a???b", "a☺b", false, false)]
    [InlineData("a[^a][^a][^a]b", "a☺b", false, false)]
    [InlineData("[a-ζ]*", "α", true, false)]
    [InlineData("*[a-ζ]", "A", false, false)]
    [InlineData("a?b", "a/b", false, false)]
    [InlineData("a*b", "a/b", false, false)]
    [InlineData("[\\]a]", "]", true, false)]
    [InlineData("[\\-]", "-", true, false)]
    [InlineData("[x\\-]", "x", true, false)]
    [InlineData("[x\\-]", "-", true, false)]
    [InlineData("[x\\-]", "z", false, false)]
    [InlineData("[\\-x]", "x", true, false)]
    [InlineData("[\\-x]", "-", true, false)]
    [InlineData("[\\-x]", "a", false, false)]
    [InlineData("[]a]", "]", false, true)]
    [InlineData("[-]", "-", false, true)]
    [InlineData("[x-]", "x", false, true)]
    [InlineData("[x-]", "-", false, true)]
    [InlineData("[x-]", "z", false, true)]
    [InlineData("[-x]", "x", false, true)]
    [InlineData("[-x]", "-", false, true)]
    [InlineData("[-x]", "a", false, true)]
    [InlineData("\\", "a", false, true)]
    [InlineData("[a-b-c]", "a", false, true)]
    [InlineData("[", "a", false, true)]
    [InlineData("[^", "a", false, true)]
    [InlineData("[^bc", "a", false, true)]
    [InlineData("a[", "a", false, true)]
    [InlineData("a[", "ab", false, true)]
    [InlineData("a[", "x", false, true)]
    [InlineData("a/b[", "x", false, true)]
    [InlineData("*x", "xxx", true, false)]
    public void Match_GoTable_SameResultAndBadPattern(string pattern, string name, bool expected, bool bad)
    {
        Assert.Equal(expected, GoPathMatch.Match(pattern, name, out bool badPattern));
        Assert.Equal(bad, badPattern);
        Assert.Equal(!bad, GoPathMatch.IsValid(pattern));
    }
}
