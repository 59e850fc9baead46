namespace Bosun.Core.Text.Re2;

/// <summary>Character classes as inclusive code point range pairs, with Go's clean/negate/fold operations.</summary>
internal static class Re2RuneClass
{
    public const int MaxRune = 0x10FFFF;

    public static void AppendRange(List<int> r, int lo, int hi)
    {
        int n = r.Count;
        if (n >= 2 && lo <= r[n - 1] + 1 && r[n - 2] <= hi + 1)
        {
            r[n - 2] = Math.Min(r[n - 2], lo);
            r[n - 1] = Math.Max(r[n - 1], hi);
            return;
        }

        r.Add(lo);
        r.Add(hi);
    }

    public static void AppendClass(List<int> r, int[] x)
    {
        for (int i = 0; i < x.Length; i += 2)
        {
            AppendRange(r, x[i], x[i + 1]);
        }
    }

    /// <summary>Appends the complement of a clean class.</summary>
    public static void AppendNegatedClass(List<int> r, int[] x)
    {
        int nextLo = 0;
        for (int i = 0; i < x.Length; i += 2)
        {
            if (nextLo <= x[i] - 1)
            {
                AppendRange(r, nextLo, x[i] - 1);
            }

            nextLo = x[i + 1] + 1;
        }

        if (nextLo <= MaxRune)
        {
            AppendRange(r, nextLo, MaxRune);
        }
    }

    /// <summary>Appends lo..hi and every rune case-folding equivalent to one of them.</summary>
    public static void AppendFoldedRange(List<int> r, int lo, int hi)
    {
        if (lo <= Re2Unicode.MinFold && hi >= Re2Unicode.MaxFold)
        {
            AppendRange(r, lo, hi);
            return;
        }

        if (hi < Re2Unicode.MinFold || lo > Re2Unicode.MaxFold)
        {
            AppendRange(r, lo, hi);
            return;
        }

        if (lo < Re2Unicode.MinFold)
        {
            AppendRange(r, lo, Re2Unicode.MinFold - 1);
            lo = Re2Unicode.MinFold;
        }

        if (hi > Re2Unicode.MaxFold)
        {
            AppendRange(r, Re2Unicode.MaxFold + 1, hi);
            hi = Re2Unicode.MaxFold;
        }

        for (int c = lo; c <= hi; c++)
        {
            AppendRange(r, c, c);
            var orbit = Re2Unicode.FoldOrbit(c);
            if (orbit is not null)
            {
                foreach (int f in orbit)
                {
                    AppendRange(r, f, f);
                }
            }
        }
    }

    public static void AppendFoldedClass(List<int> r, int[] x)
    {
        for (int i = 0; i < x.Length; i += 2)
        {
            AppendFoldedRange(r, x[i], x[i + 1]);
        }
    }

    /// <summary>Sorts by low end and merges abutting or overlapping ranges.</summary>
    public static int[] Clean(List<int> r)
    {
        int pairs = r.Count / 2;
        var list = new (int Lo, int Hi)[pairs];
        for (int i = 0; i < pairs; i++)
        {
            list[i] = (r[2 * i], r[2 * i + 1]);
        }

        Array.Sort(list, (a, b) => a.Lo != b.Lo ? a.Lo.CompareTo(b.Lo) : b.Hi.CompareTo(a.Hi));
        var result = new List<int>(r.Count);
        foreach (var (lo, hi) in list)
        {
            int n = result.Count;
            if (n > 0 && lo <= result[n - 1] + 1)
            {
                result[n - 1] = Math.Max(result[n - 1], hi);
                continue;
            }

            result.Add(lo);
            result.Add(hi);
        }

        return [.. result];
    }

    /// <summary>The complement of a clean class within 0..MaxRune.</summary>
    public static int[] Negate(int[] x)
    {
        var r = new List<int>(x.Length + 2);
        AppendNegatedClass(r, x);
        return [.. r];
    }

    public static bool Contains(int[] x, int c)
    {
        for (int i = 0; i < x.Length; i += 2)
        {
            if (x[i] <= c && c <= x[i + 1])
            {
                return true;
            }
        }

        return false;
    }
}
