using System.Text;

namespace Bosun.Testing;

/// <summary>A line-based unified diff (LCS), enough to show why a golden file does not match.</summary>
public static class UnifiedDiff
{
    /// <summary>Lines longer than this product are compared without a full LCS table.</summary>
    private const long MaxCells = 25_000_000;

    public static string Create(string expected, string actual, string expectedName = "expected", string actualName = "actual", int context = 3)
    {
        string[] a = SplitLines(expected);
        string[] b = SplitLines(actual);
        var ops = Diff(a, b);
        var sb = new StringBuilder();
        sb.Append("--- ").Append(expectedName).Append('\n');
        sb.Append("+++ ").Append(actualName).Append('\n');

        int i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                i++;
                continue;
            }

            int start = Math.Max(0, i - context);
            int end = i;
            int lastChange = i;
            while (end < ops.Count && (ops[end].Kind != ' ' || end - lastChange <= 2 * context))
            {
                if (ops[end].Kind != ' ')
                {
                    lastChange = end;
                }

                end++;
            }

            end = Math.Min(ops.Count, lastChange + context + 1);
            int aStart = ops[start].ALine;
            int bStart = ops[start].BLine;
            int aCount = 0;
            int bCount = 0;
            for (int k = start; k < end; k++)
            {
                if (ops[k].Kind != '+')
                {
                    aCount++;
                }

                if (ops[k].Kind != '-')
                {
                    bCount++;
                }
            }

            sb.Append("@@ -").Append(aStart + 1).Append(',').Append(aCount)
              .Append(" +").Append(bStart + 1).Append(',').Append(bCount).Append(" @@\n");
            for (int k = start; k < end; k++)
            {
                sb.Append(ops[k].Kind).Append(Visible(ops[k].Text)).Append('\n');
            }

            i = end;
        }

        return sb.ToString();
    }

    private static string Visible(string line) =>
        line.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) +
        (line.Length > 0 && line[^1] == ' ' ? "⏎" : string.Empty);

    private static string[] SplitLines(string text)
    {
        var lines = text.Split('\n');
        if (text.EndsWith('\n'))
        {
            lines = lines[..^1];
        }
        else if (text.Length > 0)
        {
            lines[^1] += "\\ (no newline at end)";
        }

        return text.Length == 0 ? [] : lines;
    }

    private static List<Op> Diff(string[] a, string[] b)
    {
        var ops = new List<Op>();
        if ((long)a.Length * b.Length > MaxCells)
        {
            ops.AddRange(a.Select((line, i) => new Op('-', line, i, 0)));
            ops.AddRange(b.Select((line, j) => new Op('+', line, a.Length, j)));
            return ops;
        }

        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0;
        int y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                ops.Add(new Op(' ', a[x], x, y));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                ops.Add(new Op('+', b[y], x, y));
                y++;
            }
            else
            {
                ops.Add(new Op('-', a[x], x, y));
                x++;
            }
        }

        return ops;
    }

    private readonly record struct Op(char Kind, string Text, int ALine, int BLine);
}
