using System.Text;
using System.Text.RegularExpressions;

namespace Bosun.Core.Text.Re2;

public sealed partial class Re2Regex
{
    /// <summary>MatchString: whether s contains a match.</summary>
    public bool IsMatch(string s) => Execute(s, 0) is not null;

    /// <summary>FindString: the leftmost match, "" when there is none.</summary>
    public string FindString(string s)
    {
        var a = Execute(s, 0);
        return a is null ? string.Empty : s[a[0]..a[1]];
    }

    /// <summary>FindStringIndex: start and end (UTF-16 offsets) of the leftmost match, or null.</summary>
    public int[]? FindStringIndex(string s)
    {
        var a = Execute(s, 0);
        return a is null ? null : [a[0], a[1]];
    }

    /// <summary>FindStringSubmatchIndex: index pairs of the match and every subexpression (-1 when unmatched), or null.</summary>
    public int[]? FindStringSubmatchIndex(string s) => Execute(s, 0);

    /// <summary>FindStringSubmatch: texts of the match and its subexpressions ("" when unmatched), or null.</summary>
    public string[]? FindStringSubmatch(string s)
    {
        var a = Execute(s, 0);
        if (a is null)
        {
            return null;
        }

        var result = new string[NumSubexp + 1];
        for (int i = 0; i <= NumSubexp; i++)
        {
            result[i] = a[2 * i] >= 0 ? s[a[2 * i]..a[2 * i + 1]] : string.Empty;
        }

        return result;
    }

    /// <summary>FindAllString: successive non-overlapping matches, at most n (all when n &lt; 0); null when none.</summary>
    public List<string>? FindAllString(string s, long n)
    {
        List<string>? result = null;
        AllMatches(s, n, a => (result ??= []).Add(s[a[0]..a[1]]));
        return result;
    }

    /// <summary>FindAllStringIndex: index pairs of successive matches; null when none.</summary>
    public List<int[]>? FindAllStringIndex(string s, long n)
    {
        List<int[]>? result = null;
        AllMatches(s, n, a => (result ??= []).Add([a[0], a[1]]));
        return result;
    }

    /// <summary>FindAllStringSubmatch: texts of successive matches and their subexpressions ("" when unmatched); null when none.</summary>
    public List<string[]>? FindAllStringSubmatch(string s, long n)
    {
        List<string[]>? result = null;
        AllMatches(s, n, a =>
        {
            var texts = new string[NumSubexp + 1];
            for (int i = 0; i <= NumSubexp; i++)
            {
                texts[i] = a[2 * i] >= 0 ? s[a[2 * i]..a[2 * i + 1]] : string.Empty;
            }

            (result ??= []).Add(texts);
        });
        return result;
    }

    /// <summary>ReplaceAllString: matches replaced by repl with <c>$1</c>, <c>${name}</c>, <c>$$</c> expanded as Go does.</summary>
    public string ReplaceAllString(string src, string repl) =>
        ReplaceAll(src, (sb, match) => Expand(sb, repl, src, match));

    /// <summary>ReplaceAllLiteralString: matches replaced by repl verbatim.</summary>
    public string ReplaceAllLiteralString(string src, string repl) =>
        ReplaceAll(src, (sb, _) => sb.Append(repl));

    /// <summary>ExpandString: the template with <c>$</c> references to match filled in from src.</summary>
    public string ExpandString(string template, string src, int[] match)
    {
        var sb = new StringBuilder();
        Expand(sb, template, src, match);
        return sb.ToString();
    }

    /// <summary>Split: the texts between matches; n &gt; 0 at most n pieces, n == 0 null, n &lt; 0 all.</summary>
    public List<string>? Split(string s, long n)
    {
        if (n == 0)
        {
            return null;
        }

        if (Expression.Length > 0 && s.Length == 0)
        {
            return [string.Empty];
        }

        var matches = FindAllStringIndex(s, n) ?? [];
        var pieces = new List<string>(matches.Count);
        int beg = 0, end = 0;
        foreach (var match in matches)
        {
            if (n > 0 && pieces.Count >= n - 1)
            {
                break;
            }

            end = match[0];
            if (match[1] != 0)
            {
                pieces.Add(s[beg..end]);
            }

            beg = match[1];
        }

        if (end != s.Length)
        {
            pieces.Add(s[beg..]);
        }

        return pieces;
    }

    // Go's allMatches: an empty match right after the previous match is skipped; after an empty
    // match the search moves on by one rune.
    private void AllMatches(string s, long n, Action<int[]> deliver)
    {
        if (n < 0)
        {
            n = long.MaxValue;
        }

        int end = s.Length;
        int pos = 0, prevMatchEnd = -1;
        for (long i = 0; i < n && pos <= end;)
        {
            var matches = Execute(s, pos);
            if (matches is null)
            {
                break;
            }

            bool accept = true;
            if (matches[1] == pos)
            {
                if (matches[0] == prevMatchEnd)
                {
                    accept = false;
                }

                int width = RuneWidth(s, pos);
                pos = width > 0 ? pos + width : end + 1;
            }
            else
            {
                pos = matches[1];
            }

            prevMatchEnd = matches[1];
            if (accept)
            {
                deliver(matches);
                i++;
            }
        }
    }

