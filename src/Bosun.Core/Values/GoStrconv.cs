namespace Bosun.Core.Values;

/// <summary>
/// Go's strconv over .NET: exact float formatting (shortest round-trip and correctly rounded fixed
/// precision), integer/float/bool parsing with Go's syntax and error texts, and Go string quoting.
/// Strings are .NET UTF-16 strings; where Go works on UTF-8 bytes the code points are used (a lone
/// surrogate counts as one invalid rune, U+FFFD).
/// </summary>
public static partial class GoStrconv
{
    /// <summary>strconv.FormatFloat(f, fmt, prec, bitSize) for fmt in 'e','E','f','g','G','b','x','X'; prec -1 = shortest round-trip.</summary>
    /// <remarks>An unknown format yields <c>%</c> followed by the format, as Go does; a bit size other than 32 or 64 raises <see cref="GoFailure"/> (Go panics).</remarks>
    public static string FormatFloat(double value, char format, int precision, int bitSize)
    {
        var sb = AcquireBuilder();
        AppendFloat(sb, value, format, precision, bitSize);
        return ReleaseBuilder(sb);
    }

    /// <summary>strconv.ParseInt(s, base, 64); base 0 honours 0x/0o/0b/0 prefixes and underscores. False on syntax error or overflow.</summary>
    public static bool TryParseInt(string s, int numberBase, out long value) =>
        ParseInt(s, numberBase, 64, out value) is null;

    /// <summary>strconv.ParseFloat(s, 64), including hex floats, inf/nan and underscores (when allowed).</summary>
    /// <remarks>False on a syntax error and on overflow (then <paramref name="value"/> is ±Inf, as Go returns it with ErrRange).</remarks>
    public static bool TryParseFloat(string s, out double value) =>
        ParseFloat(s, 64, out value) is null;

    /// <summary>strconv.Quote: Go double-quoted string literal with Go escapes.</summary>
    public static string Quote(string s)
    {
        var sb = AcquireBuilder();
        AppendQuote(sb, s, '"', asciiOnly: false);
        return ReleaseBuilder(sb);
    }
}
