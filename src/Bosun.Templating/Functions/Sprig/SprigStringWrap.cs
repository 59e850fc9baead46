using System.Buffers;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Masterminds/goutils' Abbreviate/AbbreviateFull and Wrap/WrapCustom (sprig's abbrev, abbrevboth,
/// wrap, wrapWith). All widths and offsets count UTF-8 bytes, as in Go.
/// </summary>
internal static class SprigStringWrap
{
    private static readonly byte[] s_marker = "..."u8.ToArray();

    /// <summary>sprig abbrev: widths below 4 return the string unchanged.</summary>
    public static string Abbrev(long width, string s) => width < 4 ? s : AbbreviateFull(s, 0, width);

    /// <summary>sprig abbrevboth.</summary>
    public static string AbbrevBoth(long left, long right, string s) =>
        right < 4 || (left > 0 && right < 7) ? s : AbbreviateFull(s, left, right);

    /// <summary>goutils.AbbreviateFull with its error result discarded (sprig returns "" then).</summary>
    public static string AbbreviateFull(string s, long offset, long maxWidth)
    {
        if (s.Length == 0 || maxWidth < 4)
        {
            return "";
        }

        byte[] str = SprigStringBytes.Utf8(s);
        long length = str.Length;
        if (length <= maxWidth)
        {
            return s;
        }

        unchecked
        {
            if (offset > length)
            {
                offset = length;
            }

            if (length - offset < maxWidth - 3)
            {
                offset = length - (maxWidth - 3);
            }

            if (offset <= 4)
            {
                return Concat(str.AsSpan(0, (int)(maxWidth - 3)), s_marker);
            }

            if (maxWidth < 7)
            {
                return "";
            }

            if (offset + maxWidth - 3 < length)
            {
                string rest = SprigStringBytes.Decode(str.AsSpan((int)offset));
                return "..." + AbbreviateFull(rest, 0, maxWidth - 3);
            }

            return Concat(s_marker, str.AsSpan((int)(length - (maxWidth - 3))));
        }
    }

    /// <summary>goutils.WrapCustom: wraps at spaces; long words are split only when <paramref name="wrapLongWords"/>.</summary>
    public static string WrapCustom(string s, long wrapLength, string newLine, bool wrapLongWords)
    {
        if (s.Length == 0)
        {
            return "";
        }

        if (newLine.Length == 0)
        {
            newLine = "\n";
        }

        if (wrapLength < 1)
        {
            wrapLength = 1;
        }

        byte[] str = SprigStringBytes.Utf8(s);
        byte[] newLineBytes = SprigStringBytes.Utf8(newLine);
        var output = new ArrayBufferWriter<byte>(str.Length + 16);
        int length = str.Length;
        int offset = 0;

        while (length - offset > wrapLength)
        {
            if (str[offset] == (byte)' ')
            {
                offset++;
                continue;
            }

            int width = (int)wrapLength;
            int end = width + offset + 1;
            int spaceToWrapAt = str.AsSpan(offset, end - offset).LastIndexOf((byte)' ') + offset;

            if (spaceToWrapAt >= offset)
            {
                output.Write(str.AsSpan(offset, spaceToWrapAt - offset));
                output.Write(newLineBytes);
                offset = spaceToWrapAt + 1;
            }
            else if (wrapLongWords)
            {
                output.Write(str.AsSpan(offset, width));
                output.Write(newLineBytes);
                offset += width;
            }
            else
            {
                end = width + offset;
                int index = str.AsSpan(end).IndexOf((byte)' ');
                if (index == -1)
                {
                    output.Write(str.AsSpan(offset));
                    offset = length;
                }
                else
                {
                    spaceToWrapAt = index + end;
                    output.Write(str.AsSpan(offset, spaceToWrapAt - offset));
                    output.Write(newLineBytes);
                    offset = spaceToWrapAt + 1;
                }
            }
        }

        output.Write(str.AsSpan(offset));
        return SprigStringBytes.Decode(output.WrittenSpan);
    }

    private static string Concat(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        byte[] joined = new byte[a.Length + b.Length];
        a.CopyTo(joined);
        b.CopyTo(joined.AsSpan(a.Length));
        return SprigStringBytes.Decode(joined);
    }
}
