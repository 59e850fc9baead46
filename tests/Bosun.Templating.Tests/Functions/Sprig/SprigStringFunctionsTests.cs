using Bosun.Core.Values;
using static Bosun.Templating.Tests.Functions.Sprig.SprigCall;

namespace Bosun.Templating.Tests.Functions.Sprig;

public sealed class SprigStringFunctionsTests
{
    [Theory]
    [InlineData(3L, "abcdef", "abc")]
    [InlineData(-3L, "abcdef", "def")]
    [InlineData(0L, "abc", "")]
    [InlineData(10L, "abc", "abc")]
    [InlineData(-10L, "abc", "abc")]
    [InlineData(-3L, "abc", "abc")]
    [InlineData(63L, "release-name", "release-name")]
    [InlineData(3L, "héllo", "hé")]
    public void Trunc_CountsBytes_KeepsPrefixOrSuffix(long count, string input, string expected) =>
        Assert.Equal(expected, Call("trunc", count, input));

    [Fact]
    public void Trunc_Signature_IsIntThenString() =>
        Assert.Equal(["int", "string"], Signature("trunc").Parameters.Select(p => p.Name));

    [Theory]
    [InlineData(1L, 3L, "abcdef", "bc")]
    [InlineData(0L, 5L, "abc", "abc")]
    [InlineData(-1L, 2L, "abc", "ab")]
    [InlineData(1L, -1L, "abc", "bc")]
    [InlineData(3L, 3L, "abc", "")]
    public void Substr_ValidRanges_SliceBytes(long start, long end, string input, string expected) =>
        Assert.Equal(expected, Call("substr", start, end, input));

    [Theory]
    [InlineData(-1L, -1L, "abc", "runtime error: slice bounds out of range [:-1]")]
    [InlineData(-1L, 5L, "abc", "runtime error: slice bounds out of range [:5] with length 3")]
    [InlineData(5L, -1L, "abc", "runtime error: slice bounds out of range [5:3]")]
    [InlineData(2L, 1L, "abc", "runtime error: slice bounds out of range [2:1]")]
    public void Substr_BadBounds_PanicsLikeGo(long start, long end, string input, string message) =>
        Assert.Equal(message, Fails("substr", start, end, input));

    [Theory]
    [InlineData("  a b \t\n", "a b")]
    [InlineData("\u00a0x\u3000", "x")]
    [InlineData("", "")]
    public void Trim_UnicodeSpace_Removed(string input, string expected) => Assert.Equal(expected, Call("trim", input));

    [Fact]
    public void TrimAll_Cutset_TrimsBothEnds()
    {
        Assert.Equal("a", Call("trimAll", "$", "$$a$"));
        Assert.Equal("c", Call("trimAll", "ab", "abcba"));
        Assert.Equal("a", Call("trimall", "$", "$a$"));
        Assert.Equal("x😀y", Call("trimAll", "😀", "😀x😀y😀"));
    }

    [Fact]
    public void TrimPrefixSuffix_OnlyOnce()
    {
        Assert.Equal("ab", Call("trimPrefix", "a", "aab"));
        Assert.Equal("ab", Call("trimSuffix", "b", "abb"));
        Assert.Equal("abc", Call("trimSuffix", "", "abc"));
    }

    [Theory]
    [InlineData("upper", "aé", "AÉ")]
    [InlineData("lower", "AÉ", "aé")]
    [InlineData("lower", "İ", "i")]
    [InlineData("upper", "ı", "I")]
    [InlineData("upper", "ǆ", "Ǆ")]
    [InlineData("upper", "ſ", "S")]
    [InlineData("title", "hello wORLD-foo_bar 3rd élan", "Hello WORLD-Foo_bar 3rd Élan")]
    [InlineData("title", "ǆa", "ǅa")]
    [InlineData("untitle", "Hello World", "hello world")]
    [InlineData("swapcase", "Hello World ǅx", "hELLO wORLD ǆX")]
    [InlineData("initials", "hello world", "hw")]
    [InlineData("initials", "élan über", "ÃÃ")]
    [InlineData("nospace", " a b\tc ", "abc")]
    [InlineData("nospace", "é a", "Ã©a")]
    [InlineData("nospace", "é", "é")]
    [InlineData("nospace", "a\u00a0b", "aÂb")]
    [InlineData("initials", "x\u00a0y", "xy")]
    [InlineData("title", "it's a dog-eat-dog_world", "It'S A Dog-Eat-Dog_world")]
    [InlineData("title", "ǆ x", "ǅ X")]
    [InlineData("untitle", "  Hello  World", "  hello  world")]
    [InlineData("swapcase", "ǅungla ǅ", "ǆUNGLA ǆ")]
    [InlineData("upper", "straße", "STRAßE")]
    public void CaseFunctions_MatchGo(string function, string input, string expected) =>
        Assert.Equal(expected, Call(function, input));

