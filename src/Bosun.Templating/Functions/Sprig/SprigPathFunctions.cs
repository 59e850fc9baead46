using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig path functions: Go's <c>path</c> (base, dir, clean, ext, isAbs) and <c>path/filepath</c>
/// (osBase, osClean, osDir, osExt, osIsAbs), which on Linux — where helm renders here — behave the same.
/// </summary>
internal static class SprigPathFunctions
{
    private static readonly GoSignature StringToString = GoSignature.Of(GoType.String);

    public static void Register(FunctionTable.Builder table)
    {
        foreach (string prefix in new[] { "", "os" })
        {
            table.Add(Name(prefix, "base"), StringToString, a => Base(Str(a[0])));
            table.Add(Name(prefix, "dir"), StringToString, a => Dir(Str(a[0])));
            table.Add(Name(prefix, "clean"), StringToString, a => Clean(Str(a[0])));
            table.Add(Name(prefix, "ext"), StringToString, a => Ext(Str(a[0])));
            table.Add(Name(prefix, "isAbs"), StringToString, a => GoValue.Bool(Str(a[0]).StartsWith('/')));
        }
    }

    /// <summary>path.Clean: the shortest equivalent path by lexical processing.</summary>
    internal static string Clean(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        bool rooted = path[0] == '/';
        int n = path.Length;
        var output = new StringBuilder(n);
        int r = 0;
        int dotdot = 0;
        if (rooted)
        {
            output.Append('/');
            r = 1;
            dotdot = 1;
        }

        while (r < n)
        {
            if (path[r] == '/')
            {
                r++;
            }
            else if (path[r] == '.' && (r + 1 == n || path[r + 1] == '/'))
            {
                r++;
            }
            else if (path[r] == '.' && path[r + 1] == '.' && (r + 2 == n || path[r + 2] == '/'))
            {
                r += 2;
                if (output.Length > dotdot)
                {
                    // Backtrack to the previous slash (exclusive).
                    int w = output.Length - 1;
                    while (w > dotdot && output[w] != '/')
                    {
                        w--;
                    }

                    output.Length = w;
                }
                else if (!rooted)
                {
                    if (output.Length > 0)
                    {
                        output.Append('/');
                    }

                    output.Append("..");
                    dotdot = output.Length;
                }
            }
            else
            {
                if ((rooted && output.Length != 1) || (!rooted && output.Length != 0))
                {
                    output.Append('/');
                }

                while (r < n && path[r] != '/')
                {
                    output.Append(path[r]);
                    r++;
                }
            }
        }

        return output.Length == 0 ? "." : output.ToString();
    }

    /// <summary>path.Base: the last element, trailing slashes removed; "" → ".", all slashes → "/".</summary>
    internal static string Base(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        path = path.TrimEnd('/');
        int i = path.LastIndexOf('/');
        if (i >= 0)
        {
            path = path[(i + 1)..];
        }

        return path.Length == 0 ? "/" : path;
    }

    /// <summary>path.Dir: Clean of everything up to the last slash.</summary>
    internal static string Dir(string path) => Clean(path[..(path.LastIndexOf('/') + 1)]);

    /// <summary>path.Ext: the suffix from the last dot of the last element.</summary>
    internal static string Ext(string path)
    {
        for (int i = path.Length - 1; i >= 0 && path[i] != '/'; i--)
        {
            if (path[i] == '.')
            {
                return path[i..];
            }
        }

        return "";
    }

    private static string Name(string prefix, string name) =>
        prefix.Length == 0 ? name : prefix + char.ToUpperInvariant(name[0]) + name[1..];

    private static string Str(object? value) => value as string ?? "";
}
