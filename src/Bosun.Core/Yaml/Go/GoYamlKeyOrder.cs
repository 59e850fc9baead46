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

    /// <summary>keyList.Less for two strings.</summary>
    public static bool Less(string a, string b)
    {
        int[] ar = Runes(a);
        int[] br = Runes(b);
        for (int i = 0; i < ar.Length && i < br.Length; i++)
        {
            if (ar[i] == br[i])
            {
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
                return bl;
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
        var runes = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                runes.Add(char.ConvertToUtf32(c, s[i + 1]));
                i++;
            }
            else
            {
                runes.Add(char.IsSurrogate(c) ? 0xFFFD : c);
            }
        }

        return [.. runes];
    }
}
