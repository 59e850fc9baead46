using System.Text;

namespace Bosun.Templating.Tests.Oracle;

/// <summary>A line-based unified diff (whole texts as one hunk with context) for mismatch reports.</summary>
internal static class UnifiedDiff
{
    public static string Create(string expected, string actual, string expectedLabel, string actualLabel)
    {
        string[] a = SplitLines(expected);
        string[] b = SplitLines(actual);
        int[,] lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var builder = new StringBuilder();
        builder.Append("--- ").Append(expectedLabel).Append('\n');
        builder.Append("+++ ").Append(actualLabel).Append('\n');
        builder.Append("@@ -1,").Append(a.Length).Append(" +1,").Append(b.Length).Append(" @@\n");
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                builder.Append(' ').Append(Visible(a[x++])).Append('\n');
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                builder.Append('+').Append(Visible(b[y++])).Append('\n');
            }
            else
            {
                builder.Append('-').Append(Visible(a[x++])).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>Lines keep their terminator so a missing final newline shows up.</summary>
    private static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return [.. lines];
    }

    private static string Visible(string line)
    {
        bool terminated = line.EndsWith('\n');
        string body = terminated ? line[..^1] : line;
        var builder = new StringBuilder(body.Length + 16);
        foreach (char c in body)
        {
            _ = c switch
            {
                '\t' => builder.Append("\\t"),
                '\r' => builder.Append("\\r"),
                < ' ' => builder.Append($"\\x{(int)c:x2}"),
                _ => builder.Append(c),
            };
        }

        if (body.EndsWith(' '))
        {
            builder.Append("⏎(trailing space)");
        }

        if (!terminated)
        {
            builder.Append("␄(no newline at end)");
        }

        return builder.ToString();
    }
}
