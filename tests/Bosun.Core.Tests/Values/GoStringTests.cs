using Bosun.Core.Values;

namespace Bosun.Core.Tests.Values;

/// <summary>The surrogate-escape convention that carries Go byte strings in .NET strings.</summary>
public class GoStringTests
{
    [Fact]
    public void FromUtf8_ValidUtf8_DecodesNormally()
    {
        Assert.Equal("héllo 日本語 😀", GoString.FromUtf8("héllo 日本語 😀"u8));
    }

    [Fact]
    public void FromUtf8_InvalidBytes_EachBecomesAnEscape()
    {
        // a cut inside 日 (E6 97 A5), a stray continuation byte and 0xFF
        string s = GoString.FromUtf8([(byte)'a', 0xE6, 0x97, (byte)'b', 0x80, 0xFF]);

        Assert.Equal("a\uDCE6\uDC97b\uDC80\uDCFF", s);
    }

    [Fact]
    public void FromUtf8_EncodedSurrogate_IsInvalidBytes()
    {
        Assert.Equal("\uDCED\uDCA0\uDC80", GoString.FromUtf8([0xED, 0xA0, 0x80]));
    }

    [Fact]
    public void ToUtf8_Escapes_BecomeRawBytes()
    {
        byte[] bytes = [0x61, 0xE6, 0x97, 0x62, 0xC3, 0xA9, 0x80, 0xFF, 0xF0, 0x9F, 0x98, 0x80];

        Assert.Equal(bytes, GoString.ToUtf8(GoString.FromUtf8(bytes)));
    }

    [Fact]
    public void ToUtf8_LoneSurrogateThatIsNoEscape_BecomesReplacementCharacter()
    {
        Assert.Equal([0xEF, 0xBF, 0xBD, 0x61], GoString.ToUtf8("\uD800a"));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("héllo", 6)]
    [InlineData("日本語", 9)]
    [InlineData("😀", 4)]
    public void ByteLength_String_IsGoLen(string s, int expected)
    {
        Assert.Equal(expected, GoString.ByteLength(s));
    }

    [Fact]
    public void ByteLength_Escape_CountsOneByte()
    {
        Assert.Equal(2, GoString.ByteLength("\uDCE6x"));
    }

    [Fact]
    public void SliceBytes_CutInsideRune_KeepsRawBytes()
    {
        string cut = GoString.SliceBytes("日本語", 0, 1);

        Assert.Equal("\uDCE6", cut);
        Assert.Equal(1, GoString.ByteLength(cut));
        Assert.Equal([0xE6], GoString.ToUtf8(cut));
    }

    [Fact]
    public void SliceBytes_WholeRunes_DecodesNormally()
    {
        Assert.Equal("本", GoString.SliceBytes("日本語", 3, 6));
        Assert.Equal("hé", GoString.SliceBytes("héllo", 0, 3));
    }

    [Fact]
    public void Normalize_ConcatenatedCuts_FormValidRune()
    {
        string joined = GoString.SliceBytes("日", 0, 1) + GoString.SliceBytes("日", 1);

        Assert.Equal("日", GoString.Normalize(joined));
    }

    [Fact]
    public void Quote_EscapedByte_PrintsHexEscape()
    {
        Assert.Equal("\"a\\xe6\\x97\"", GoStrconv.Quote(GoString.FromUtf8([0x61, 0xE6, 0x97])));
    }

    [Fact]
    public void Sprintf_HexOfEscapedString_PrintsRawBytes()
    {
        Assert.Equal("61e6ff", GoFormat.Sprintf("%x", GoString.FromUtf8([0x61, 0xE6, 0xFF])));
    }

    [Fact]
    public void Sprintf_StringOfInvalidBytes_KeepsEscapes()
    {
        Assert.Equal("\uDCFFa", GoFormat.Sprintf("%s", new byte[] { 0xFF, 0x61 }));
    }

    [Fact]
    public void Unquote_HexByteNotUtf8_KeepsRawByte()
    {
        Assert.Null(GoStrconv.Unquote("\"\\xff\"", out var value));

        Assert.Equal("\uDCFF", value);
    }
}