    // Go's replaceAll.
    private string ReplaceAll(string src, Action<StringBuilder, int[]> replace)
    {
        int lastMatchEnd = 0, searchPos = 0;
        var sb = new StringBuilder(src.Length);
        while (searchPos <= src.Length)
        {
            var a = Execute(src, searchPos);
            if (a is null)
            {
                break;
            }

            sb.Append(src, lastMatchEnd, a[0] - lastMatchEnd);
            if (a[1] > lastMatchEnd || a[0] == 0)
            {
                replace(sb, a);
            }

            lastMatchEnd = a[1];
            int width = RuneWidth(src, searchPos);
            if (searchPos + width > a[1])
            {
                searchPos += width;
            }
            else if (searchPos + 1 > a[1])
            {
                searchPos++;
            }
            else
            {
                searchPos = a[1];
            }
        }

        sb.Append(src, lastMatchEnd, src.Length - lastMatchEnd);
        return sb.ToString();
    }

    private void Expand(StringBuilder dst, string template, string src, int[] match)
    {
        int t = 0;
        while (t < template.Length)
        {
            int dollar = template.IndexOf('$', t);
            if (dollar < 0)
            {
                break;
            }

            dst.Append(template, t, dollar - t);
            t = dollar + 1;
            if (t < template.Length && template[t] == '$')
            {
                dst.Append('$');
                t++;
                continue;
            }

            if (!TryExtract(template, ref t, out string name, out int num))
            {
                dst.Append('$');
                continue;
            }

            if (num >= 0)
            {
                if (2 * num + 1 < match.Length && match[2 * num] >= 0)
                {
                    dst.Append(src, match[2 * num], match[2 * num + 1] - match[2 * num]);
                }
            }
            else
            {
                for (int i = 0; i < _names.Length; i++)
                {
                    if (name == _names[i] && 2 * i + 1 < match.Length && match[2 * i] >= 0)
                    {
                        dst.Append(src, match[2 * i], match[2 * i + 1] - match[2 * i]);
                        break;
                    }
                }
            }
        }

        dst.Append(template, t, template.Length - t);
    }

    // Go's extract: a leading "name" or "{name}" (letters, digits, underscore); num >= 0 when purely numeric.
    private static bool TryExtract(string s, ref int t, out string name, out int num)
    {
        name = string.Empty;
        num = -1;
        int i = t;
        if (i >= s.Length)
        {
            return false;
        }

        bool brace = s[i] == '{';
        if (brace)
        {
            i++;
        }

        int start = i;
        while (i < s.Length)
        {
            if (!Rune.TryGetRuneAt(s, i, out var rune))
            {
                rune = Rune.ReplacementChar;
            }

            if (!Rune.IsLetter(rune) && !Rune.IsDigit(rune) && rune.Value != '_')
            {
                break;
            }

            i += rune.Utf16SequenceLength;
        }

        if (i == start)
        {
            return false;
        }

        name = s[start..i];
        if (brace)
        {
            if (i >= s.Length || s[i] != '}')
            {
                return false;
            }

            i++;
        }

        num = 0;
        foreach (char c in name)
        {
            if (c < '0' || c > '9' || num >= 100_000_000)
            {
                num = -1;
                break;
            }

            num = num * 10 + (c - '0');
        }

        if (name[0] == '0' && name.Length > 1)
        {
            num = -1;
        }

        t = i;
        return true;
    }

    private static int RuneWidth(string s, int pos)
    {
        if (pos >= s.Length)
        {
            return 0;
        }

        return char.IsHighSurrogate(s[pos]) && pos + 1 < s.Length && char.IsLowSurrogate(s[pos + 1]) ? 2 : 1;
    }

    // doExecute: the leftmost match starting at or after pos, as index pairs (-1 for unmatched groups).
    private int[]? Execute(string s, int pos)
    {
        Match m;
        try
        {
            m = EngineFor(s).Match(s, pos);
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new Re2MatchTimeoutException(Expression, e);
        }

        if (!m.Success)
        {
            return null;
        }

        var a = new int[2 * (NumSubexp + 1)];
        for (int i = 0; i <= NumSubexp; i++)
        {
            var g = m.Groups[i];
            a[2 * i] = g.Success ? g.Index : -1;
            a[2 * i + 1] = g.Success ? g.Index + g.Length : -1;
        }

        return a;
    }
}
