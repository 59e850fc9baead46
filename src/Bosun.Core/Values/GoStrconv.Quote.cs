using System.Text;

namespace Bosun.Core.Values;

public static partial class GoStrconv
{
    /// <summary>strconv.QuoteToASCII: like <see cref="Quote"/> but every non-ASCII rune is escaped (\u00e9, \U0001f600).</summary>
    public static string QuoteToASCII(string s)
    {
        var sb = AcquireBuilder();
        AppendQuote(sb, s, '"', asciiOnly: true);
        return ReleaseBuilder(sb);
    }

    /// <summary>strconv.QuoteRune: a single-quoted Go character literal; invalid runes print as '\ufffd' would (U+FFFD).</summary>
    public static string QuoteRune(int r)
    {
        var sb = AcquireBuilder();
        AppendQuoteRune(sb, r, asciiOnly: false);
        return ReleaseBuilder(sb);
    }

    /// <summary>strconv.QuoteRuneToASCII: like <see cref="QuoteRune"/> with non-ASCII runes escaped.</summary>
    public static string QuoteRuneToASCII(int r)
    {
        var sb = AcquireBuilder();
        AppendQuoteRune(sb, r, asciiOnly: true);
        return ReleaseBuilder(sb);
    }

    /// <summary>strconv.CanBackquote: single line, no control characters other than tab, no backquote, no BOM, no invalid runes.</summary>
    public static bool CanBackquote(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length;)
        {
            int r = DecodeRune(s, i, out int w);
            bool invalid = w == 1 && char.IsSurrogate(s[i]);
            i += w;
            if (invalid)
            {
                return false;
            }

            if (r >= 0x80)
            {
                if (r == 0xFEFF)
                {
                    return false; // BOMs are invisible
                }

                continue;
            }

            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Appends strconv.Quote(s) (quote '"') or QuoteToASCII(s); a lone surrogate is the rune U+FFFD.</summary>
    public static void AppendQuote(StringBuilder sb, ReadOnlySpan<char> s, char quote, bool asciiOnly)
    {
        sb.Append(quote);
        for (int i = 0; i < s.Length;)
        {
            char c = s[i];
            if (c < 0x80 && c != quote && c != '\\' && c >= 0x20 && c != 0x7F)
            {
                // printable ASCII fast path
                sb.Append(c);
                i++;
                continue;
            }

            if (GoString.IsEscape(c))
            {
                // a raw byte that is not valid UTF-8 (GoString convention): Go quotes it as \xNN
                byte raw = GoString.EscapedByte(c);
                sb.Append("\\x").Append(LowerHex[raw >> 4]).Append(LowerHex[raw & 0xF]);
                i++;
                continue;
            }

            int r = DecodeRune(s, i, out int w);
            i += w;
            AppendEscapedRune(sb, r, quote, asciiOnly);
        }

        sb.Append(quote);
    }

    /// <summary>Appends strconv.Quote(string(b)): bytes decoded as UTF-8, each invalid byte escaped as \xNN, as Go does.</summary>
    public static void AppendQuoteBytes(StringBuilder sb, ReadOnlySpan<byte> b, char quote, bool asciiOnly)
    {
        sb.Append(quote);
        while (b.Length > 0)
        {
            int r = DecodeRuneUtf8(b, out int w);
            if (w == 1 && r == RuneError)
            {
                sb.Append("\\x").Append(LowerHex[b[0] >> 4]).Append(LowerHex[b[0] & 0xF]);
            }
            else
            {
                AppendEscapedRune(sb, r, quote, asciiOnly);
            }

            b = b[w..];
        }

        sb.Append(quote);
    }

    /// <summary>Appends strconv.QuoteRune(r) or QuoteRuneToASCII(r); runes that are not valid Unicode become U+FFFD.</summary>
    public static void AppendQuoteRune(StringBuilder sb, int r, bool asciiOnly)
    {
        if (r is < 0 or > MaxRune or (>= 0xD800 and <= 0xDFFF))
        {
            r = RuneError;
        }

        sb.Append('\'');
        AppendEscapedRune(sb, r, '\'', asciiOnly);
        sb.Append('\'');
    }

    private static void AppendEscapedRune(StringBuilder sb, int r, char quote, bool asciiOnly)
    {
        if (r == quote || r == '\\')
        {
            sb.Append('\\').Append((char)r);
            return;
        }

        if (asciiOnly)
        {
            if (r < 0x80 && IsPrint(r))
            {
                sb.Append((char)r);
                return;
            }
        }
        else if (IsPrint(r))
        {
            AppendRune(sb, r);
            return;
        }

        switch (r)
        {
            case '\a':
                sb.Append("\\a");
                return;
            case '\b':
                sb.Append("\\b");
                return;
            case '\f':
                sb.Append("\\f");
                return;
            case '\n':
                sb.Append("\\n");
                return;
            case '\r':
                sb.Append("\\r");
                return;
            case '\t':
                sb.Append("\\t");
                return;
            case '\v':
                sb.Append("\\v");
                return;
        }

        if (r < ' ' || r == 0x7F)
        {
            sb.Append("\\x").Append(LowerHex[(r >> 4) & 0xF]).Append(LowerHex[r & 0xF]);
            return;
        }

        if (r is > MaxRune or < 0 or (>= 0xD800 and <= 0xDFFF))
        {
            r = RuneError;
        }

        if (r < 0x10000)
        {
            sb.Append("\\u");
            for (int s = 12; s >= 0; s -= 4)
            {
                sb.Append(LowerHex[(r >> s) & 0xF]);
            }
        }
        else
        {
            sb.Append("\\U");
            for (int s = 28; s >= 0; s -= 4)
            {
                sb.Append(LowerHex[(r >> s) & 0xF]);
            }
        }
    }
}