    [Theory]
    [InlineData("snakecase", "HTTPServer", "http_server")]
    [InlineData("snakecase", "HTTPStatusCode", "http_status_code")]
    [InlineData("snakecase", "A", "a")]
    [InlineData("snakecase", "ABc", "a_bc")]
    [InlineData("snakecase", "a1B2", "a1_b2")]
    [InlineData("kebabcase", "someHTTPRequest2Go", "some-http-request2-go")]
    [InlineData("camelcase", "hello__world", "Hello_World")]
    [InlineData("snakecase", "HTTP20xOK", "http_20x_ok")]
    [InlineData("snakecase", "Bld4Floor3rd", "bld4_floor_3rd")]
    [InlineData("snakecase", "already_snake_1", "already_snake_1")]
    [InlineData("snakecase", "a.b,C D", "a.b,c_d")]
    [InlineData("snakecase", "日本語Text", "日本語_text")]
    [InlineData("snakecase", "ÉcoleNormale", "école_normale")]
    [InlineData("kebabcase", "FirstName", "first-name")]
    [InlineData("kebabcase", "Duration2m3s", "duration-2m3s")]
    [InlineData("kebabcase", "  lead", "--lead")]
    [InlineData("camelcase", "http_server", "HttpServer")]
    [InlineData("camelcase", "GOLANG_IS_GREAT", "GolangIsGreat")]
    [InlineData("camelcase", "hello world-foo", "HelloWorldFoo")]
    [InlineData("camelcase", "__a__b_", "__A_B_")]
    [InlineData("camelcase", "_", "__")]
    [InlineData("camelcase", "- ", "-  ")]
    [InlineData("camelcase", "a", "A")]
    [InlineData("camelcase", "", "")]
    public void XStrings_WordCases_MatchV15(string function, string input, string expected) =>
        Assert.Equal(expected, Call(function, input));

    [Fact]
    public void Abbrev_WidthsInBytes()
    {
        Assert.Equal("he...", Call("abbrev", 5L, "hello world"));
        Assert.Equal("hello", Call("abbrev", 3L, "hello"));
        Assert.Equal("hello", Call("abbrev", 10L, "hello"));
        Assert.Equal("...5678...", Call("abbrevboth", 5L, 10L, "1234 5678 9123"));
        Assert.Equal("h...", Call("abbrevboth", 0L, 4L, "hello world"));
        Assert.Equal("...o...", Call("abbrevboth", 7L, 7L, "hello world foo"));
        Assert.Equal("hello world", Call("abbrevboth", 1L, 6L, "hello world"));
    }

    [Fact]
    public void Wrap_BreaksAtSpaces()
    {
        Assert.Equal("hello\nworld\nfoo", Call("wrap", 5L, "hello world foo"));
        Assert.Equal("hello<br>world", Call("wrapWith", 5L, "<br>", "hello world"));
        Assert.Equal("abcdefgh\nij", Call("wrap", 3L, "abcdefgh ij"));
        Assert.Equal("abc\ndef\ngh\nij", Call("wrapWith", 3L, "\n", "abcdefgh ij"));
    }

    [Fact]
    public void ContainsAndPrefixes_ArgumentOrderIsSubstringFirst()
    {
        Assert.Equal(true, Call("contains", "ell", "hello"));
        Assert.Equal(false, Call("contains", "hello", "ell"));
        Assert.Equal(true, Call("hasPrefix", "he", "hello"));
        Assert.Equal(true, Call("hasSuffix", "lo", "hello"));
        Assert.Equal(true, Call("contains", "", "x"));
    }

    [Fact]
    public void Repeat_NegativeCount_Panics()
    {
        Assert.Equal("ababab", Call("repeat", 3L, "ab"));
        Assert.Equal("", Call("repeat", 0L, "ab"));
        Assert.Equal("strings: negative Repeat count", Fails("repeat", -1L, "a"));
        Assert.Equal("strings: Repeat output length overflow", Fails("repeat", long.MaxValue, "ab"));
    }

    [Fact]
    public void Indent_PadsEveryLine()
    {
        Assert.Equal("  a\n  b", Call("indent", 2L, "a\nb"));
        Assert.Equal("\n    a\n    ", Call("nindent", 4L, "a\n"));
        Assert.Equal("a", Call("indent", 0L, "a"));
        Assert.Equal("strings: negative Repeat count", Fails("indent", -1L, "a"));
    }

