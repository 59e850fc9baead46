using System.Text;

namespace Bosun.Secrets.Age;

/// <summary>
/// The ASCII armor of age files: PEM-like <c>AGE ENCRYPTED FILE</c> block, padded standard base64 at 64
/// columns, strict decoding (age's <c>armor</c> package).
/// </summary>
public static class AgeArmor
{
    public const string Header = "-----BEGIN AGE ENCRYPTED FILE-----";
    public const string Footer = "-----END AGE ENCRYPTED FILE-----";
    private const int MaxWhitespace = 1024;

    /// <summary>Armors binary age bytes; the result ends with the footer line and a newline.</summary>
    public static string Encode(ReadOnlySpan<byte> data)
    {
        string b64 = Convert.ToBase64String(data);
        var sb = new StringBuilder(b64.Length + b64.Length / 64 + 80);
        sb.Append(Header).Append('\n');
        for (int i = 0; i < b64.Length; i += 64)
        {
            sb.Append(b64, i, Math.Min(64, b64.Length - i)).Append('\n');
        }

        return sb.Append(Footer).Append('\n').ToString();
    }

    /// <summary>True when the input, after leading whitespace, starts with the armor header.</summary>
    public static bool LooksArmored(ReadOnlySpan<byte> input)
    {
        int i = 0;
        while (i < input.Length && IsSpace(input[i]))
        {
            i++;
        }

        return input[i..].StartsWith(Encoding.ASCII.GetBytes(Header));
    }

    /// <summary>Removes the armor; throws <see cref="AgeException"/> (<see cref="AgeErrorKind.Armor"/>) with age's reason.</summary>
    public static byte[] Decode(ReadOnlySpan<byte> input)
    {
        int pos = 0;
        int removed = 0;
        while (true)
        {
            var line = GetLine(input, ref pos);
            if (TrimSpace(line).Length == 0)
            {
                removed += line.Length + 1;
                if (removed > MaxWhitespace)
                {
                    throw Fail("too much leading whitespace");
                }

                continue;
            }

            if (!line.SequenceEqual(Encoding.ASCII.GetBytes(Header)))
            {
                throw Fail($"invalid first line: {AgeHeader.GoQuote(Encoding.Latin1.GetString(line))}");
            }

            break;
        }

        var output = new List<byte>();
        while (true)
        {
            var line = GetLine(input, ref pos);
            if (line.SequenceEqual(Encoding.ASCII.GetBytes(Footer)))
            {
                DrainTrailing(input[pos..]);
                return [.. output];
            }

            if (line.Length == 0)
            {
                throw Fail("empty line in armored data");
            }

            if (line.Length > 64)
            {
                throw Fail("column limit exceeded");
            }

            if (!AgeBase64.TryDecodeStd(Encoding.Latin1.GetString(line), out byte[] chunk))
            {
                throw Fail("illegal base64 data");
            }

            output.AddRange(chunk);
            if (chunk.Length < 48)
            {
                var closing = GetLine(input, ref pos);
                if (!closing.SequenceEqual(Encoding.ASCII.GetBytes(Footer)))
                {
                    throw Fail($"invalid closing line: {AgeHeader.GoQuote(Encoding.Latin1.GetString(closing))}");
                }

                DrainTrailing(input[pos..]);
                return [.. output];
            }
        }
    }

    private static ReadOnlySpan<byte> GetLine(ReadOnlySpan<byte> input, ref int pos)
    {
        if (pos >= input.Length)
        {
            throw Fail("unexpected EOF");
        }

        int nl = input[pos..].IndexOf((byte)'\n');
        ReadOnlySpan<byte> line;
        if (nl < 0)
        {
            line = input[pos..];
            pos = input.Length;
        }
        else
        {
            line = input.Slice(pos, nl);
            pos += nl + 1;
        }

        if (line.Length > 0 && line[^1] == '\r')
        {
            line = line[..^1];
        }

        return line;
    }

    private static void DrainTrailing(ReadOnlySpan<byte> rest)
    {
        var head = rest[..Math.Min(rest.Length, MaxWhitespace)];
        if (TrimSpace(head).Length != 0)
        {
            throw Fail("trailing data after armored file");
        }

        if (head.Length == MaxWhitespace)
        {
            throw Fail("too much trailing whitespace");
        }
    }

    private static ReadOnlySpan<byte> TrimSpace(ReadOnlySpan<byte> s)
    {
        int start = 0;
        int end = s.Length;
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r';

    private static AgeException Fail(string message) => new(AgeErrorKind.Armor, "invalid armor: " + message);
}
