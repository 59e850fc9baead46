using System.Text;

namespace Bosun.Core.Values;

/// <summary>
/// Go's view of strings as UTF-8 bytes: decoding replaces each byte of an invalid sequence by U+FFFD (as
/// <c>utf8.DecodeRune</c> and encoding/json do), encoding turns lone surrogates into U+FFFD.
/// </summary>
internal static class GoJsonUtf8
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Go bytes of a string: GoString escapes become raw bytes, other lone surrogates EF BF BD.</summary>
    public static byte[] Encode(string s) => GoString.ToUtf8(s);

    /// <summary>Decodes Go string bytes; every byte that does not start a valid sequence becomes one U+FFFD.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (IsValid(bytes))
        {
            return s_utf8.GetString(bytes);
        }

        var sb = new StringBuilder(bytes.Length);
        int i = 0;
        while (i < bytes.Length)
        {
            int rune = DecodeRune(bytes[i..], out int size);
            if (rune < 0)
            {
                sb.Append('\uFFFD');
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(rune));
            }

            i += size;
        }

        return sb.ToString();
    }

    /// <summary>True when the bytes are valid UTF-8 by Go's rules.</summary>
    public static bool IsValid(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            if (DecodeRune(bytes[i..], out int size) < 0)
            {
                return false;
            }

            i += size;
        }

        return true;
    }

    /// <summary>utf8.DecodeRune: the rune and its size, or -1 with size 1 for an invalid or truncated sequence.</summary>
    public static int DecodeRune(ReadOnlySpan<byte> s, out int size)
    {
        size = 1;
        if (s.Length == 0)
        {
            return -1;
        }

        byte b0 = s[0];
        if (b0 < 0x80)
        {
            return b0;
        }

        int need;
        byte lo = 0x80;
        byte hi = 0xBF;
        int rune;
        switch (b0)
        {
            case >= 0xC2 and <= 0xDF:
                need = 1;
                rune = b0 & 0x1F;
                break;
            case 0xE0:
                need = 2;
                lo = 0xA0;
                rune = b0 & 0x0F;
                break;
            case 0xED:
                need = 2;
                hi = 0x9F;
                rune = b0 & 0x0F;
                break;
            case >= 0xE1 and <= 0xEF:
                need = 2;
                rune = b0 & 0x0F;
                break;
            case 0xF0:
                need = 3;
                lo = 0x90;
                rune = b0 & 0x07;
                break;
            case 0xF4:
                need = 3;
                hi = 0x8F;
                rune = b0 & 0x07;
                break;
            case >= 0xF1 and <= 0xF3:
                need = 3;
                rune = b0 & 0x07;
                break;
            default:
                return -1;
        }

        if (s.Length < need + 1)
        {
            return -1;
        }

        byte b1 = s[1];
        if (b1 < lo || b1 > hi)
        {
            return -1;
        }

        rune = (rune << 6) | (b1 & 0x3F);
        for (int k = 2; k <= need; k++)
        {
            byte b = s[k];
            if (b < 0x80 || b > 0xBF)
            {
                return -1;
            }

            rune = (rune << 6) | (b & 0x3F);
        }

        size = need + 1;
        return rune;
    }
}
