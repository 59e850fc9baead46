namespace Bosun.Core.Values;

/// <summary>
/// encoding/json's map key order: bytewise over UTF-8, which is code point order (not UTF-16 ordinal order,
/// which puts supplementary characters before U+E000–U+FFFF).
/// </summary>
internal sealed class GoJsonKeyOrder : IComparer<string>
{
    public static readonly GoJsonKeyOrder Instance = new();

    /// <summary>
    /// The same order as a delegate made once: sorting with an <see cref="IComparer{T}"/> makes a new delegate on
    /// every call (a slow path for shared generics that showed up as 3 % of a render).
    /// </summary>
    public static readonly Comparison<string> Comparison = Instance.Compare;

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++)
        {
            char a = x[i];
            char b = y[i];
            if (a == b)
            {
                continue;
            }

            // Surrogates (supplementary planes) sort after every BMP character in code point order.
            bool sa = char.IsSurrogate(a);
            bool sb = char.IsSurrogate(b);
            if (sa != sb)
            {
                return sa ? 1 : -1;
            }

            return a.CompareTo(b);
        }

        return x.Length.CompareTo(y.Length);
    }
}
