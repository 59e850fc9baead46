using System.Text;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>Go's encoding/pem: Decode (first block, skipping junk and malformed blocks) and EncodeToMemory (64-column base64, no headers).</summary>
internal static class SprigCryptoPem
{
    private const string PemStart = "\n-----BEGIN ";
    private const string PemEnd = "\n-----END ";
    private const string PemEndOfLine = "-----";

    /// <summary>One PEM block: its type and decoded bytes.</summary>
    public sealed record Block(string Type, byte[] Bytes);

    public static string Encode(string type, ReadOnlySpan<byte> bytes)
    {
        var b64 = Convert.ToBase64String(bytes);
        var sb = new StringBuilder(b64.Length + b64.Length / 64 + 2 * type.Length + 40);
        sb.Append("-----BEGIN ").Append(type).Append("-----\n");
        for (int i = 0; i < b64.Length; i += 64)
        {
            sb.Append(b64, i, Math.Min(64, b64.Length - i)).Append('\n');
        }

        sb.Append("-----END ").Append(type).Append("-----\n");
        return sb.ToString();
    }

    /// <summary>pem.Decode over the text's UTF-8 bytes (as a Latin-1 view so offsets stay byte offsets); null when no block is found.</summary>
    public static Block? Decode(string text)
    {
        var data = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));
        var rest = data;
        while (true)
        {
            if (rest.StartsWith(PemStart[1..], StringComparison.Ordinal))
            {
                rest = rest[(PemStart.Length - 1)..];
            }
            else
            {
                int at = rest.IndexOf(PemStart, StringComparison.Ordinal);
                if (at < 0)
                {
                    return null;
                }

                rest = rest[(at + PemStart.Length)..];
            }

            (var typeLine, rest) = GetLine(rest);
            if (!typeLine.EndsWith(PemEndOfLine, StringComparison.Ordinal))
            {
                continue;
            }

            typeLine = typeLine[..^PemEndOfLine.Length];
            bool headers = false;
            while (true)
            {
                if (rest.Length == 0)
                {
                    return null;
                }

                var (line, next) = GetLine(rest);
                if (!line.Contains(':', StringComparison.Ordinal))
                {
                    break;
                }

                headers = true;
                rest = next;
            }

            int endIndex, endTrailerIndex;
            if (!headers && rest.StartsWith(PemEnd[1..], StringComparison.Ordinal))
            {
                endIndex = 0;
                endTrailerIndex = PemEnd.Length - 1;
            }
            else
            {
                endIndex = rest.IndexOf(PemEnd, StringComparison.Ordinal);
                endTrailerIndex = endIndex + PemEnd.Length;
            }

            if (endIndex < 0)
            {
                continue;
            }

            var endTrailer = rest[endTrailerIndex..];
            int endTrailerLen = typeLine.Length + PemEndOfLine.Length;
            if (endTrailer.Length < endTrailerLen)
            {
                continue;
            }

            var restOfEndLine = endTrailer[endTrailerLen..];
            endTrailer = endTrailer[..endTrailerLen];
            if (!endTrailer.StartsWith(typeLine, StringComparison.Ordinal) || !endTrailer.EndsWith(PemEndOfLine, StringComparison.Ordinal))
            {
                continue;
            }

            if (GetLine(restOfEndLine).Line.Length != 0)
            {
                continue;
            }

            var base64 = rest[..endIndex].Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal);
            var error = SprigEncodingBase64.TryDecode(Encoding.Latin1.GetBytes(base64), out var bytes);
            if (error is not null)
            {
                continue;
            }

            var type = Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(typeLine));
            return new Block(type, bytes);
        }
    }

    private static (string Line, string Remainder) GetLine(string data)
    {
        int i = data.IndexOf('\n', StringComparison.Ordinal);
        int j;
        if (i < 0)
        {
            i = data.Length;
            j = i;
        }
        else
        {
            j = i + 1;
            if (i > 0 && data[i - 1] == '\r')
            {
                i--;
            }
        }

        return (data[..i].TrimEnd(' ', '\t'), data[j..]);
    }
}
