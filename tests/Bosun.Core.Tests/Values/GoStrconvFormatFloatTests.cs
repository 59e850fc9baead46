using System.Numerics;
using System.Text;
using Bosun.Core.Values;

namespace Bosun.Core.Tests.Values;

/// <summary>strconv.FormatFloat: Go's own expectations (ftoa tests) plus a reference exact-decimal check.</summary>
public class GoStrconvFormatFloatTests
{
    private const double Below1e23 = 99999999999999974834176d;
    private const double Above1e23 = 100000000000000008388608d;

    public static TheoryData<double, char, int, string> Cases() => new()
    {
        { 1, 'e', 5, "1.00000e+00" },
        { 1, 'f', 5, "1.00000" },
        { 1, 'g', 5, "1" },
        { 1, 'g', -1, "1" },
        { 1, 'x', -1, "0x1p+00" },
        { 1, 'x', 5, "0x1.00000p+00" },
        { 20, 'g', -1, "20" },
        { 20, 'x', -1, "0x1.4p+04" },
        { 1234567.8, 'g', -1, "1.2345678e+06" },
        { 1234567.8, 'x', -1, "0x1.2d687cccccccdp+20" },
        { 200000, 'g', -1, "200000" },
        { 200000, 'x', -1, "0x1.86ap+17" },
        { 200000, 'X', -1, "0X1.86AP+17" },
        { 2000000, 'g', -1, "2e+06" },
        { 400, 'g', 2, "4e+02" },
        { 40, 'g', 2, "40" },
        { 4, 'g', 2, "4" },
        { .4, 'g', 2, "0.4" },
        { .04, 'g', 2, "0.04" },
        { .004, 'g', 2, "0.004" },
        { .0004, 'g', 2, "0.0004" },
        { .00004, 'g', 2, "4e-05" },
        { .000004, 'g', 2, "4e-06" },
        { 0, 'e', 5, "0.00000e+00" },
        { 0, 'f', 5, "0.00000" },
        { 0, 'g', 5, "0" },
        { 0, 'g', -1, "0" },
        { 0, 'x', 5, "0x0.00000p+00" },
        { -0.0, 'g', -1, "-0" },
        { -0.0, 'e', -1, "-0e+00" },
        { -1, 'e', 5, "-1.00000e+00" },
        { -1, 'f', 5, "-1.00000" },
        { -1, 'g', 5, "-1" },
        { 12, 'e', 5, "1.20000e+01" },
        { 12, 'f', 5, "12.00000" },
        { 123456700, 'e', 5, "1.23457e+08" },
        { 123456700, 'f', 5, "123456700.00000" },
        { 123456700, 'g', 5, "1.2346e+08" },
        { 123456700, 'g', -1, "1.234567e+08" },
        { 1.2345e6, 'e', 5, "1.23450e+06" },
        { 1.2345e6, 'f', 5, "1234500.00000" },
        { 1.2345e6, 'g', 5, "1.2345e+06" },
        { 1e23, 'e', 17, "9.99999999999999916e+22" },
        { 1e23, 'f', 17, "99999999999999991611392.00000000000000000" },
        { 1e23, 'g', 17, "9.9999999999999992e+22" },
        { 1e23, 'e', -1, "1e+23" },
        { 1e23, 'f', -1, "100000000000000000000000" },
        { 1e23, 'g', -1, "1e+23" },
        { Below1e23, 'e', 17, "9.99999999999999748e+22" },
        { Below1e23, 'f', 17, "99999999999999974834176.00000000000000000" },
        { Below1e23, 'g', 17, "9.9999999999999975e+22" },
        { Below1e23, 'e', -1, "9.999999999999997e+22" },
        { Below1e23, 'f', -1, "99999999999999970000000" },
        { Below1e23, 'g', -1, "9.999999999999997e+22" },
        { Above1e23, 'e', 17, "1.00000000000000008e+23" },
        { Above1e23, 'f', 17, "100000000000000008388608.00000000000000000" },
        { Above1e23, 'g', 17, "1.0000000000000001e+23" },
        { Above1e23, 'e', -1, "1.0000000000000001e+23" },
        { Above1e23, 'f', -1, "100000000000000010000000" },
        { 5e-324, 'g', -1, "5e-324" },
        { -5e-324, 'g', -1, "-5e-324" },
        { 5e-324, 'e', 20, "4.94065645841246544177e-324" },
        { double.MaxValue, 'g', -1, "1.7976931348623157e+308" },
        { double.MaxValue, 'e', 30, "1.797693134862315708145274237317e+308" },
        { 32, 'g', -1, "32" },
        { 32, 'g', 0, "3e+01" },
        { 100, 'x', -1, "0x1.9p+06" },
        { 100, 'y', -1, "%y" },
        { double.NaN, 'g', -1, "NaN" },
        { double.PositiveInfinity, 'g', -1, "+Inf" },
        { double.NegativeInfinity, 'e', 3, "-Inf" },
        { double.PositiveInfinity, 'x', -1, "+Inf" },
        { -1, 'b', -1, "-4503599627370496p-52" },
        { 5e-324, 'b', -1, "1p-1074" },
        { 0.9, 'f', 1, "0.9" },
        { 0.09, 'f', 1, "0.1" },
        { 0.0999, 'f', 1, "0.1" },
        { 0.05, 'f', 1, "0.1" },
        { 0.05, 'f', 0, "0" },
        { 0.5, 'f', 1, "0.5" },
        { 0.5, 'f', 0, "0" },
        { 1.5, 'f', 0, "2" },
        { 2.5, 'f', 0, "2" },
        { 0.125, 'f', 2, "0.12" },
        { 0.375, 'f', 2, "0.38" },
        { 2.5, 'e', 0, "2e+00" },
        { 3.5, 'e', 0, "4e+00" },
        { 9.5, 'e', 0, "1e+01" },
        { 999.5, 'g', 3, "1e+03" },
        { 0.0001, 'f', 2, "0.00" },
        { 0.009, 'f', 2, "0.01" },
        { -0.004, 'f', 2, "-0.00" },
        { 2.2250738585072012e-308, 'g', -1, "2.2250738585072014e-308" },
        { 2.2250738585072011e-308, 'g', -1, "2.225073858507201e-308" },
        { 383260575764816448, 'f', 0, "383260575764816448" },
        { 383260575764816448, 'g', -1, "3.8326057576481645e+17" },
        { 498484681984085570, 'f', -1, "498484681984085570" },
        { -5.8339553793802237e+23, 'g', -1, "-5.8339553793802237e+23" },
        { 2.275555555555555, 'x', -1, "0x1.23456789abcdep+01" },
        { 2.275555555555555, 'x', 0, "0x1p+01" },
        { 2.275555555555555, 'x', 2, "0x1.23p+01" },
        { 2.275555555555555, 'x', 16, "0x1.23456789abcde000p+01" },
        { 2.275555555555555, 'x', 21, "0x1.23456789abcde00000000p+01" },
        { 2.2755555510520935, 'x', -1, "0x1.2345678p+01" },
        { 2.2755555510520935, 'x', 6, "0x1.234568p+01" },
        { 2.275555431842804, 'x', -1, "0x1.2345668p+01" },
        { 2.275555431842804, 'x', 6, "0x1.234566p+01" },
        { 3.999969482421875, 'x', -1, "0x1.ffffp+01" },
        { 3.999969482421875, 'x', 4, "0x1.ffffp+01" },
        { 3.999969482421875, 'x', 3, "0x1.000p+02" },
        { 3.999969482421875, 'x', 2, "0x1.00p+02" },
        { 3.999969482421875, 'x', 1, "0x1.0p+02" },
        { 3.999969482421875, 'x', 0, "0x1p+02" },
        { 1024, 'x', -1, "0x1p+10" },
        { 0.25, 'X', -1, "0X1P-02" },
        { double.MaxValue, 'x', -1, "0x1.fffffffffffffp+1023" },
        { 5e-324, 'x', -1, "0x1p-1074" },
        { -0.0, 'x', -1, "-0x0p+00" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FormatFloat_Bits64_MatchesGo(double value, char format, int precision, string expected)
    {
        Assert.Equal(expected, GoStrconv.FormatFloat(value, format, precision, 64));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FormatFloat_Bits32OfExactFloat32_SameAsBits64(double value, char format, int precision, string expected)
    {
        // Go's ftoa test: when the value is exactly a float32, 32-bit formatting gives the same text.
        if ((double)(float)value != value || format == 'b' || double.IsNaN(value))
        {
            return;
        }

        Assert.Equal(expected, GoStrconv.FormatFloat(value, format, precision, 32));
    }

    [Theory]
    [InlineData(0.1, 'g', -1, "0.1")]
    [InlineData(1.0 / 3, 'g', -1, "0.33333334")]
    [InlineData(16777217.0, 'g', -1, "1.6777216e+07")]
    [InlineData(3.4028234663852886e38, 'g', -1, "3.4028235e+38")]
    [InlineData(1.401298464324817e-45, 'g', -1, "1e-45")]
    [InlineData(0.1, 'e', 10, "1.0000000149e-01")]
    [InlineData(0.1, 'f', 20, "0.10000000149011611938")]
    [InlineData(1.0, 'b', -1, "8388608p-23")]
    [InlineData(1.0, 'x', -1, "0x1p+00")]
    [InlineData(1e39, 'g', -1, "+Inf")]
    [InlineData(1234567.8, 'g', -1, "1.2345678e+06")]
    public void FormatFloat_Bits32_UsesFloat32Precision(double value, char format, int precision, string expected)
    {
        Assert.Equal(expected, GoStrconv.FormatFloat(value, format, precision, 32));
    }

    [Fact]
    public void FormatFloat_IllegalBitSize_FailsLikeGoPanic()
    {
        var failure = Assert.Throws<GoFailure>(() => GoStrconv.FormatFloat(3.14, 'g', -1, 100));
        Assert.Equal("strconv: illegal AppendFloat/FormatFloat bitSize", failure.Message);
    }

    [Theory]
    [InlineData(1e6, "1e+06")]
    [InlineData(123456.0, "123456")]
    [InlineData(1.5e-5, "1.5e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(100.0, "100")]
    [InlineData(1.5, "1.5")]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NaN, "NaN")]
    public void FormatFloatG_Shortest_MatchesGo(double value, string expected)
    {
        Assert.Equal(expected, GoFormat.FormatFloatG(value));
    }

    [Fact]
    public void FormatFloat_FixedPrecision_IsCorrectlyRoundedHalfToEven()
    {
        // Reference: the exact decimal expansion of the binary value (BigInteger), rounded half to even.
        var random = new Random(42);
        for (int i = 0; i < 4000; i++)
        {
            double x = (i % 4) switch
            {
                0 => BitConverter.Int64BitsToDouble(random.NextInt64()),
                1 => Math.Round(random.NextDouble() * 10000, random.Next(0, 6)),
                2 => random.Next(0, 1 << 20) / (double)(1 << random.Next(0, 20)),
                _ => random.Next(1, 100000) * Math.Pow(10, random.Next(-300, 300)),
            };
            if (!double.IsFinite(x))
            {
                continue;
            }

            int prec = random.Next(0, 25);
            Assert.Equal(ReferenceE(x, prec), GoStrconv.FormatFloat(x, 'e', prec, 64));
        }
    }

    private static string ReferenceE(double x, int prec)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & ((1L << 52) - 1);
        var sb = new StringBuilder(bits < 0 ? "-" : string.Empty);
        if (exp == 0 && mant == 0)
        {
            return sb.Append('0').Append(prec > 0 ? "." + new string('0', prec) : string.Empty).Append("e+00").ToString();
        }

        if (exp == 0)
        {
            exp = 1;
        }
        else
        {
            mant |= 1L << 52;
        }

        int e2 = exp - 1075;
        string all = e2 >= 0 ? (new BigInteger(mant) << e2).ToString() : (BigInteger.Pow(5, -e2) * mant).ToString();
        int dp = e2 >= 0 ? all.Length : all.Length + e2;
        var digits = all.TrimEnd('0').ToCharArray().ToList();
        int keep = prec + 1;
        if (keep < digits.Count)
        {
            bool up = digits[keep] == '5' && keep + 1 == digits.Count
                ? (digits[keep - 1] - '0') % 2 == 1
                : digits[keep] >= '5';
            digits = digits.Take(keep).ToList();
            if (up)
            {
                int i = keep - 1;
                while (i >= 0 && digits[i] == '9')
                {
                    digits[i] = '0';
                    i--;
                }

                if (i < 0)
                {
                    digits.Insert(0, '1');
                    digits.RemoveAt(digits.Count - 1);
                    dp++;
                }
                else
                {
                    digits[i]++;
                }
            }
        }

        while (digits.Count < keep)
        {
            digits.Add('0');
        }

        sb.Append(digits[0]);
        if (prec > 0)
        {
            sb.Append('.').Append(digits.Skip(1).ToArray());
        }

        int e = dp - 1;
        sb.Append(e < 0 ? "e-" : "e+").Append(Math.Abs(e).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
