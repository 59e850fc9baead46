using System.Buffers;
using System.Globalization;
using System.Numerics;

namespace Bosun.Core.Values;

public static partial class GoStrconv
{
    private const int MaxShortestDigits = 32;

    // More significant digits than any double has in exact decimal form (767) plus slack.
    private const int MaxExactDigits = 800;

    /// <summary>
    /// Decimal digits <c>0.d[0]d[1]...d[nd-1] × 10^dp</c> without leading or trailing zeros (Go's
    /// decimalSlice); nd = 0 is zero.
    /// </summary>
    private ref struct DecimalSlice
    {
        public DecimalSlice(Span<char> buffer)
        {
            D = buffer;
            Nd = 0;
            Dp = 0;
        }

        public Span<char> D;
        public int Nd;
        public int Dp;
    }

    /// <summary>
    /// The shortest digits that round-trip (Go's Ryū shortest). .NET Core 3.0+ formats doubles and
    /// floats shortest-round-trip by default (closest of the shortest candidates); only the digits
    /// and the exponent are taken from it.
    /// </summary>
    private static void ShortestDigits(ref DecimalSlice d, double magnitude, int bitSize)
    {
        Span<char> text = stackalloc char[48];
        int written;
        bool ok = bitSize == 32
            ? ((float)magnitude).TryFormat(text, out written, default, CultureInfo.InvariantCulture)
            : magnitude.TryFormat(text, out written, default, CultureInfo.InvariantCulture);
        if (!ok)
        {
            throw new InvalidOperationException("shortest float formatting overflowed its buffer");
        }

        int nd = 0;
        int dp = 0;
        bool sawDot = false;
        int i = 0;
        for (; i < written; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                sawDot = true;
                continue;
            }

            if (c is < '0' or > '9')
            {
                break;
            }

            if (nd == 0 && c == '0')
            {
                // leading zero
                if (sawDot)
                {
                    dp--;
                }

                continue;
            }

            d.D[nd++] = c;
            if (!sawDot)
            {
                dp++;
            }
        }

        if (i < written && text[i] is 'E' or 'e')
        {
            i++;
            bool negExp = false;
            if (i < written && text[i] is '+' or '-')
            {
                negExp = text[i] == '-';
                i++;
            }

            int e = 0;
            for (; i < written && text[i] is >= '0' and <= '9'; i++)
            {
                e = (e * 10) + (text[i] - '0');
            }

            dp += negExp ? -e : e;
        }

        while (nd > 0 && d.D[nd - 1] == '0')
        {
            nd--;
        }

