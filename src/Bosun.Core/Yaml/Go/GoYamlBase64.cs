namespace Bosun.Core.Yaml.Go;

/// <summary>Go's base64.StdEncoding.DecodeString: padded standard alphabet, CR/LF ignored, lenient trailing bits.</summary>
internal static class GoYamlBase64
{
    public static bool TryDecode(string text, out byte[] data)
    {
        data = [];
        var chars = new List<char>(text.Length);
        foreach (char c in text)
        {
            if (c is not ('\r' or '\n'))
            {
                chars.Add(c);
            }
        }

        if (chars.Count % 4 != 0)
        {
            return false;
        }

        var output = new List<byte>(chars.Count / 4 * 3);
        for (int q = 0; q < chars.Count; q += 4)
        {
            bool last = q + 4 == chars.Count;
            int padding = 0;
            int bits = 0;
            for (int k = 0; k < 4; k++)
            {
                char c = chars[q + k];
                int v;
                if (c == '=')
                {
                    if (!last || k < 2)
                    {
                        return false;
                    }

                    if (k == 2 && chars[q + 3] != '=')
                    {
                        return false;
                    }

                    padding++;
                    v = 0;
                }
                else
                {
                    if (padding > 0)
                    {
                        return false;
                    }

                    v = Value(c);
                    if (v < 0)
                    {
                        return false;
                    }
                }

                bits = (bits << 6) | v;
            }

            output.Add((byte)(bits >> 16));
            if (padding < 2)
            {
                output.Add((byte)(bits >> 8));
            }

            if (padding < 1)
            {
                output.Add((byte)bits);
            }
        }

        data = [.. output];
        return true;
    }

    private static int Value(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        '/' => 63,
        _ => -1,
    };
}
