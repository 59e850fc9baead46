using System.Globalization;
using System.Numerics;
using Bosun.Core.Values;

namespace Bosun.Templating.Parsing;

/// <summary>
/// The parts of Go's strconv the template parser relies on to read number literals: ParseUint and
/// ParseInt with base 0 (prefixes 0x, 0o, 0b, legacy leading-0 octal, underscores between digits) and
/// ParseFloat (decimal and hexadecimal mantissas, exact round-to-nearest-even).
/// </summary>
internal static class GoNumberParser
{
    /// <summary>strconv.ParseUint(s, 0, 64).</summary>
    public static bool TryParseUint(string s, out ulong value)
    {
        value = 0;
        if (s.Length == 0)
        {
            return false;
        }

        int numberBase = 10;
        int i = 0;
        if (s[0] == '0')
        {
            if (s.Length >= 3 && char.ToLowerInvariant(s[1]) is 'b' or 'o' or 'x')
            {
                numberBase = char.ToLowerInvariant(s[1]) switch { 'b' => 2, 'o' => 8, _ => 16 };
                i = 2;
            }
            else
            {
                numberBase = 8;
                i = 1;
            }
        }

        bool underscores = false;
        ulong maxBeforeMultiply = ulong.MaxValue / (ulong)numberBase;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                underscores = true;
                continue;
            }

            int d = DigitValue(c);
            if (d < 0 || d >= numberBase)
            {
                return false;
            }

            if (value > maxBeforeMultiply)
            {
                return false;
            }

            ulong next = (value * (ulong)numberBase) + (ulong)d;
            if (next < value * (ulong)numberBase)
            {
                return false;
            }

            value = next;
        }

        return !underscores || GoStrconv.UnderscoreOk(s);
    }

    /// <summary>strconv.ParseInt(s, 0, 64).</summary>
    public static bool TryParseInt(string s, out long value)
    {
        value = 0;
        if (s.Length == 0)
        {
            return false;
        }

        bool negative = false;
        string rest = s;
        if (s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            rest = s[1..];
        }

        if (!TryParseUint(rest, out ulong magnitude))
        {
            return false;
        }

        if (!GoStrconv.UnderscoreOk(s))
        {
            return false;
        }

        if (negative)
        {
            if (magnitude > 9223372036854775808UL)
            {
                return false;
            }

            value = unchecked(-(long)magnitude);
            return true;
        }

        if (magnitude > long.MaxValue)
        {
            return false;
        }

        value = (long)magnitude;
        return true;
    }

    /// <summary>strconv.ParseFloat(s, 64); false for syntax errors and for overflow (Go's ErrRange).</summary>
    public static bool TryParseFloat(string s, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }

        string rest = s[i..];
        string lower = rest.ToLowerInvariant();
        if (lower is "inf" or "infinity")
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (lower == "nan")
        {
            value = double.NaN;
            return true;
        }

        if (rest.Contains('_', StringComparison.Ordinal) && !GoStrconv.UnderscoreOk(s))
        {
            return false;
        }

        rest = rest.Replace("_", string.Empty, StringComparison.Ordinal);
        bool ok = rest.Length > 2 && rest[0] == '0' && rest[1] is 'x' or 'X'
            ? TryParseHexFloat(rest[2..], out value)
            : TryParseDecimalFloat(rest, out value);
        if (!ok)
        {
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }


    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };

    private static bool TryParseDecimalFloat(string s, out double value)
    {
        value = 0;
        int i = 0;
        int digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            digits++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            int expDigits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                expDigits++;
            }

            if (expDigits == 0)
            {
                return false;
            }
        }

        if (i != s.Length)
        {
            return false;
        }

        if (!double.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        return !double.IsInfinity(value);
    }

    private static bool TryParseHexFloat(string s, out double value)
    {
        value = 0;
        BigInteger mantissa = BigInteger.Zero;
        int exponent = 0;
        int i = 0;
        int digits = 0;
        bool seenDot = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '.')
            {
                if (seenDot)
                {
                    return false;
                }

                seenDot = true;
                continue;
            }

            int d = DigitValue(c);
            if (d is < 0 or >= 16)
            {
                break;
            }

            mantissa = (mantissa << 4) + d;
            digits++;
            if (seenDot)
            {
                exponent -= 4;
            }
        }

        if (digits == 0 || i >= s.Length || s[i] is not ('p' or 'P'))
        {
            return false;
        }

        i++;
        bool negativeExponent = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negativeExponent = s[i] == '-';
            i++;
        }

        int expDigits = 0;
        long e = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            expDigits++;
            if (e < 100_000_000)
            {
                e = (e * 10) + (s[i] - '0');
            }
        }

        if (expDigits == 0 || i != s.Length)
        {
            return false;
        }

        long totalExponent = exponent + (negativeExponent ? -e : e);
        return TryScaleBinary(mantissa, totalExponent, out value);
    }

    /// <summary>mantissa × 2^exponent rounded to nearest even; false on overflow.</summary>
    private static bool TryScaleBinary(BigInteger mantissa, long exponent, out double value)
    {
        value = 0;
        if (mantissa.IsZero)
        {
            return true;
        }

        long bitLength = (long)mantissa.GetBitLength();
        long shift = bitLength - 53;
        long e = exponent + shift;
        if (e < -1074)
        {
            shift += -1074 - e;
            e = -1074;
        }

        if (e > 2000)
        {
            return false;
        }

        BigInteger q;
        if (shift > 0)
        {
            if (shift > bitLength + 1)
            {
                value = 0;
                return true;
            }

            q = mantissa >> (int)shift;
            BigInteger remainder = mantissa - (q << (int)shift);
            BigInteger half = BigInteger.One << (int)(shift - 1);
            if (remainder > half || (remainder == half && !q.IsEven))
            {
                q += 1;
            }
        }
        else
        {
            q = mantissa << (int)-shift;
        }

        value = Math.ScaleB((double)q, (int)e);
        return !double.IsInfinity(value);
    }
}
