using System.Globalization;
using Bosun.Core.Values;

namespace Bosun.Core.Yaml.Go;

/// <summary>
/// The subset of Go's strconv that go-yaml's resolver uses: ParseInt/ParseUint with base 0 (0x, 0o, 0b and
/// leading-0 octal prefixes) and ParseFloat for decimal text with digit-separating underscores.
/// </summary>
internal static class GoYamlNumbers
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
            char c1 = s.Length >= 3 ? char.ToLowerInvariant(s[1]) : '\0';
            switch (c1)
            {
                case 'b':
                    numberBase = 2;
                    i = 2;
                    break;
                case 'o':
                    numberBase = 8;
                    i = 2;
                    break;
                case 'x':
                    numberBase = 16;
                    i = 2;
                    break;
                default:
                    numberBase = 8;
                    i = 1;
                    break;
            }
        }

        ulong n = 0;
        bool underscores = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            int d;
            if (c == '_')
            {
                underscores = true;
                continue;
            }

            if (c >= '0' && c <= '9')
            {
                d = c - '0';
            }
            else if (char.ToLowerInvariant(c) is >= 'a' and <= 'z')
            {
                d = char.ToLowerInvariant(c) - 'a' + 10;
            }
            else
            {
                return false;
            }

            if (d >= numberBase)
            {
                return false;
            }

            ulong next;
            try
            {
                next = checked((n * (ulong)numberBase) + (ulong)d);
            }
            catch (OverflowException)
            {
                return false;
            }

            n = next;
        }

        if (underscores && !GoStrconv.UnderscoreOk(s))
        {
            return false;
        }

        value = n;
        return true;
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
        string body = s;
        if (s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            body = s[1..];
        }

        if (!TryParseUint(body, out ulong u))
        {
            return false;
        }

        if (!negative && u >= 1UL << 63)
        {
            return false;
        }

        if (negative && u > 1UL << 63)
        {
            return false;
        }

        value = negative ? unchecked(-(long)u) : (long)u;
        return true;
    }

    /// <summary>
    /// strconv.ParseFloat(s, 64) for decimal text (sign, digits, '.', exponent, underscores between digits).
    /// False on syntax errors and on overflow (Go reports ErrRange); underflow gives 0 as in Go.
    /// </summary>
    public static bool TryParseDecimalFloat(string s, out double value)
    {
        value = 0;
        int i = 0;
        if (i < s.Length && s[i] is '+' or '-')
        {
            i++;
        }

        bool sawDigits = false;
        bool sawDot = false;
        bool underscores = false;
        var clean = new System.Text.StringBuilder(s.Length);
        if (i > 0)
        {
            clean.Append(s[0]);
        }

        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                underscores = true;
                continue;
            }

            if (c == '.')
            {
                if (sawDot)
                {
                    break;
                }

                sawDot = true;
                clean.Append(c);
                continue;
            }

            if (c >= '0' && c <= '9')
            {
                sawDigits = true;
                clean.Append(c);
                continue;
            }

            break;
        }

        if (!sawDigits)
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            clean.Append('e');
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                clean.Append(s[i]);
                i++;
            }

            bool expDigits = false;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '_')
                {
                    underscores = true;
                    continue;
                }

                if (c < '0' || c > '9')
                {
                    break;
                }

                expDigits = true;
                clean.Append(c);
            }

            if (!expDigits)
            {
                return false;
            }
        }

        if (i != s.Length)
        {
            return false;
        }

        if (underscores && !GoStrconv.UnderscoreOk(s))
        {
            return false;
        }

        string text = clean.ToString();
        if (text.EndsWith('.'))
        {
            text += "0";
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        return !double.IsInfinity(value);
    }

}