        d.Nd = nd;
        d.Dp = nd == 0 ? 0 : dp;
    }

    /// <summary>
    /// Correctly rounded digits (ties to even on the exact binary value, as Go's Ryū fixed and
    /// multiprecision paths do) for 'e' (prec+1 digits), 'g' (prec digits) and 'f' (prec decimals).
    /// Starts from the shortest digits and falls back to the exact decimal expansion when rounding
    /// the shortest digits could differ from rounding the exact value. Returns an array to give back
    /// to the pool when the exact path was taken.
    /// </summary>
    private static char[]? FixedDigits(ref DecimalSlice d, double magnitude, int bitSize, ulong mant, int e2, bool normal, char fmt, int prec)
    {
        ShortestDigits(ref d, magnitude, bitSize);
        if (d.Nd == 0)
        {
            return null;
        }

        int keep = fmt == 'f' ? d.Dp + prec : fmt is 'e' or 'E' ? prec + 1 : prec;
        if (keep >= d.Nd)
        {
            // No rounding of the shortest digits; they equal the exact value rounded to `keep`
            // significant digits when one unit in the last kept place exceeds the float's spacing.
            if (normal && keep <= (bitSize == 32 ? 6 : 15))
            {
                return null;
            }
        }
        else if (keep < 0)
        {
            // Rounding above the leading digit: Go leaves the digits and prints zeros.
            return null;
        }
        else if (!(d.D[keep] == '5' && keep + 1 == d.Nd))
        {
            // Not a tie in the shortest digits: no rounding boundary lies between them and the
            // exact value (it would be a shorter or closer round-tripping candidate).
            Round(ref d, keep);
            return null;
        }

        char[] exact = ArrayPool<char>.Shared.Rent(MaxExactDigits);
        d = new DecimalSlice(exact);
        ExactDigits(ref d, mant, e2);
        keep = fmt == 'f' ? d.Dp + prec : fmt is 'e' or 'E' ? prec + 1 : prec;
        Round(ref d, keep);
        return exact;
    }

    /// <summary>The exact decimal expansion of mant × 2^e2 (every binary float has a finite one).</summary>
    private static void ExactDigits(ref DecimalSlice d, ulong mant, int e2)
    {
        if (mant == 0)
        {
            d.Nd = 0;
            d.Dp = 0;
            return;
        }

        int tz = BitOperations.TrailingZeroCount(mant);
        mant >>= tz;
        e2 += tz;

        int written;
        int fractionDigits = 0;
        if (e2 >= 0)
        {
            if (e2 + (64 - BitOperations.LeadingZeroCount(mant)) <= 64)
            {
                (mant << e2).TryFormat(d.D, out written, default, CultureInfo.InvariantCulture);
            }
            else
            {
                (new BigInteger(mant) << e2).TryFormat(d.D, out written, default, CultureInfo.InvariantCulture);
            }
        }
        else
        {
            // mant × 2^-k = mant × 5^k / 10^k
            int k = -e2;
            fractionDigits = k;
            if (k < s_pow5.Length && (64 - BitOperations.LeadingZeroCount(mant)) + Pow5Bits(k) <= 127)
            {
                ((UInt128)mant * s_pow5[k]).TryFormat(d.D, out written, default, CultureInfo.InvariantCulture);
            }
            else
            {
                (BigInteger.Pow(5, k) * mant).TryFormat(d.D, out written, default, CultureInfo.InvariantCulture);
            }
        }

        int nd = written;
        int dp = written - fractionDigits;
        while (nd > 0 && d.D[nd - 1] == '0')
        {
            nd--;
        }

        d.Nd = nd;
        d.Dp = dp;
    }

    private static readonly UInt128[] s_pow5 = CreatePow5();

    private static UInt128[] CreatePow5()
    {
        // 5^55 < 2^128
        var table = new UInt128[56];
        UInt128 p = 1;
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = p;
            p *= 5;
        }

        return table;
    }

    private static int Pow5Bits(int k) => 128 - (int)UInt128.LeadingZeroCount(s_pow5[k]);

    // Go's decimal.Round on exact digits: half to even.
    private static void Round(ref DecimalSlice a, int nd)
    {
        if (nd < 0 || nd >= a.Nd)
        {
            return;
        }

        if (ShouldRoundUp(ref a, nd))
        {
            RoundUp(ref a, nd);
        }
        else
        {
            RoundDown(ref a, nd);
        }
    }

    private static bool ShouldRoundUp(ref DecimalSlice a, int nd)
    {
        if (a.D[nd] == '5' && nd + 1 == a.Nd)
        {
            // exactly halfway: round to even
            return nd > 0 && (a.D[nd - 1] - '0') % 2 == 1;
        }

        return a.D[nd] >= '5';
    }

    private static void RoundDown(ref DecimalSlice a, int nd)
    {
        a.Nd = nd;
        while (a.Nd > 0 && a.D[a.Nd - 1] == '0')
        {
            a.Nd--;
        }

        if (a.Nd == 0)
        {
            a.Dp = 0;
        }
    }

    private static void RoundUp(ref DecimalSlice a, int nd)
    {
        for (int i = nd - 1; i >= 0; i--)
        {
            if (a.D[i] < '9')
            {
                a.D[i]++;
                a.Nd = i + 1;
                return;
            }
        }

        // all nines
        a.D[0] = '1';
        a.Nd = 1;
        a.Dp++;
    }
}
