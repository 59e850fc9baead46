using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Go strings are byte strings: <c>len</c>, indexing and slicing count UTF-8 bytes. These helpers give
/// .NET strings that view (through <see cref="GoString"/>: a cut inside a multi-byte sequence keeps the
/// raw bytes as escapes, as Go does) and Go's slice-bounds panics.
/// </summary>
internal static class SprigStringBytes
{
    public static bool IsAscii(string s) => Ascii.IsValid(s);

    public static byte[] Utf8(string s) => GoString.ToUtf8(s);

    public static string Decode(ReadOnlySpan<byte> bytes) => GoString.FromUtf8(bytes);

    /// <summary>len(s) in bytes.</summary>
    public static int Length(string s) => GoString.ByteLength(s);

    /// <summary>s[start:end] on bytes, indices already validated.</summary>
    public static string Slice(string s, int start, int end)
    {
        return GoString.SliceBytes(s, start, end);
    }

    /// <summary>Go's s[start:end] with its runtime bounds checks (end -1 means s[start:]).</summary>
    public static string CheckedSlice(string s, long start, long end, bool toEnd = false)
    {
        int length = Length(s);
        if (toEnd)
        {
            end = length;
        }
        else if (end < 0)
        {
            throw new GoFailure($"runtime error: slice bounds out of range [:{end}]");
        }
        else if (end > length)
        {
            throw new GoFailure($"runtime error: slice bounds out of range [:{end}] with length {length}");
        }

        if (start < 0)
        {
            throw new GoFailure($"runtime error: slice bounds out of range [{start}:]");
        }

        if (start > end)
        {
            throw new GoFailure($"runtime error: slice bounds out of range [{start}:{end}]");
        }

        return Slice(s, (int)start, (int)end);
    }

    /// <summary>Latin-1 view of Go code that reads a string byte by byte and writes <c>rune(b)</c> back.</summary>
    public static char ByteAsRune(byte b) => (char)b;
}
