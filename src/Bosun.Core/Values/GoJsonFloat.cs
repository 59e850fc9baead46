using System.Globalization;
using System.Text;

namespace Bosun.Core.Values;

/// <summary>
/// Shortest round-trip float formatting as Go's strconv produces it ('e', 'f', 'g' with precision -1, for
/// float64 and float32), and encoding/json's float encoder. Built on .NET's shortest round-trip digits.
/// </summary>
internal static class GoJsonFloat
{
    /// <summary>Shortest decimal digits of <paramref name="value"/> as a float of <paramref name="bitSize"/> bits: value = 0.digits × 10^point.</summary>
    public static (string Digits, int Point, bool Negative) Shortest(double value, int bitSize)
    {
        string r = bitSize == 32
            ? ((float)value).ToString("R", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
        bool negative = r.StartsWith('-');
        if (negative)
        {
            r = r[1..];
        }

        int exp = 0;
        int e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

        int dot = r.IndexOf('.', StringComparison.Ordinal);
        string intPart = dot >= 0 ? r[..dot] : r;
        string fracPart = dot >= 0 ? r[(dot + 1)..] : string.Empty;
        string digits = intPart + fracPart;
        int point = intPart.Length + exp;

        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }

        digits = digits[lead..];
        point -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            return ("0", 1, negative);
        }

        return (digits, point, negative);
    }

    private static string? Special(double value, int bitSize)
    {
        double v = bitSize == 32 ? (float)value : value;
        if (double.IsNaN(v))
        {
            return "NaN";
        }

        if (double.IsPositiveInfinity(v))
        {
            return "+Inf";
        }

        if (double.IsNegativeInfinity(v))
        {
            return "-Inf";
        }

        return null;
    }

    /// <summary>strconv.FormatFloat(v, 'g', -1, bitSize).</summary>
    public static string FormatG(double value, int bitSize)
    {
        if (Special(value, bitSize) is { } special)
        {
            return special;
        }

        var (digits, point, negative) = Shortest(value, bitSize);
        int exp = point - 1;
        if (digits != "0" && (exp < -4 || exp >= 6))
        {
            return FormatE(digits, point, negative);
        }

        return FormatF(digits, point, negative, Math.Max(digits.Length - point, 0));
    }

    /// <summary>strconv.FormatFloat(v, 'e', -1, bitSize).</summary>
    public static string FormatE(double value, int bitSize)
    {
        if (Special(value, bitSize) is { } special)
        {
            return special;
        }

        var (digits, point, negative) = Shortest(value, bitSize);
        return FormatE(digits, point, negative);
    }

    /// <summary>strconv.FormatFloat(v, 'f', -1, bitSize).</summary>
    public static string FormatF(double value, int bitSize)
    {
        if (Special(value, bitSize) is { } special)
        {
            return special;
        }

        var (digits, point, negative) = Shortest(value, bitSize);
        return FormatF(digits, point, negative, Math.Max(digits.Length - point, 0));
    }

    private static string FormatE(string digits, int point, bool negative)
    {
        var sb = new StringBuilder(digits.Length + 8);
        if (negative)
        {
            sb.Append('-');
        }

        sb.Append(digits[0]);
        if (digits.Length > 1)
        {
            sb.Append('.').Append(digits, 1, digits.Length - 1);
        }

        int exp = digits == "0" ? 0 : point - 1;
        sb.Append('e').Append(exp < 0 ? '-' : '+');
        exp = Math.Abs(exp);
        if (exp < 10)
        {
            sb.Append('0');
        }

        sb.Append(exp.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    private static string FormatF(string digits, int point, bool negative, int fraction)
    {
        var sb = new StringBuilder(digits.Length + Math.Abs(point) + 4);
        if (negative)
        {
            sb.Append('-');
        }

        if (digits == "0")
        {
            sb.Append('0');
            if (fraction > 0)
            {
                sb.Append('.').Append('0', fraction);
            }

            return sb.ToString();
        }

        // integer part
        if (point > 0)
        {
            for (int i = 0; i < point; i++)
            {
                sb.Append(i < digits.Length ? digits[i] : '0');
            }
        }
        else
        {
            sb.Append('0');
        }

        if (fraction > 0)
        {
            sb.Append('.');
            for (int i = 0; i < fraction; i++)
            {
                int j = point + i;
                sb.Append(j < 0 || j >= digits.Length ? '0' : digits[j]);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// encoding/json's float encoding: 'f' form, 'e' form below 1e-6 or from 1e21 (with e-07 cleaned to e-7).
    /// Returns null for NaN and infinities (json: unsupported value).
    /// </summary>
    public static string? FormatJson(double value, int bitSize = 64)
    {
        if (Special(value, bitSize) is not null)
        {
            return null;
        }

        double abs = Math.Abs(value);
        bool useE = false;
        if (abs != 0)
        {
            if (bitSize == 64)
            {
                useE = abs < 1e-6 || abs >= 1e21;
            }
            else
            {
                float fa = (float)abs;
                useE = fa < 1e-6f || fa >= 1e21f;
            }
        }

        if (!useE)
        {
            return FormatF(value, bitSize);
        }

        string s = FormatE(value, bitSize);
        int n = s.Length;
        if (n >= 4 && s[n - 4] == 'e' && s[n - 3] == '-' && s[n - 2] == '0')
        {
            s = s[..(n - 2)] + s[n - 1];
        }

        return s;
    }

    /// <summary>strconv.Quote: a Go double-quoted literal (printable runes kept, others escaped).</summary>
    public static string QuoteGo(string s) => GoJsonQuote.Quote(s);
}
