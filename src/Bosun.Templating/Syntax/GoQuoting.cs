using System.Globalization;
using System.Text;

namespace Bosun.Templating.Syntax;

/// <summary>
/// Go's quoting as the template packages use it in trees and messages: <c>strconv.Quote</c> (<c>%q</c>),
/// <c>%.10q...</c> for long tokens, <c>%#U</c> for characters, and <c>unicode.IsPrint</c>.
/// </summary>
public static class GoQuoting
{
    private const string LowerHex = "0123456789abcdef";

    /// <summary>strconv.Quote: a double-quoted Go string literal with Go's escapes.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        AppendQuoted(sb, s, int.MaxValue);
        return sb.ToString();
    }

    /// <summary>
    /// Go's item printing: <c>%q</c>, or when the UTF-8 text is longer than <paramref name="limit"/> bytes,
    /// <c>%.{limit}q...</c> (the first <paramref name="limit"/> characters quoted, then three dots).
    /// </summary>
    public static string QuoteTruncated(string s, int limit)
    {
        if (Encoding.UTF8.GetByteCount(s) <= limit)
        {
            return Quote(s);
        }

        var sb = new StringBuilder(limit + 8);
        AppendQuoted(sb, s, limit);
        sb.Append("...");
        return sb.ToString();
    }

    /// <summary>fmt's <c>%#U</c>: <c>U+0041 'A'</c>, or <c>U+0001</c> for an unprintable character.</summary>
    public static string FormatUnicode(int rune)
    {
        string code = "U+" + rune.ToString("X4", CultureInfo.InvariantCulture);
        if (IsPrint(rune))
        {
            return code + " '" + char.ConvertFromUtf32(rune) + "'";
        }

        return code;
    }

    /// <summary>
    /// unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space; no other spaces,
    /// no controls or format characters.
    /// </summary>
    public static bool IsPrint(int rune)
    {
        if (rune < 0 || rune > 0x10FFFF || rune is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        if (rune < 0x80)
        {
            return rune is >= 0x20 and < 0x7F;
        }

        return IsGraphicCategory(Rune.GetUnicodeCategory(new Rune(rune)));
    }

    /// <summary>Appends the quoted form of at most <paramref name="maxRunes"/> characters of <paramref name="s"/>.</summary>
    internal static void AppendQuoted(StringBuilder sb, string s, int maxRunes)
    {
        sb.Append('"');
        int count = 0;
        for (int i = 0; i < s.Length && count < maxRunes; count++)
        {
            int rune;
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                rune = char.ConvertToUtf32(c, s[i + 1]);
                i += 2;
            }
            else
            {
                rune = char.IsSurrogate(c) ? 0xFFFD : c;
                i++;
            }

            AppendEscapedRune(sb, rune);
        }

        sb.Append('"');
    }

    private static void AppendEscapedRune(StringBuilder sb, int rune)
    {
        if (rune is '"' or '\\')
        {
            sb.Append('\\').Append((char)rune);
            return;
        }

        if (IsPrint(rune))
        {
            AppendRune(sb, rune);
            return;
        }

        switch (rune)
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

        if (rune < ' ' || rune == 0x7F)
        {
            sb.Append("\\x").Append(LowerHex[rune >> 4]).Append(LowerHex[rune & 0xF]);
        }
        else if (rune < 0x10000)
        {
            sb.Append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4)
            {
                sb.Append(LowerHex[(rune >> shift) & 0xF]);
            }
        }
        else
        {
            sb.Append("\\U");
            for (int shift = 28; shift >= 0; shift -= 4)
            {
                sb.Append(LowerHex[(rune >> shift) & 0xF]);
            }
        }
    }

    private static void AppendRune(StringBuilder sb, int rune)
    {
        if (rune < 0x10000)
        {
            sb.Append((char)rune);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(rune));
        }
    }

    private static bool IsGraphicCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => true,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol => true,
        _ => false,
    };
}
