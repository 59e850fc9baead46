using System.Text;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Functions.Go;

/// <summary>text/template's HTMLEscapeString and JSEscapeString, and net/url's QueryEscape.</summary>
internal static class GoEscaping
{
    private const string UpperHex = "0123456789ABCDEF";

    /// <summary>template.HTMLEscapeString: <c>"</c> → <c>&amp;#34;</c>, <c>'</c> → <c>&amp;#39;</c>, &amp; &lt; &gt;, NUL → U+FFFD.</summary>
    public static string HtmlEscape(string s)
    {
        if (s.AsSpan().IndexOfAny("'\"&<>\0") < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 16);
        foreach (char c in s)
        {
            switch (c)
            {
                case '\0':
                    sb.Append('\uFFFD');
                    break;
                case '"':
                    sb.Append("&#34;");
                    break;
                case '\'':
                    sb.Append("&#39;");
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>template.JSEscapeString: quotes, backslash, &lt; &gt; &amp; = and controls escaped; unprintable runes as \uXXXX.</summary>
    public static string JsEscape(string s)
    {
        bool special = false;
        foreach (char c in s)
        {
            if (IsJsSpecial(c))
            {
                special = true;
                break;
            }
        }

        if (!special)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 16);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (!IsJsSpecial(c))
            {
                sb.Append(c);
                continue;
            }

            if (c < 0x80)
            {
                switch (c)
                {
                    case '\\':
                        sb.Append("\\\\");
                        break;
                    case '\'':
                        sb.Append("\\'");
                        break;
                    case '"':
                        sb.Append("\\\"");
                        break;
                    case '<':
                        sb.Append("\\u003C");
                        break;
                    case '>':
                        sb.Append("\\u003E");
                        break;
                    case '&':
                        sb.Append("\\u0026");
                        break;
                    case '=':
                        sb.Append("\\u003D");
                        break;
                    default:
                        sb.Append("\\u00").Append(UpperHex[c >> 4]).Append(UpperHex[c & 0xF]);
                        break;
                }

                continue;
            }

            int rune;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                rune = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            else
            {
                rune = char.IsSurrogate(c) ? 0xFFFD : c;
            }

            if (GoQuoting.IsPrint(rune))
            {
                sb.Append(char.ConvertFromUtf32(rune));
            }
            else
            {
                sb.Append("\\u").Append(rune.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>url.QueryEscape: unreserved bytes kept, space as <c>+</c>, everything else <c>%XX</c> of its UTF-8 bytes.</summary>
    public static string QueryEscape(string s)
    {
        bool needed = false;
        foreach (char c in s)
        {
            if (ShouldEscape(c))
            {
                needed = true;
                break;
            }
        }

        if (!needed)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 16);
        foreach (byte b in Encoding.UTF8.GetBytes(s))
        {
            if (b == ' ')
            {
                sb.Append('+');
            }
            else if (ShouldEscape((char)b))
            {
                sb.Append('%').Append(UpperHex[b >> 4]).Append(UpperHex[b & 0xF]);
            }
            else
            {
                sb.Append((char)b);
            }
        }

        return sb.ToString();
    }

    private static bool IsJsSpecial(char c) =>
        c is '\\' or '\'' or '"' or '<' or '>' or '&' or '=' || c < ' ' || c >= 0x80;

    private static bool ShouldEscape(char c) =>
        !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~');
}
