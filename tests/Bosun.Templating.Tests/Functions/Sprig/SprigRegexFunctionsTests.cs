using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Functions.Sprig;

// Expected values taken from helm v4.1.4 (sprig v3.3.0 on Go 1.25).
public sealed class SprigRegexFunctionsTests
{
    private readonly SprigFunctionInvoker _sprig = new();

    [Theory]
    [InlineData("^[a-z0-9-]+$", "my-release", true)]
    [InlineData("^[a-z0-9-]+$", "My-Release", false)]
    [InlineData("(", "a", false)]
    [InlineData(@"^v?\d+\.\d+", "v1.20", true)]
    public void RegexMatch_Pattern_ReportsMatchAndIgnoresBadPattern(string pattern, string input, bool expected) =>
        Assert.Equal(expected, _sprig.Call("regexMatch", pattern, input));

    [Fact]
    public void MustRegexMatch_BadPattern_ReturnsParseError() =>
        Assert.Equal("error parsing regexp: missing closing ): `(`", _sprig.Fails("mustRegexMatch", "(", "a"));

    [Fact]
    public void RegexReplaceAll_BraceAndBareReferences_ExpandLikeGo()
    {
        Assert.Equal("-W-xxW-", _sprig.Call("regexReplaceAll", "a(x*)b", "-ab-axxb-", "${1}W"));
        Assert.Equal("---", _sprig.Call("regexReplaceAll", "a(x*)b", "-ab-axxb-", "$1W"));
    }

    [Fact]
    public void RegexReplaceAllLiteral_Template_IsNotExpanded() =>
        Assert.Equal("-${1}-${1}-", _sprig.Call("regexReplaceAllLiteral", "a(x*)b", "-ab-axxb-", "${1}"));

    [Fact]
    public void RegexFindAll_NoMatch_IsNilStringSlice()
    {
        var list = Assert.IsType<GoList>(_sprig.Call("regexFindAll", "z", "abc", -1L));
        Assert.Equal("[]string", list.Type.Name);
        Assert.True(list.IsNil);
        Assert.Empty(list);
    }

    [Fact]
    public void RegexFindAll_Limit_ReturnsAtMostN()
    {
        var list = Assert.IsType<GoList>(_sprig.Call("regexFindAll", "[0-9]+", "a1b22c333", 2L));
        Assert.Equal(["1", "22"], list.Items);
        Assert.False(list.IsNil);
    }

    [Fact]
    public void RegexFind_FirstMatchOrEmpty()
    {
        Assert.Equal("22", _sprig.Call("regexFind", "[0-9]{2}", "a1b22c333"));
        Assert.Equal(string.Empty, _sprig.Call("regexFind", "x", "abc"));
    }

    [Fact]
    public void RegexSplit_Limits_FollowGoSplit()
    {
        Assert.Equal(["b", "n", "n", ""], ((GoList)_sprig.Call("regexSplit", "a", "banana", -1L)!).Items);
        Assert.Equal(["b", "nana"], ((GoList)_sprig.Call("regexSplit", "a", "banana", 2L)!).Items);
        Assert.True(((GoList)_sprig.Call("regexSplit", "a", "banana", 0L)!).IsNil);
    }

    [Theory]
    [InlineData("regexFind", "regexp: Compile(`(`): error parsing regexp: missing closing ): `(`")]
    [InlineData("mustRegexFind", "error parsing regexp: missing closing ): `(`")]
    public void RegexFind_BadPattern_PanicsOrReturnsError(string function, string message) =>
        Assert.Equal(message, _sprig.Fails(function, "(", "a"));

    [Theory]
    [InlineData("regexFindAll")]
    [InlineData("regexSplit")]
    public void CountedFunctions_BadPattern_Panic(string function) =>
        Assert.Equal("regexp: Compile(`(?<=a)`): error parsing regexp: invalid named capture: `(?<=a)`", _sprig.Fails(function, "(?<=a)", "a", 1L));

    [Theory]
    [InlineData("mustRegexFindAll")]
    [InlineData("mustRegexSplit")]
    public void MustCountedFunctions_BadPattern_ReturnError(string function) =>
        Assert.Equal("error parsing regexp: invalid nested repetition operator: `**`", _sprig.Fails(function, "a**", "a", 1L));

    [Theory]
    [InlineData("regexReplaceAll", "regexp: Compile(`[`): error parsing regexp: missing closing ]: `[`")]
    [InlineData("regexReplaceAllLiteral", "regexp: Compile(`[`): error parsing regexp: missing closing ]: `[`")]
    [InlineData("mustRegexReplaceAll", "error parsing regexp: missing closing ]: `[`")]
    [InlineData("mustRegexReplaceAllLiteral", "error parsing regexp: missing closing ]: `[`")]
    public void Replace_BadPattern_FailsLikeGo(string function, string message) =>
        Assert.Equal(message, _sprig.Fails(function, "[", "a", "b"));

    [Fact]
    public void RegexQuoteMeta_Metacharacters_AreEscaped() =>
        Assert.Equal(@"1\.2\*\[x\]", _sprig.Call("regexQuoteMeta", "1.2*[x]"));
}
