using System.Numerics;

namespace Bosun.Secrets.Age;

/// <summary>Converts an Ed25519 public key to its X25519 (Montgomery u) form: u = (1 + y) / (1 − y) mod p.</summary>
internal static class Ed25519Montgomery
{
    private static readonly BigInteger s_p = BigInteger.Pow(2, 255) - 19;
    private static readonly BigInteger s_d = Mod(-121665 * Inverse(121666));

    /// <summary>The Montgomery u-coordinate, or null when the bytes are not a point on the curve.</summary>
    public static byte[]? ToMontgomery(ReadOnlySpan<byte> edwards)
    {
        if (edwards.Length != 32)
        {
            return null;
        }

        var bytes = edwards.ToArray();
        bytes[31] &= 0x7f;
        var y = Mod(new BigInteger(bytes, isUnsigned: true, isBigEndian: false));
        var y2 = y * y % s_p;
        var x2 = Mod((y2 - 1) * Inverse(Mod(s_d * y2 + 1)));
        if (!x2.IsZero && BigInteger.ModPow(x2, (s_p - 1) / 2, s_p) != BigInteger.One)
        {
            return null;
        }

        var u = Mod((1 + y) * Inverse(Mod(1 - y)));
        var result = new byte[32];
        u.TryWriteBytes(result, out _, isUnsigned: true, isBigEndian: false);
        return result;
    }

    private static BigInteger Mod(BigInteger a)
    {
        var r = a % s_p;
        return r.Sign < 0 ? r + s_p : r;
    }

    private static BigInteger Inverse(BigInteger a) => BigInteger.ModPow(Mod(a), s_p - 2, s_p);
}
