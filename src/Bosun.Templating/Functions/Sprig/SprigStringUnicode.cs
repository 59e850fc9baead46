using System.Globalization;
using System.Text;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Go's <c>unicode</c> package over runes (Unicode 15.0, as Go 1.23–1.25 ship it): simple case mappings
/// and category predicates. .NET's invariant casing omits a few mappings Go has (<c>İ</c>→<c>i</c>,
/// <c>ı</c>→<c>I</c>, <c>ſ</c>→<c>S</c>) and knows Unicode 16 pairs Go does not; both are corrected here.
/// </summary>
internal static class SprigStringUnicode
{
    /// <summary>utf8.RuneError, what Go decodes invalid UTF-8 (and a literal U+FFFD) to.</summary>
    public const int RuneError = 0xFFFD;

    /// <summary>unicode.IsSpace.</summary>
    public static bool IsSpace(int r) => r switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or 0x85 or 0xA0 => true,
        0x1680 or (>= 0x2000 and <= 0x200A) or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
        _ => false,
    };

    public static bool IsUpper(int r) => r < 0x80 ? r is >= 'A' and <= 'Z' : Category(r) == UnicodeCategory.UppercaseLetter;

    public static bool IsLower(int r) => r < 0x80 ? r is >= 'a' and <= 'z' : Category(r) == UnicodeCategory.LowercaseLetter;

    public static bool IsTitle(int r) => r >= 0x80 && Category(r) == UnicodeCategory.TitlecaseLetter;

    public static bool IsLetter(int r) => r < 0x80
        ? r is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')
        : Category(r) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;

    public static bool IsDigit(int r) => r < 0x80 ? r is >= '0' and <= '9' : Category(r) == UnicodeCategory.DecimalDigitNumber;

    public static bool IsNumber(int r) => r < 0x80
        ? r is >= '0' and <= '9'
        : Category(r) is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    public static bool IsPunct(int r) => Category(r) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
        or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    /// <summary>unicode.ToUpper.</summary>
    public static int ToUpper(int r)
    {
        if (r < 0x80)
        {
            return r is >= 'a' and <= 'z' ? r - 32 : r;
        }

        return r switch
        {
            0x131 => 'I',
            0x17F => 'S',
            0x19B or 0x264 or 0x1C8A or 0xA7CD or 0xA7DB or (>= 0x10D70 and <= 0x10D85) => r,
            _ => IsValidRune(r) ? Rune.ToUpperInvariant(new Rune(r)).Value : r,
        };
    }

    /// <summary>unicode.ToLower.</summary>
    public static int ToLower(int r)
    {
        if (r < 0x80)
        {
            return r is >= 'A' and <= 'Z' ? r + 32 : r;
        }

        return r switch
        {
            0x130 => 'i',
            0x1C89 or 0xA7CB or 0xA7CC or 0xA7DA or 0xA7DC or (>= 0x10D50 and <= 0x10D65) => r,
            _ => IsValidRune(r) ? Rune.ToLowerInvariant(new Rune(r)).Value : r,
        };
    }

    /// <summary>unicode.ToTitle: as upper case except the Latin digraphs and Georgian Mkhedruli.</summary>
    public static int ToTitle(int r) => r switch
    {
        >= 0x1C4 and <= 0x1C6 => 0x1C5,
        >= 0x1C7 and <= 0x1C9 => 0x1C8,
        >= 0x1CA and <= 0x1CC => 0x1CB,
        >= 0x1F1 and <= 0x1F3 => 0x1F2,
        (>= 0x10D0 and <= 0x10FA) or (>= 0x10FD and <= 0x10FF) => r,
        _ => ToUpper(r),
    };

    /// <summary>Decodes a .NET string into Go runes (lone surrogates become U+FFFD, as Go's []rune would).</summary>
    public static int[] ToRunes(string s)
    {
        var runes = new List<int>(s.Length);
        int i = 0;
        while (i < s.Length)
        {
            Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out int consumed);
            runes.Add(rune.Value);
            i += consumed;
        }

        return [.. runes];
    }

    /// <summary>Appends a rune as Go's WriteRune does (invalid code points become U+FFFD).</summary>
    public static void Append(StringBuilder builder, int r)
    {
        if (r < 0x10000 && !(r is >= 0xD800 and <= 0xDFFF) && r >= 0)
        {
            builder.Append((char)r);
            return;
        }

        var rune = IsValidRune(r) ? new Rune(r) : Rune.ReplacementChar;
        Span<char> buffer = stackalloc char[2];
        int n = rune.EncodeToUtf16(buffer);
        builder.Append(buffer[..n]);
    }

    /// <summary>Go's string(runes).</summary>
    public static string FromRunes(ReadOnlySpan<int> runes)
    {
        var builder = new StringBuilder(runes.Length);
        foreach (int r in runes)
        {
            Append(builder, r);
        }

        return builder.ToString();
    }

    /// <summary>Applies a rune mapping to every rune (strings.Map with a total mapping).</summary>
    public static string Map(string s, Func<int, int> mapping)
    {
        var builder = new StringBuilder(s.Length);
        int i = 0;
        while (i < s.Length)
        {
            Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out int consumed);
            Append(builder, mapping(rune.Value));
            i += consumed;
        }

        return builder.ToString();
    }

    private static bool IsValidRune(int r) => Rune.IsValid(r);

    private static UnicodeCategory Category(int r) =>
        IsValidRune(r) ? Rune.GetUnicodeCategory(new Rune(r)) : UnicodeCategory.OtherNotAssigned;
}
