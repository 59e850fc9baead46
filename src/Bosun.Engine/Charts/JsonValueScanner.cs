namespace Bosun.Engine.Charts;

/// <summary>
/// Finds where the first JSON value of a text ends, as Go's json.Decoder does before decoding it: leading
/// JSON whitespace is skipped, a number ends at the first character that cannot continue it.
/// </summary>
internal static class JsonValueScanner
{
    /// <summary>The index just past the first JSON value at or after <paramref name="start"/>, or -1 on a syntax error.</summary>
    public static int End(string text, int start)
    {
        int position = SkipBlanks(text, start);
        return Value(text, position, depth: 0);
    }

    private static int Value(string s, int i, int depth)
    {
        if (i >= s.Length || depth > 10000)
        {
            return -1;
        }

        switch (s[i])
        {
            case '{':
                return Container(s, i + 1, '}', isObject: true, depth);
            case '[':
                return Container(s, i + 1, ']', isObject: false, depth);
            case '"':
                return String(s, i);
            case 't':
                return Literal(s, i, "true");
            case 'f':
                return Literal(s, i, "false");
            case 'n':
                return Literal(s, i, "null");
            default:
                return Number(s, i);
        }
    }

    private static int Container(string s, int i, char close, bool isObject, int depth)
    {
        i = SkipBlanks(s, i);
        if (i < s.Length && s[i] == close)
        {
            return i + 1;
        }

        while (true)
        {
            if (isObject)
            {
                i = SkipBlanks(s, i);
                if (i >= s.Length || s[i] != '"')
                {
                    return -1;
                }

                i = SkipBlanks(s, String(s, i));
                if (i < 0 || i >= s.Length || s[i] != ':')
                {
                    return -1;
                }

                i++;
            }

            i = Value(s, SkipBlanks(s, i), depth + 1);
            if (i < 0)
            {
                return -1;
            }

            i = SkipBlanks(s, i);
            if (i >= s.Length)
            {
                return -1;
            }

            if (s[i] == close)
            {
                return i + 1;
            }

            if (s[i] != ',')
            {
                return -1;
            }

            i++;
        }
    }

    private static int String(string s, int i)
    {
        if (i < 0)
        {
            return -1;
        }

        i++;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '"')
            {
                return i + 1;
            }

            if (c < 0x20)
            {
                return -1;
            }

            if (c == '\\')
            {
                i++;
                if (i >= s.Length)
                {
                    return -1;
                }

                if (s[i] == 'u')
                {
                    for (int k = 1; k <= 4; k++)
                    {
                        if (i + k >= s.Length || !char.IsAsciiHexDigit(s[i + k]))
                        {
                            return -1;
                        }
                    }

                    i += 4;
                }
                else if ("\"\\/bfnrt".IndexOf(s[i], StringComparison.Ordinal) < 0)
                {
                    return -1;
                }
            }

            i++;
        }

        return -1;
    }

    private static int Literal(string s, int i, string word) =>
        string.CompareOrdinal(s, i, word, 0, word.Length) == 0 ? i + word.Length : -1;

    private static int Number(string s, int i)
    {
        if (i < s.Length && s[i] == '-')
        {
            i++;
        }

        if (i >= s.Length || !char.IsAsciiDigit(s[i]))
        {
            return -1;
        }

        if (s[i] == '0')
        {
            i++;
        }
        else
        {
            i = Digits(s, i);
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            if (i >= s.Length || !char.IsAsciiDigit(s[i]))
            {
                return -1;
            }

            i = Digits(s, i);
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            if (i >= s.Length || !char.IsAsciiDigit(s[i]))
            {
                return -1;
            }

            i = Digits(s, i);
        }

        return i;
    }

    private static int Digits(string s, int i)
    {
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipBlanks(string s, int i)
    {
        while (i >= 0 && i < s.Length && s[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        return i;
    }
}
