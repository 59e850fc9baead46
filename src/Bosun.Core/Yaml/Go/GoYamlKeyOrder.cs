using System.Text;

namespace Bosun.Core.Yaml.Go;

/// <summary>
/// go-yaml's map key order (sorter.go keyList.Less) for string keys: letters compare by code point and sort
/// after non-letters, runs of digits compare numerically (<c>"9"</c> before <c>"10"</c>), a shorter prefix
/// first. Not bytewise.
/// </summary>
internal sealed class GoYamlKeyOrder : IComparer<string>
{
    public static readonly GoYamlKeyOrder Instance = new();

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

        if (Less(x, y))
        {
            return -1;
        }

        return Less(y, x) ? 1 : 0;
    }

    /// <summary>
    /// Sorts map entries by their (string) keys in go-yaml's order. keyList.Less is not transitive for some
    /// key sets (<c>"1e3" &lt; "010" &lt; "12:30" &lt; "1e3"</c>), where go-yaml's output depends on Go's random
    /// map order; a stable merge sort keeps ours deterministic and never fails on such sets.
    /// </summary>
    public static List<KeyValuePair<object?, object?>> Sort(IEnumerable<KeyValuePair<object?, object?>> entries, bool v3 = false)
    {
        // Plain loops: LINQ over these tuples needs generic code JIT-compiled at every cold start.
        var list = entries as ICollection<KeyValuePair<object?, object?>> ?? [.. entries];
        var items = new (KeyValuePair<object?, object?> Entry, int[] Runes)[list.Count];
        int n = 0;
        foreach (var entry in list)
        {
            items[n++] = (entry, Runes(entry.Key as string ?? string.Empty));
        }

        var buffer = new (KeyValuePair<object?, object?> Entry, int[] Runes)[items.Length];
        MergeSort(items, buffer, 0, items.Length, v3);
        var sorted = new List<KeyValuePair<object?, object?>>(items.Length);
        foreach (var item in items)
        {
            sorted.Add(item.Entry);
        }

        return sorted;
    }

    private static void MergeSort((KeyValuePair<object?, object?> Entry, int[] Runes)[] items, (KeyValuePair<object?, object?> Entry, int[] Runes)[] buffer, int lo, int hi, bool v3)
    {
        if (hi - lo < 2)
        {
            return;
        }

        int mid = (lo + hi) / 2;
        MergeSort(items, buffer, lo, mid, v3);
        MergeSort(items, buffer, mid, hi, v3);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi)
        {
            buffer[k++] = Less(items[j].Runes, items[i].Runes, v3) ? items[j++] : items[i++];
        }

        while (i < mid)
        {
            buffer[k++] = items[i++];
        }

        while (j < hi)
        {
            buffer[k++] = items[j++];
        }

        Array.Copy(buffer, lo, items, lo, hi - lo);
    }

    /// <summary>keyList.Less for two strings.</summary>
    public static bool Less(string a, string b) => Less(Runes(a), Runes(b), v3: false);

    /// <param name="ar">Runes of the first key.</param>
    /// <param name="br">Runes of the second key.</param>
    /// <param name="v3">go-yaml v3's variant: after equal digits, a letter sorts before a non-letter.</param>
    private static bool Less(int[] ar, int[] br, bool v3)
    {
        bool digits = false;
        for (int i = 0; i < ar.Length && i < br.Length; i++)
        {
            if (ar[i] == br[i])
            {
                digits = IsDigit(ar[i]);
                continue;
            }

            bool al = IsLetter(ar[i]);
            bool bl = IsLetter(br[i]);
            if (al && bl)
            {
                return ar[i] < br[i];
            }

            if (al || bl)
            {
                return v3 && digits ? al : bl;
            }

            long an = 0;
            long bn = 0;
            if (ar[i] == '0' || br[i] == '0')
            {
                for (int j = i - 1; j >= 0 && IsDigit(ar[j]); j--)
                {
                    if (ar[j] != '0')
                    {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }

            int ai;
            int bi;
            for (ai = i; ai < ar.Length && IsDigit(ar[ai]); ai++)
            {
                an = unchecked((an * 10) + (ar[ai] - '0'));
            }

            for (bi = i; bi < br.Length && IsDigit(br[bi]); bi++)
            {
                bn = unchecked((bn * 10) + (br[bi] - '0'));
            }

            if (an != bn)
            {
                return an < bn;
            }

            if (ai != bi)
            {
                return ai < bi;
            }

            return ar[i] < br[i];
        }

        return ar.Length < br.Length;
    }

    /// <summary>An order for printing interface-keyed maps in error messages (nil, numbers, strings).</summary>
    public static int CompareForPrint(object? a, object? b)
    {
        static int Rank(object? v) => v switch
        {
            null => 0,
            bool => 1,
            long => 2,
            ulong => 3,
            double => 4,
            string => 5,
            _ => 6,
        };

        int ra = Rank(a);
        int rb = Rank(b);
        if (ra != rb)
        {
            return ra.CompareTo(rb);
        }

        return (a, b) switch
        {
            (bool x, bool y) => x.CompareTo(y),
            (long x, long y) => x.CompareTo(y),
            (ulong x, ulong y) => x.CompareTo(y),
            (double x, double y) => x.CompareTo(y),
            (string x, string y) => string.CompareOrdinal(x, y),
            _ => 0,
        };
    }

    private static bool IsLetter(int rune) => Rune.IsValid(rune) && Rune.IsLetter(new Rune(rune));

    private static bool IsDigit(int rune) => Rune.IsValid(rune) && Rune.IsDigit(new Rune(rune));

    private static int[] Runes(string s)
    {
        int count = 0;
        for (int i = 0; i < s.Length; i++, count++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
        }

        var runes = new int[count];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                runes[n++] = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            else
            {
                runes[n++] = char.IsSurrogate(c) ? 0xFFFD : c;
            }
        }

        return runes;
    }
}