    [Fact]
    public void Replace_AllOccurrences_EmptyOldInsertsAroundRunes()
    {
        Assert.Equal("bbb", Call("replace", "a", "b", "aaa"));
        Assert.Equal("-a-b-c-", Call("replace", "", "-", "abc"));
        Assert.Equal("-😀-", Call("replace", "", "-", "😀"));
    }

    [Fact]
    public void Plural_OnlyOneIsSingular()
    {
        Assert.Equal("one", Call("plural", "one", "many", 1L));
        Assert.Equal("many", Call("plural", "one", "many", 0L));
        Assert.Equal("many", Call("plural", "one", "many", 2L));
    }

    [Fact]
    public void SplitList_KeepsEmptiesAndIsStringSlice()
    {
        var result = Assert.IsType<GoList>(Call("splitList", ",", "a,,b"));
        Assert.Equal("[]string", result.Type.Name);
        Assert.Equal(["a", "", "b"], result.Items);
        Assert.Equal([""], Assert.IsType<GoList>(Call("splitList", ",", "")).Items);
        Assert.Equal(["a", "b", "c"], Assert.IsType<GoList>(Call("splitList", "", "abc")).Items);
        Assert.Empty(Assert.IsType<GoList>(Call("splitList", "", "")).Items);
    }

    [Fact]
    public void Split_ReturnsStringMapWithUnderscoreKeys()
    {
        var result = Assert.IsType<GoMap>(Call("split", ",", "a,b"));
        Assert.Equal("map[string]string", result.Type.Name);
        Assert.Equal("a", result["_0"]);
        Assert.Equal("b", result["_1"]);
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public void Splitn_LimitsParts()
    {
        var two = Assert.IsType<GoMap>(Call("splitn", ",", 2L, "a,b,c"));
        Assert.Equal("a", two["_0"]);
        Assert.Equal("b,c", two["_1"]);
        Assert.Empty(Assert.IsType<GoMap>(Call("splitn", ",", 0L, "a,b")));
        Assert.Equal(3, Assert.IsType<GoMap>(Call("splitn", ",", -1L, "a,b,c")).Count);
        Assert.Equal("bc", Assert.IsType<GoMap>(Call("splitn", "", 2L, "abc"))["_1"]);
    }

    [Fact]
    public void SortAlpha_StringSlice_SortsInPlaceBytewise()
    {
        var list = Strings("b", "a", "B", "10", "9");
        var result = Call("sortAlpha", list);
        Assert.Same(list, result);
        Assert.Equal(["10", "9", "B", "a", "b"], list.Items);
    }

    [Fact]
    public void SortAlpha_NonList_WrapsStrval()
    {
        var result = Assert.IsType<GoList>(Call("sortAlpha", 5L));
        Assert.Equal("[]string", result.Type.Name);
        Assert.Equal(["5"], result.Items);
    }

    [Fact]
    public void SortAlpha_SupplementaryCharacters_SortAfterBmp() =>
        Assert.Equal(["\uFF21", "😀"], Assert.IsType<GoList>(Call("sortAlpha", List("😀", "\uFF21"))).Items);

    [Fact]
    public void Join_DropsNilsAndJoinsStrings()
    {
        Assert.Equal("a-b", Call("join", "-", Strings("a", "b")));
        Assert.Equal("abc", Call("join", ",", "abc"));
        Assert.Equal("", Call("join", ",", null));
        Assert.Equal("a,x", Call("join", ",", List("a", null, "x")));
    }

    [Fact]
    public void Quote_DropsNilArguments()
    {
        Assert.Equal("", Call("quote", null));
        Assert.Equal("", Call("quote"));
        Assert.Equal("", Call("squote", null));
        Assert.Equal("'a' 'b'", Call("squote", "a", null, "b"));
    }

    [Fact]
    public void Shuffle_UsesContextRandom_KeepsRunes()
    {
        var first = CallWith(new SprigTestContext(), "shuffle", "abcdef😀");
        var second = CallWith(new SprigTestContext(), "shuffle", "abcdef😀");
        Assert.Equal(first, second);
        Assert.Equal("abcdef😀".EnumerateRunes().OrderBy(r => r.Value), ((string)first!).EnumerateRunes().OrderBy(r => r.Value));
    }

    [Fact]
    public void Hello_SaysHello() => Assert.Equal("Hello!", Call("hello"));
}
