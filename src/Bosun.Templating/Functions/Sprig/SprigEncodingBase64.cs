namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Go's <c>base64.StdEncoding.DecodeString</c>: padded standard alphabet, <c>\r</c> and <c>\n</c>
/// ignored anywhere, non-strict trailing bits, and Go's <c>CorruptInputError</c> byte offsets.
/// </summary>
internal static class SprigEncodingBase64
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static readonly byte[] s_decodeMap = CreateDecodeMap();

    /// <summary>Decodes src; returns null on success or Go's error message.</summary>
    public static string? TryDecode(byte[] src, out byte[] result)
    {
        var dst = new List<byte>(src.Length / 4 * 3);
        int si = 0;
        while (si < src.Length)
        {
            var error = DecodeQuantum(dst, src, ref si, out bool done);
            if (error is not null)
            {
                result = [.. dst];
                return error;
            }

            if (done)
            {
                break;
            }
        }

        result = [.. dst];
        return null;
    }

    private static string Corrupt(long offset) => "illegal base64 data at input byte " + offset.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // One 4-character quantum, as Go's decodeQuantum; done is set when input is exhausted.
    private static string? DecodeQuantum(List<byte> dst, byte[] src, ref int si, out bool done)
    {
        Span<byte> dbuf = stackalloc byte[4];
        int dlen = 4;
        string? trailingError = null;
        done = false;
        for (int j = 0; j < 4; j++)
        {
            if (src.Length == si)
            {
                if (j == 0)
                {
                    done = true;
                    return null;
                }

                return Corrupt(si - j);
            }

            byte input = src[si];
            si++;
            byte output = s_decodeMap[input];
            if (output != 0xff)
            {
                dbuf[j] = output;
                continue;
            }

            if (input is (byte)'\n' or (byte)'\r')
            {
                j--;
                continue;
            }

            if (input != (byte)'=')
            {
                return Corrupt(si - 1);
            }

            switch (j)
            {
                case 0:
                case 1:
                    return Corrupt(si - 1);
                case 2:
                    while (si < src.Length && src[si] is (byte)'\n' or (byte)'\r')
                    {
                        si++;
                    }

                    if (si == src.Length)
                    {
                        return Corrupt(src.Length);
                    }

                    if (src[si] != (byte)'=')
                    {
                        return Corrupt(si - 1);
                    }

                    si++;
                    break;
            }

            while (si < src.Length && src[si] is (byte)'\n' or (byte)'\r')
            {
                si++;
            }

            if (si < src.Length)
            {
                trailingError = Corrupt(si);
            }

            dlen = j;
            done = true;
            break;
        }

        uint val = (uint)dbuf[0] << 18 | (uint)dbuf[1] << 12 | (uint)dbuf[2] << 6 | dbuf[3];
        byte b0 = (byte)(val >> 16), b1 = (byte)(val >> 8), b2 = (byte)val;
        switch (dlen)
        {
            case 4:
                dst.Add(b0);
                dst.Add(b1);
                dst.Add(b2);
                break;
            case 3:
                dst.Add(b0);
                dst.Add(b1);
                break;
            case 2:
                dst.Add(b0);
                break;
        }

        return trailingError;
    }

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
