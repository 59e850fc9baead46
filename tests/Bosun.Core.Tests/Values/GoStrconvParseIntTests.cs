using Bosun.Core.Values;

namespace Bosun.Core.Tests.Values;

/// <summary>strconv.ParseInt/ParseUint/Atoi; values cross-checked with helm's <c>int64</c> (cast → ParseInt(s, 0, 0)) and <c>atoi</c>.</summary>
public class GoStrconvParseIntTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData("-42", -42L)]
    [InlineData("+42", 42L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0X1f", 31L)]
    [InlineData("0o17", 15L)]
    [InlineData("0O17", 15L)]
    [InlineData("017", 15L)]
    [InlineData("0b101", 5L)]
    [InlineData("0B101", 5L)]
    [InlineData("1_000", 1000L)]
    [InlineData("1_000_000", 1000000L)]
    [InlineData("0x_1F", 31L)]
    [InlineData("0_17", 15L)]
    [InlineData("0b_1", 1L)]
    [InlineData("0_0", 0L)]
    [InlineData("00", 0L)]
    [InlineData("-0", 0L)]
    [InlineData("-0x10", -16L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("0x7fffffffffffffff", long.MaxValue)]
    public void ParseInt_Base0Valid_ReturnsValue(string s, long expected)
    {
        Assert.Null(GoStrconv.ParseInt(s, 0, 64, out long value));
        Assert.Equal(expected, value);
        Assert.True(GoStrconv.TryParseInt(s, 0, out long tried));
        Assert.Equal(expected, tried);
    }

    [Theory]
    [InlineData("")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("1__0")]
    [InlineData("_1")]
    [InlineData("1_")]
    [InlineData("0x")]
    [InlineData("0b")]
    [InlineData("0o")]
    [InlineData("0x_")]
    [InlineData("08")]
    [InlineData("0b2")]
    [InlineData("0xG")]
    [InlineData("1.5")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("１")]
    [InlineData("0x1p4")]
    [InlineData("1e3")]
    public void ParseInt_Base0Malformed_InvalidSyntax(string s)
    {
        var error = GoStrconv.ParseInt(s, 0, 64, out long value);

        Assert.Equal("strconv.ParseInt: parsing " + GoStrconv.Quote(s) + ": invalid syntax", error);
        Assert.Equal(0, value);
        Assert.False(GoStrconv.TryParseInt(s, 0, out _));
    }

    [Theory]
    [InlineData("9223372036854775808", long.MaxValue)]
    [InlineData("-9223372036854775809", long.MinValue)]
    [InlineData("0x8000000000000000", long.MaxValue)]
    [InlineData("18446744073709551616", long.MaxValue)]
    [InlineData("99999999999999999999x", long.MaxValue)] // the overflow is found before the bad digit
    public void ParseInt_Overflow_RangeErrorWithClampedValue(string s, long clamped)
    {
        var error = GoStrconv.ParseInt(s, 0, 64, out long value);

        Assert.Equal("strconv.ParseInt: parsing \"" + s + "\": value out of range", error);
        Assert.Equal(clamped, value);
        Assert.False(GoStrconv.TryParseInt(s, 0, out _));
    }

    [Theory]
    [InlineData("ff", 16, 64, 255L)]
    [InlineData("FF", 16, 64, 255L)]
    [InlineData("-101", 2, 64, -5L)]
    [InlineData("777", 8, 64, 511L)]
    [InlineData("zz", 36, 64, 1295L)]
    [InlineData("127", 10, 8, 127L)]
    [InlineData("-128", 10, 8, -128L)]
    [InlineData("0x10", 16, 64, 0L)]
    public void ParseInt_ExplicitBase_Parses(string s, int numberBase, int bitSize, long expected)
    {
        var error = GoStrconv.ParseInt(s, numberBase, bitSize, out long value);

        if (s == "0x10")
        {
            // prefixes are only understood with base 0
            Assert.Equal("strconv.ParseInt: parsing \"0x10\": invalid syntax", error);
        }
        else
        {
            Assert.Null(error);
        }

        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1_000", 10)]
    [InlineData("1_0", 16)]
    public void ParseInt_UnderscoreWithExplicitBase_InvalidSyntax(string s, int numberBase)
    {
        Assert.Equal("strconv.ParseInt: parsing \"" + s + "\": invalid syntax", GoStrconv.ParseInt(s, numberBase, 64, out _));
    }

    [Theory]
    [InlineData("128", 8, 127L)]
    [InlineData("-129", 8, -128L)]
    [InlineData("32768", 16, 32767L)]
    [InlineData("2147483648", 32, 2147483647L)]
    public void ParseInt_OverflowOfSmallBitSize_RangeError(string s, int bitSize, long clamped)
    {
        Assert.Equal("strconv.ParseInt: parsing \"" + s + "\": value out of range", GoStrconv.ParseInt(s, 10, bitSize, out long value));
        Assert.Equal(clamped, value);
    }

    [Fact]
    public void ParseInt_BadBaseOrBitSize_ReportsThem()
    {
        Assert.Equal("strconv.ParseInt: parsing \"1\": invalid base 1", GoStrconv.ParseInt("1", 1, 64, out _));
        Assert.Equal("strconv.ParseInt: parsing \"-1\": invalid base 37", GoStrconv.ParseInt("-1", 37, 64, out _));
        Assert.Equal("strconv.ParseInt: parsing \"1\": invalid bit size 65", GoStrconv.ParseInt("1", 10, 65, out _));
    }

    [Theory]
    [InlineData("18446744073709551615", 0, 64, ulong.MaxValue, null)]
    [InlineData("0xffffffffffffffff", 0, 64, ulong.MaxValue, null)]
    [InlineData("18446744073709551616", 10, 64, ulong.MaxValue, "strconv.ParseUint: parsing \"18446744073709551616\": value out of range")]
    [InlineData("256", 10, 8, 255UL, "strconv.ParseUint: parsing \"256\": value out of range")]
    [InlineData("-1", 10, 64, 0UL, "strconv.ParseUint: parsing \"-1\": invalid syntax")]
    [InlineData("+1", 10, 64, 0UL, "strconv.ParseUint: parsing \"+1\": invalid syntax")]
    public void ParseUint_Cases_MatchGo(string s, int numberBase, int bitSize, ulong expected, string? expectedError)
    {
        Assert.Equal(expectedError, GoStrconv.ParseUint(s, numberBase, bitSize, out ulong value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("0", 0L, null)]
    [InlineData("017", 17L, null)]
    [InlineData("08", 8L, null)]
    [InlineData("-42", -42L, null)]
    [InlineData("+7", 7L, null)]
    [InlineData("0x1F", 0L, "strconv.Atoi: parsing \"0x1F\": invalid syntax")]
    [InlineData("1_000", 0L, "strconv.Atoi: parsing \"1_000\": invalid syntax")]
    [InlineData("", 0L, "strconv.Atoi: parsing \"\": invalid syntax")]
    [InlineData("-", 0L, "strconv.Atoi: parsing \"-\": invalid syntax")]
    [InlineData("9223372036854775807", long.MaxValue, null)]
    [InlineData("9223372036854775808", long.MaxValue, "strconv.Atoi: parsing \"9223372036854775808\": value out of range")]
    [InlineData("-9223372036854775809", long.MinValue, "strconv.Atoi: parsing \"-9223372036854775809\": value out of range")]
    [InlineData("99999999999999999999x", long.MaxValue, "strconv.Atoi: parsing \"99999999999999999999x\": value out of range")]
    public void Atoi_Cases_MatchGo(string s, long expected, string? expectedError)
    {
        Assert.Equal(expectedError, GoStrconv.Atoi(s, out long value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("t", true)]
    [InlineData("T", true)]
    [InlineData("TRUE", true)]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("0", false)]
    [InlineData("f", false)]
    [InlineData("F", false)]
    [InlineData("FALSE", false)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    public void ParseBool_Accepted_ReturnsValue(string s, bool expected)
    {
        Assert.Null(GoStrconv.ParseBool(s, out bool value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("tRUE")]
    [InlineData("")]
    public void ParseBool_Other_InvalidSyntax(string s)
    {
        Assert.Equal("strconv.ParseBool: parsing " + GoStrconv.Quote(s) + ": invalid syntax", GoStrconv.ParseBool(s, out _));
    }

    [Theory]
    [InlineData(0L, 10, "0")]
    [InlineData(-255L, 16, "-ff")]
    [InlineData(long.MinValue, 10, "-9223372036854775808")]
    [InlineData(long.MinValue, 2, "-1000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(1295L, 36, "zz")]
    public void FormatInt_Bases_MatchGo(long value, int numberBase, string expected)
    {
        Assert.Equal(expected, GoStrconv.FormatInt(value, numberBase));
    }

    [Fact]
    public void FormatUintAndItoa_MatchGo()
    {
        Assert.Equal("18446744073709551615", GoStrconv.FormatUint(ulong.MaxValue, 10));
        Assert.Equal("ffffffffffffffff", GoStrconv.FormatUint(ulong.MaxValue, 16));
        Assert.Equal("-12", GoStrconv.Itoa(-12));
        Assert.Equal("true", GoStrconv.FormatBool(true));
    }

    [Fact]
    public void FormatInt_IllegalBase_FailsLikeGoPanic()
    {
        var failure = Assert.Throws<GoFailure>(() => GoStrconv.FormatInt(1, 37));
        Assert.Equal("strconv: illegal AppendInt/FormatInt base", failure.Message);
    }
}
