using System.Text;

namespace Bosun.Core.Values;

public static partial class GoStrconv
{
    private const string LowerHex = "0123456789abcdef";
    private const string UpperHex = "0123456789ABCDEF";

    /// <summary>strconv.AppendFloat: appends FormatFloat(value, format, precision, bitSize) to <paramref name="dst"/>.</summary>
    public static void AppendFloat(StringBuilder dst, double value, char format, int precision, int bitSize)
    {
        ulong bits;
        int mantBits;
        int expBits;
        int bias;
        switch (bitSize)
        {
            case 32:
                bits = BitConverter.SingleToUInt32Bits((float)value);
                mantBits = 23;
                expBits = 8;
                bias = -127;
                break;
            case 64:
                bits = BitConverter.DoubleToUInt64Bits(value);
                mantBits = 52;
                expBits = 11;
                bias = -1023;
                break;
            default:
                throw new GoFailure("strconv: illegal AppendFloat/FormatFloat bitSize");
        }

        bool neg = (bits >> (expBits + mantBits)) != 0;
        int exp = (int)(bits >> mantBits) & ((1 << expBits) - 1);
        ulong mant = bits & ((1UL << mantBits) - 1);

        if (exp == (1 << expBits) - 1)
        {
            dst.Append(mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
            return;
        }

        bool normal = exp != 0;
        if (normal)
        {
            mant |= 1UL << mantBits;
        }
        else
        {
            exp++;
        }

        exp += bias;

        if (format == 'b')
        {
            FormatBinary(dst, neg, mant, exp, mantBits);
            return;
        }

        if (format is 'x' or 'X')
        {
            FormatHex(dst, precision, format, neg, mant, exp, mantBits);
            return;
        }

        if (format is not ('e' or 'E' or 'f' or 'g' or 'G'))
        {
            dst.Append('%').Append(format);
            return;
        }

        Span<char> shortestBuffer = stackalloc char[MaxShortestDigits];
        var digits = new DecimalSlice(shortestBuffer);
        char[]? rented = null;
        try
        {
            bool shortest = precision < 0;
            double magnitude = Math.Abs(value);
            if (shortest)
            {
                ShortestDigits(ref digits, magnitude, bitSize);
                precision = format switch
                {
                    'e' or 'E' => Math.Max(digits.Nd - 1, 0),
                    'f' => Math.Max(digits.Nd - digits.Dp, 0),
                    _ => digits.Nd,
                };
            }
            else
            {
                if (format is 'g' or 'G' && precision == 0)
                {
                    precision = 1;
                }

                rented = FixedDigits(ref digits, magnitude, bitSize, mant, exp - mantBits, normal, format, precision);
            }

            FormatDigits(dst, shortest, neg, ref digits, precision, format);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static void FormatDigits(StringBuilder dst, bool shortest, bool neg, ref DecimalSlice digs, int prec, char fmt)
    {
        switch (fmt)
        {
            case 'e':
            case 'E':
                FormatE(dst, neg, ref digs, prec, fmt);
                return;
            case 'f':
                FormatF(dst, neg, ref digs, prec);
                return;
            default:
                // 'g' / 'G': trailing fractional zeros in 'e' form are trimmed.
                int eprec = prec;
                if (eprec > digs.Nd && digs.Nd >= digs.Dp)
                {
                    eprec = digs.Nd;
                }

                // %e is used if the exponent from the conversion is less than -4 or greater than or
                // equal to the precision; shortest mode decides with precision 6.
                if (shortest)
                {
                    eprec = 6;
                }

                int exp = digs.Dp - 1;
                if (exp < -4 || exp >= eprec)
                {
                    if (prec > digs.Nd)
                    {
                        prec = digs.Nd;
                    }

                    FormatE(dst, neg, ref digs, prec - 1, fmt == 'g' ? 'e' : 'E');
                    return;
                }

                if (prec > digs.Dp)
                {
                    prec = digs.Nd;
                }

                FormatF(dst, neg, ref digs, Math.Max(prec - digs.Dp, 0));
                return;
        }
    }

    // %e: -d.ddddde±dd
    private static void FormatE(StringBuilder dst, bool neg, ref DecimalSlice d, int prec, char fmt)
    {
        if (neg)
        {
            dst.Append('-');
        }

        dst.Append(d.Nd != 0 ? d.D[0] : '0');

        if (prec > 0)
        {
            dst.Append('.');
            int i = 1;
            int m = Math.Min(d.Nd, prec + 1);
            if (i < m)
            {
                dst.Append(d.D[i..m]);
                i = m;
            }

            if (i <= prec)
            {
                dst.Append('0', prec - i + 1);
            }
        }

        dst.Append(fmt);
        int exp = d.Nd == 0 ? 0 : d.Dp - 1;
        if (exp < 0)
        {
            dst.Append('-');
            exp = -exp;
        }
        else
        {
            dst.Append('+');
        }

        if (exp < 10)
        {
            dst.Append('0').Append((char)('0' + exp));
        }
        else if (exp < 100)
        {
            dst.Append((char)('0' + (exp / 10))).Append((char)('0' + (exp % 10)));
        }
        else
        {
            dst.Append((char)('0' + (exp / 100))).Append((char)('0' + (exp / 10 % 10))).Append((char)('0' + (exp % 10)));
        }
    }

    // %f: -ddddddd.ddddd
    private static void FormatF(StringBuilder dst, bool neg, ref DecimalSlice d, int prec)
    {
        if (neg)
        {
            dst.Append('-');
        }

        if (d.Dp > 0)
        {
            int m = Math.Min(d.Nd, d.Dp);
            dst.Append(d.D[..m]);
            if (m < d.Dp)
            {
                dst.Append('0', d.Dp - m);
            }
        }
        else
        {
            dst.Append('0');
        }

        if (prec > 0)
        {
            dst.Append('.');
            for (int i = 0; i < prec; i++)
            {
                int j = d.Dp + i;
                dst.Append(j >= 0 && j < d.Nd ? d.D[j] : '0');
            }
        }
    }

    // %b: -ddddddddp±ddd
    private static void FormatBinary(StringBuilder dst, bool neg, ulong mant, int exp, int mantBits)
    {
        if (neg)
        {
            dst.Append('-');
        }

        AppendUnsigned(dst, mant, 10, LowerHex);
        dst.Append('p');
        exp -= mantBits;
        if (exp >= 0)
        {
            dst.Append('+');
        }

        AppendSigned(dst, exp, 10, LowerHex);
    }

    // %x: -0x1.yyyyyyyyp±ddd or -0x0p+0 (y hex digit, d decimal digit).
    private static void FormatHex(StringBuilder dst, int prec, char fmt, bool neg, ulong mant, int exp, int mantBits)
    {
        if (mant == 0)
        {
            exp = 0;
        }

        // Shift so the leading 1 (if any) is at bit 60.
        mant <<= 60 - mantBits;
        while (mant != 0 && (mant & (1UL << 60)) == 0)
        {
            mant <<= 1;
            exp--;
        }

        // Round to prec hex digits, ties to even.
        if (prec >= 0 && prec < 15)
        {
            int shift = prec * 4;
            ulong extra = (mant << shift) & ((1UL << 60) - 1);
            mant >>= 60 - shift;
            if ((extra | (mant & 1)) > (1UL << 59))
            {
                mant++;
            }

            mant <<= 60 - shift;
            if ((mant & (1UL << 61)) != 0)
            {
                mant >>= 1;
                exp++;
            }
        }

        string hex = fmt == 'X' ? UpperHex : LowerHex;
        if (neg)
        {
            dst.Append('-');
        }

        dst.Append('0').Append(fmt).Append((char)('0' + (int)((mant >> 60) & 1)));

        mant <<= 4; // drop the leading digit
        if (prec < 0 && mant != 0)
        {
            dst.Append('.');
            while (mant != 0)
            {
                dst.Append(hex[(int)((mant >> 60) & 15)]);
                mant <<= 4;
            }
        }
        else if (prec > 0)
        {
            dst.Append('.');
            for (int i = 0; i < prec; i++)
            {
                dst.Append(hex[(int)((mant >> 60) & 15)]);
                mant <<= 4;
            }
        }

        dst.Append(fmt == 'X' ? 'P' : 'p');
        if (exp < 0)
        {
            dst.Append('-');
            exp = -exp;
        }
        else
        {
            dst.Append('+');
        }

        if (exp < 10)
        {
            dst.Append('0');
        }

        AppendUnsigned(dst, (ulong)exp, 10, LowerHex);
    }
}
