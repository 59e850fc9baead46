using System.Text;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>Go's <c>base32.StdEncoding</c>: RFC 4648 alphabet with <c>=</c> padding, newlines stripped before decoding.</summary>
internal static class SprigEncodingBase32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static readonly byte[] s_decodeMap = CreateDecodeMap();

    public static string Encode(ReadOnlySpan<byte> src)
    {
        var sb = new StringBuilder((src.Length + 4) / 5 * 8);
        for (int i = 0; i < src.Length; i += 5)
        {
            int n = Math.Min(5, src.Length - i);
            ulong block = 0;
            for (int k = 0; k < 5; k++)
            {
                block = block << 8 | (k < n ? src[i + k] : (byte)0);
            }

            int chars = n switch { 1 => 2, 2 => 4, 3 => 5, 4 => 7, _ => 8 };
            for (int k = 0; k < 8; k++)
            {
                sb.Append(k < chars ? Alphabet[(int)(block >> (35 - 5 * k)) & 31] : '=');
            }
        }

        return sb.ToString();
    }

    /// <summary>Decodes src; returns null on success or Go's error message.</summary>
    public static string? TryDecode(byte[] raw, out byte[] result)
    {
        var src = new List<byte>(raw.Length);
        foreach (byte b in raw)
        {
            if (b is not ((byte)'\r' or (byte)'\n'))
            {
                src.Add(b);
            }
        }

        var dst = new List<byte>(raw.Length / 8 * 5);
        int olen = src.Count;
        int pos = 0;
        bool end = false;
        Span<byte> dbuf = stackalloc byte[8];
        Span<byte> quantum = stackalloc byte[5];
        while (olen - pos > 0 && !end)
        {
            dbuf.Clear();
            int dlen = 8;
            for (int j = 0; j < 8;)
            {
                int remaining = olen - pos;
                if (remaining == 0)
                {
                    result = [.. dst];
                    return Corrupt(olen - remaining - j);
                }

                byte input = src[pos];
                pos++;
                remaining--;
                if (input == (byte)'=' && j >= 2 && remaining < 8)
                {
                    if (remaining + j < 8 - 1)
                    {
                        result = [.. dst];
                        return Corrupt(olen);
                    }

                    for (int k = 0; k < 8 - 1 - j; k++)
                    {
                        if (remaining > k && src[pos + k] != (byte)'=')
                        {
                            result = [.. dst];
                            return Corrupt(olen - remaining + k - 1);
                        }
                    }

                    dlen = j;
                    end = true;
                    if (dlen is 1 or 3 or 6)
                    {
                        result = [.. dst];
                        return Corrupt(olen - remaining - 1);
                    }

                    break;
                }

                dbuf[j] = s_decodeMap[input];
                if (dbuf[j] == 0xff)
                {
                    result = [.. dst];
                    return Corrupt(olen - remaining - 1);
                }

                j++;
            }

            quantum[4] = (byte)(dbuf[6] << 5 | dbuf[7]);
            quantum[3] = (byte)(dbuf[4] << 7 | dbuf[5] << 2 | dbuf[6] >> 3);
            quantum[2] = (byte)(dbuf[3] << 4 | dbuf[4] >> 1);
            quantum[1] = (byte)(dbuf[1] << 6 | dbuf[2] << 1 | dbuf[3] >> 4);
            quantum[0] = (byte)(dbuf[0] << 3 | dbuf[1] >> 2);
            int count = dlen switch { 8 => 5, 7 => 4, 5 => 3, 4 => 2, 2 => 1, _ => 0 };
            for (int k = 0; k < count; k++)
            {
                dst.Add(quantum[k]);
            }
        }

        result = [.. dst];
        return null;
    }

    private static string Corrupt(long offset) => "illegal base32 data at input byte " + offset.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] CreateDecodeMap()
    {
        var map = new byte[256];
        Array.Fill(map, (byte)0xff);
        for (int i = 0; i < Alphabet.Length; i++)
        {
            map[Alphabet[i]] = (byte)i;
        }

        return map;
    }
}
