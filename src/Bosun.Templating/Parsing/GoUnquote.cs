using System.Text;

namespace Bosun.Templating.Parsing;

/// <summary>
/// strconv.Unquote and strconv.UnquoteChar for template literals. Escapes produce bytes that are decoded
/// as UTF-8 at the end, so <c>"\xc3\xa9"</c> is <c>é</c> as in Go; raw strings lose their carriage returns.
/// </summary>
internal static class GoUnquote
{
    /// <summary>strconv.Unquote of a <c>"..."</c> or <c>`...`</c> literal; false means Go's "invalid syntax".</summary>
    public static bool TryUnquote(string s, out string value)
    {
        value = string.Empty;
        if (s.Length < 2 || s[0] != s[^1])
        {
            return false;
        }

        char quote = s[0];
        string body = s[1..^1];
        if (quote == '`')
        {
            if (body.Contains('`', StringComparison.Ordinal))
            {
                return false;
            }

            value = body.Contains('\r', StringComparison.Ordinal) ? body.Replace("\r", string.Empty, StringComparison.Ordinal) : body;
            return true;
        }

        if (quote != '"')
        {
            return false;
        }

        if (!body.Contains('\\', StringComparison.Ordinal) && !body.Contains('"', StringComparison.Ordinal) && !body.Contains('\n', StringComparison.Ordinal))
        {
            value = body;
            return true;
        }

        var bytes = new List<byte>(body.Length);
        int i = 0;
        while (i < body.Length)
        {
            if (body[i] == '\n')
            {
                return false;
            }

            if (!TryUnquoteChar(body, ref i, quote, out int rune, out bool multibyte))
            {
                return false;
            }

            if (rune < 0x80 || !multibyte)
            {
                bytes.Add((byte)rune);
            }
            else
            {
                AppendUtf8(bytes, rune);
            }
        }

        value = Bosun.Core.Values.GoString.FromUtf8(bytes.ToArray());
        return true;
    }

    /// <summary>
    /// strconv.UnquoteChar: decodes one character or escape at <paramref name="index"/>, advancing it.
    /// <paramref name="multibyte"/> is false when the value is a raw byte (<c>\x</c>, octal escapes).
    /// </summary>
    public static bool TryUnquoteChar(string s, ref int index, char quote, out int rune, out bool multibyte)
    {
        rune = 0;
        multibyte = false;
        if (index >= s.Length)
        {
            return false;
        }

        char c = s[index];
        if (c == quote && quote is '\'' or '"')
        {
            return false;
        }

        if (c >= 0x80)
        {
            if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
            {
                rune = char.ConvertToUtf32(c, s[index + 1]);
                index += 2;
            }
            else
            {
                rune = char.IsSurrogate(c) ? 0xFFFD : c;
                index++;
            }

            multibyte = true;
            return true;
        }

        if (c != '\\')
        {
            rune = c;
            index++;
            return true;
        }

        if (index + 1 >= s.Length)
        {
            return false;
        }

        char e = s[index + 1];
        index += 2;
        switch (e)
        {
            case 'a':
                rune = '\a';
                return true;
            case 'b':
                rune = '\b';
                return true;
            case 'f':
                rune = '\f';
                return true;
            case 'n':
                rune = '\n';
                return true;
            case 'r':
                rune = '\r';
                return true;
            case 't':
                rune = '\t';
                return true;
            case 'v':
                rune = '\v';
                return true;
            case 'x' or 'u' or 'U':
            {
                int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (index + n > s.Length)
                {
                    return false;
                }

                int v = 0;
                for (int j = 0; j < n; j++)
                {
                    int d = HexValue(s[index + j]);
                    if (d < 0)
                    {
                        return false;
                    }

                    v = (v << 4) | d;
                }

                index += n;
                if (e == 'x')
                {
                    rune = v;
                    return true;
                }

                if (v < 0 || v > 0x10FFFF || v is >= 0xD800 and <= 0xDFFF)
                {
                    return false;
                }

                rune = v;
                multibyte = true;
                return true;
            }

            case >= '0' and <= '7':
            {
                int v = e - '0';
                if (index + 2 > s.Length)
                {
                    return false;
                }

                for (int j = 0; j < 2; j++)
                {
                    int d = s[index + j] - '0';
                    if (d is < 0 or > 7)
                    {
                        return false;
                    }

                    v = (v << 3) | d;
                }

                index += 2;
                if (v > 255)
                {
                    return false;
                }

                rune = v;
                return true;
            }

            case '\\':
                rune = '\\';
                return true;
            case '\'' or '"':
                if (e != quote)
                {
                    return false;
                }

                rune = e;
                return true;
            default:
                return false;
        }
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static void AppendUtf8(List<byte> bytes, int rune)
    {
        Span<byte> buffer = stackalloc byte[4];
        int written = new Rune(rune).EncodeToUtf8(buffer);
        for (int i = 0; i < written; i++)
        {
            bytes.Add(buffer[i]);
        }
    }
}
