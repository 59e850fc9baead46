using Bosun.Core.Values;

namespace Bosun.Core.Tests.Values;

/// <summary>strconv.ParseFloat; values cross-checked with helm's <c>float64</c> (cast → ParseFloat) printed with %b.</summary>
public class GoStrconvParseFloatTests
{
    [Theory]
    [InlineData("0", "0p-1074")]
    [InlineData("-0", "-0p-1074")]
    [InlineData("1", "4503599627370496p-52")]
    [InlineData("+1", "4503599627370496p-52")]
    [InlineData("-1", "-4503599627370496p-52")]
    [InlineData("1.5", "6755399441055744p-52")]
    [InlineData(".5", "4503599627370496p-53")]
    [InlineData("5.", "5629499534213120p-50")]
    [InlineData("-.5e-3", "-4611686018427388p-63")]
    [InlineData("5.e3", "5497558138880000p-40")]
    [InlineData("1e5", "6871947673600000p-36")]
    [InlineData("1E+5", "6871947673600000p-36")]
    [InlineData("1e-0", "4503599627370496p-52")]
    [InlineData("1e+0010", "5242880000000000p-19")]
    [InlineData("00012", "6755399441055744p-49")]
    [InlineData("0.1", "7205759403792794p-56")]
    [InlineData("1_000.5", "8800491068719104p-43")]
    [InlineData("1e1_0", "5242880000000000p-19")]
    [InlineData("123456789012345678901234567890", "7017705969039166p+44")]
    [InlineData("0.000000000000000000000000000000000000000000000000001", "6739986666787660p-222")]
    [InlineData("1.7976931348623157e308", "9007199254740991p+971")]
    [InlineData("2.2250738585072011e-308", "4503599627370495p-1074")]
    [InlineData("4.9406564584124654e-324", "1p-1074")]
    [InlineData("2.4703282292062327e-324", "0p-1074")]
    [InlineData("2.4703282292062328e-324", "1p-1074")]
    [InlineData("1e-400", "0p-1074")]
    [InlineData("0x1p-2", "4503599627370496p-54")]
    [InlineData("0X1P+2", "4503599627370496p-50")]
    [InlineData("0x1.8p1", "6755399441055744p-51")]
    [InlineData("0x.8p1", "4503599627370496p-52")]
    [InlineData("0x_1p0", "4503599627370496p-52")]
    [InlineData("0x1_0p0", "4503599627370496p-48")]
    [InlineData("0x1p1_0", "4503599627370496p-42")]
    [InlineData("0x1p-1074", "1p-1074")]
    [InlineData("0x1p-1075", "0p-1074")]
    [InlineData("0x1.fffffffffffff7ffp1023", "9007199254740991p+971")]
    [InlineData("0x1.00000000000008p0", "4503599627370496p-52")]
    [InlineData("0x1.00000000000018p0", "4503599627370498p-52")]
    public void ParseFloat_Valid_ExactBits(string s, string expectedBinary)
    {
        Assert.Null(GoStrconv.ParseFloat(s, 64, out double value));
        Assert.Equal(expectedBinary, GoStrconv.FormatFloat(value, 'b', -1, 64));
        Assert.True(GoStrconv.TryParseFloat(s, out double tried));
        Assert.Equal(value, tried);
    }

    [Theory]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("+inf", double.PositiveInfinity)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData("Inf", double.PositiveInfinity)]
    [InlineData("INF", double.PositiveInfinity)]
    [InlineData("infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("nan", double.NaN)]
    [InlineData("NaN", double.NaN)]
    public void ParseFloat_Specials_Recognized(string s, double expected)
    {
        Assert.Null(GoStrconv.ParseFloat(s, 64, out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1__0")]
    [InlineData("_1")]
    [InlineData("1_")]
    [InlineData("1_e10")]
    [InlineData("0x1")]
    [InlineData("0x")]
    [InlineData("0xp1")]
    [InlineData("0x1p")]
    [InlineData("infin")]
    [InlineData("infx")]
    [InlineData("+nan")]
    [InlineData("-nan")]
    [InlineData("nanx")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1.5x")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    public void ParseFloat_Malformed_InvalidSyntax(string s)
    {
        Assert.Equal("strconv.ParseFloat: parsing " + GoStrconv.Quote(s) + ": invalid syntax", GoStrconv.ParseFloat(s, 64, out double value));
        Assert.Equal(0, value);
        Assert.False(GoStrconv.TryParseFloat(s, out _));
    }

    [Theory]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("-1e400", double.NegativeInfinity)]
    [InlineData("1.7976931348623159e308", double.PositiveInfinity)]
    [InlineData("0x1p1024", double.PositiveInfinity)]
    [InlineData("-0x1.fffffffffffff8p1023", double.NegativeInfinity)]
    public void ParseFloat_Overflow_RangeErrorWithInfinity(string s, double expected)
    {
        Assert.Equal("strconv.ParseFloat: parsing \"" + s + "\": value out of range", GoStrconv.ParseFloat(s, 64, out double value));
        Assert.Equal(expected, value);
        Assert.False(GoStrconv.TryParseFloat(s, out _));
    }

    [Theory]
    [InlineData("0.1", 0.100000001490116119384765625)]
    [InlineData("16777217", 16777216.0)]
    [InlineData("3.4028235e38", 3.4028234663852886e38)]
    [InlineData("1e-45", 1.401298464324817e-45)]
    [InlineData("0x1.000001p0", 1.0)]
    [InlineData("0x1.000003p0", 1.0000002384185791)]
    public void ParseFloat_BitSize32_RoundsToFloat32(string s, double expected)
    {
        Assert.Null(GoStrconv.ParseFloat(s, 32, out double value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void ParseFloat_BitSize32Overflow_RangeError()
    {
        Assert.Equal("strconv.ParseFloat: parsing \"3.5e38\": value out of range", GoStrconv.ParseFloat("3.5e38", 32, out double value));
        Assert.Equal(double.PositiveInfinity, value);
    }

    [Fact]
    public void ParseFloat_RoundTripsShortestFormatting()
    {
        var random = new Random(1234);
        for (int i = 0; i < 2000; i++)
        {
            double x = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (!double.IsFinite(x))
            {
                continue;
            }

            var text = GoStrconv.FormatFloat(x, 'g', -1, 64);
            Assert.Null(GoStrconv.ParseFloat(text, 64, out double back));
            Assert.Equal(BitConverter.DoubleToInt64Bits(x), BitConverter.DoubleToInt64Bits(back));
        }
    }
}
