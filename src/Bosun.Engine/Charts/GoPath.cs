using System.Text;

namespace Bosun.Engine.Charts;

/// <summary>Go's slash-path helpers (packages path and path/filepath on slash paths) that helm uses.</summary>
internal static class GoPath
{
    /// <summary>filepath.Join: the non-empty elements joined with "/" and cleaned.</summary>
    public static string Join(params string[] elements)
    {
        string joined = string.Join('/', elements.Where(e => e.Length > 0));
        return joined.Length == 0 ? string.Empty : Clean(joined);
    }

    /// <summary>path.Clean: the shortest equivalent path by lexical processing.</summary>
    public static string Clean(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        bool rooted = path[0] == '/';
        var parts = new List<string>();
        foreach (string part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (!rooted)
                {
                    parts.Add(part);
                }

                continue;
            }

            parts.Add(part);
        }

        var sb = new StringBuilder();
        if (rooted)
        {
            sb.Append('/');
        }

        sb.AppendJoin('/', parts);
        return sb.Length == 0 ? "." : sb.ToString();
    }

    /// <summary>path/filepath.Ext: the suffix from the last dot of the last element, or empty.</summary>
    public static string Ext(string path)
    {
        for (int i = path.Length - 1; i >= 0 && path[i] != '/'; i--)
        {
            if (path[i] == '.')
            {
                return path[i..];
            }
        }

        return string.Empty;
    }
}
