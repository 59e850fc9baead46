using System.Text;

namespace Bosun.Secrets.Age;

/// <summary>
/// BIP 173 Bech32 as age uses it: no 90-character limit, all-lowercase or all-uppercase, the human-readable
/// part returned in the case it was written.
/// </summary>
internal static class Bech32
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static readonly uint[] s_generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

    public static string Encode(string hrp, ReadOnlySpan<byte> data)
    {
        byte[] values = ConvertBits(data, 8, 5, pad: true) ?? throw new InvalidOperationException("bech32: cannot convert bits");
        bool lower = hrp.ToLowerInvariant() == hrp;
        string lowerHrp = hrp.ToLowerInvariant();
        var sb = new StringBuilder(lowerHrp.Length + 1 + values.Length + 6);
        sb.Append(lowerHrp).Append('1');
        foreach (byte v in values)
        {
            sb.Append(Charset[v]);
        }

        foreach (byte v in CreateChecksum(lowerHrp, values))
        {
            sb.Append(Charset[v]);
        }

        string result = sb.ToString();
        return lower ? result : result.ToUpperInvariant();
    }

    /// <summary>Decodes; on failure returns false with age's error text.</summary>
    public static bool TryDecode(string s, out string hrp, out byte[] data, out string error)
    {
        hrp = string.Empty;
        data = [];
        if (!string.Equals(s.ToLowerInvariant(), s, StringComparison.Ordinal) && !string.Equals(s.ToUpperInvariant(), s, StringComparison.Ordinal))
        {
            error = "mixed case";
            return false;
        }

        int pos = s.LastIndexOf('1');
        if (pos < 1 || pos + 7 > s.Length)
        {
            error = $"separator '1' at invalid position: pos={pos}, len={s.Length}";
            return false;
        }

        string h = s[..pos];
        for (int i = 0; i < h.Length; i++)
        {
            if (h[i] < 33 || h[i] > 126)
            {
                error = $"invalid character human-readable part: s[{i}]={(int)h[i]}";
                return false;
            }
        }

        string lower = s.ToLowerInvariant();
        var values = new byte[lower.Length - pos - 1];
        for (int i = pos + 1; i < lower.Length; i++)
        {
            int d = Charset.IndexOf(lower[i], StringComparison.Ordinal);
            if (d < 0)
            {
                error = $"invalid character data part: s[{i - pos - 1}]={(int)lower[i]}";
                return false;
            }

            values[i - pos - 1] = (byte)d;
        }

        if (Polymod([.. HrpExpand(h), .. values]) != 1)
        {
            error = "invalid checksum";
            return false;
        }

        byte[]? converted = ConvertBits(values.AsSpan(0, values.Length - 6), 5, 8, pad: false, out error);
        if (converted is null)
        {
            return false;
        }

        hrp = h;
        data = converted;
        error = string.Empty;
        return true;
    }

    private static uint Polymod(ReadOnlySpan<byte> values)
    {
        uint chk = 1;
        foreach (byte v in values)
        {
            uint top = chk >> 25;
            chk = ((chk & 0x1ffffff) << 5) ^ v;
            for (int i = 0; i < 5; i++)
            {
                if (((top >> i) & 1) == 1)
                {
                    chk ^= s_generator[i];
                }
            }
        }

        return chk;
    }

    private static byte[] HrpExpand(string hrp)
    {
        string h = hrp.ToLowerInvariant();
        var result = new byte[h.Length * 2 + 1];
        for (int i = 0; i < h.Length; i++)
        {
            result[i] = (byte)(h[i] >> 5);
            result[h.Length + 1 + i] = (byte)(h[i] & 31);
        }

        return result;
    }

    private static byte[] CreateChecksum(string hrp, byte[] data)
    {
        byte[] values = [.. HrpExpand(hrp), .. data, 0, 0, 0, 0, 0, 0];
        uint mod = Polymod(values) ^ 1;
        var result = new byte[6];
        for (int p = 0; p < 6; p++)
        {
            result[p] = (byte)((mod >> (5 * (5 - p))) & 31);
        }

        return result;
    }

    private static byte[]? ConvertBits(ReadOnlySpan<byte> data, int fromBits, int toBits, bool pad) =>
        ConvertBits(data, fromBits, toBits, pad, out _);

    private static byte[]? ConvertBits(ReadOnlySpan<byte> data, int fromBits, int toBits, bool pad, out string error)
    {
        var result = new List<byte>(data.Length * fromBits / toBits + 1);
        uint acc = 0;
        int bits = 0;
        uint maxv = (1u << toBits) - 1;
        for (int i = 0; i < data.Length; i++)
        {
            if (data[i] >> fromBits != 0)
            {
                error = $"invalid data range: data[{i}]={data[i]} (frombits={fromBits})";
                return null;
            }

            acc = (acc << fromBits) | data[i];
            bits += fromBits;
            while (bits >= toBits)
            {
                bits -= toBits;
                result.Add((byte)((acc >> bits) & maxv));
            }
        }

        if (pad)
        {
            if (bits > 0)
            {
                result.Add((byte)((acc << (toBits - bits)) & maxv));
            }
        }
        else if (bits >= fromBits)
        {
            error = "illegal zero padding";
            return null;
        }
        else if (((acc << (toBits - bits)) & maxv) != 0)
        {
            error = "non-zero padding";
            return null;
        }

        error = string.Empty;
        return [.. result];
    }
}
