using System.Buffers;
using System.Text.Unicode;
using System.Text;

namespace Bosun.Core.Values;

/// <summary>
/// Go strings are byte strings; ours are UTF-16. The bridge is the surrogate-escape convention: valid
/// UTF-8 is carried decoded, and every byte that is not part of a valid UTF-8 sequence is carried as the
/// lone low surrogate <c>U+DC80 + (byte - 0x80)</c> (bytes 0x80–0xFF; ASCII bytes are always valid).
/// <see cref="ToUtf8"/> turns such a string back into Go's exact bytes, so everything that leaves the
/// engine as text, and every function that works on bytes, goes through these helpers.
/// </summary>
public static class GoString
{
    private const char EscapeBase = '\uDC00';
    private const char EscapeFirst = '\uDC80';
    private const char EscapeLast = '\uDCFF';

    /// <summary>Decodes Go bytes: valid UTF-8 decodes normally, each invalid byte becomes an escape.</summary>
    public static string FromUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var builder = new StringBuilder(bytes.Length);
        Span<char> pair = stackalloc char[2];
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                builder.Append((char)b);
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf8(bytes[i..], out var rune, out int consumed) == OperationStatus.Done)
            {
                int written = rune.EncodeToUtf16(pair);
                builder.Append(pair[..written]);
                i += consumed;
            }
            else
            {
                builder.Append((char)(EscapeBase + b));
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when the string carries at least one escaped byte (or any surrogate).</summary>
    public static bool HasEscapes(string s) => s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>True when <paramref name="c"/> is an escaped raw byte.</summary>
    public static bool IsEscape(char c) => c is >= EscapeFirst and <= EscapeLast;

    /// <summary>The raw byte an escape stands for.</summary>
    public static byte EscapedByte(char c) => (byte)(c - EscapeBase);

    /// <summary>The escape carrying a raw byte 0x80–0xFF.</summary>
    public static char Escape(byte b) => (char)(EscapeBase + b);

    /// <summary>Go's bytes of a string: escapes become their raw bytes, the rest is UTF-8.</summary>
    public static byte[] ToUtf8(string s)
    {
        if (!HasEscapes(s))
        {
            return Encoding.UTF8.GetBytes(s);
        }

        var buffer = new ArrayBufferWriter<byte>(s.Length + 8);
        Write(s, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes Go's bytes of a string to a buffer.</summary>
    public static void Write(string s, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                var span = output.GetSpan(4);
                int n = new Rune(c, s[i + 1]).EncodeToUtf8(span);
                output.Advance(n);
                i += 2;
                continue;
            }

            if (IsEscape(c))
            {
                output.GetSpan(1)[0] = EscapedByte(c);
                output.Advance(1);
                i++;
                continue;
            }

            var dest = output.GetSpan(4);
            int written = char.IsSurrogate(c)
                ? Rune.ReplacementChar.EncodeToUtf8(dest)
                : new Rune(c).EncodeToUtf8(dest);
            output.Advance(written);
            i++;
        }
    }

    /// <summary>Go's <c>len(s)</c>: the number of bytes.</summary>
    public static int ByteLength(string s)
    {
        if (Ascii.IsValid(s))
        {
            return s.Length;
        }

        int length = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x80)
            {
                length++;
            }
            else if (c < 0x800)
            {
                length += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                length += 4;
                i++;
            }
            else if (IsEscape(c))
            {
                length++;
            }
            else
            {
                length += 3;
            }
        }

        return length;
    }

    /// <summary>Go's <c>s[start:end]</c> on bytes; indices must already be within bounds.</summary>
    public static string SliceBytes(string s, int start, int end)
    {
        if (Ascii.IsValid(s))
        {
            return s[start..end];
        }

        return FromUtf8(ToUtf8(s).AsSpan(start, end - start));
    }

    /// <summary>Go's <c>s[start:]</c> on bytes.</summary>
    public static string SliceBytes(string s, int start) => SliceBytes(s, start, ByteLength(s));

    /// <summary>Go's <c>s[i]</c>: the byte at a byte offset (must be within bounds).</summary>
    public static byte ByteAt(string s, int index) =>
        Ascii.IsValid(s) ? (byte)s[index] : ToUtf8(s)[index];

    /// <summary>Go's <c>string(b)</c> of a byte slice (same as <see cref="FromUtf8"/>).</summary>
    public static string FromBytes(byte[] bytes) => FromUtf8(bytes);

    /// <summary>
    /// Normalizes a string as Go would see its bytes: escapes that together form valid UTF-8 (after
    /// concatenation of byte cuts) are decoded.
    /// </summary>
    public static string Normalize(string s) => HasEscapes(s) ? FromUtf8(ToUtf8(s)) : s;
}
