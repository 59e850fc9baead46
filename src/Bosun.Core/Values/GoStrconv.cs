namespace Bosun.Core.Values;

/// <summary>Go's strconv over .NET: exact float formatting and integer/float/quote parsing.</summary>
public static class GoStrconv
{
    /// <summary>strconv.FormatFloat(f, fmt, prec, bitSize) for fmt in 'e','E','f','g','G','b','x','X'; prec -1 = shortest round-trip.</summary>
    public static string FormatFloat(double value, char format, int precision, int bitSize) =>
        throw new NotImplementedException(nameof(FormatFloat));

    /// <summary>strconv.ParseInt(s, base, 64); base 0 honours 0x/0o/0b/0 prefixes and underscores. False on syntax error or overflow.</summary>
    public static bool TryParseInt(string s, int numberBase, out long value) =>
        throw new NotImplementedException(nameof(TryParseInt));

    /// <summary>strconv.ParseFloat(s, 64), including hex floats, inf/nan and underscores (when allowed).</summary>
    public static bool TryParseFloat(string s, out double value) =>
        throw new NotImplementedException(nameof(TryParseFloat));

    /// <summary>strconv.Quote: Go double-quoted string literal with Go escapes.</summary>
    public static string Quote(string s) => throw new NotImplementedException(nameof(Quote));
}
