using System.Globalization;

namespace Bosun.Core.Values;

public static partial class GoStrconv
{
    private const NumberStyles DecimalFloatStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>
    /// strconv.ParseFloat(s, bitSize): Go float literal syntax (decimal and hexadecimal with a
    /// <c>p</c> exponent, underscores between digits), <c>inf</c>/<c>infinity</c> (signed) and
    /// <c>nan</c> in any case; correctly rounded. Returns Go's error text or null; on overflow the value
    /// is ±Inf with <c>value out of range</c>.
    /// </summary>
    public static string? ParseFloat(string s, int bitSize, out double value)
    {
        if (TrySpecial(s, out value, out int n))
        {
            if (n == s.Length)
            {
                return null;
            }

            value = 0;
            return NumError("ParseFloat", s, ErrSyntax);
        }

        var r = ReadFloat(s);
        if (!r.Ok || r.Consumed != s.Length)
        {
            value = 0;
            return NumError("ParseFloat", s, ErrSyntax);
        }

        bool overflow;
        if (r.Hex)
        {
            value = bitSize == 32
                ? HexToFloat(r.Mantissa, r.Exp, r.Neg, r.Trunc, 23, 8, -127, out overflow)
                : HexToFloat(r.Mantissa, r.Exp, r.Neg, r.Trunc, 52, 11, -1023, out overflow);
        }
        else
        {
            value = ParseDecimal(s, r.Underscores, bitSize);
            overflow = double.IsInfinity(value);
        }

        return overflow ? NumError("ParseFloat", s, ErrRange) : null;
    }

    private static double ParseDecimal(string s, bool underscores, int bitSize)
    {
        ReadOnlySpan<char> text = s;
        char[]? copy = null;
        if (underscores)
        {
            copy = new char[s.Length];
            int k = 0;
            foreach (char c in s)
            {
                if (c != '_')
                {
                    copy[k++] = c;
                }
            }

            text = copy.AsSpan(0, k);
        }

        // The syntax was validated as Go's; .NET parses it correctly rounded (IEEE, any length).
        return bitSize == 32
            ? float.Parse(text, DecimalFloatStyle, CultureInfo.InvariantCulture)
            : double.Parse(text, DecimalFloatStyle, CultureInfo.InvariantCulture);
    }

    // Go's special(): signed "inf"/"infinity", unsigned "nan", any case; n = length of the match.
    private static bool TrySpecial(string s, out double value, out int n)
    {
        value = 0;
        n = 0;
        if (s.Length == 0)
        {
            return false;
        }

        char c = s[0];
        if (c is '+' or '-' or 'i' or 'I')
        {
            int sign = c == '-' ? -1 : 1;
            int nsign = c is '+' or '-' ? 1 : 0;
            int m = CommonPrefixLenIgnoreCase(s.AsSpan(nsign), "infinity");
            if (m is > 3 and < 8)
            {
                m = 3;
            }

            if (m is 3 or 8)
            {
                value = sign < 0 ? double.NegativeInfinity : double.PositiveInfinity;
                n = nsign + m;
                return true;
            }
        }
        else if (c is 'n' or 'N' && CommonPrefixLenIgnoreCase(s, "nan") == 3)
        {
            value = double.NaN;
            n = 3;
            return true;
        }

        return false;
    }

    private static int CommonPrefixLenIgnoreCase(ReadOnlySpan<char> s, string prefix)
    {
        int n = Math.Min(prefix.Length, s.Length);
        for (int i = 0; i < n; i++)
        {
            char c = s[i];
            if (c is >= 'A' and <= 'Z')
            {
                c = (char)(c + ('a' - 'A'));
            }

            if (c != prefix[i])
            {
                return i;
            }
        }

        return n;
    }

    private struct FloatSyntax
    {
        public bool Ok;
        public int Consumed;
        public bool Neg;
        public bool Hex;
        public bool Trunc;
        public bool Underscores;
        public ulong Mantissa;
        public int Exp;
    }

    // Go's readFloat: validates the syntax of a (prefix of a) float literal; for hex floats it also
    // collects the mantissa and binary exponent.
    private static FloatSyntax ReadFloat(string s)
    {
        var r = default(FloatSyntax);
        int i = 0;
        if (i >= s.Length)
        {
            return r;
        }

        if (s[i] == '+')
        {
            i++;
        }
        else if (s[i] == '-')
        {
            i++;
            r.Neg = true;
        }

        ulong numberBase = 10;
        int maxMantDigits = 19;
        char expChar = 'e';
        if (i + 2 < s.Length && s[i] == '0' && Lower(s[i + 1]) == 'x')
        {
            numberBase = 16;
            maxMantDigits = 16;
            i += 2;
            expChar = 'p';
            r.Hex = true;
        }

        bool sawDot = false;
        bool sawDigits = false;
        int nd = 0;
        int ndMant = 0;
        int dp = 0;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                r.Underscores = true;
                continue;
            }

            if (c == '.')
            {
                if (sawDot)
                {
                    break;
                }

                sawDot = true;
                dp = nd;
                continue;
            }

            if (c is >= '0' and <= '9')
            {
                sawDigits = true;
                if (c == '0' && nd == 0)
                {
                    // ignore leading zeros
                    dp--;
                    continue;
                }

                nd++;
                if (ndMant < maxMantDigits)
                {
                    r.Mantissa = (r.Mantissa * numberBase) + (ulong)(c - '0');
                    ndMant++;
                }
                else if (c != '0')
                {
                    r.Trunc = true;
                }

                continue;
            }

            if (numberBase == 16 && Lower(c) is >= 'a' and <= 'f')
            {
                sawDigits = true;
                nd++;
                if (ndMant < maxMantDigits)
                {
                    r.Mantissa = (r.Mantissa * 16) + (ulong)(Lower(c) - 'a' + 10);
                    ndMant++;
                }
                else
                {
                    r.Trunc = true;
                }

                continue;
            }

            break;
        }

        if (!sawDigits)
        {
            r.Consumed = i;
            return r;
        }

        if (!sawDot)
        {
            dp = nd;
        }

        if (numberBase == 16)
        {
            dp *= 4;
            ndMant *= 4;
        }

        if (i < s.Length && Lower(s[i]) == expChar)
        {
            i++;
            if (i >= s.Length)
            {
                r.Consumed = i;
                return r;
            }

            int esign = 1;
            if (s[i] == '+')
            {
                i++;
            }
            else if (s[i] == '-')
            {
                i++;
                esign = -1;
            }

            if (i >= s.Length || s[i] < '0' || s[i] > '9')
            {
                r.Consumed = i;
                return r;
            }

            int e = 0;
            for (; i < s.Length && (s[i] is >= '0' and <= '9' || s[i] == '_'); i++)
            {
                if (s[i] == '_')
                {
                    r.Underscores = true;
                    continue;
                }

                if (e < 10000)
                {
                    e = (e * 10) + (s[i] - '0');
                }
            }

            dp += e * esign;
        }
        else if (numberBase == 16)
        {
            // a hex float must have an exponent
            r.Consumed = i;
            return r;
        }

        if (r.Mantissa != 0)
        {
            r.Exp = dp - ndMant;
        }

        r.Consumed = i;
        if (r.Underscores && !UnderscoreOk(s.AsSpan(0, i)))
        {
            return r;
        }

        r.Ok = true;
        return r;
    }
}
