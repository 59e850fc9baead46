namespace Bosun.Engine.Charts.Loading;

/// <summary>Go's filepath.EvalSymlinks on Unix: resolves every link along a path, with Go's error texts.</summary>
internal static class SymlinkResolver
{
    private const int MaxLinks = 255;

    /// <summary>The fully resolved path, or the Go error message (<c>lstat X: no such file or directory</c>, <c>EvalSymlinks: too many links</c>).</summary>
    public static string Resolve(string path, out string? error)
    {
        error = null;
        string dest = string.Empty;
        int start = 0;
        if (path.StartsWith('/'))
        {
            dest = "/";
            start = 1;
        }

        int links = 0;
        while (start < path.Length)
        {
            while (start < path.Length && path[start] == '/')
            {
                start++;
            }

            int end = start;
            while (end < path.Length && path[end] != '/')
            {
                end++;
            }

            string component = path[start..end];
            start = end;
            if (component.Length == 0 || component == ".")
            {
                continue;
            }

            if (component == "..")
            {
                dest = Parent(dest);
                continue;
            }

            dest = dest.Length == 0 ? component : dest.EndsWith('/') ? dest + component : dest + "/" + component;
            FileSystemInfo info = new FileInfo(dest);
            string? target = info.LinkTarget;
            if (target is null)
            {
                if (!info.Exists && !Directory.Exists(dest))
                {
                    error = $"lstat {dest}: no such file or directory";
                    return string.Empty;
                }

                if (!Directory.Exists(dest) && end < path.Length)
                {
                    error = "not a directory";
                    return string.Empty;
                }

                continue;
            }

            if (++links > MaxLinks)
            {
                error = "EvalSymlinks: too many links";
                return string.Empty;
            }

            path = target + path[end..];
            if (target.StartsWith('/'))
            {
                dest = "/";
                start = 1;
            }
            else
            {
                dest = Parent(dest);
                start = 0;
            }
        }

        return dest.Length == 0 ? "." : dest;
    }

    private static string Parent(string dest)
    {
        if (dest is "/" or "")
        {
            return dest;
        }

        int slash = dest.LastIndexOf('/');
        return slash switch
        {
            < 0 => string.Empty,
            0 => "/",
            _ => dest[..slash],
        };
    }
}
