using System.Text;
using System.Text.RegularExpressions;

namespace Bosun.Engine.Charts;

/// <summary>
/// Go's <c>path/filepath.Match</c> on slash-separated paths (used by .helmignore): <c>*</c> and <c>?</c>
/// never match <c>/</c>, <c>[^a-z]</c> classes, <c>\</c> escapes. Malformed patterns are reported, as Go's
/// <c>ErrBadPattern</c> ("syntax error in pattern").
/// </summary>
public static class GoPathMatch
{
    /// <summary>Go's <c>filepath.ErrBadPattern</c> text.</summary>
    public const string BadPatternMessage = "syntax error in pattern";

    /// <summary>Compiles a pattern; false when Go would report <c>ErrBadPattern</c>.</summary>
    public static bool TryCompile(string pattern, out Regex? regex)
    {
        regex = null;
        var sb = new StringBuilder("^");
        int i = 0;
        while (i < pattern.Length)
        {
            char c = pattern[i];
            switch (c)
            {
                case '*':
                    sb.Append("[^/]*");
                    i++;
                    break;
                case '?':
                    sb.Append("[^/]");
                    i++;
                    break;
                case '[':
                    if (!TryAppendClass(pattern, ref i, sb))
                    {
                        return false;
                    }

                    break;
                case '\\':
                    if (i + 1 >= pattern.Length)
                    {
                        return false;
                    }

                    AppendLiteral(sb, pattern[i + 1]);
                    i += 2;
                    break;
                default:
                    AppendLiteral(sb, c);
                    i++;
                    break;
            }
        }

        sb.Append('$');
        regex = new Regex(sb.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline);
        return true;
    }

    /// <summary>filepath.Match(pattern, name); a malformed pattern matches nothing.</summary>
    public static bool IsMatch(string pattern, string name) =>
        TryCompile(pattern, out var regex) && regex is not null && regex.IsMatch(name);

    private static bool TryAppendClass(string pattern, ref int i, StringBuilder sb)
    {
        i++; // '['
        sb.Append('[');
        if (i < pattern.Length && pattern[i] == '^')
        {
            sb.Append('^');
            i++;
        }

        int ranges = 0;
        while (true)
        {
            if (i < pattern.Length && pattern[i] == ']' && ranges > 0)
            {
                i++;
                sb.Append(']');
                return true;
            }

            if (!TryGetEscaped(pattern, ref i, out char lo))
            {
                return false;
            }

            char hi = lo;
            if (i < pattern.Length && pattern[i] == '-')
            {
                i++;
                if (!TryGetEscaped(pattern, ref i, out hi))
                {
                    return false;
                }
            }

            if (lo > hi)
            {
                // Go accepts the pattern; such a range simply matches nothing.
                sb.Append(@"\uFFFF-\uFFFF");
            }
            else
            {
                AppendClassChar(sb, lo);
                sb.Append('-');
                AppendClassChar(sb, hi);
            }

            ranges++;
        }
    }

    private static bool TryGetEscaped(string pattern, ref int i, out char c)
    {
        c = '\0';
        if (i >= pattern.Length || pattern[i] == '-' || pattern[i] == ']')
        {
            return false;
        }

        if (pattern[i] == '\\')
        {
            i++;
            if (i >= pattern.Length)
            {
                return false;
            }
        }

        c = pattern[i];
        i++;
        return true;
    }

    private static void AppendLiteral(StringBuilder sb, char c) =>
        sb.Append(@"\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));

    private static void AppendClassChar(StringBuilder sb, char c) => AppendLiteral(sb, c);
}
