using System.Globalization;
using System.Numerics;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// The part of shopspring/decimal v1.4 behind sprig's addf/subf/mulf/divf: a float becomes the exact
/// decimal of its shortest representation, operations are exact (division rounds half away from zero
/// to 16 places), and the result converts back to the nearest float64.
/// </summary>
internal readonly struct SprigMathDecimal
{
    private const int DivisionPrecision = 16;

    private SprigMathDecimal(BigInteger value, int exp)
    {
        Value = value;
        Exp = exp;
    }

    /// <summary>The coefficient: the number is Value × 10^Exp.</summary>
    public BigInteger Value { get; }

    public int Exp { get; }

    /// <summary>decimal.NewFromFloat (panics on NaN and infinities, as Go does).</summary>
    public static SprigMathDecimal FromFloat(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            string text = double.IsNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
            throw new GoFailure("Cannot create a Decimal from " + text);
        }

        if (value == 0)
        {
            return new SprigMathDecimal(BigInteger.Zero, 0);
        }

        // .NET's "R" is the shortest round-trip representation, as Go's strconv produces.
        string r = value.ToString("R", CultureInfo.InvariantCulture);
        int exp = 0;
        int e = r.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

        int dot = r.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            exp -= r.Length - dot - 1;
            r = r.Remove(dot, 1);
        }

        return new SprigMathDecimal(BigInteger.Parse(r, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), exp);
    }

    public SprigMathDecimal Add(SprigMathDecimal other)
    {
        var (a, b, exp) = Align(this, other);
        return new SprigMathDecimal(a + b, exp);
    }

    public SprigMathDecimal Sub(SprigMathDecimal other)
    {
        var (a, b, exp) = Align(this, other);
        return new SprigMathDecimal(a - b, exp);
    }

    public SprigMathDecimal Mul(SprigMathDecimal other) => new(Value * other.Value, Exp + other.Exp);

    /// <summary>decimal.Div: DivRound to 16 decimal places.</summary>
    public SprigMathDecimal Div(SprigMathDecimal other)
    {
        if (other.Value.IsZero)
        {
            throw new GoFailure("decimal division by 0");
        }

        // QuoRem(d2, 16): q is a multiple of 10^-16 and d = d2*q + r.
        const int scale = -DivisionPrecision;
        long e = (long)Exp - other.Exp - scale;
        BigInteger aa;
        BigInteger bb;
        int remainderExp;
        if (e < 0)
        {
            aa = Value;
            bb = other.Value * BigInteger.Pow(10, (int)-e);
            remainderExp = Exp;
        }
        else
        {
            aa = Value * BigInteger.Pow(10, (int)e);
            bb = other.Value;
            remainderExp = scale + other.Exp;
        }

        var q = BigInteger.DivRem(aa, bb, out var r);
        var quotient = new SprigMathDecimal(q, scale);

        // Round: compare 2·|r|·10^16 with |d2|.
        var twiceRemainder = new SprigMathDecimal(BigInteger.Abs(r) * 2, remainderExp + DivisionPrecision);
        if (Compare(twiceRemainder, new SprigMathDecimal(BigInteger.Abs(other.Value), other.Exp)) < 0)
        {
            return quotient;
        }

        var unit = new SprigMathDecimal(BigInteger.One, scale);
        return Value.Sign * other.Value.Sign < 0 ? quotient.Sub(unit) : quotient.Add(unit);
    }

    /// <summary>decimal.Float64: the nearest float64.</summary>
    public double ToFloat64()
    {
        if (Value.IsZero)
        {
            return 0;
        }

        string text = Value.ToString(CultureInfo.InvariantCulture) + "E" + Exp.ToString(CultureInfo.InvariantCulture);
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static int Compare(SprigMathDecimal x, SprigMathDecimal y)
    {
        var (a, b, _) = Align(x, y);
        return a.CompareTo(b);
    }

    private static (BigInteger A, BigInteger B, int Exp) Align(SprigMathDecimal x, SprigMathDecimal y)
    {
        if (x.Exp == y.Exp)
        {
            return (x.Value, y.Value, x.Exp);
        }

        return x.Exp < y.Exp
            ? (x.Value, y.Value * BigInteger.Pow(10, y.Exp - x.Exp), x.Exp)
            : (x.Value * BigInteger.Pow(10, x.Exp - y.Exp), y.Value, y.Exp);
    }
}
