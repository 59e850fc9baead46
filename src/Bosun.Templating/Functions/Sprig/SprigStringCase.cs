using System.Text;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// The case and word functions sprig takes from Go and its dependencies: strings.Title,
/// Masterminds/goutils (Uncapitalize, SwapCase, Initials, DeleteWhiteSpace) and huandu/xstrings v1.5
/// (ToPascalCase, ToSnakeCase, ToKebabCase, Shuffle), with their quirks (goutils reads bytes as runes).
/// </summary>
internal static class SprigStringCase
{
    /// <summary>strings.Title: upper-cases (title case) the first letter of each word.</summary>
    public static string Title(string s)
    {
        int prev = ' ';
        return SprigStringUnicode.Map(s, r =>
        {
            bool separator = IsTitleSeparator(prev);
            prev = r;
            return separator ? SprigStringUnicode.ToTitle(r) : r;
        });
    }

    /// <summary>goutils.Uncapitalize with whitespace delimiters.</summary>
    public static string Untitle(string s)
    {
        if (s.Length == 0)
        {
            return s;
        }

        int[] runes = SprigStringUnicode.ToRunes(s);
        bool next = true;
        for (int i = 0; i < runes.Length; i++)
        {
            if (SprigStringUnicode.IsSpace(runes[i]))
            {
                next = true;
            }
            else if (next)
            {
                runes[i] = SprigStringUnicode.ToLower(runes[i]);
                next = false;
            }
        }

        return SprigStringUnicode.FromRunes(runes);
    }

    /// <summary>goutils.SwapCase: upper/title → lower, lower after whitespace → title, other lower → upper.</summary>
    public static string SwapCase(string s)
    {
        if (s.Length == 0)
        {
            return s;
        }

        int[] runes = SprigStringUnicode.ToRunes(s);
        bool whitespace = true;
        for (int i = 0; i < runes.Length; i++)
        {
            int ch = runes[i];
            if (SprigStringUnicode.IsUpper(ch) || SprigStringUnicode.IsTitle(ch))
            {
                runes[i] = SprigStringUnicode.ToLower(ch);
                whitespace = false;
            }
            else if (SprigStringUnicode.IsLower(ch))
            {
                runes[i] = whitespace ? SprigStringUnicode.ToTitle(ch) : SprigStringUnicode.ToUpper(ch);
                whitespace = false;
            }
            else
            {
                whitespace = SprigStringUnicode.IsSpace(ch);
            }
        }

        return SprigStringUnicode.FromRunes(runes);
    }

    /// <summary>goutils.Initials: reads bytes, so a non-ASCII initial comes out as its first byte's Latin-1 rune.</summary>
    public static string Initials(string s)
    {
        if (s.Length == 0)
        {
            return s;
        }

        var builder = new StringBuilder();
        bool lastWasGap = true;
        foreach (byte b in SprigStringBytes.Utf8(s))
        {
            if (SprigStringUnicode.IsSpace(b))
            {
                lastWasGap = true;
            }
            else if (lastWasGap)
            {
                builder.Append(SprigStringBytes.ByteAsRune(b));
                lastWasGap = false;
            }
        }

        return builder.ToString();
    }

    /// <summary>goutils.DeleteWhiteSpace: byte-wise; when anything was removed, non-ASCII bytes come back as Latin-1 runes.</summary>
    public static string NoSpace(string s)
    {
        if (s.Length == 0)
        {
            return s;
        }

        byte[] bytes = SprigStringBytes.Utf8(s);
        var builder = new StringBuilder(bytes.Length);
        foreach (byte b in bytes)
        {
            if (!SprigStringUnicode.IsSpace(b))
            {
                builder.Append(SprigStringBytes.ByteAsRune(b));
            }
        }

        return builder.Length == bytes.Length ? s : builder.ToString();
    }

    /// <summary>xstrings.Shuffle: Fisher–Yates over the runes.</summary>
    public static string Shuffle(string s, Random random)
    {
        if (s.Length == 0)
        {
            return s;
        }

        int[] runes = SprigStringUnicode.ToRunes(s);
        for (int i = runes.Length - 1; i > 0; i--)
        {
            int index = random.Next(i + 1);
            (runes[i], runes[index]) = (runes[index], runes[i]);
        }

        return SprigStringUnicode.FromRunes(runes);
    }

    /// <summary>xstrings.ToPascalCase (sprig's <c>camelcase</c>).</summary>
    public static string ToPascalCase(string s)
    {
        if (s.Length == 0)
        {
            return "";
        }

        int[] runes = SprigStringUnicode.ToRunes(s);
        var builder = new StringBuilder(s.Length);
        bool firstUpper = false;
        int r0 = 0;
        int index = 0;

        // Leading connectors are kept.
        while (index < runes.Length)
        {
            r0 = runes[index++];
            if (!IsConnector(r0))
            {
                firstUpper = SprigStringUnicode.IsUpper(r0);
                r0 = SprigStringUnicode.ToUpper(r0);
                break;
            }

            SprigStringUnicode.Append(builder, r0);
        }

        if (index == runes.Length)
        {
            // xstrings writes the last rune once more here, even when it was a connector ("_" → "__").
            SprigStringUnicode.Append(builder, r0);
            return builder.ToString();
        }

        while (index < runes.Length)
        {
            int r1 = r0;
            r0 = runes[index++];
            if (IsConnector(r0) && IsConnector(r1))
            {
                SprigStringUnicode.Append(builder, r1);
                continue;
            }

            if (IsConnector(r1))
            {
                firstUpper = SprigStringUnicode.IsUpper(r0);
                r0 = SprigStringUnicode.ToUpper(r0);
            }
            else
            {
                if (firstUpper)
                {
                    if (SprigStringUnicode.IsUpper(r0))
                    {
                        r0 = SprigStringUnicode.ToLower(r0);
                    }
                    else
                    {
                        firstUpper = false;
                    }
                }

                SprigStringUnicode.Append(builder, r1);
            }
        }

        SprigStringUnicode.Append(builder, r0);
        return builder.ToString();
    }

    /// <summary>xstrings.ToSnakeCase.</summary>
    public static string ToSnakeCase(string s) => SprigStringWords.CamelCaseToLowerCase(s, '_');

    /// <summary>xstrings.ToKebabCase.</summary>
    public static string ToKebabCase(string s) => SprigStringWords.CamelCaseToLowerCase(s, '-');

    /// <summary>xstrings' connector: '-', '_' or unicode space.</summary>
    internal static bool IsConnector(int r) => r == '-' || r == '_' || SprigStringUnicode.IsSpace(r);

    private static bool IsTitleSeparator(int r)
    {
        if (r <= 0x7F)
        {
            return !(r is (>= '0' and <= '9') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_');
        }

        if (SprigStringUnicode.IsLetter(r) || SprigStringUnicode.IsDigit(r))
        {
            return false;
        }

        return SprigStringUnicode.IsSpace(r);
    }
}
