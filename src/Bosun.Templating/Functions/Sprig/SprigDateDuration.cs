using System.Globalization;
using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Go's <c>time.Duration</c> (int64 nanoseconds): ParseDuration, String() (<c>1h2m3.5s</c>, <c>1.5ms</c>),
/// Round, and the host value templates see (printing through String()).
/// </summary>
internal sealed class SprigDateDuration : IGoObject
{
    /// <summary>Go's type name, <c>time.Duration</c>.</summary>
    public static readonly GoType GoType = new("time.Duration", GoKind.Int64, isNamed: true);

    private static readonly GoSignature s_none = GoSignature.Of();
    private static readonly GoSignature s_duration = GoSignature.Of(GoType);

    private static readonly Dictionary<string, ulong> s_units = new(StringComparer.Ordinal)
    {
        ["ns"] = 1,
        ["us"] = 1_000,
        ["µs"] = 1_000,
        ["μs"] = 1_000,
        ["ms"] = 1_000_000,
        ["s"] = 1_000_000_000,
        ["m"] = 60_000_000_000,
        ["h"] = 3_600_000_000_000,
    };

    public SprigDateDuration(long nanoseconds)
    {
        Nanoseconds = nanoseconds;
    }

    public long Nanoseconds { get; }

    public GoType Type => GoType;

    public IReadOnlyList<string> FieldNames => [];

    /// <summary>A Duration argument: a Duration value or any integer (constants convert to Duration).</summary>
    public static long From(object? value) => value switch
    {
        SprigDateDuration d => d.Nanoseconds,
        _ when GoValue.TryGetInteger(value, out long n) => n,
        _ => 0,
    };

    public bool TryGetField(string name, out object? value)
    {
        value = null;
        return false;
    }

    public bool TryGetMethod(string name, out GoMethod? method)
    {
        long d = Nanoseconds;
        method = name switch
        {
            "String" => new GoMethod(s_none, _ => Format(d)),
            "Nanoseconds" => new GoMethod(s_none, _ => GoInt.Int64(d)),
            "Microseconds" => new GoMethod(s_none, _ => GoInt.Int64(d / 1_000)),
            "Milliseconds" => new GoMethod(s_none, _ => GoInt.Int64(d / 1_000_000)),
            "Seconds" => new GoMethod(s_none, _ => Fraction(d, 1_000_000_000)),
            "Minutes" => new GoMethod(s_none, _ => Fraction(d, 60_000_000_000)),
            "Hours" => new GoMethod(s_none, _ => Fraction(d, 3_600_000_000_000)),
            "Round" => new GoMethod(s_duration, args => new SprigDateDuration(Round(d, From(args[0])))),
            "Truncate" => new GoMethod(s_duration, args => new SprigDateDuration(From(args[0]) <= 0 ? d : d - d % From(args[0]))),
            "Abs" => new GoMethod(s_none, _ => new SprigDateDuration(d >= 0 ? d : d == long.MinValue ? long.MaxValue : -d)),
            _ => null,
        };
        return method is not null;
    }

    public string? GoString() => Format(Nanoseconds);

    /// <summary>time.ParseDuration; throws <see cref="SprigDateParseException"/> with Go's message.</summary>
    public static long Parse(string s)
    {
        string orig = s;
        ulong d = 0;
        bool neg = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            neg = s[0] == '-';
            s = s[1..];
        }

        if (s == "0")
        {
            return 0;
        }

        if (s.Length == 0)
        {
            throw Invalid(orig);
        }

        while (s.Length > 0)
        {
            if (!(s[0] == '.' || char.IsAsciiDigit(s[0])))
            {
                throw Invalid(orig);
            }

            int before = s.Length;
            if (!LeadingInt(ref s, out ulong v))
            {
                throw Invalid(orig);
            }

            bool pre = before != s.Length;
            bool post = false;
            ulong f = 0;
            double scale = 1;
            if (s.Length > 0 && s[0] == '.')
            {
                s = s[1..];
                int pl = s.Length;
                LeadingFraction(ref s, out f, out scale);
                post = pl != s.Length;
            }

            if (!pre && !post)
            {
                throw Invalid(orig);
            }

            int i = 0;
            while (i < s.Length && !(s[i] == '.' || char.IsAsciiDigit(s[i])))
            {
                i++;
            }

            if (i == 0)
            {
                throw new SprigDateParseException("time: missing unit in duration " + SprigDateTime.Quote(orig));
            }

            string u = s[..i];
            s = s[i..];
            if (!s_units.TryGetValue(u, out ulong unit))
            {
                throw new SprigDateParseException("time: unknown unit " + SprigDateTime.Quote(u) + " in duration " + SprigDateTime.Quote(orig));
            }

            if (v > (1UL << 63) / unit)
            {
                throw Invalid(orig);
            }

            v *= unit;
            if (f > 0)
            {
                v += (ulong)(f * (unit / scale));
                if (v > 1UL << 63)
                {
                    throw Invalid(orig);
                }
            }

            d += v;
            if (d > 1UL << 63)
            {
                throw Invalid(orig);
            }
        }

