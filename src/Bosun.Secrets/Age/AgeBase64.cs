namespace Bosun.Secrets.Age;

/// <summary>
/// Go's strict base64 (<c>base64.StdEncoding.Strict()</c> and <c>RawStdEncoding.Strict()</c>): canonical only,
/// non-zero trailing bits rejected. The header codec additionally rejects CR and LF, as age does.
/// </summary>
internal static class AgeBase64
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static readonly sbyte[] s_decode = BuildTable();

    /// <summary>Unpadded standard base64 (age header arguments and bodies).</summary>
    public static string EncodeRaw(ReadOnlySpan<byte> data) => Convert.ToBase64String(data).TrimEnd('=');

    /// <summary>age's <c>format.DecodeString</c>: strict, unpadded, no CR/LF.</summary>
    public static bool TryDecodeRaw(string s, out byte[] data)
    {
        data = [];
        if (s.Contains('\n', StringComparison.Ordinal) || s.Contains('\r', StringComparison.Ordinal))
        {
            return false;
        }

        return TryDecode(s, padded: false, out data);
    }

    /// <summary>Strict padded standard base64; CR and LF are skipped as Go's decoder does.</summary>
    public static bool TryDecodeStd(string s, out byte[] data) =>
        TryDecode(s.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal), padded: true, out data);

    private static bool TryDecode(string s, bool padded, out byte[] data)
    {
        data = [];
        int length = s.Length;
        int pad = 0;
        if (padded)
        {
            if (length % 4 != 0)
            {
                return false;
            }

            while (pad < 2 && length > 0 && s[length - 1] == '=')
            {
                length--;
                pad++;
            }

            if (pad > 0 && (length + pad) % 4 != 0)
            {
                return false;
            }
        }

        if (length % 4 == 1)
        {
            return false;
        }

        var result = new byte[length * 3 / 4];
        int o = 0;
        uint acc = 0;
        int bits = 0;
        for (int i = 0; i < length; i++)
        {
            char c = s[i];
            int v = c < 128 ? s_decode[c] : -1;
            if (v < 0)
            {
                return false;
            }

            acc = (acc << 6) | (uint)v;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                result[o++] = (byte)(acc >> bits);
                acc &= (1u << bits) - 1;
            }
        }

        if (acc != 0)
        {
            // Non-canonical: trailing bits must be zero.
            return false;
        }

        if (padded && pad != (4 - (length % 4)) % 4)
        {
            return false;
        }

        data = o == result.Length ? result : result[..o];
        return true;
    }

    private static sbyte[] BuildTable()
    {
        var table = new sbyte[128];
        Array.Fill(table, (sbyte)-1);
        for (int i = 0; i < Alphabet.Length; i++)
        {
            table[Alphabet[i]] = (sbyte)i;
        }

        return table;
    }
}
