using System.Globalization;
using System.Text;

namespace Bosun.Core.Values;

/// <summary>strconv.Quote and strconv.IsPrint over .NET strings (lone surrogates count as U+FFFD).</summary>
internal static class GoJsonQuote
{
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        for (int i = 0; i < s.Length; i++)
        {
            int rune = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                rune = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                rune = 0xFFFD;
            }

            AppendRune(sb, rune);
        }

        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>Appends one rune as strconv.Quote would inside double quotes.</summary>
    public static void AppendRune(StringBuilder sb, int rune)
    {
        if (rune == '"' || rune == '\\')
        {
            sb.Append('\\').Append((char)rune);
            return;
        }

        if (IsPrint(rune))
        {
            sb.Append(char.ConvertFromUtf32(rune));
            return;
        }

        switch (rune)
        {
            case '\a': sb.Append("\\a"); return;
            case '\b': sb.Append("\\b"); return;
            case '\f': sb.Append("\\f"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
            case '\t': sb.Append("\\t"); return;
            case '\v': sb.Append("\\v"); return;
        }

        if (rune < ' ' || rune == 0x7F)
        {
            sb.Append("\\x").Append(rune.ToString("x2", CultureInfo.InvariantCulture));
        }
        else if (rune < 0x10000)
        {
            sb.Append("\\u").Append(rune.ToString("x4", CultureInfo.InvariantCulture));
        }
        else
        {
            sb.Append("\\U").Append(rune.ToString("x8", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.</summary>
    public static bool IsPrint(int rune)
    {
        if (rune <= 0xFF)
        {
            if (rune >= 0x20 && rune <= 0x7E)
            {
                return true;
            }

            if (rune >= 0xA1 && rune <= 0xFF)
            {
                return rune != 0xAD;
            }

            return false;
        }

        if (rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF))
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(rune);
        return category switch
        {
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
            _ => true,
        };
    }
}
