namespace Bosun.Engine.Charts.Rendering;

/// <summary>Go's <c>path/filepath.Join</c> and <c>Clean</c> on slash-separated paths.</summary>
public static class GoPaths
{
    /// <summary>filepath.Join: the non-empty elements joined with "/" and cleaned.</summary>
    public static string Join(params string[] elements)
    {
        string joined = string.Join('/', elements.Where(e => e.Length > 0));
        return joined.Length == 0 ? string.Empty : Clean(joined);
    }

    /// <summary>filepath.Clean: one slash between elements, "." and ".." resolved lexically.</summary>
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

        string result = (rooted ? "/" : string.Empty) + string.Join('/', parts);
        return result.Length == 0 ? "." : result;
    }
}
