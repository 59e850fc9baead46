namespace Bosun.Core.Values;

public static partial class GoStrconv
{
    private const string ErrSyntax = "invalid syntax";
    private const string ErrRange = "value out of range";

    /// <summary>
    /// strconv.ParseInt(s, base, bitSize): base 0 infers 0b/0o/0x/0 prefixes and allows underscores as
    /// in Go literals; bitSize 0 means int (64 bits). Returns Go's error text
    /// (<c>strconv.ParseInt: parsing "x": invalid syntax</c>) or null. On a range error
    /// <paramref name="value"/> is the maximum magnitude of the bit size, as Go returns it.
    /// </summary>
    public static string? ParseInt(string s, int numberBase, int bitSize, out long value) =>
        ParseIntCore(s, numberBase, bitSize, "ParseInt", out value);

    /// <summary>strconv.ParseUint(s, base, bitSize); returns Go's error text or null (value is the maximum on a range error).</summary>
    public static string? ParseUint(string s, int numberBase, int bitSize, out ulong value)
    {
        var error = ParseUintCore(s, numberBase, bitSize, out value, out _);
        return error is null ? null : NumError("ParseUint", s, error);
    }

    /// <summary>strconv.Atoi(s) (ParseInt(s, 10, 0)); returns Go's error text (<c>strconv.Atoi: ...</c>) or null.</summary>
    public static string? Atoi(string s, out long value)
    {
        if (s.Length is > 0 and < 19)
        {
            int i = 0;
            if (s[0] is '-' or '+')
            {
                i = 1;
                if (s.Length < 2)
                {
                    value = 0;
                    return NumError("Atoi", s, ErrSyntax);
                }
            }

            long n = 0;
            for (; i < s.Length; i++)
            {
                uint ch = (uint)(s[i] - '0');
                if (ch > 9)
                {
                    value = 0;
                    return NumError("Atoi", s, ErrSyntax);
                }

                n = (n * 10) + ch;
            }

            value = s[0] == '-' ? -n : n;
            return null;
        }

        return ParseIntCore(s, 10, 0, "Atoi", out value);
    }

    private static string? ParseIntCore(string s, int numberBase, int bitSize, string fn, out long value)
    {
        value = 0;
        if (s.Length == 0)
        {
            return NumError(fn, s, ErrSyntax);
        }

        bool neg = false;
        string rest = s;
        if (s[0] == '+')
        {
            rest = s[1..];
        }
        else if (s[0] == '-')
        {
            neg = true;
            rest = s[1..];
        }

        var error = ParseUintCore(rest, numberBase, bitSize, out ulong un, out bool rangeError);
        if (error is not null && !rangeError)
        {
            return NumError(fn, s, error);
        }

        if (bitSize == 0)
        {
            bitSize = 64;
        }

        ulong cutoff = 1UL << (bitSize - 1);
        if (!neg && un >= cutoff)
        {
            value = (long)(cutoff - 1);
            return NumError(fn, s, ErrRange);
        }

        if (neg && un > cutoff)
        {
            value = unchecked(-(long)cutoff);
            return NumError(fn, s, ErrRange);
        }

        value = neg ? unchecked(-(long)un) : (long)un;
        return null;
    }

    // Returns the bare reason (invalid syntax, value out of range, invalid base N, invalid bit size N) or null.
    private static string? ParseUintCore(string s, int numberBase, int bitSize, out ulong value, out bool rangeError)
    {
        value = 0;
        rangeError = false;
        if (s.Length == 0)
        {
            return ErrSyntax;
        }

        bool base0 = numberBase == 0;
        int p = 0;
        if (numberBase is >= 2 and <= 36)
        {
            // valid base
        }
        else if (numberBase == 0)
        {
            numberBase = 10;
            if (s[0] == '0')
            {
                if (s.Length >= 3 && Lower(s[1]) == 'b')
                {
                    numberBase = 2;
                    p = 2;
                }
                else if (s.Length >= 3 && Lower(s[1]) == 'o')
                {
                    numberBase = 8;
                    p = 2;
                }
                else if (s.Length >= 3 && Lower(s[1]) == 'x')
                {
                    numberBase = 16;
                    p = 2;
                }
                else
                {
                    numberBase = 8;
                    p = 1;
                }
            }
        }
        else
        {
            return "invalid base " + Itoa(numberBase);
        }

        if (bitSize == 0)
        {
            bitSize = 64;
        }
        else if (bitSize < 0 || bitSize > 64)
        {
            return "invalid bit size " + Itoa(bitSize);
        }

        ulong b = (ulong)numberBase;
        ulong cutoff = (ulong.MaxValue / b) + 1;
        ulong maxVal = bitSize == 64 ? ulong.MaxValue : (1UL << bitSize) - 1;

        bool underscores = false;
        ulong n = 0;
        for (; p < s.Length; p++)
        {
            char c = s[p];
            ulong d;
            if (c == '_' && base0)
            {
                underscores = true;
                continue;
            }
            else if (c is >= '0' and <= '9')
            {
                d = (ulong)(c - '0');
            }
            else if (Lower(c) is >= 'a' and <= 'z')
            {
                d = (ulong)(Lower(c) - 'a' + 10);
            }
            else
            {
                return ErrSyntax;
            }

            if (d >= b)
            {
                return ErrSyntax;
            }

            if (n >= cutoff)
            {
                value = maxVal;
                rangeError = true;
                return ErrRange;
            }

            n *= b;
            ulong n1 = n + d;
            if (n1 < n || n1 > maxVal)
            {
                value = maxVal;
                rangeError = true;
                return ErrRange;
            }

            n = n1;
        }

        if (underscores && !UnderscoreOk(s))
        {
            return ErrSyntax;
        }

        value = n;
        return null;
    }

    // Go's lower(c): a lower-case letter iff c is that letter in either case.
    private static char Lower(char c) => (char)(c | ('x' - 'X'));

    /// <summary>Go's underscoreOK: underscores only between digits, or between a base prefix and a digit (Go literal syntax).</summary>
    public static bool UnderscoreOk(ReadOnlySpan<char> s)
    {
        // saw: '^' start, '0' digit or prefix, '_' underscore, '!' anything else
        char saw = '^';
        int i = 0;
        if (s.Length >= 1 && s[0] is '-' or '+')
        {
            s = s[1..];
        }

        bool hex = false;
        if (s.Length >= 2 && s[0] == '0' && Lower(s[1]) is 'b' or 'o' or 'x')
        {
            i = 2;
            saw = '0';
            hex = Lower(s[1]) == 'x';
        }

        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c is >= '0' and <= '9' || (hex && Lower(c) is >= 'a' and <= 'f'))
            {
                saw = '0';
                continue;
            }

            if (c == '_')
            {
                if (saw != '0')
                {
                    return false;
                }

                saw = '_';
                continue;
            }

            if (saw == '_')
            {
                return false;
            }

            saw = '!';
        }

        return saw != '_';
    }

    private static string NumError(string fn, string input, string reason) =>
        "strconv." + fn + ": parsing " + Quote(input) + ": " + reason;
}
