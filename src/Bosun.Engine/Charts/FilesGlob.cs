using System.Text;
using System.Text.RegularExpressions;

namespace Bosun.Engine.Charts;

/// <summary>
/// The glob syntax of <c>.Files.Glob</c> (github.com/gobwas/glob compiled with separator <c>/</c>):
/// <c>*</c> and <c>?</c> stay within a path segment, <c>**</c> crosses segments, <c>[a-z]</c>/<c>[!a-z]</c>
/// classes, <c>{a,b}</c> alternatives, <c>\</c> escapes. helm falls back to <c>**</c> when a pattern is invalid.
/// </summary>
public static class FilesGlob
{
    /// <summary>Compiles a pattern; an invalid pattern matches everything, as in helm.</summary>
    public static Regex Compile(string pattern)
    {
        var sb = new StringBuilder("^");
        int i = 0;
        if (!TryTranslate(pattern, ref i, sb, inAlternative: false) || i != pattern.Length)
        {
            return new Regex("^.*$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
        }

        sb.Append('$');
        return new Regex(sb.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    private static bool TryTranslate(string p, ref int i, StringBuilder sb, bool inAlternative)
    {
        while (i < p.Length)
        {
            char c = p[i];
            if (inAlternative && (c == ',' || c == '}'))
            {
                return true;
            }

            switch (c)
            {
                case '*':
                    if (i + 1 < p.Length && p[i + 1] == '*')
                    {
                        sb.Append(".*");
                        i += 2;
                    }
                    else
                    {
                        sb.Append("[^/]*");
                        i++;
                    }

                    break;
                case '?':
                    sb.Append("[^/]");
                    i++;
                    break;
                case '[':
                    if (!TryClass(p, ref i, sb))
                    {
                        return false;
                    }

                    break;
                case '{':
                    i++;
                    sb.Append("(?:");
                    while (true)
                    {
                        if (!TryTranslate(p, ref i, sb, inAlternative: true) || i >= p.Length)
                        {
                            return false;
                        }

                        if (p[i] == '}')
                        {
                            i++;
                            sb.Append(')');
                            break;
                        }

                        sb.Append('|');
                        i++;
                    }

                    break;
                case '\\':
                    if (i + 1 >= p.Length)
                    {
                        return false;
                    }

                    Literal(sb, p[i + 1]);
                    i += 2;
                    break;
                default:
                    Literal(sb, c);
                    i++;
                    break;
            }
        }

        return true;
    }

    private static bool TryClass(string p, ref int i, StringBuilder sb)
    {
        int close = p.IndexOf(']', i + 1);
        if (close < 0)
        {
            return false;
        }

        string body = p[(i + 1)..close];
        bool negate = body.StartsWith('!');
        if (negate)
        {
            body = body[1..];
        }

        if (body.Length == 0)
        {
            return false;
        }

        sb.Append(negate ? "[^" : "[");
        for (int k = 0; k < body.Length; k++)
        {
            if (k + 2 < body.Length && body[k + 1] == '-')
            {
                Literal(sb, body[k]);
                sb.Append('-');
                Literal(sb, body[k + 2]);
                k += 2;
            }
            else
            {
                Literal(sb, body[k]);
            }
        }

        sb.Append(']');
        i = close + 1;
        return true;
    }

    private static void Literal(StringBuilder sb, char c) =>
        sb.Append(@"\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
}