        if (neg)
        {
            return unchecked(-(long)d);
        }

        if (d > long.MaxValue)
        {
            throw Invalid(orig);
        }

        return (long)d;
    }

    /// <summary>Duration.String().</summary>
    public static string Format(long d)
    {
        ulong u = (ulong)d;
        bool neg = d < 0;
        if (neg)
        {
            u = unchecked(0 - u);
        }

        var b = new StringBuilder();
        if (u < 1_000_000_000)
        {
            if (u == 0)
            {
                return "0s";
            }

            int prec;
            string unit;
            if (u < 1_000)
            {
                prec = 0;
                unit = "ns";
            }
            else if (u < 1_000_000)
            {
                prec = 3;
                unit = "µs";
            }
            else
            {
                prec = 6;
                unit = "ms";
            }

            string frac = FormatFraction(ref u, prec);
            b.Append(u.ToString(CultureInfo.InvariantCulture)).Append(frac).Append(unit);
        }
        else
        {
            string frac = FormatFraction(ref u, 9);
            ulong seconds = u % 60;
            u /= 60;
            var text = seconds.ToString(CultureInfo.InvariantCulture) + frac + "s";
            if (u > 0)
            {
                text = (u % 60).ToString(CultureInfo.InvariantCulture) + "m" + text;
                u /= 60;
                if (u > 0)
                {
                    text = u.ToString(CultureInfo.InvariantCulture) + "h" + text;
                }
            }

            b.Append(text);
        }

        return neg ? "-" + b : b.ToString();
    }

    /// <summary>Duration.Round(m).</summary>
    public static long Round(long d, long m)
    {
        if (m <= 0)
        {
            return d;
        }

        long r = d % m;
        if (d < 0)
        {
            r = -r;
            if (LessThanHalf(r, m))
            {
                return d + r;
            }

            long d1 = unchecked(d - m + r);
            return d1 < d ? d1 : long.MinValue;
        }

        if (LessThanHalf(r, m))
        {
            return d - r;
        }

        long d2 = unchecked(d + m - r);
        return d2 > d ? d2 : long.MaxValue;
    }

    private static bool LessThanHalf(long x, long y) => unchecked((ulong)x + (ulong)x) < (ulong)y;

    private static double Fraction(long d, long unit)
    {
        long whole = d / unit;
        long rest = d % unit;
        return whole + rest / (double)unit;
    }

    // fmtFrac: ".digits" of v/10**prec without trailing zeros ("" when zero); v becomes the integer part.
    private static string FormatFraction(ref ulong v, int prec)
    {
        var digits = new char[prec];
        bool print = false;
        int w = prec;
        for (int i = 0; i < prec; i++)
        {
            ulong digit = v % 10;
            print = print || digit != 0;
            if (print)
            {
                w--;
                digits[w] = (char)('0' + (int)digit);
            }

            v /= 10;
        }

        return print ? "." + new string(digits, w, prec - w) : string.Empty;
    }

    private static bool LeadingInt(ref string s, out ulong x)
    {
        x = 0;
        int i = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (x > (1UL << 63) / 10)
            {
                return false;
            }

            x = x * 10 + (ulong)(s[i] - '0');
            if (x > 1UL << 63)
            {
                return false;
            }
        }

        s = s[i..];
        return true;
    }

    private static void LeadingFraction(ref string s, out ulong x, out double scale)
    {
        x = 0;
        scale = 1;
        bool overflow = false;
        int i = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (overflow)
            {
                continue;
            }

            if (x > (ulong)long.MaxValue / 10)
            {
                overflow = true;
                continue;
            }

            ulong y = x * 10 + (ulong)(s[i] - '0');
            if (y > 1UL << 63)
            {
                overflow = true;
                continue;
            }

            x = y;
            scale *= 10;
        }

        s = s[i..];
    }

    private static SprigDateParseException Invalid(string orig) => new("time: invalid duration " + SprigDateTime.Quote(orig));
}
