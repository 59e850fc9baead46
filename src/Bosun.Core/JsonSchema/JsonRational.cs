using System.Globalization;
using System.Numerics;

namespace Bosun.Core.JsonSchema;

/// <summary>An exact rational number (math/big.Rat) used to compare numbers as the Go validators do.</summary>
public readonly struct JsonRational : IComparable<JsonRational>, IEquatable<JsonRational>
{
    private readonly BigInteger _den;

    private JsonRational(BigInteger num, BigInteger den)
    {
        if (den.Sign < 0)
        {
            num = -num;
            den = -den;
        }

        var g = BigInteger.GreatestCommonDivisor(num, den);
        if (!g.IsZero && !g.IsOne)
        {
            num /= g;
            den /= g;
        }

        Numerator = num;
        _den = den;
    }

    /// <summary>Zero.</summary>
    public static JsonRational Zero => new(BigInteger.Zero, BigInteger.One);

    /// <summary>The numerator (sign carrier).</summary>
    public BigInteger Numerator { get; }

    /// <summary>The positive denominator.</summary>
    public BigInteger Denominator => _den.IsZero ? BigInteger.One : _den;

    /// <summary>Whether the value is an integer.</summary>
    public bool IsInteger => Denominator.IsOne;

    /// <summary>Parses decimal text with optional fraction and exponent (Rat.SetString); null when it is not a number.</summary>
    public static JsonRational? Parse(string text)
    {
        var s = text.AsSpan();
        bool neg = false;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            neg = s[0] == '-';
            s = s[1..];
        }

        int e = s.IndexOfAny('e', 'E');
        long exp = 0;
        if (e >= 0)
        {
            if (!long.TryParse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exp) || Math.Abs(exp) > 100000)
            {
                return null;
            }

            s = s[..e];
        }

        int dot = s.IndexOf('.');
        string digits;
        if (dot >= 0)
        {
            digits = string.Concat(s[..dot], s[(dot + 1)..]);
            exp -= s.Length - dot - 1;
        }
        else
        {
            digits = s.ToString();
        }

        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var num = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        if (neg)
        {
            num = -num;
        }

        return exp >= 0
            ? new JsonRational(num * BigInteger.Pow(10, (int)exp), BigInteger.One)
            : new JsonRational(num, BigInteger.Pow(10, (int)-exp));
    }

    /// <summary>The exact value of an int64.</summary>
    public static JsonRational FromInt64(long value) => new(value, BigInteger.One);

    /// <summary>The exact value of a uint64.</summary>
    public static JsonRational FromUInt64(ulong value) => new(value, BigInteger.One);

    /// <summary>
    /// A float64 as Rat.SetString(fmt.Sprint(v)) reads it: the shortest decimal that round-trips. Null for NaN and ±Inf.
    /// </summary>
    public static JsonRational? FromDouble(double value) =>
        double.IsFinite(value) ? Parse(value.ToString("R", CultureInfo.InvariantCulture)) : null;

    /// <summary>The nearest float64 (Rat.Float64).</summary>
    public double ToDouble()
    {
        if (IsInteger)
        {
            return double.Parse(Numerator.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        // A decimal expansion of 40+ significant digits plus a sticky digit rounds correctly when parsed.
        int k = 40 + Math.Max(0, Denominator.ToString(CultureInfo.InvariantCulture).Length -
            BigInteger.Abs(Numerator).ToString(CultureInfo.InvariantCulture).Length);
        var q = BigInteger.DivRem(BigInteger.Abs(Numerator) * BigInteger.Pow(10, k), Denominator, out var rem);
        string digits = q.ToString(CultureInfo.InvariantCulture);
        if (!rem.IsZero)
        {
            digits += "1";
            k++;
        }

        string text = (Numerator.Sign < 0 ? "-" : string.Empty) + digits + "E-" + k.ToString(CultureInfo.InvariantCulture);
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>this / other is an integer (other non-zero).</summary>
    public bool IsMultipleOf(JsonRational other) =>
        !other.Numerator.IsZero && (Numerator * other.Denominator % (Denominator * other.Numerator)).IsZero;

    /// <inheritdoc/>
    public int CompareTo(JsonRational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <inheritdoc/>
    public bool Equals(JsonRational other) => CompareTo(other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JsonRational r && Equals(r);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Equality.</summary>
    public static bool operator ==(JsonRational a, JsonRational b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    public static bool operator !=(JsonRational a, JsonRational b) => !a.Equals(b);

    /// <summary>Less than.</summary>
    public static bool operator <(JsonRational a, JsonRational b) => a.CompareTo(b) < 0;

    /// <summary>Greater than.</summary>
    public static bool operator >(JsonRational a, JsonRational b) => a.CompareTo(b) > 0;

    /// <summary>Less or equal.</summary>
    public static bool operator <=(JsonRational a, JsonRational b) => a.CompareTo(b) <= 0;

    /// <summary>Greater or equal.</summary>
    public static bool operator >=(JsonRational a, JsonRational b) => a.CompareTo(b) >= 0;

    /// <inheritdoc/>
    public override string ToString() =>
        IsInteger ? Numerator.ToString(CultureInfo.InvariantCulture) : Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);
}
