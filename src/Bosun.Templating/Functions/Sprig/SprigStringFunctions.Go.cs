using System.Text;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>Go's strings package functions sprig exposes directly (Split, Replace, Trim, ToUpper...).</summary>
internal static partial class SprigStringFunctions
{
    /// <summary>strings.SplitN (n &lt; 0: all; n == 0: none); an empty separator splits after each rune.</summary>
    internal static List<string> Split(string s, string sep, long n)
    {
        if (n == 0)
        {
            return [];
        }

        if (sep.Length == 0)
        {
            return Explode(s, n);
        }

        var parts = new List<string>();
        int start = 0;
        while (n < 0 || parts.Count < n - 1)
        {
            int index = s.IndexOf(sep, start, StringComparison.Ordinal);
            if (index < 0)
            {
                break;
            }

            parts.Add(s[start..index]);
            start = index + sep.Length;
        }

        parts.Add(s[start..]);
        return parts;
    }

    /// <summary>strings.Replace(s, old, new, -1); an empty old inserts new around every rune.</summary>
    internal static string Replace(string s, string oldValue, string newValue)
    {
        if (oldValue == newValue)
        {
            return s;
        }

        if (oldValue.Length != 0)
        {
            return s.Replace(oldValue, newValue, StringComparison.Ordinal);
        }

        var builder = new StringBuilder(s.Length + (newValue.Length * (s.Length + 1)));
        builder.Append(newValue);
        foreach (var rune in s.EnumerateRunes())
        {
            builder.Append(rune.ToString());
            builder.Append(newValue);
        }

        return builder.ToString();
    }

    /// <summary>strings.TrimSpace (unicode.IsSpace at both ends).</summary>
    internal static string TrimSpace(string s)
    {
        int start = 0;
        int end = s.Length;
        while (start < end && SprigStringUnicode.IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && SprigStringUnicode.IsSpace(s[end - 1]))
        {
            end--;
        }

        return start == 0 && end == s.Length ? s : s[start..end];
    }

    /// <summary>strings.Trim(s, cutset): leading and trailing runes contained in cutset.</summary>
    internal static string Trim(string s, string cutset)
    {
        if (s.Length == 0 || cutset.Length == 0)
        {
            return s;
        }

        var set = new HashSet<int>();
        foreach (var rune in cutset.EnumerateRunes())
        {
            set.Add(rune.Value);
        }

        int start = 0;
        while (start < s.Length)
        {
            System.Text.Rune.DecodeFromUtf16(s.AsSpan(start), out var rune, out int consumed);
            if (!set.Contains(rune.Value))
            {
                break;
            }

            start += consumed;
        }

        int end = s.Length;
        while (end > start)
        {
            System.Text.Rune.DecodeLastFromUtf16(s.AsSpan(start, end - start), out var rune, out int consumed);
            if (!set.Contains(rune.Value))
            {
                break;
            }

            end -= consumed;
        }

        return s[start..end];
    }

    internal static string TrimPrefix(string s, string prefix) =>
        prefix.Length != 0 && s.StartsWith(prefix, StringComparison.Ordinal) ? s[prefix.Length..] : s;

    internal static string TrimSuffix(string s, string suffix) =>
        suffix.Length != 0 && s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^suffix.Length] : s;

    /// <summary>strings.ToUpper: unicode.ToUpper of every rune.</summary>
    internal static string Upper(string s) =>
        SprigStringBytes.IsAscii(s) ? s.ToUpperInvariant() : SprigStringUnicode.Map(s, SprigStringUnicode.ToUpper);

    /// <summary>strings.ToLower: unicode.ToLower of every rune.</summary>
    internal static string Lower(string s) =>
        SprigStringBytes.IsAscii(s) ? s.ToLowerInvariant() : SprigStringUnicode.Map(s, SprigStringUnicode.ToLower);

    /// <summary>Go's explode: one string per rune, the last one holding the rest when n runs out.</summary>
    private static List<string> Explode(string s, long n)
    {
        var parts = new List<string>();
        int index = 0;
        while (index < s.Length)
        {
            if (n > 0 && parts.Count == n - 1)
            {
                parts.Add(s[index..]);
                return parts;
            }

            System.Text.Rune.DecodeFromUtf16(s.AsSpan(index), out _, out int consumed);
            parts.Add(s.Substring(index, consumed));
            index += consumed;
        }

        return parts;
    }
}
