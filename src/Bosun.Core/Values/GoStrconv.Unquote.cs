namespace Bosun.Core.Values;

public static partial class GoStrconv
{
    /// <summary>
    /// strconv.Unquote: the value of a double-quoted, single-quoted (one character) or back-quoted Go
    /// literal. Returns <c>invalid syntax</c> (Go's ErrSyntax text) or null. Escapes producing bytes
    /// (<c>\xNN</c>, octal) are assembled as UTF-8 and decoded; bytes that are not valid UTF-8 become U+FFFD.
    /// </summary>
    public static string? Unquote(string s, out string value)
    {
        value = string.Empty;
        int n = s.Length;
        if (n < 2)
        {
            return ErrSyntax;
        }

        char quote = s[0];
        if (quote != s[n - 1])
        {
            return ErrSyntax;
        }

        var body = s.AsSpan(1, n - 2);
        if (quote == '`')
        {
            if (body.Contains('`'))
            {
                return ErrSyntax;
            }

            // Go drops carriage returns only in the lexer, not in Unquote.
            value = body.ToString();
            return null;
        }

        if (quote is not ('"' or '\''))
        {
            return ErrSyntax;
        }

        if (body.Contains('\n'))
        {
            return ErrSyntax;
        }

        if (!body.Contains('\\') && !body.Contains(quote))
        {
            if (quote == '"')
            {
                value = body.ToString();
                return null;
            }

            if (body.Length > 0)
            {
                DecodeRune(body, 0, out int w);
                if (w == body.Length && !(w == 1 && char.IsSurrogate(body[0])))
                {
                    value = body.ToString();
                    return null;
                }
            }
        }

        var bytes = new List<byte>(body.Length);
        Span<byte> tmp = stackalloc byte[4];
        while (body.Length > 0)
        {
            if (!UnquoteChar(ref body, quote, out int c, out bool multibyte))
            {
                return ErrSyntax;
            }

            if (c < 0x80 || !multibyte)
            {
                bytes.Add((byte)c);
            }
            else
            {
                int k = EncodeRuneUtf8(tmp, c);
                for (int j = 0; j < k; j++)
                {
                    bytes.Add(tmp[j]);
                }
            }

            if (quote == '\'' && body.Length != 0)
            {
                return ErrSyntax; // single-quoted must be a single character
            }
        }

        if (quote == '\'' && bytes.Count == 0)
        {
            return ErrSyntax;
        }

        value = DecodeUtf8(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes));
        return null;
    }

    // Go's UnquoteChar over a UTF-16 tail: decodes one character or escape and advances s.
    private static bool UnquoteChar(ref ReadOnlySpan<char> s, char quote, out int value, out bool multibyte)
    {
        value = 0;
        multibyte = false;
        char c = s[0];
        if (c == quote && quote is '\'' or '"')
        {
            return false;
        }

        if (c >= 0x80)
        {
            value = DecodeRune(s, 0, out int w);
            s = s[w..];
            multibyte = true;
            return true;
        }

        if (c != '\\')
        {
            value = c;
            s = s[1..];
            return true;
        }

        if (s.Length <= 1)
        {
            return false;
        }

        char e = s[1];
        s = s[2..];
        switch (e)
        {
            case 'a':
                value = '\a';
                break;
            case 'b':
                value = '\b';
                break;
            case 'f':
                value = '\f';
                break;
            case 'n':
                value = '\n';
                break;
            case 'r':
                value = '\r';
                break;
            case 't':
                value = '\t';
                break;
            case 'v':
                value = '\v';
                break;
            case 'x' or 'u' or 'U':
                int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (s.Length < n)
                {
                    return false;
                }

                int v = 0;
                for (int j = 0; j < n; j++)
                {
                    int x = UnHex(s[j]);
                    if (x < 0)
                    {
                        return false;
                    }

                    v = (v << 4) | x;
                }

                s = s[n..];
                if (e == 'x')
                {
                    value = v; // a single byte, possibly not UTF-8
                    break;
                }

                if (v is < 0 or > MaxRune || (v >= 0xD800 && v <= 0xDFFF))
                {
                    return false;
                }

                value = v;
                multibyte = true;
                break;
            case >= '0' and <= '7':
                int o = e - '0';
                if (s.Length < 2)
                {
                    return false;
                }

                for (int j = 0; j < 2; j++)
                {
                    int x = s[j] - '0';
                    if (x is < 0 or > 7)
                    {
                        return false;
                    }

                    o = (o << 3) | x;
                }

                s = s[2..];
                if (o > 255)
                {
                    return false;
                }

                value = o;
                break;
            case '\\':
                value = '\\';
                break;
            case '\'' or '"':
                if (e != quote)
                {
                    return false;
                }

                value = e;
                break;
            default:
                return false;
        }

        return true;
    }

    private static int UnHex(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
