using Bosun.Core.Values;

namespace Bosun.Core.Tests.Values;

/// <summary>strconv quoting: Quote, QuoteToASCII, QuoteRune, CanBackquote, Unquote, IsPrint.</summary>
public class GoStrconvQuoteTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("abc", "\"abc\"")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("\a\b\f\n\r\t\v", "\"\\a\\b\\f\\n\\r\\t\\v\"")]
    [InlineData("\u0000\u0001\u001f\u007f", "\"\\x00\\x01\\x1f\\x7f\"")]
    [InlineData("\u0080\u009f", "\"\\u0080\\u009f\"")]
    [InlineData("\u00a0\u00ad", "\"\\u00a0\\u00ad\"")]
    [InlineData("héllo", "\"héllo\"")]
    [InlineData("日本語", "\"日本語\"")]
    [InlineData("☺", "\"☺\"")]
    [InlineData("\U0001F600", "\"\U0001F600\"")]
    [InlineData("\u200b\u2028\ufeff", "\"\\u200b\\u2028\\ufeff\"")]
    [InlineData("\U000E0001", "\"\\U000e0001\"")]
    [InlineData("\U0010FFFF", "\"\\U0010ffff\"")]
    [InlineData("\ufffd", "\"\ufffd\"")]
    public void Quote_Strings_MatchGo(string s, string expected)
    {
        Assert.Equal(expected, GoStrconv.Quote(s));
    }

    [Fact]
    public void Quote_LoneSurrogates_AreOneInvalidRuneEach()
    {
        // (built in code: theory data cannot carry lone surrogates)
        string high = new(['\ud800', 'x']);
        string low = new(['x', '\udc00']);

        Assert.Equal("\"\ufffdx\"", GoStrconv.Quote(high));
        Assert.Equal("\"x\ufffd\"", GoStrconv.Quote(low));
        Assert.Equal("\"\\ufffdx\"", GoStrconv.QuoteToASCII(high));
        Assert.False(GoStrconv.CanBackquote(high));
        Assert.Equal(2, GoStrconv.RuneCount(high));
    }

    [Theory]
    [InlineData("abc", "\"abc\"")]
    [InlineData("héllo", "\"h\\u00e9llo\"")]
    [InlineData("日本語", "\"\\u65e5\\u672c\\u8a9e\"")]
    [InlineData("\U0001F600", "\"\\U0001f600\"")]
    [InlineData("\n\u007f", "\"\\n\\x7f\"")]
    public void QuoteToASCII_NonAscii_Escaped(string s, string expected)
    {
        Assert.Equal(expected, GoStrconv.QuoteToASCII(s));
    }

    [Theory]
    [InlineData('x', "'x'")]
    [InlineData('\'', "'\\''")]
    [InlineData('"', "'\"'")]
    [InlineData('\n', "'\\n'")]
    [InlineData(0, "'\\x00'")]
    [InlineData(0x7f, "'\\x7f'")]
    [InlineData(0xe9, "'é'")]
    [InlineData(0x263a, "'☺'")]
    [InlineData(0x0e00, "'\\u0e00'")]
    [InlineData(0x10ffff, "'\\U0010ffff'")]
    [InlineData(0xd800, "'\ufffd'")]
    [InlineData(0x110000, "'\ufffd'")]
    [InlineData(-1, "'\ufffd'")]
    public void QuoteRune_Runes_MatchGo(int r, string expected)
    {
        Assert.Equal(expected, GoStrconv.QuoteRune(r));
    }

    [Theory]
    [InlineData(0xe9, "'\\u00e9'")]
    [InlineData(0x1f600, "'\\U0001f600'")]
    [InlineData(0x110000, "'\\ufffd'")]
    public void QuoteRuneToASCII_NonAscii_Escaped(int r, string expected)
    {
        Assert.Equal(expected, GoStrconv.QuoteRuneToASCII(r));
    }

    [Theory]
    [InlineData("abc", true)]
    [InlineData("", true)]
    [InlineData("tab\there", true)]
    [InlineData("日本語", true)]
    [InlineData("`", false)]
    [InlineData("a\nb", false)]
    [InlineData("\u007f", false)]
    [InlineData("\ufeff", false)]
    public void CanBackquote_Cases_MatchGo(string s, bool expected)
    {
        Assert.Equal(expected, GoStrconv.CanBackquote(s));
    }

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("\"\"", "")]
    [InlineData("`raw\\n`", "raw\\n")]
    [InlineData("'x'", "x")]
    [InlineData("'☺'", "☺")]
    [InlineData("'\\n'", "\n")]
    [InlineData("'\"'", "\"")]
    [InlineData("\"'\"", "'")]
    [InlineData("\"a\\tb\\n\"", "a\tb\n")]
    [InlineData("\"\\a\\b\\f\\r\\v\\\\\\\"\"", "\a\b\f\r\v\\\"")]
    [InlineData("\"\\x41\\101\\u00e9\\U0001F600\"", "AAé\U0001F600")]
    [InlineData("\"\\xc3\\xa9\"", "é")]
    [InlineData("\"\\xff\"", "\ufffd")]
    [InlineData("\"日本\"", "日本")]
    public void Unquote_Valid_ReturnsValue(string s, string expected)
    {
        Assert.Null(GoStrconv.Unquote(s, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("abc")]
    [InlineData("\"abc")]
    [InlineData("'ab'")]
    [InlineData("''")]
    [InlineData("`a`b`")]
    [InlineData("\"a\nb\"")]
    [InlineData("\"a\"b\"")]
    [InlineData("\"\\'\"")]
    [InlineData("'\\\"'")]
    [InlineData("\"\\q\"")]
    [InlineData("\"\\x4\"")]
    [InlineData("\"\\400\"")]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"\\U00110000\"")]
    [InlineData("\"\\\"")]
    public void Unquote_Malformed_InvalidSyntax(string s)
    {
        Assert.Equal("invalid syntax", GoStrconv.Unquote(s, out _));
    }

    [Theory]
    [InlineData(' ', true)]
    [InlineData('~', true)]
    [InlineData(0x7f, false)]
    [InlineData('\t', false)]
    [InlineData(0xa0, false)]
    [InlineData(0xa1, true)]
    [InlineData(0xad, false)]
    [InlineData(0xff, true)]
    [InlineData(0x0300, true)]
    [InlineData(0x2028, false)]
    [InlineData(0x200b, false)]
    [InlineData(0x3000, false)]
    [InlineData(0xe000, false)]
    [InlineData(0xfffd, true)]
    [InlineData(0xd800, false)]
    [InlineData(0x1f600, true)]
    [InlineData(0x10ffff, false)]
    [InlineData(0x110000, false)]
    public void IsPrint_Runes_MatchGo(int r, bool expected)
    {
        Assert.Equal(expected, GoStrconv.IsPrint(r));
    }
}
