using System.Globalization;
using System.Text;

namespace Bosun.Core.Values;

public static partial class GoStrconv
{
    /// <summary>utf8.RuneError, U+FFFD.</summary>
    public const int RuneError = 0xFFFD;

    /// <summary>utf8.MaxRune, U+10FFFF.</summary>
    public const int MaxRune = 0x10FFFF;

    /// <summary>
    /// strconv.IsPrint / unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII
    /// space. Latin-1 follows Go's table exactly; above it the categories come from .NET's Unicode
    /// data (a newer Unicode version than Go's may make a few recently assigned code points printable).
    /// </summary>
    public static bool IsPrint(int r)
    {
        if (r <= 0xFF)
        {
            if (r is >= 0x20 and <= 0x7E)
            {
                return true;
            }

            if (r is >= 0xA1 and <= 0xFF)
            {
                return r != 0xAD; // soft hyphen
            }

            return false;
        }

        if (r > MaxRune || r is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(r) switch
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

    /// <summary>
    /// The code point at <paramref name="index"/> of a UTF-16 string and its length in chars; a lone
    /// surrogate is one invalid rune, reported as U+FFFD (Go sees invalid UTF-8 bytes the same way).
    /// </summary>
    public static int DecodeRune(ReadOnlySpan<char> s, int index, out int width)
    {
        char c = s[index];
        if (!char.IsSurrogate(c))
        {
            width = 1;
            return c;
        }

        if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[index + 1]);
        }

        width = 1;
        return RuneError;
    }

    /// <summary>utf8.RuneCountInString over a UTF-16 string (surrogate pairs count once).</summary>
    public static int RuneCount(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }

        return n;
    }

    /// <summary>
    /// utf8.DecodeRune: the rune at the start of UTF-8 bytes and its width; an invalid or truncated
    /// sequence yields (U+FFFD, 1) as in Go.
    /// </summary>
    public static int DecodeRuneUtf8(ReadOnlySpan<byte> b, out int width)
    {
        width = 1;
        if (b.Length == 0)
        {
            return RuneError;
        }

        byte b0 = b[0];
        if (b0 < 0x80)
        {
            return b0;
        }

        int need;
        byte lo = 0x80;
        byte hi = 0xBF;
        int r;
        if (b0 is >= 0xC2 and <= 0xDF)
        {
            need = 2;
            r = b0 & 0x1F;
        }
        else if (b0 is >= 0xE0 and <= 0xEF)
        {
            need = 3;
            r = b0 & 0x0F;
            if (b0 == 0xE0)
            {
                lo = 0xA0;
            }
            else if (b0 == 0xED)
            {
                hi = 0x9F;
            }
        }
        else if (b0 is >= 0xF0 and <= 0xF4)
        {
            need = 4;
            r = b0 & 0x07;
            if (b0 == 0xF0)
            {
                lo = 0x90;
            }
            else if (b0 == 0xF4)
            {
                hi = 0x8F;
            }
        }
        else
        {
            return RuneError;
        }

        if (b.Length < need || b[1] < lo || b[1] > hi)
        {
            return RuneError;
        }

        r = (r << 6) | (b[1] & 0x3F);
        for (int i = 2; i < need; i++)
        {
            if (b[i] is < 0x80 or > 0xBF)
            {
                return RuneError;
            }

            r = (r << 6) | (b[i] & 0x3F);
        }

        width = need;
        return r;
    }

    /// <summary>Go's string(bytes): valid UTF-8 decoded, each invalid byte kept as a <see cref="GoString"/> escape.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> b) =>
        !b.ContainsAnyExceptInRange((byte)0, (byte)0x7F) ? Encoding.ASCII.GetString(b) : GoString.FromUtf8(b);

    /// <summary>utf8.RuneLen for a valid rune (surrogates and out-of-range runes encode as U+FFFD, 3 bytes).</summary>
    public static int Utf8Length(int r) => r switch
    {
        < 0 => 3,
        < 0x80 => 1,
        < 0x800 => 2,
        >= 0xD800 and <= 0xDFFF => 3,
        < 0x10000 => 3,
        <= MaxRune => 4,
        _ => 3,
    };

    /// <summary>Appends a rune as UTF-16; invalid runes (surrogates, out of range) as U+FFFD, like utf8.AppendRune.</summary>
    public static void AppendRune(StringBuilder sb, int r)
    {
        if (r is < 0 or > MaxRune or (>= 0xD800 and <= 0xDFFF))
        {
            sb.Append((char)RuneError);
        }
        else if (r < 0x10000)
        {
            sb.Append((char)r);
        }
        else
        {
            r -= 0x10000;
            sb.Append((char)(0xD800 + (r >> 10))).Append((char)(0xDC00 + (r & 0x3FF)));
        }
    }

    /// <summary>Writes the UTF-8 bytes of a rune (invalid runes as U+FFFD) and returns their count.</summary>
    internal static int EncodeRuneUtf8(Span<byte> dst, int r)
    {
        if (r is < 0 or > MaxRune or (>= 0xD800 and <= 0xDFFF))
        {
            r = RuneError;
        }

        if (r < 0x80)
        {
            dst[0] = (byte)r;
            return 1;
        }

        if (r < 0x800)
        {
            dst[0] = (byte)(0xC0 | (r >> 6));
            dst[1] = (byte)(0x80 | (r & 0x3F));
            return 2;
        }

        if (r < 0x10000)
        {
            dst[0] = (byte)(0xE0 | (r >> 12));
            dst[1] = (byte)(0x80 | ((r >> 6) & 0x3F));
            dst[2] = (byte)(0x80 | (r & 0x3F));
            return 3;
        }

        dst[0] = (byte)(0xF0 | (r >> 18));
        dst[1] = (byte)(0x80 | ((r >> 12) & 0x3F));
        dst[2] = (byte)(0x80 | ((r >> 6) & 0x3F));
        dst[3] = (byte)(0x80 | (r & 0x3F));
        return 4;
    }
}
