namespace Bosun.Core.Values;

public static partial class GoStrconv
{
    // Go's atofHex: round a hex mantissa × 2^exp to the float format, ties to even.
    private static double HexToFloat(ulong mantissa, int exp, bool neg, bool trunc, int mantBits, int expBits, int bias, out bool overflow)
    {
        int maxExp = (1 << expBits) + bias - 2;
        int minExp = bias + 1;
        exp += mantBits; // mantissa now implicitly divided by 2^mantBits

        // A leading 1 followed by mantBits bits, plus two rounding bits (the last one sticky).
        while (mantissa != 0 && (mantissa >> (mantBits + 2)) == 0)
        {
            mantissa <<= 1;
            exp--;
        }

        if (trunc)
        {
            mantissa |= 1;
        }

        while ((mantissa >> (1 + mantBits + 2)) != 0)
        {
            mantissa = (mantissa >> 1) | (mantissa & 1);
            exp++;
        }

        // Denormalize if the exponent is too small (the -2 is for the rounding bits).
        while (mantissa > 1 && exp < minExp - 2)
        {
            mantissa = (mantissa >> 1) | (mantissa & 1);
            exp++;
        }

        ulong round = mantissa & 3;
        mantissa >>= 2;
        round |= mantissa & 1; // round to even
        exp += 2;
        if (round == 3)
        {
            mantissa++;
            if (mantissa == 1UL << (1 + mantBits))
            {
                mantissa >>= 1;
                exp++;
            }
        }

        if ((mantissa >> mantBits) == 0)
        {
            // denormal or zero
            exp = bias;
        }

        overflow = false;
        if (exp > maxExp)
        {
            mantissa = 1UL << mantBits;
            exp = maxExp + 1;
            overflow = true;
        }

        ulong bits = mantissa & ((1UL << mantBits) - 1);
        bits |= (ulong)((exp - bias) & ((1 << expBits) - 1)) << mantBits;
        if (neg)
        {
            bits |= 1UL << mantBits << expBits;
        }

        return mantBits == 23
            ? BitConverter.UInt32BitsToSingle((uint)bits)
            : BitConverter.UInt64BitsToDouble(bits);
    }
}
