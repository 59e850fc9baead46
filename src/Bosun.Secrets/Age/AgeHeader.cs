using System.Security.Cryptography;
using System.Text;

namespace Bosun.Secrets.Age;

/// <summary>
/// The textual age header: <c>age-encryption.org/v1</c>, recipient stanzas with 64-column base64 bodies, and
/// the <c>---</c> line with the HMAC. Parsing is strict, as age's <c>format.Parse</c>.
/// </summary>
public sealed class AgeHeader
{
    private const string Intro = "age-encryption.org/v1\n";
    private const int ColumnsPerLine = 64;
    private const int BytesPerLine = ColumnsPerLine / 4 * 3;

    public AgeHeader(IReadOnlyList<AgeStanza> stanzas, byte[] mac)
    {
        Stanzas = stanzas;
        Mac = mac;
    }

    public IReadOnlyList<AgeStanza> Stanzas { get; }

    /// <summary>The 32-byte HMAC-SHA-256 from the closing line.</summary>
    public byte[] Mac { get; }

    /// <summary>Parses the header at the start of <paramref name="input"/>; returns it and the offset where the payload starts.</summary>
    public static (AgeHeader Header, int PayloadOffset) Parse(ReadOnlySpan<byte> input)
    {
        int pos = 0;
        string? intro = ReadLine(input, ref pos);
        if (intro is null)
        {
            throw Fail("parsing age header: file is empty");
        }

        if (intro != Intro)
        {
            throw Fail($"parsing age header: unexpected intro: {GoQuote(intro)}");
        }

        var stanzas = new List<AgeStanza>();
        while (true)
        {
            if (input.Length - pos < 3)
            {
                throw Fail("parsing age header: failed to read header: unexpected EOF");
            }

            if (input.Slice(pos, 3).SequenceEqual("---"u8))
            {
                string line = ReadLine(input, ref pos) ?? throw Fail("failed to read header: unexpected EOF");
                string[] parts = line.TrimEnd('\n').Split(' ');
                if (parts[0] != "---" || parts.Length != 2)
                {
                    throw Fail($"parsing age header: malformed closing line: {GoQuote(line)}");
                }

                if (!AgeBase64.TryDecodeRaw(parts[1], out byte[] mac) || mac.Length != 32)
                {
                    throw Fail($"parsing age header: malformed closing line {GoQuote(line)}");
                }

                return (new AgeHeader(stanzas, mac), pos);
            }

            stanzas.Add(ReadStanza(input, ref pos));
        }
    }

    private static AgeStanza ReadStanza(ReadOnlySpan<byte> input, ref int pos)
    {
        string line = ReadLine(input, ref pos) ?? throw Fail("failed to parse header: failed to read line: unexpected EOF");
        if (!line.StartsWith("->", StringComparison.Ordinal))
        {
            throw Fail($"failed to parse header: malformed stanza opening line: {GoQuote(line)}");
        }

        string[] parts = line.TrimEnd('\n').Split(' ');
        if (parts[0] != "->" || parts.Length < 2)
        {
            throw Fail($"failed to parse header: malformed stanza: {GoQuote(line)}");
        }

        for (int i = 1; i < parts.Length; i++)
        {
            if (!IsValidString(parts[i]))
            {
                throw Fail($"failed to parse header: malformed stanza: {GoQuote(line)}");
            }
        }

        var body = new List<byte>();
        while (true)
        {
            string bodyLine = ReadLine(input, ref pos) ?? throw Fail("failed to parse header: failed to read line: unexpected EOF");
            string text = bodyLine.EndsWith('\n') ? bodyLine[..^1] : bodyLine;
            if (!AgeBase64.TryDecodeRaw(text, out byte[] chunk))
            {
                if (bodyLine.StartsWith("---", StringComparison.Ordinal) || bodyLine.StartsWith("->", StringComparison.Ordinal))
                {
                    throw Fail($"failed to parse header: malformed body line {GoQuote(bodyLine)}: stanza ended without a short line");
                }

                throw Fail($"failed to parse header: parsing age header: malformed body line {GoQuote(bodyLine)}: illegal base64 data");
            }

            if (chunk.Length > BytesPerLine)
            {
                throw Fail($"failed to parse header: parsing age header: malformed body line {GoQuote(bodyLine)}: too long");
            }

            body.AddRange(chunk);
            if (chunk.Length < BytesPerLine)
            {
                return new AgeStanza(parts[1], parts[2..], [.. body]);
            }
        }
    }

    /// <summary>The header bytes up to and including <c>---</c> (what the MAC covers).</summary>
    public static byte[] MarshalWithoutMac(IReadOnlyList<AgeStanza> stanzas)
    {
        var sb = new StringBuilder(Intro);
        foreach (var stanza in stanzas)
        {
            sb.Append("->");
            sb.Append(' ').Append(stanza.Type);
            foreach (string arg in stanza.Args)
            {
                sb.Append(' ').Append(arg);
            }

            sb.Append('\n');
            string b64 = AgeBase64.EncodeRaw(stanza.Body);
            for (int i = 0; i < b64.Length; i += ColumnsPerLine)
            {
                int n = Math.Min(ColumnsPerLine, b64.Length - i);
                sb.Append(b64, i, n);
                if (n == ColumnsPerLine)
                {
                    sb.Append('\n');
                }
            }

            sb.Append('\n');
        }

        sb.Append("---");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>The full header text including the MAC line.</summary>
    public byte[] Marshal() =>
        [.. MarshalWithoutMac(Stanzas), .. Encoding.ASCII.GetBytes(" " + AgeBase64.EncodeRaw(Mac) + "\n")];

    /// <summary>HMAC-SHA-256 of the header with the key HKDF(fileKey, "", "header").</summary>
    public static byte[] ComputeMac(byte[] fileKey, IReadOnlyList<AgeStanza> stanzas)
    {
        byte[] key = AgePrimitives.Hkdf(fileKey, [], "header");
        return HMACSHA256.HashData(key, MarshalWithoutMac(stanzas));
    }

    private static bool IsValidString(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (c < 33 || c > 126)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A line including its '\n' (Latin-1, byte per char), or the rest without one; null at the end.</summary>
    private static string? ReadLine(ReadOnlySpan<byte> input, ref int pos)
    {
        if (pos >= input.Length)
        {
            return null;
        }

        int nl = input[pos..].IndexOf((byte)'\n');
        if (nl < 0)
        {
            // Go's ReadBytes returns the partial line with io.EOF: callers treat that as a read failure.
            pos = input.Length;
            return null;
        }

        string line = Encoding.Latin1.GetString(input.Slice(pos, nl + 1));
        pos += nl + 1;
        return line;
    }

    internal static string GoQuote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c >= 0x7f)
                    {
                        sb.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static AgeException Fail(string message) => new(AgeErrorKind.Header, message);
}
