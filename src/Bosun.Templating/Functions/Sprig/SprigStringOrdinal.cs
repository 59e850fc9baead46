namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Go's string order: bytewise over UTF-8, which is code point order. Plain UTF-16 ordinal order differs
/// for supplementary characters versus U+E000–U+FFFF; this comparer corrects that.
/// </summary>
internal sealed class SprigStringOrdinal : IComparer<string>
{
    public static readonly SprigStringOrdinal Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        int length = Math.Min(x.Length, y.Length);
        int index = x.AsSpan(0, length).CommonPrefixLength(y.AsSpan(0, length));
        if (index == length)
        {
            return x.Length.CompareTo(y.Length);
        }

        return Fix(x[index]).CompareTo(Fix(y[index]));
    }

    /// <summary>Moves surrogates above U+FFFF-range BMP characters so UTF-16 units order like code points.</summary>
    private static int Fix(char c) => c switch
    {
        >= '\uD800' and <= '\uDFFF' => c + 0x2000,
        >= '\uE000' => c - 0x800,
        _ => c,
    };
}
